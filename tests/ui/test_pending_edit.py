"""A field still being typed in when the user presses Ctrl+S, changes the language or closes the
window is part of the plan: a shortcut or a menu does not take the focus, so the field's « editing
finished » would otherwise come too late (or never, once the page is rebuilt)."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from exitplanner.plan import storage
from exitplanner.plan.model import StepId


def _type_without_leaving(window, qtbot, text: str):
    window.show_step(StepId.DECISION)
    page = window.pages[StepId.DECISION]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    page.validated_by.setFocus()
    qtbot.waitUntil(page.validated_by.hasFocus, timeout=2000)
    QTest.keyClicks(page.validated_by, text)  # typed, focus still in the field
    return page


def test_ctrl_s_saves_the_field_being_typed(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "plan.exitplan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _type_without_leaving(window, qtbot, "La maire")
    window.save_action.trigger()
    assert storage.load_plan(target).sections["decision"]["validated_by"] == "La maire"


def test_changing_the_language_keeps_the_field_being_typed(window, qtbot):
    _type_without_leaving(window, qtbot, "Le cabinet")
    window.set_language("en")
    try:
        assert window.pages[StepId.DECISION].validated_by.text() == "Le cabinet"
        assert window.plan.sections["decision"]["validated_by"] == "Le cabinet"
    finally:
        window.set_language("fr")


def test_closing_with_a_field_being_typed_asks_first(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Cancel)
    _type_without_leaving(window, qtbot, "La maire")
    assert not window.close()  # Cancel: the window stays, with what was typed
    assert asked == ["Plan non enregistré"]
    assert window.plan.sections["decision"]["validated_by"] == "La maire"
    window.autosaver.mark_clean()
