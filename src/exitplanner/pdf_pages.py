"""A4 PDF output of a QTextDocument, shared by the press release, the note d'accompagnement and the memo.

QTextDocument.print_() would hand the layout to Qt's printer code; painting page by page on a
QPdfWriter keeps the document laid out with the writer's own metrics (so U+202F and kerning come out
as measured) and lets a caller draw extras on each page (the press release's page numbers).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from PySide6.QtCore import QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRawFont,
    QTextDocument,
)

RESOLUTION = 300  # dots per inch of every PDF we write
# Narrow and plain no-break spaces, « », the typographic apostrophe: what French text is made of.
FRENCH_CHARACTERS = (0x202F, 0x00A0, 0x00AB, 0x00BB, 0x2019)
# Sans-serif fonts found on the systems we run on (Linux, Windows, macOS), in order of preference.
SANS_FAMILIES = ("DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial")


@cache
def complete_families(families: tuple[str, ...]) -> tuple[str, ...]:
    """``families`` with the installed ones that hold every French typography character first.

    Liberation Sans 1.x (Debian's ``fonts-liberation``, also what « Arial » resolves to on Linux)
    has no U+202F: Qt then draws each narrow space with another font, which splits lines into
    separate text runs in the PDF (a copied « partir ? » comes out broken over lines). The others
    keep their order, for an ODT opened on another computer. Needs a QGuiApplication.
    """
    installed = set(QFontDatabase.families())
    complete = [
        family for family in families
        if family in installed and all(QRawFont.fromFont(QFont(family)).supportsCharacter(code)
                                       for code in FRENCH_CHARACTERS)
    ]
    return (*complete, *(family for family in families if family not in complete))


def document_font(families: Sequence[str] = SANS_FAMILIES, point_size: float = 10.5) -> QFont:
    """The body font of our documents: complete French fonts first, and no ligatures, so that text
    copied out of a PDF (a word, a SHA-256 checksum) comes out as plain letters, not « ﬁ » (U+FB01)."""
    font = QFont()
    font.setFamilies(list(complete_families(tuple(families))))
    font.setPointSizeF(point_size)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


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
