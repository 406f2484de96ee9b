"""Qt rich-text document of a release, shared by the PDF and ODT exporters.

QtGui needs a ``QGuiApplication`` for fonts and images: ``gui_app.ensure_gui_app`` gives one, from
the GUI or the command line.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument

from exitplanner.gui_app import ensure_gui_app
from exitplanner.press.html import FONT_FAMILIES, LOGO_RESOURCE, to_html
from exitplanner.press.release import PressRelease


def document_font() -> QFont:
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSizeF(10.5)
    # No « fi »/« fl » ligatures: a journalist copying from the PDF must get plain letters.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


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
    document.setHtml(to_html(release, logo_src=logo_src, narrow=narrow))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, release.headline)
    return document
