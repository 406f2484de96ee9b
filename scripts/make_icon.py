#!/usr/bin/env python3
"""Draw the application icon (resources/icons/exitplanner.png, 256 px) with QtGui, offscreen.

An open door with an arrow going out: the app is about leaving a platform in good order.
Kept as code so anyone can redraw or resize it without a graphics tool.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen, QPolygonF

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons" / "exitplanner.png"


def draw(size: int = 256) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setBrush(QBrush(QColor("#1f4e8c")))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    # Door frame and open door.
    p.setPen(
        QPen(
            QColor("white"), 12 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )
    )
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(56 * s, 52 * s, 96 * s, 152 * s))
    door = QPainterPath()
    door.moveTo(56 * s, 52 * s)
    door.lineTo(104 * s, 72 * s)
    door.lineTo(104 * s, 220 * s)
    door.lineTo(56 * s, 204 * s)
    door.closeSubpath()
    p.setBrush(QBrush(QColor("#9cc3f0")))
    p.drawPath(door)
    # Arrow going out.
    p.setPen(QPen(QColor("#ffd23f"), 16 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(124 * s, 128 * s), QPointF(196 * s, 128 * s))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#ffd23f")))
    p.drawPolygon(
        QPolygonF([QPointF(228 * s, 128 * s), QPointF(188 * s, 100 * s), QPointF(188 * s, 156 * s)])
    )
    p.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if not draw().save(str(OUT)):
        print(f"could not write {OUT}", file=sys.stderr)
        return 1
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
