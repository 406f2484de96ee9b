"""Fit a picture under a network's size limits: decode, scale down, re-encode (QtGui QImage only).

Why re-encode every time, even a small file: it drops EXIF/XMP metadata (GPS position of the
photographer, camera serial) that nobody means to publish, normalises the format to one every
network accepts (JPEG, or PNG when the picture has transparency and still fits), and bakes the EXIF
orientation into the pixels. QImage decodes and encodes without a QGuiApplication.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter

from exitplanner.networks.errors import ValidationError

#: Pictures larger than this (in pixels) are refused before decoding (20000×20000 would need 1.6 GB).
MAX_SOURCE_PIXELS = 80_000_000
_JPEG_QUALITIES = (90, 82, 75, 68, 60, 50, 40)


@dataclass(frozen=True)
class EncodedImage:
    data: bytes
    mime_type: str
    width: int
    height: int



def bounded_size(width: int, height: int, max_side: int, max_pixels: int | None = None) -> tuple[int, int]:
    """The size ``fit_image`` scales a ``width``×``height`` picture to, ratio kept: no side over
    ``max_side`` and, when given, no more than ``max_pixels`` pixels in all (Mastodon's
    ``image_matrix_limit``: the instance refuses larger pictures rather than scaling them)."""
    if width <= 0 or height <= 0:
        return 0, 0
    scale = min(1.0, max_side / max(width, height))
    if max_pixels:
        scale = min(scale, (max_pixels / (width * height)) ** 0.5)
    return max(1, int(width * scale)), max(1, int(height * scale))


def _encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt, quality):
        raise ValidationError("image", message=QCoreApplication.translate(
            "Images", "The picture could not be converted."))
    buffer.close()
    return bytes(array.data())


def decode(data: bytes, field: str = "image") -> QImage:
    """Decode ``data`` (any format Qt reads), EXIF orientation applied; ValidationError if not a picture."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_SOURCE_PIXELS:
        raise ValidationError(field, message=QCoreApplication.translate(
            "Images", "The picture is too large (more than 80 megapixels)."))
    image = reader.read()
    if image.isNull():
        raise ValidationError(field, message=QCoreApplication.translate("Images",
            "This file is not a picture that can be read (use JPEG or PNG)."))
    return image


def _on_white(image: QImage) -> QImage:
    """Opaque copy (JPEG has no alpha): transparent areas become white, not black."""
    if not image.hasAlphaChannel():
        return image.convertToFormat(QImage.Format.Format_RGB32)
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def fit_image(data: bytes, *, max_bytes: int, max_width: int, max_height: int,
              field: str = "image") -> EncodedImage:
    """``data`` as JPEG (PNG when transparent) within ``max_width``×``max_height`` and ``max_bytes``.

    The aspect ratio is kept (cropping is the UI's job). When the file is still too heavy at the
    lowest quality we accept, the picture is scaled down further, 80 % at a time.
    """
    image = decode(data, field)
    if image.width() > max_width or image.height() > max_height:
        image = image.scaled(max_width, max_height, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    for _ in range(12):
        if image.hasAlphaChannel():  # a logo with transparency stays PNG when it fits
            encoded = _encode(image, "PNG")
            if len(encoded) <= max_bytes:
                return EncodedImage(encoded, "image/png", image.width(), image.height())
        flat = _on_white(image)
        for quality in _JPEG_QUALITIES:
            encoded = _encode(flat, "JPEG", quality)
            if len(encoded) <= max_bytes:
                return EncodedImage(encoded, "image/jpeg", image.width(), image.height())
        if image.width() < 64 or image.height() < 64:
            break
        image = image.scaled(int(image.width() * 0.8), int(image.height() * 0.8),
                             Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    raise ValidationError(field, message=QCoreApplication.translate(
        "Images", "The picture could not be made small enough for the network."))
