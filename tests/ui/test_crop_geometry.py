"""The crop rectangle keeps the ratio, stays inside the picture and starts centred (no Qt needed)."""

from __future__ import annotations

import pytest

from exitplanner.ui.crop_geometry import (
    BANNER,
    MIN_WIDTH,
    SQUARE,
    CropRect,
    clamp,
    initial_rect,
    moved,
    resized,
)


def test_initial_square_is_the_largest_centred_one():
    assert initial_rect(400, 300, SQUARE) == CropRect(50, 0, 300, 300)
    assert initial_rect(300, 400, SQUARE) == CropRect(0, 50, 300, 300)


def test_initial_banner_on_a_square_photo_is_full_width_3_to_1():
    assert initial_rect(900, 900, BANNER) == CropRect(0, 300, 900, 300)


def test_initial_banner_on_a_panorama_is_full_height():
    assert initial_rect(4000, 1000, BANNER) == CropRect(500, 0, 3000, 1000)


def test_moving_stops_at_the_edges():
    rect = initial_rect(900, 900, BANNER)
    assert moved(rect, 0, -1000, 900, 900, BANNER) == CropRect(0, 0, 900, 300)
    assert moved(rect, 50, 5000, 900, 900, BANNER) == CropRect(0, 600, 900, 300)
    square = CropRect(10, 10, 100, 100)
    assert moved(square, 30, -4, 500, 500, SQUARE) == CropRect(40, 6, 100, 100)
    assert moved(square, -50, 0, 500, 500, SQUARE).x == 0


@pytest.mark.parametrize("width", [5, 160, 450, 10_000])
def test_resizing_keeps_the_ratio_and_stays_inside(width):
    rect = resized(CropRect(300, 100, 150, 50), width, 600, 400, BANNER)
    assert rect.width == pytest.approx(3 * rect.height, abs=3)
    assert MIN_WIDTH <= rect.width <= 600
    assert rect.x >= 0 and rect.y >= 0 and rect.x + rect.width <= 600 and rect.y + rect.height <= 400


def test_resizing_keeps_the_centre_when_there_is_room():
    rect = resized(CropRect(200, 200, 100, 100), 50, 1000, 1000, SQUARE)
    assert rect == CropRect(225, 225, 50, 50)


def test_clamp_restores_the_ratio_and_pulls_a_stray_rectangle_back():
    assert clamp(CropRect(-20, 700, 300, 10), 500, 800, SQUARE) == CropRect(0, 500, 300, 300)


def test_tiny_picture_gives_a_rectangle_no_larger_than_it():
    rect = initial_rect(10, 4, BANNER)
    assert rect.x >= 0 and rect.x + rect.width <= 10 and rect.height <= 4
    assert clamp(CropRect(0, 0, 1, 1), 10, 4, BANNER).width <= 12


def test_free_crop_starts_as_the_whole_picture_and_resizes_each_side():
    from exitplanner.ui.crop_geometry import resized_free

    whole = initial_rect(800, 600, None)
    assert whole == CropRect(0, 0, 800, 600)
    narrow = resized_free(CropRect(100, 100, 300, 200), 50, 450, 800, 600)
    assert narrow == CropRect(100, 100, 50, 450)  # any shape
    assert resized_free(CropRect(100, 100, 300, 200), 5000, 5000, 800, 600) == CropRect(100, 100, 700, 500)
    assert resized_free(CropRect(0, 0, 300, 200), 1, 1, 800, 600).width == MIN_WIDTH


def test_free_crop_keeps_its_shape_on_the_keyboard_and_stays_inside():
    rect = CropRect(100, 100, 200, 100)
    smaller = resized(rect, 100, 800, 600, None)
    assert (smaller.width, smaller.height) == (100, 50)
    assert (smaller.x + smaller.width / 2, smaller.y + smaller.height / 2) == (200, 150)  # same centre
    bigger = resized(rect, 5000, 800, 600, None)
    assert bigger.width <= 800 and bigger.height <= 600 and bigger.width == 2 * bigger.height
    assert moved(rect, 10_000, -10_000, 800, 600, None) == CropRect(600, 0, 200, 100)
    assert clamp(CropRect(-5, 700, 9000, 10), 800, 600, None) == CropRect(0, 600 - MIN_WIDTH, 800, MIN_WIDTH)
