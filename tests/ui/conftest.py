"""UI fixtures: a French (default) application and a fresh main window per test."""

from __future__ import annotations

import pytest


@pytest.fixture
def app(qapp):
    from exitplanner.app import create_application

    return create_application("fr")


@pytest.fixture
def window(app, qtbot):
    from exitplanner.plan.model import Plan
    from exitplanner.ui.main_window import MainWindow

    win = MainWindow(Plan())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.autosaver.mark_clean()


@pytest.fixture
def demo_window(app, qtbot):
    from exitplanner.plan.demo import demo_plan

    from exitplanner.ui.main_window import MainWindow

    win = MainWindow(demo_plan(), demo=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.autosaver.mark_clean()
