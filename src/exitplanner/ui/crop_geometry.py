"""Geometry of the crop rectangle (plain Python, no Qt) used by :mod:`exitplanner.ui.crop_dialog`.

Why a separate module: the rules (the rectangle keeps the network's aspect ratio, never leaves the
picture, starts as the largest centred rectangle) are what the user relies on, and they are easier to
test as arithmetic on integers than through mouse events. Coordinates are in the picture's pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Avatars are square; Bluesky banners and Mastodon headers are 3:1 (1500×500).
SQUARE = 1.0
BANNER = 3.0
#: The shape both networks give a single picture in timelines: at this ratio nothing is cut off there.
WIDE = 16 / 9
#: ``aspect=None`` everywhere below means a free crop: width and height change independently.
#: The crop never gets narrower than this (pixels), so that a mistaken « - » cannot make it vanish.
MIN_WIDTH = 16


@dataclass(frozen=True)
class CropRect:
    x: int
    y: int
    width: int
    height: int


def resized_free(rect: CropRect, width: int, height: int, image_width: int, image_height: int) -> CropRect:
    """A free crop dragged by its bottom-right corner: the top-left corner stays, each side is clamped."""
    width = max(min(MIN_WIDTH, image_width), min(width, image_width - rect.x))
    height = max(min(MIN_WIDTH, image_height), min(height, image_height - rect.y))
    return _clamp_free(CropRect(rect.x, rect.y, width, height), image_width, image_height)


def _height_for(width: int, aspect: float) -> int:
    return max(1, round(width / aspect))


def _max_width(image_width: int, image_height: int, aspect: float) -> int:
    """Widest rectangle of ``aspect`` (width / height) that fits in the picture."""
    return max(1, min(image_width, int(image_height * aspect)))


def _clamp_free(rect: CropRect, image_width: int, image_height: int) -> CropRect:
    width = max(min(MIN_WIDTH, image_width), min(rect.width, image_width))
    height = max(min(MIN_WIDTH, image_height), min(rect.height, image_height))
    x = min(max(0, rect.x), image_width - width)
    y = min(max(0, rect.y), image_height - height)
    return CropRect(x, y, width, height)


def clamp(rect: CropRect, image_width: int, image_height: int, aspect: float | None) -> CropRect:
    """``rect`` with the aspect ratio restored from its width, resized to fit and moved inside the picture."""
    if aspect is None:
        return _clamp_free(rect, image_width, image_height)
    limit = _max_width(image_width, image_height, aspect)
    width = max(min(MIN_WIDTH, limit), min(rect.width, limit))
    height = min(_height_for(width, aspect), image_height)
    x = min(max(0, rect.x), image_width - width)
    y = min(max(0, rect.y), image_height - height)
    return CropRect(x, y, width, height)


def initial_rect(image_width: int, image_height: int, aspect: float | None) -> CropRect:
    """The largest rectangle of the ratio, centred: what most pictures need without any adjustment.

    A free crop starts as the whole picture (nothing is cut unless the user asks)."""
    if aspect is None:
        return CropRect(0, 0, max(1, image_width), max(1, image_height))
    width = _max_width(image_width, image_height, aspect)
    height = min(_height_for(width, aspect), image_height)
    return CropRect((image_width - width) // 2, (image_height - height) // 2, width, height)


def moved(rect: CropRect, dx: int, dy: int, image_width: int, image_height: int,
          aspect: float | None) -> CropRect:
    """``rect`` shifted by ``dx``, ``dy``, stopped at the picture's edges."""
    shifted = CropRect(rect.x + dx, rect.y + dy, rect.width, rect.height)
    return clamp(shifted, image_width, image_height, aspect)


def resized(rect: CropRect, new_width: int, image_width: int, image_height: int,
            aspect: float | None) -> CropRect:
    """``rect`` with ``new_width`` around the same centre (ratio kept, clamped inside the picture).

    A free crop keeps its current shape while the keyboard resizes it (height scaled like the width)."""
    centre_x = rect.x + rect.width / 2
    centre_y = rect.y + rect.height / 2
    if aspect is None:
        factor = max(MIN_WIDTH, new_width) / max(1, rect.width)
        factor = min(factor, image_width / max(1, rect.width), image_height / max(1, rect.height))
        width, height = round(rect.width * factor), round(rect.height * factor)
        return _clamp_free(CropRect(round(centre_x - width / 2), round(centre_y - height / 2), width, height),
                           image_width, image_height)
    limit = _max_width(image_width, image_height, aspect)
    width = max(min(MIN_WIDTH, limit), min(new_width, limit))
    height = _height_for(width, aspect)
    return clamp(CropRect(round(centre_x - width / 2), round(centre_y - height / 2), width, height),
                 image_width, image_height, aspect)
