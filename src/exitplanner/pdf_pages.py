"""A4 PDF output of a QTextDocument, shared by the press release, the note d'accompagnement and the memo.

QTextDocument.print_() would hand the layout to Qt's printer code; painting page by page on a
QPdfWriter keeps the document laid out with the writer's own metrics (so U+202F and kerning come out
as measured) and lets a caller draw extras on each page (the press release's page numbers).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

RESOLUTION = 300  # dots per inch of every PDF we write


def a4_writer(target: str | QIODevice, title: str, margins_mm: QMarginsF) -> QPdfWriter:
    """A portrait A4 writer at :data:`RESOLUTION` with the document's title and our name as creator."""
    writer = QPdfWriter(target)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     margins_mm, QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("ExitPlanner")
    return writer


def paint_pages(
    writer: QPdfWriter,
    document: QTextDocument,
    page_height: int,
    decorate: Callable[[QPainter, int, int], None] | None = None,
) -> bool:
    """Lay ``document`` out in pages ``page_height`` pixels high and paint them; False if the PDF
    could not be opened. ``decorate(painter, page, pages)`` draws on each page after its text."""
    width = writer.pageLayout().paintRectPixels(RESOLUTION).width()
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(QSizeF(width, page_height))
    painter = QPainter()
    if not painter.begin(writer):
        return False
    try:
        pages = document.pageCount()
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, width, page_height))
            painter.restore()
            if decorate is not None:
                decorate(painter, page, pages)
    finally:
        painter.end()
    return True
