"""Draw the logo of the fictional commune of the demo plan: resources/demo/logo.png.

Shapes only (no text), so the result does not depend on the fonts installed where the script
runs: a blue roundel with a river, a bridge and a bell tower, the emblem of an imaginary
"Villeneuve-sur-Exemple". Run again only to change the drawing:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_demo_logo.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

SIZE = 256
OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "demo" / "logo.png"

NAVY = QColor("#1d3557")
SKY = QColor("#a8dadc")
RIVER = QColor("#457b9d")
STONE = QColor("#f1faee")
ROOF = QColor("#e63946")


def draw(image: QImage) -> None:
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = QPointF(SIZE / 2, SIZE / 2)

    # Roundel: navy ring around a sky disc.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(NAVY)
    painter.drawEllipse(centre, 124, 124)
    painter.setBrush(SKY)
    painter.drawEllipse(centre, 108, 108)

    clip = QPainterPath()
    clip.addEllipse(centre, 108, 108)
    painter.setClipPath(clip)

    # Bell tower with a red roof, behind the bridge.
    painter.setBrush(STONE)
    painter.drawRect(QRectF(112, 70, 32, 70))
    roof = QPainterPath()
    roof.moveTo(104, 72)
    roof.lineTo(128, 34)
    roof.lineTo(152, 72)
    roof.closeSubpath()
    painter.setBrush(ROOF)
    painter.drawPath(roof)
    painter.setBrush(NAVY)
    painter.drawRoundedRect(QRectF(121, 86, 14, 22), 7, 7)

    # River: three bands of waves.
    painter.setBrush(RIVER)
    painter.drawRect(QRectF(0, 168, SIZE, 88))
    pen = QPen(STONE, 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for row, y in enumerate((200, 220, 240)):
        wave = QPainterPath()
        wave.moveTo(0, y)
        x = -((row * 16) % 32)
        while x < SIZE:
            wave.quadTo(x + 16, y - 8, x + 32, y)
            wave.quadTo(x + 48, y + 8, x + 64, y)
            x += 64
        painter.drawPath(wave)

    # Bridge: a deck with three arches.
    painter.setPen(Qt.PenStyle.NoPen)
    bridge = QPainterPath()
    bridge.addRect(QRectF(20, 136, 216, 50))
    for left in (34, 100, 166):
        arch = QPainterPath()
        arch.addEllipse(QRectF(left, 154, 56, 64))
        bridge = bridge.subtracted(arch)
    painter.setBrush(QBrush(STONE))
    painter.drawPath(bridge)
    painter.setBrush(NAVY)
    painter.drawRect(QRectF(20, 132, 216, 6))
    painter.end()


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    draw(image)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(OUTPUT), "PNG"):
        print(f"cannot write {OUTPUT}", file=sys.stderr)
        return 1
    print(OUTPUT)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
