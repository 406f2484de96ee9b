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
#: The crop never gets narrower than this (pixels), so that a mistaken « - » cannot make it vanish.
MIN_WIDTH = 16


@dataclass(frozen=True)
class CropRect:
    x: int
    y: int
    width: int
    height: int


def _height_for(width: int, aspect: float) -> int:
    return max(1, round(width / aspect))


def _max_width(image_width: int, image_height: int, aspect: float) -> int:
    """Widest rectangle of ``aspect`` (width / height) that fits in the picture."""
    return max(1, min(image_width, int(image_height * aspect)))


def clamp(rect: CropRect, image_width: int, image_height: int, aspect: float) -> CropRect:
    """``rect`` with the aspect ratio restored from its width, resized to fit and moved inside the picture."""
    limit = _max_width(image_width, image_height, aspect)
    width = max(min(MIN_WIDTH, limit), min(rect.width, limit))
    height = min(_height_for(width, aspect), image_height)
    x = min(max(0, rect.x), image_width - width)
    y = min(max(0, rect.y), image_height - height)
    return CropRect(x, y, width, height)


def initial_rect(image_width: int, image_height: int, aspect: float) -> CropRect:
    """The largest rectangle of the ratio, centred: what most pictures need without any adjustment."""
    width = _max_width(image_width, image_height, aspect)
    height = min(_height_for(width, aspect), image_height)
    return CropRect((image_width - width) // 2, (image_height - height) // 2, width, height)


def moved(rect: CropRect, dx: int, dy: int, image_width: int, image_height: int, aspect: float) -> CropRect:
    """``rect`` shifted by ``dx``, ``dy``, stopped at the picture's edges."""
    shifted = CropRect(rect.x + dx, rect.y + dy, rect.width, rect.height)
    return clamp(shifted, image_width, image_height, aspect)


def resized(rect: CropRect, new_width: int, image_width: int, image_height: int, aspect: float) -> CropRect:
    """``rect`` with ``new_width`` around the same centre (ratio kept, clamped inside the picture)."""
    centre_x = rect.x + rect.width / 2
    centre_y = rect.y + rect.height / 2
    limit = _max_width(image_width, image_height, aspect)
    width = max(min(MIN_WIDTH, limit), min(new_width, limit))
    height = _height_for(width, aspect)
    return clamp(CropRect(round(centre_x - width / 2), round(centre_y - height / 2), width, height),
                 image_width, image_height, aspect)
