"""Qt rich-text document of a release, shared by the PDF and ODT exporters.

QtGui needs a ``QGuiApplication`` for fonts and images: ``gui_app.ensure_gui_app`` gives one, from
the GUI or the command line.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QFontDatabase, QImage, QRawFont, QTextDocument

from exitplanner.gui_app import ensure_gui_app
from exitplanner.press.html import FONT_FAMILIES, LOGO_RESOURCE, to_html
from exitplanner.press.release import PressRelease

# U+202F, U+00A0, « », ’: a font lacking one of them leaves it to a fallback font.
FRENCH_CHARACTERS = (0x202F, 0x00A0, 0x00AB, 0x00BB, 0x2019)


@cache
def font_families() -> tuple[str, ...]:
    """``FONT_FAMILIES`` with the installed fonts that hold every French typography character first.

    Liberation Sans 1.x (the Debian ``fonts-liberation`` package, also what « Arial » resolves to
    on Linux) has no U+202F: Qt then draws each narrow space with another font, which splits
    lines into separate text runs in the PDF (a copied « partir ? » comes out broken over lines).
    A complete installed font comes first; the others keep their order for the ODT's reader.
    """
    ensure_gui_app()
    installed = set(QFontDatabase.families())
    complete = [
        family for family in FONT_FAMILIES
        if family in installed and all(QRawFont.fromFont(QFont(family)).supportsCharacter(code)
                                       for code in FRENCH_CHARACTERS)
    ]
    return (*complete, *(family for family in FONT_FAMILIES if family not in complete))


def document_font() -> QFont:
    font = QFont()
    font.setFamilies(list(font_families()))
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
    document.setHtml(to_html(release, logo_src=logo_src, narrow=narrow, families=font_families()))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, release.headline)
    return document
