"""PDF export: A4, logo letterhead, fonts embedded by Qt's PDF engine, U+202F kept as a character."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from exitplanner.press.export.qt import build_document, document_font
from exitplanner.press.release import PressRelease

RESOLUTION = 300
MARGINS_MM = QMarginsF(20, 16, 20, 18)


def export_pdf(release: PressRelease, path: Path, *, narrow: bool = True) -> None:
    document = build_document(release, narrow=narrow)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    writer.setTitle(release.headline or release.kicker)
    writer.setCreator("ExitPlanner")
    # Lay the text out with the writer's metrics, one page = the printable area.
    document.documentLayout().setPaintDevice(writer)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = RESOLUTION // 4  # room for the page number
    page_height = area.height() - footer
    document.setPageSize(QSizeF(area.width(), page_height))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot open {path} for writing")
    try:
        pages = document.pageCount()
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, area.width(), page_height))
            painter.restore()
            if pages > 1:
                font = document_font()
                font.setPointSizeF(8)
                painter.setFont(font)
                painter.drawText(QRectF(0, page_height, area.width(), footer),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                                 f"{page + 1}/{pages}")
    finally:
        painter.end()
