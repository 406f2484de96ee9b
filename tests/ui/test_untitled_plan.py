"""An untitled plan the user worked on is never dropped silently: once autosaved it is no longer
"dirty", but it still lives only in a recovery file the user never named, so closing or replacing
it asks, the file is listed in Recent plans, and the status line says how to give it a name."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from exitplanner.plan.model import StepId


def _edit_and_autosave(window) -> None:
    window.plan.title = "Plan des Lilas"
    window.pages[StepId.AUTHORITY].notify_changed()
    window.autosave()


def test_autosaved_untitled_plan_still_asks_before_new(window, monkeypatch):
    _edit_and_autosave(window)
    assert not window.autosaver.dirty
    recent = window.recent.list()
    assert len(recent) == 1 and recent[0].name.startswith("autosave-")
    assert "Enregistrer sous" in window.save_state.text()
    assert window.minimumSizeHint().width() < 700  # the long hint wraps, the window can stay narrow
    window._fill_recent()
    (entry,) = window.recent_menu.actions()
    assert entry.text().startswith("Plan sans titre (copie de secours du ")
    asked = []

    def cancel(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    window.new_plan()
    assert asked == ["Plan non enregistré"]
    assert window.plan.title == "Plan des Lilas"  # Cancel keeps the plan on screen
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.new_plan()  # leave nothing that would ask again when the fixture closes the window


def test_discarding_an_autosaved_untitled_plan_removes_its_recovery_file(window, monkeypatch):
    _edit_and_autosave(window)
    (recovery,) = window.recent.list()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.new_plan()
    assert not recovery.exists()
    assert window.recent.list() == []
    assert window.plan.title != "Plan des Lilas"
    assert window.save_state.text() == ""


def test_untouched_new_plan_closes_without_a_question(window):
    window.new_plan()  # the autouse fixture fails the test if a question is asked
    assert window.save_state.text() == ""


def test_save_as_suggests_the_plans_folder_then_the_last_folder_used(window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from exitplanner import paths

    suggested = []
    target = tmp_path / "partage" / "Les Lilas.exitplan"
    target.parent.mkdir()

    def dialog(_parent, _title, start, _filter):
        suggested.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    window.plan.authority.name = "Les Lilas"
    assert window.save_as()
    assert suggested[0] == str(paths.plans_dir() / "Les Lilas.exitplan")
    window.new_plan()
    window.save_as()
    assert suggested[1].startswith(str(target.parent))  # the folder of the last plan saved
