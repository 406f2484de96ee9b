"""A compact card showing how the profile will look, updated live from the step 5 form.

Why: a description cut off by the banner, an avatar cropped wrongly or a display name that wraps
are easier to catch on a picture of the profile than in a form, and « Apply » changes a public page.
The card is an approximation (each network's own layout differs a little), not a screenshot.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

CARD_WIDTH = 360
BANNER_HEIGHT = CARD_WIDTH // 3
AVATAR_SIDE = 64


def _banner_pixmap(image: QImage | None) -> QPixmap:
    pixmap = QPixmap(CARD_WIDTH, BANNER_HEIGHT)
    pixmap.fill(QColor("#c9d3df"))
    if image is not None and not image.isNull():
        scaled = image.scaled(CARD_WIDTH, BANNER_HEIGHT, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                              Qt.TransformationMode.SmoothTransformation)
        painter = QPainter(pixmap)
        left, top = (scaled.width() - CARD_WIDTH) // 2, (scaled.height() - BANNER_HEIGHT) // 2
        painter.drawImage(0, 0, scaled, left, top)
        painter.end()
    return pixmap


def _avatar_pixmap(image: QImage | None, round_avatar: bool) -> QPixmap:
    pixmap = QPixmap(AVATAR_SIDE, AVATAR_SIDE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    if round_avatar:
        path.addEllipse(0, 0, AVATAR_SIDE, AVATAR_SIDE)
    else:
        path.addRoundedRect(0, 0, AVATAR_SIDE, AVATAR_SIDE, 8, 8)
    painter.setClipPath(path)
    painter.fillRect(0, 0, AVATAR_SIDE, AVATAR_SIDE, QColor("#8a98a8"))
    if image is not None and not image.isNull():
        painter.drawImage(0, 0, image.scaled(AVATAR_SIDE, AVATAR_SIDE, Qt.AspectRatioMode.IgnoreAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
    painter.end()
    return pixmap


def _label(name: str, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(name)
    if bold:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        label.setFont(font)
    return label


class ProfilePreview(QFrame):
    """Banner, avatar, display name, handle, description (+ website) and Mastodon's fields."""

    def __init__(self, network: str, round_avatar: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.round_avatar = round_avatar
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(CARD_WIDTH + 2 * self.frameWidth())
        self.setAccessibleName(self.tr("Preview of the %1 profile").replace("%1", network))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        self.banner = QLabel()
        self.banner.setFixedSize(CARD_WIDTH, BANNER_HEIGHT)
        self.banner.setAccessibleName(self.tr("Banner"))
        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR_SIDE, AVATAR_SIDE)
        self.avatar.setAccessibleName(self.tr("Avatar"))
        self.name = _label(self.tr("Display name"), bold=True)
        self.handle = _label(self.tr("Handle"))
        self.handle.setStyleSheet("color: palette(mid);")
        self.description = _label(self.tr("Description"))
        self.website = _label(self.tr("Website"))
        self.website.setStyleSheet("color: palette(link);")
        self.fields = _label(self.tr("Profile fields"))
        layout.addWidget(self.banner)
        text = QVBoxLayout()
        text.setContentsMargins(12, 0, 12, 0)
        for widget in (self.avatar, self.name, self.handle, self.description, self.website, self.fields):
            text.addWidget(widget)
        layout.addLayout(text)
        self.show_profile()

    def show_profile(self, *, name: str = "", handle: str = "", description: str = "", website: str = "",
                     fields: list[tuple[str, str]] | None = None, avatar: QImage | None = None,
                     banner: QImage | None = None) -> None:
        """Redraw the card; empty parts are hidden rather than shown blank."""
        self.banner.setPixmap(_banner_pixmap(banner))
        self.avatar.setPixmap(_avatar_pixmap(avatar, self.round_avatar))
        self.name.setText(name or self.tr("(no display name)"))
        self.handle.setText(handle)
        self.handle.setVisible(bool(handle))
        self.description.setText(description)
        self.description.setVisible(bool(description))
        self.website.setText(website)
        self.website.setVisible(bool(website))
        rows = [f"{label}\u00a0: {value}" for label, value in (fields or []) if label or value]
        self.fields.setText("\n".join(rows))
        self.fields.setVisible(bool(rows))
