"""Tab walks the step list, then the fields of the page on screen, then Back and Next, and comes
back to the step list — not Back/Next first, nor fields of the page after Next (pages are built
on first visit, after the buttons)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from exitplanner.plan.model import StepId
from exitplanner.steps.decision import DecisionModel, Strategy


def _tab_ring(window, qtbot) -> list:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.navigator.setFocus()
    qtbot.waitUntil(window.navigator.hasFocus, timeout=2000)
    ring = []
    for _ in range(120):
        window.focusNextPrevChild(True)
        widget = QApplication.focusWidget()
        if widget is window.navigator:
            return ring
        ring.append(widget)
    raise AssertionError("Tab never came back to the step list")


@pytest.mark.parametrize("step", list(StepId))
def test_tab_goes_list_then_fields_then_back_and_next(demo_window, qtbot, step):
    DecisionModel(demo_window.plan).choose(Strategy.DORMANT, "La maire", "Modération absente")
    demo_window.show_step(StepId.INVENTORY)  # other pages built first: their fields come later
    demo_window.show_step(step)
    page = demo_window.pages[step]
    ring = _tab_ring(demo_window, qtbot)
    buttons = [b for b in (demo_window.back_button, demo_window.next_button) if b.isEnabled()]
    assert ring[-len(buttons):] == buttons
    fields = ring[:-len(buttons)]
    assert len(fields) >= 2
    assert all(page.isAncestorOf(widget) for widget in fields), [type(w).__name__ for w in fields]
    assert len(set(fields)) == len(fields)  # no field visited twice in one round


def test_shift_tab_walks_back(demo_window, qtbot):
    demo_window.show_step(StepId.DECISION)
    ring = _tab_ring(demo_window, qtbot)
    demo_window.navigator.setFocus()
    qtbot.waitUntil(demo_window.navigator.hasFocus, timeout=2000)
    demo_window.focusNextPrevChild(False)
    assert QApplication.focusWidget() is demo_window.next_button
    ring[0].setFocus()
    qtbot.waitUntil(ring[0].hasFocus, timeout=2000)
    demo_window.focusNextPrevChild(False)
    assert QApplication.focusWidget() is demo_window.navigator
