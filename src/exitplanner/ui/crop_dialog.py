"""Crop a picked picture to a network's ratio (square avatar, 3:1 banner) before it is fitted and sent.

The announcement's picture has no single right shape, so its dialog offers a choice of ratios (free,
16:9, 1:1) instead of one locked ratio; switching ratio starts again from the largest centred frame.

Why crop here rather than let the network do it: Bluesky and Mastodon centre-crop silently, which
cuts the coat of arms or the town hall in half. The user sees the picture and the kept part, moves
the frame with the mouse or the arrow keys and resizes it with the corner handle or « + » / « - ».
The arithmetic lives in :mod:`exitplanner.ui.crop_geometry`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from exitplanner.ui import crop_geometry as geometry
from exitplanner.ui.crop_geometry import CropRect

HANDLE = 10  # side of the resize handle, in screen pixels


class CropArea(QWidget):
    """The picture scaled to the widget, the outside darkened, the kept rectangle framed."""

    changed = Signal()

    def __init__(self, image: QImage, aspect: float | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.aspect = aspect
        self.rect_ = geometry.initial_rect(image.width(), image.height(), aspect)
        self._drag: str = ""
        self._drag_start = QPointF()
        self._drag_rect = self.rect_
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Part of the picture to keep"))
        self.setAccessibleDescription(self.tr(
            "Arrow keys move the frame, + and - resize it; Shift with an arrow moves it faster."))

    def sizeHint(self) -> QSize:
        return QSize(520, 360)

    # -- coordinates -----------------------------------------------------------------------------------

    def _scale(self) -> float:
        if self.image.width() == 0 or self.image.height() == 0:
            return 1.0
        return min(self.width() / self.image.width(), self.height() / self.image.height())

    def _offset(self) -> QPointF:
        scale = self._scale()
        return QPointF((self.width() - self.image.width() * scale) / 2,
                       (self.height() - self.image.height() * scale) / 2)

    def screen_rect(self) -> QRectF:
        scale, offset = self._scale(), self._offset()
        return QRectF(offset.x() + self.rect_.x * scale, offset.y() + self.rect_.y * scale,
                      self.rect_.width * scale, self.rect_.height * scale)

    def set_aspect(self, aspect: float | None) -> None:
        """Change the ratio (None: free); the frame restarts as the largest centred one of that ratio."""
        self.aspect = aspect
        self.set_rect(geometry.initial_rect(self.image.width(), self.image.height(), aspect))

    def set_rect(self, rect: CropRect) -> None:
        if rect != self.rect_:
            self.rect_ = rect
            self.update()
            self.changed.emit()

    def cropped(self) -> QImage:
        r = self.rect_
        return self.image.copy(QRect(r.x, r.y, r.width, r.height))

    # -- painting ----------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        scale, offset = self._scale(), self._offset()
        target = QRectF(offset.x(), offset.y(), self.image.width() * scale, self.image.height() * scale)
        painter.drawImage(target, self.image)
        frame = self.screen_rect()
        shade = QColor(0, 0, 0, 140)
        left, top, right, bottom = target.left(), target.top(), target.right(), target.bottom()
        for outside in (QRectF(left, top, target.width(), frame.top() - top),
                        QRectF(left, frame.bottom(), target.width(), bottom - frame.bottom()),
                        QRectF(left, frame.top(), frame.left() - left, frame.height()),
                        QRectF(frame.right(), frame.top(), right - frame.right(), frame.height())):
            painter.fillRect(outside, shade)
        pen = QPen(QColor("white") if not self.hasFocus() else self.palette().highlight().color(), 2)
        painter.setPen(pen)
        painter.drawRect(frame)
        painter.fillRect(QRectF(frame.right() - HANDLE, frame.bottom() - HANDLE, HANDLE, HANDLE), pen.color())
        painter.end()

    # -- mouse -------------------------------------------------------------------------------------------

    def _hit(self, point: QPointF) -> str:
        frame = self.screen_rect()
        handle = QRectF(frame.right() - 2 * HANDLE, frame.bottom() - 2 * HANDLE, 3 * HANDLE, 3 * HANDLE)
        if handle.contains(point):
            return "resize"
        return "move" if frame.contains(point) else ""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._drag = self._hit(event.position())
        self._drag_start = event.position()
        self._drag_rect = self.rect_

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._drag:
            hit = self._hit(event.position())
            self.setCursor(Qt.CursorShape.SizeFDiagCursor if hit == "resize"
                           else Qt.CursorShape.SizeAllCursor if hit == "move" else Qt.CursorShape.ArrowCursor)
            return
        scale = self._scale() or 1.0
        delta = (event.position() - self._drag_start) / scale
        start, w, h = self._drag_rect, self.image.width(), self.image.height()
        if self._drag == "move":
            self.set_rect(geometry.moved(start, round(delta.x()), round(delta.y()), w, h, self.aspect))
        elif self.aspect is None:
            self.set_rect(geometry.resized_free(start, round(start.width + delta.x()),
                                                round(start.height + delta.y()), w, h))
        else:
            across, down = delta.x(), delta.y() * self.aspect
            grow = across if abs(across) >= abs(down) else down  # the larger movement wins, either way
            # Growing from the bottom-right handle keeps the top-left corner where it is.
            room = max(1, min(w - start.x, int((h - start.y) * self.aspect)))
            width = max(geometry.MIN_WIDTH, min(round(start.width + grow), room))
            self.set_rect(geometry.clamp(CropRect(start.x, start.y, width, start.height), w, h, self.aspect))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = ""

    # -- keyboard ----------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        w, h = self.image.width(), self.image.height()
        step = max(1, max(w, h) // (10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 100))
        moves = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0),
                 Qt.Key.Key_Up: (0, -step), Qt.Key.Key_Down: (0, step)}
        key = Qt.Key(event.key())
        if key in moves:
            dx, dy = moves[key]
            self.set_rect(geometry.moved(self.rect_, dx, dy, w, h, self.aspect))
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            factor = 1.1 if key != Qt.Key.Key_Minus else 1 / 1.1
            self.set_rect(geometry.resized(self.rect_, round(self.rect_.width * factor), w, h, self.aspect))
        else:
            super().keyPressEvent(event)


class CropDialog(QDialog):
    """Modal « Crop the picture » dialog; :meth:`cropped` gives the kept part once accepted.

    ``ratios`` (label, aspect or None for free) adds a « Ratio » choice, first entry selected, with
    ``ratio_help`` as its tooltip; without it the frame stays locked to ``aspect``.
    """

    def __init__(self, image: QImage, aspect: float | None, parent: QWidget | None = None,
                 ratios: Sequence[tuple[str, float | None]] = (), ratio_help: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crop the picture"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Drag the frame to choose the part to keep, or its corner to resize it "
                              "(keyboard: arrows, + and -)."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.ratio: QComboBox | None = None
        if ratios:
            aspect = ratios[0][1]
            row = QHBoxLayout()
            caption = QLabel(self.tr("&Ratio:"))
            self.ratio = QComboBox()
            self.ratio.setAccessibleName(self.tr("Ratio of the kept part"))
            for label, value in ratios:
                self.ratio.addItem(label, value)
            if ratio_help:
                self.ratio.setToolTip(ratio_help)
                self.ratio.setAccessibleDescription(ratio_help)
            caption.setBuddy(self.ratio)
            row.addWidget(caption)
            row.addWidget(self.ratio)
            row.addStretch(1)
            layout.addLayout(row)
        self.area = CropArea(image, aspect)
        layout.addWidget(self.area, 1)
        if self.ratio is not None:
            self.ratio.currentIndexChanged.connect(lambda _i: self.area.set_aspect(self.ratio.currentData()))
        self.size_label = QLabel()
        self.size_label.setAccessibleName(self.tr("Size of the kept part"))
        layout.addWidget(self.size_label)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.area.changed.connect(self._show_size)
        self._show_size()
        self.area.setFocus()

    def _show_size(self) -> None:
        r = self.area.rect_
        self.size_label.setText(self.tr("Kept: %1 × %2 pixels").replace("%1", str(r.width))
                                .replace("%2", str(r.height)))

    def cropped(self) -> QImage:
        return self.area.cropped()

