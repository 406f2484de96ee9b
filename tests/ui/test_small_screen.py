"""A 1366×768 laptop at 125 % gives the window about 1093×590 logical pixels: every page must fit
that width without a horizontal scroll bar, and the step list must not take more than it needs."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from exitplanner.plan.model import StepId
from exitplanner.steps.decision import DecisionModel, Strategy


def test_every_page_fits_a_1366_screen_at_125_percent(demo_window, qtbot):
    DecisionModel(demo_window.plan).choose(Strategy.DELETE_POSTS, "La maire", "Modération absente")
    demo_window.resize(1093, 590)
    qtbot.waitUntil(lambda: demo_window.width() == 1093, timeout=2000)
    assert demo_window.navigator.width() < 230
    too_wide = {}
    for step in StepId:
        demo_window.show_step(step)
        page = demo_window.pages[step]
        scroll = page.findChild(QScrollArea)
        qtbot.wait(50)
        if scroll.horizontalScrollBar().maximum() > 0:
            too_wide[step.value] = scroll.widget().minimumSizeHint().width() - scroll.viewport().width()
    assert not too_wide, f"pages wider than the window by (px): {too_wide}"


def test_step_list_is_as_wide_as_its_longest_line(window):
    navigator = window.navigator
    assert navigator.sizeHint().width() >= navigator.text_width()
    assert navigator.sizeHint().width() < navigator.text_width() + 60


def test_first_window_fits_the_screen():
    from PySide6.QtCore import QSize

    from exitplanner.ui.main_window import first_size

    assert first_size(QSize(1920, 1040)) == QSize(1100, 760)
    small = first_size(QSize(1093, 574))  # 1366×768 at 125 %, taskbar excluded
    assert small.width() <= 1093 and small.height() + 30 <= 574
    assert first_size(None) == QSize(1100, 760)
