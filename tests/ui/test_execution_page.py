"""Step 7 page: decision memo export and the deletion panel (estimate, gate, journal)."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from exitplanner.cleanup.gate import GateResult
from exitplanner.cleanup.journal import ACTION_POST, Journal, Target, journal_path
from exitplanner.plan.demo import demo_plan
from exitplanner.steps.decision import DecisionModel, Strategy


def _page(qtbot, strategy: Strategy | None):
    from exitplanner.ui.pages.execution import ExecutionPage

    plan = demo_plan()
    if strategy is not None:
        DecisionModel(plan).choose(strategy, "Conseil municipal", "Motifs.", date(2026, 11, 12))
    page = ExecutionPage(plan)
    qtbot.addWidget(page)
    page.show()
    return page


def test_deletion_panel_only_for_delete_posts(app, qtbot):
    assert not _page(qtbot, Strategy.DORMANT).deletion.isVisibleTo(None)
    assert not _page(qtbot, None).deletion.isVisibleTo(None)
    page = _page(qtbot, Strategy.DELETE_POSTS)
    assert page.deletion.isVisible()
    text = page.deletion.estimate_label.text()
    assert "1\u202f252" in text  # 1,500 posts of the demo audit minus its 248 reposts
    assert "248" in text
    assert "Aucune suppression" in page.deletion.journal_label.text()
    assert "ligne de commande" in page.deletion.command_label.text()  # the run is not started here yet


def test_gate_refuses_without_archive_of_record(app, qtbot):
    page = _page(qtbot, Strategy.DELETE_POSTS)
    with qtbot.waitSignal(page.deletion.gate_button.clicked, timeout=1000):
        page.deletion.gate_button.click()
    qtbot.waitUntil(lambda: page.deletion.verdict is not None, timeout=5000)
    assert not page.deletion.verdict.ok
    assert page.deletion.gate_label.text().startswith("✘")
    assert not page.deletion.ready()
    assert "--run" not in page.deletion.command_label.text()


def test_gate_warning_needs_confirmation(app, qtbot, monkeypatch):
    import exitplanner.ui.pages.deletion_panel as panel

    monkeypatch.setattr(panel, "gate_for_plan",
                        lambda plan: lambda: GateResult(True, "Archive vérifiée.", "Visa non enregistré."))
    page = _page(qtbot, Strategy.DELETE_POSTS)
    page.deletion.check_gate()
    qtbot.waitUntil(lambda: page.deletion.verdict is not None, timeout=5000)
    assert "Visa non enregistré." in page.deletion.gate_label.text()
    assert page.deletion.confirm.isVisibleTo(page)
    assert not page.deletion.ready()
    page.deletion.confirm.setChecked(True)
    assert page.deletion.ready()
    command = page.deletion.command_label.text()
    assert "--run --yes" in command


def test_journal_counts_shown_after_reopening(app, qtbot):
    with Journal(journal_path("VilleneuveSurEx")) as journal:
        journal.add([Target(ACTION_POST, str(n)) for n in range(3)])
    page = _page(qtbot, Strategy.DELETE_POSTS)
    assert "3 restant à traiter" in page.deletion.journal_label.text()
    assert "0 supprim" in page.deletion.journal_label.text()


@pytest.mark.parametrize("cancel", [False, True])
def test_export_memo(app, qtbot, monkeypatch, tmp_path, cancel):
    target = tmp_path / "note.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: ("" if cancel else str(target), "")))
    page = _page(qtbot, Strategy.DELETE_ACCOUNT)
    page.memo_button.click()
    if cancel:
        assert not target.exists()
        return
    text = " ".join(PdfReader(BytesIO(target.read_bytes())).pages[0].extract_text().split())
    assert "Note de décision" in text
    assert str(target) in page.export_status.text()
