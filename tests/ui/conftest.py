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
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.commit_pending_edit()  # what a test typed is recorded now, not when the window closes
    win.autosaver.mark_clean()  # no "save?" question when the test closes it
    win.close()


@pytest.fixture
def demo_window(app, qtbot):
    from exitplanner.plan.demo import demo_plan
    from exitplanner.ui.main_window import MainWindow

    win = MainWindow(demo_plan(), demo=True)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.commit_pending_edit()
    win.autosaver.mark_clean()
    win.close()


@pytest.fixture(autouse=True)
def _no_unexpected_modal(monkeypatch):
    """A modal question nobody answers would hang the run: fail the test instead."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected modal question: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "question", refuse)
