"""PDF export: A4, logo letterhead, fonts embedded by Qt's PDF engine, U+202F kept as a character."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QPainter

from exitplanner.pdf_pages import RESOLUTION, a4_writer, paint_pages
from exitplanner.press.export.qt import build_document, document_font
from exitplanner.press.release import PressRelease

MARGINS_MM = QMarginsF(20, 16, 20, 18)


def export_pdf(release: PressRelease, path: Path, *, narrow: bool = True) -> None:
    document = build_document(release, narrow=narrow)
    writer = a4_writer(str(path), release.headline or release.kicker, MARGINS_MM)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = RESOLUTION // 4  # room for the page number
    page_height = area.height() - footer

    def page_number(painter: QPainter, page: int, pages: int) -> None:
        if pages > 1:
            font = document_font()
            font.setPointSizeF(8)
            painter.setFont(font)
            corner = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            painter.drawText(QRectF(0, page_height, area.width(), footer), corner, f"{page + 1}/{pages}")

    if not paint_pages(writer, document, page_height, page_number):
        raise OSError(f"cannot open {path} for writing")
