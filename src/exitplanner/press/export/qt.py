"""Qt rich-text document of a release, shared by the PDF and ODT exporters.

QtGui needs a ``QGuiApplication`` for fonts and images: ``gui_app.ensure_gui_app`` gives one, from
the GUI or the command line.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument

from exitplanner.gui_app import ensure_gui_app
from exitplanner.pdf_pages import complete_families
from exitplanner.pdf_pages import document_font as pdf_document_font
from exitplanner.press.html import FONT_FAMILIES, LOGO_RESOURCE, to_html
from exitplanner.press.release import PressRelease


def font_families() -> tuple[str, ...]:
    """The release's fonts (Marianne, the State's typeface, first when installed), complete ones first."""
    ensure_gui_app()
    return complete_families(FONT_FAMILIES)


def document_font() -> QFont:
    """The release's body font (see :func:`exitplanner.pdf_pages.document_font`)."""
    ensure_gui_app()
    return pdf_document_font(FONT_FAMILIES)


def build_document(release: PressRelease, *, narrow: bool = True) -> QTextDocument:
    """A QTextDocument of the release with the logo registered as an in-memory resource.

    The layout marks text ``white-space: pre-wrap``: without it ``setHtml`` turns U+202F and
    U+00A0 into plain spaces and the typography is lost in the PDF and the ODT.
    """
    ensure_gui_app()
    document = QTextDocument()
    document.setDefaultFont(document_font())
    logo_src = ""
    if release.logo_path:
        image = QImage(release.logo_path)
        if not image.isNull():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO_RESOURCE), image)
            logo_src = LOGO_RESOURCE
    document.setHtml(to_html(release, logo_src=logo_src, narrow=narrow, families=font_families()))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, release.headline)
    return document
