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
    qtbot.waitUntil(lambda: page.deletion.selection is not None, timeout=5000)  # the preview job
    text = page.deletion.estimate_label.text()
    assert "1\u202f252" in text  # 1,500 posts of the demo audit minus its 248 reposts
    assert "248" in text
    assert "Aucune suppression" in page.deletion.journal_label.text()
    assert "une fois l’archive probante vérifiée" in page.deletion.command_label.text()
    assert not page.deletion.start_button.isEnabled()  # not before the gate passed


def test_gate_refuses_without_archive_of_record(app, qtbot):
    page = _page(qtbot, Strategy.DELETE_POSTS)
    with qtbot.waitSignal(page.deletion.gate_button.clicked, timeout=1000):
        page.deletion.gate_button.click()
    qtbot.waitUntil(lambda: page.deletion.verdict is not None, timeout=5000)
    assert not page.deletion.verdict.ok
    assert page.deletion.gate_label.text().startswith("✘")
    assert not page.deletion.ready()
    assert not page.deletion.start_button.isEnabled()


def test_gate_warning_needs_confirmation(app, qtbot, monkeypatch):
    import exitplanner.ui.pages.deletion_panel as panel

    monkeypatch.setattr(panel, "gate_for_plan",
                        lambda plan: lambda: GateResult(True, "Archive vérifiée.", "Visa non enregistré."))
    page = _page(qtbot, Strategy.DELETE_POSTS)
    page.deletion.check_gate()
    qtbot.waitUntil(lambda: page.deletion.verdict is not None, timeout=5000)
    assert "Visa non enregistré." in page.deletion.gate_label.text()
    assert page.deletion.confirm.isVisibleTo(page)
    assert not page.deletion.ready() and not page.deletion.start_button.isEnabled()
    page.deletion.confirm.setChecked(True)
    assert page.deletion.ready() and not page.deletion.start_button.isEnabled()  # not connected
    assert "compte X connecté" in page.deletion.command_label.text()


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


@pytest.fixture
def fake_run(app, qtbot, monkeypatch):
    """The page's deletion panel wired to the fake X API on simulated time, gate open."""
    import exitplanner.ui.pages.deletion_panel as panel
    from exitplanner.cleanup.clock import FakeClock
    from fakes.x_api import FakeX
    from fakes.x_session import logged_in_client

    monkeypatch.setattr(panel, "gate_for_plan", lambda plan: lambda: GateResult(True, "Archive vérifiée."))
    clock = FakeClock()
    with FakeX(clock=clock.wall) as fake:
        ids = [str(1000 + n) for n in range(30)]
        fake.add_posts(ids)
        page = _page(qtbot, Strategy.DELETE_POSTS)
        deletion = page.deletion
        deletion.clock = clock
        deletion.targets = lambda: ([Target(ACTION_POST, i) for i in [*ids, "999"]], None)
        deletion.client = lambda: logged_in_client(fake, clock)
        deletion.connection.connected_as = "VilleneuveSurEx"  # as if connected (see test_x_connect.py)
        assert not deletion.start_button.isEnabled()  # not before the gate passed
        deletion.check_gate()
        qtbot.waitUntil(lambda: deletion.verdict is not None, timeout=5000)
        yield deletion, fake, ids


def test_run_deletes_every_post_once_and_reports(fake_run, qtbot):
    deletion, fake, ids = fake_run
    assert deletion.start_button.isEnabled()
    assert not deletion.bar.isVisibleTo(deletion)  # no empty bar before any run
    deletion.start_button.click()
    assert deletion.bar.isVisibleTo(deletion)
    assert not deletion.start_button.isEnabled() and deletion.stop_button.isEnabled()
    qtbot.waitUntil(lambda: not deletion.running(), timeout=20000)
    assert all(fake.deleted[f"post:{i}"] == 1 for i in ids), deletion.run_label.text()
    assert deletion.bar.value() == deletion.bar.maximum() == 31
    assert deletion.run_label.text().startswith("Terminé")
    assert "30 supprimées, 1 déjà absentes, 0 en échec, 0 restant" in deletion.journal_label.text()
    assert deletion.start_button.isEnabled() and not deletion.pause_button.isEnabled()


def test_run_pauses_resumes_and_stops_keeping_the_rest(fake_run, qtbot):
    deletion, fake, _ids = fake_run
    fake.latency = 0.05
    deletion.start_button.click()
    qtbot.waitUntil(lambda: deletion.deletion_job is not None and deletion.deletion_job.status().done >= 3,
                    timeout=10000)
    deletion.pause_button.click()
    assert "pause" in deletion.run_label.text()
    qtbot.wait(300)
    done = sum(fake.deleted.values())
    qtbot.wait(300)
    assert sum(fake.deleted.values()) == done  # nothing sent while paused
    deletion.pause_button.click()  # resume
    qtbot.waitUntil(lambda: sum(fake.deleted.values()) > done, timeout=5000)
    deletion.stop_button.click()
    qtbot.waitUntil(lambda: not deletion.running(), timeout=10000)
    assert "Arrêt" in deletion.run_label.text()
    assert "restant" in deletion.journal_label.text()
    assert all(count == 1 for count in fake.deleted.values())


def test_run_without_connected_account_says_so(app, qtbot, monkeypatch):
    import exitplanner.ui.pages.deletion_panel as panel

    monkeypatch.setattr(panel, "gate_for_plan", lambda plan: lambda: GateResult(True, "Archive vérifiée."))
    page = _page(qtbot, Strategy.DELETE_POSTS)
    deletion = page.deletion
    deletion.targets = lambda: ([Target(ACTION_POST, "1")], None)
    deletion.check_gate()
    qtbot.waitUntil(lambda: deletion.verdict is not None, timeout=5000)
    assert not deletion.start_button.isEnabled()
    assert "connecté" in deletion.command_label.text()
    deletion.connection.connected_as = "VilleneuveSurEx"  # the panel believes it, the keyring has nothing
    deletion._sync_controls()
    deletion.start_button.click()
    qtbot.waitUntil(lambda: not deletion.running(), timeout=10000)
    assert "connect" in deletion.run_label.text().lower()


def test_calendar_into_a_missing_folder_says_why_in_french(app, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "gone" / "rappels.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page = _page(qtbot, Strategy.DORMANT)
    page.ics_button.click()
    assert page.export_status.text() == (
        "L’agenda n’a pas pu être écrit\u00a0: le dossier n’existe pas (ou plus)")


def test_memo_typed_without_extension_gets_pdf(app, qtbot, monkeypatch, tmp_path):
    suggested = []

    def dialog(_parent, _title, start, _filter):
        suggested.append(start)
        return str(tmp_path / "note"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    page = _page(qtbot, Strategy.DELETE_ACCOUNT)
    page.memo_button.click()
    assert (tmp_path / "note.pdf").is_file()
    assert suggested[0].endswith("note-de-decision.pdf")
