"""The note d'accompagnement as PDF (QTextDocument laid out on A4 by QPdfWriter) and ODT.

QtGui renders text only with a ``QGuiApplication``: the command line calls
``gui_app.ensure_gui_app`` on the main thread before the export starts (the page's export runs in a
worker thread, where the GUI's application already exists).

The PDF is first written to bytes (QBuffer) and then through the bag writer, so it is hashed like
every other file and a full disk surfaces as the same typed error.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import (
    QTextDocument,
    QTextDocumentWriter,
)

from exitplanner.gui_app import ensure_gui_app
from exitplanner.pdf_pages import RESOLUTION, a4_writer, document_font, paint_pages
from exitplanner.record.facts import RecordFacts
from exitplanner.record.note import note_html, note_title


def _document(facts: RecordFacts) -> QTextDocument:
    document = QTextDocument()
    # No ligatures: « ff », « fi » in a checksum or a word would be copied out of the PDF as one
    # character (U+FB00…), and the archivist's copy of the SHA-256 would not match.
    document.setDefaultFont(document_font())
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, note_title(facts))
    return document


def note_odt_bytes(facts: RecordFacts) -> bytes:
    """The same note as an OpenDocument text (for archivists who annotate it in LibreOffice)."""
    ensure_gui_app()
    document = _document(facts)
    document.setHtml(note_html(facts))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, QByteArray(b"odf"))
    if not writer.write(document):
        raise OSError("cannot write the ODT note")
    buffer.close()
    return bytes(data.data())


def note_pdf_bytes(facts: RecordFacts) -> bytes:
    ensure_gui_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_writer(buffer, note_title(facts), QMarginsF(20, 18, 20, 18))
    document = _document(facts)
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(note_html(facts))
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    if not paint_pages(writer, document, area.height()):
        raise OSError("cannot start the PDF painter")
    buffer.close()
    return bytes(data.data())
