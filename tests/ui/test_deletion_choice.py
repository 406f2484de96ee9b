"""Step 7's deletion panel: the user chooses what goes (kinds, likes, period, posts to keep), sees the
estimate and the journal's counts per kind, and the run deletes exactly that, once, through the fake
X API — 429, 5xx and a lost answer included."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate

from exitplanner.cleanup.gate import GateResult
from exitplanner.cleanup.journal import ACTION_POST, DELETED, IN_FLIGHT, Journal, Target, journal_path
from exitplanner.plan.demo import demo_plan
from exitplanner.steps.decision import DecisionModel, Strategy


@dataclass
class P:
    id: str
    created: int
    kind: str
    likes: int = 0
    reposts: int = 0


def _day(year: int, month: int, day: int) -> int:
    return int(datetime(year, month, day, 12, tzinfo=UTC).timestamp())


ORIGINALS = [P(str(101 + n), _day(2024, 1, 10 + n), "original") for n in range(6)]
REPLIES = [P("201", _day(2023, 6, 1), "reply"), P("202", _day(2024, 2, 1), "reply"),
           P("203", _day(2024, 2, 2), "reply")]
QUOTES = [P("301", _day(2024, 3, 1), "quote"), P("302", _day(2024, 3, 2), "quote")]
REPOSTS = [P(str(401 + n), _day(2024, 4, 1 + n), "repost") for n in range(3)]
LIKES = [str(501 + n) for n in range(5)]


@pytest.fixture
def panel(app, qtbot, monkeypatch):
    """The deletion panel over a small archive, wired to the fake X API on simulated time, gate open."""
    import exitplanner.ui.pages.deletion_panel as module
    from exitplanner.cleanup.clock import FakeClock
    from exitplanner.ui.pages.execution import ExecutionPage
    from fakes.x_api import FakeX
    from fakes.x_session import logged_in_client

    monkeypatch.setattr(module, "gate_for_plan", lambda plan: lambda: GateResult(True, "Archive vérifiée."))
    archive = module.ArchiveData("archive.zip", [*ORIGINALS, *REPLIES, *QUOTES, *REPOSTS], LIKES, None)
    monkeypatch.setattr(module, "read_archive", lambda plan: archive)
    clock = FakeClock()
    with FakeX(clock=clock.wall) as fake:
        fake.add_posts([p.id for p in (*ORIGINALS, *REPLIES, *QUOTES)])
        for repost in REPOSTS:
            fake.add_repost(repost.id, "9" + repost.id)  # the archive lacks the source: looked up
        fake.add_likes(LIKES)
        plan = demo_plan()
        DecisionModel(plan).choose(Strategy.DELETE_POSTS, "Conseil municipal", "Motifs.", date(2026, 11, 12))
        page = ExecutionPage(plan)
        qtbot.addWidget(page)
        page.show()
        deletion = page.deletion
        deletion.clock = clock
        deletion.client = lambda: logged_in_client(fake, clock)
        deletion.connection.connected_as = "VilleneuveSurEx"  # as if connected (see test_x_connect.py)
        deletion.check_gate()
        qtbot.waitUntil(lambda: deletion.verdict is not None and deletion.selection is not None, timeout=5000)
        yield deletion, fake, plan


def _wait_preview(qtbot, deletion):
    deletion.preview_timer.setInterval(0)
    qtbot.waitUntil(lambda: deletion.selection is not None, timeout=5000)


def test_choice_estimate_and_run_delete_exactly_the_choice(panel, qtbot):
    from fakes.x_api import Fault

    deletion, fake, plan = panel
    boxes = deletion.kind_boxes
    assert boxes["like"].text() == "Supprimer aussi les j’aime (512)"  # the audit's figure
    assert boxes["original"].isChecked() and not boxes["like"].isChecked()  # as the command line
    boxes["quote"].setChecked(False)
    boxes["like"].setChecked(True)
    deletion.since_check.setChecked(True)
    deletion.since_edit.setDate(QDate(2024, 1, 1))  # reply 201 is older
    deletion.keep_ids.setText("102, https://x.com/villeexemple/status/103, abc")
    assert "abc" in deletion.choice_hint.text()
    saved = plan.sections["cleanup"]["filters"]
    assert saved["include_likes"] and saved["kinds"] == ["original", "reply", "repost"]
    assert saved["since"] == "2024-01-01" and saved["keep_ids"] == ["102", "103"]
    _wait_preview(qtbot, deletion)
    text = deletion.estimate_label.text()
    assert ("Ce choix supprime — publications originales\u00a0: 4, réponses\u00a0: 2, citations\u00a0: 0, "
            "republications\u00a0: 3, j’aime\u00a0: 5\u202f; publications de l’archive conservées\u00a0: 5."
            ) in text, text
    assert "«\u202fJ’aime\u202f» à retirer\u00a0: 5" in text

    with Journal(journal_path("VilleneuveSurEx")) as journal:  # an earlier run that took every kind
        journal.add([Target(ACTION_POST, "301")])
    fake.inject(Fault("503"), Fault("429"), Fault("drop_after"))
    assert deletion.start_button.isEnabled()
    deletion.start_button.click()
    assert not deletion.choice_box.isEnabled()  # the choice of a run under way stays as it is
    qtbot.waitUntil(lambda: not deletion.running(), timeout=20000)
    assert deletion.run_label.text().startswith("Terminé"), deletion.run_label.text()
    expected = Counter({f"post:{i}": 1 for i in ("101", "104", "105", "106", "202", "203")}
                       | {f"repost:9{p.id}": 1 for p in REPOSTS} | {f"like:{i}": 1 for i in LIKES})
    assert fake.deleted == expected  # once each, nothing kept was touched
    assert not any(key in fake.requests for key in ("post:301", "post:302", "post:102", "post:201"))
    with Journal(journal_path("VilleneuveSurEx"), exclusive=False) as journal:
        by_kind = journal.counts_by_kind()
        assert journal.counts()[IN_FLIGHT] == 0
    assert by_kind["post"][DELETED] + by_kind["post"]["already_gone"] == 6
    assert by_kind["repost"][DELETED] + by_kind["repost"]["already_gone"] == 3
    assert by_kind["like"][DELETED] + by_kind["like"]["already_gone"] == 5
    assert deletion.kind_table.isVisible()
    cells = {action: [c.text() for c in row] for action, row in deletion.kind_cells.items()}
    assert cells["like"][3] == "0" and int(cells["like"][0]) + int(cells["like"][1]) == 5
    assert deletion.choice_box.isEnabled()
    item = plan.sections["execution"]["items"]["deletion"]  # the checklist follows the run
    assert item["status"] == "done" and item["note"].endswith(".csv")


def test_likes_only_and_nothing_chosen(panel, qtbot):
    deletion, fake, plan = panel
    for kind in ("original", "reply", "quote", "repost"):
        deletion.kind_boxes[kind].setChecked(False)
    assert not deletion.start_button.isEnabled()
    assert deletion.command_label.text() == "Rien à supprimer avec ce choix."
    deletion.kind_boxes["like"].setChecked(True)
    assert plan.sections["cleanup"]["filters"]["likes_only"]
    _wait_preview(qtbot, deletion)
    assert deletion.start_button.isEnabled()
    deletion.start_button.click()
    qtbot.waitUntil(lambda: not deletion.running(), timeout=20000)
    assert fake.deleted == Counter({f"like:{i}": 1 for i in LIKES})


def test_choice_restored_when_the_plan_is_reopened(app, qtbot):
    from exitplanner.cleanup.selection import Filters
    from exitplanner.steps.execution import set_cleanup_filters
    from exitplanner.ui.pages.execution import ExecutionPage

    plan = demo_plan()
    DecisionModel(plan).choose(Strategy.DELETE_POSTS, "Conseil municipal", "Motifs.", date(2026, 11, 12))
    set_cleanup_filters(plan, Filters(kinds={"reply"}, until=date(2020, 5, 31), keep_top=10,
                                      include_likes=True))
    page = ExecutionPage(plan)
    qtbot.addWidget(page)
    deletion = page.deletion
    assert [k for k, box in deletion.kind_boxes.items() if box.isChecked()] == ["reply", "like"]
    assert deletion.until_check.isChecked() and deletion.until_edit.date() == QDate(2020, 5, 31)
    assert not deletion.since_check.isChecked() and not deletion.since_edit.isEnabled()
    assert deletion.keep_top.value() == 10
    qtbot.waitUntil(lambda: deletion.selection is not None, timeout=5000)
    assert deletion.selection.by_kind["like"] == 512
    assert set(deletion.selection.by_kind) <= {"reply", "like"}
