"""Closing the window, opening another plan or changing the language while background work runs: the
window asks (in French), and stopping lets the work end on its own terms — a deletion run finishes
the request already sent and journals it — instead of cutting it off."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from exitplanner.cleanup.gate import GateResult
from exitplanner.cleanup.journal import ACTION_POST, Journal, Target, journal_path
from exitplanner.plan.demo import demo_plan
from exitplanner.plan.model import StepId
from exitplanner.steps.decision import DecisionModel, Strategy
from exitplanner.ui import workers


class Answer:
    """QMessageBox.question stand-in: records the questions and gives the planned answer."""

    def __init__(self, monkeypatch, answer) -> None:
        self.answer = answer
        self.asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self)

    def __call__(self, parent, title, text, *args, **kwargs):
        self.asked.append(f"{title}|{text}")
        return self.answer


def _long_job(label: str = "", ask: bool = True):
    """A job that does "requests" of 50 ms and only notices cancellation between two of them."""
    record = {"requests": 0, "ended_cleanly": False}
    started = threading.Event()

    def work(progress):
        started.set()
        while True:
            time.sleep(0.05)  # a request: never interrupted
            record["requests"] += 1
            if progress.cancelled:
                record["ended_cleanly"] = True
                return record

    job = workers.Job(work)
    job.label = label
    job.ask_before_closing = ask
    workers.start(job)
    assert started.wait(5)
    return job, record


def test_closing_asks_and_keeps_working_or_stops_cleanly(window, monkeypatch, qtbot):
    job, record = _long_job("Une suppression est en cours sur X.")
    answer = Answer(monkeypatch, QMessageBox.StandardButton.No)
    assert not window.close()
    assert window.isVisible() and job in workers.running()
    assert answer.asked == ["Travail en cours|Une suppression est en cours sur X.\n\n"
                            "Arrêter proprement et fermer ExitPlanner\u202f?"]
    answer.answer = QMessageBox.StandardButton.Yes
    assert window.close()
    assert job not in workers.running() and record["ended_cleanly"]  # waited for, not cut off
    assert window.isEnabled()


def test_other_plan_and_language_ask_too(window, monkeypatch):
    job, record = _long_job()
    answer = Answer(monkeypatch, QMessageBox.StandardButton.No)
    plan = window.plan
    window.new_plan()
    assert window.plan is plan
    assert answer.asked[-1].endswith("Une tâche est encore en cours en arrière-plan.\n\n"
                                     "Arrêter proprement et quitter ce plan\u202f?")
    window.set_language("en")
    assert "changer de langue" in answer.asked[-1]
    assert [a.data() for a in window.language_actions.actions() if a.isChecked()] == ["fr"]
    answer.answer = QMessageBox.StandardButton.Yes
    window.new_plan()
    assert window.plan is not plan and record["ended_cleanly"] and job not in workers.running()


def test_a_quick_preview_is_waited_for_without_a_question(window):
    job, record = _long_job(ask=False)
    job.cancel()  # it ends within one "request"; the autouse fixture fails on any question
    window.new_plan()
    assert record["ended_cleanly"] and job not in workers.running()


@pytest.fixture
def running_deletion(app, qtbot, monkeypatch):
    """The real step 7 page of a main window, its run deleting 40 posts on the fake X API."""
    import exitplanner.ui.pages.deletion_panel as panel
    from exitplanner.cleanup.clock import FakeClock
    from exitplanner.ui.main_window import MainWindow
    from fakes.x_api import FakeX
    from fakes.x_session import logged_in_client

    monkeypatch.setattr(panel, "gate_for_plan", lambda plan: lambda: GateResult(True, "Archive vérifiée."))
    clock = FakeClock()
    with FakeX(clock=clock.wall, latency=0.05) as fake:
        ids = [str(1000 + n) for n in range(40)]
        fake.add_posts(ids)
        plan = demo_plan()
        DecisionModel(plan).choose(Strategy.DELETE_POSTS, "Conseil municipal", "Motifs.", date(2026, 11, 12))
        window = MainWindow(plan, demo=True)
        window.show()
        qtbot.waitExposed(window)
        window.show_step(StepId.EXECUTION)
        deletion = window.pages[StepId.EXECUTION].deletion
        deletion.clock = clock
        deletion.targets = lambda: ([Target(ACTION_POST, i) for i in ids], None)
        deletion.client = lambda: logged_in_client(fake, clock)
        deletion.connection.connected_as = "VilleneuveSurEx"
        deletion.check_gate()
        qtbot.waitUntil(lambda: deletion.verdict is not None and not workers.running(), timeout=5000)
        deletion.start_button.click()
        qtbot.waitUntil(lambda: deletion.deletion_job is not None
                        and deletion.deletion_job.status().done >= 3, timeout=10000)
        yield window, deletion, fake
        window.autosaver.mark_clean()
        window.close()


def test_closing_mid_deletion_finishes_the_request_in_flight(running_deletion, monkeypatch):
    window, deletion, fake = running_deletion
    answer = Answer(monkeypatch, QMessageBox.StandardButton.No)
    window.autosaver.mark_clean()
    assert not window.close()
    assert answer.asked[0].startswith("Travail en cours|Une suppression est en cours sur X.")
    assert "journal" in answer.asked[0] and deletion.running()
    answer.answer = QMessageBox.StandardButton.Yes
    assert window.close()
    assert not deletion.running()
    with Journal(journal_path("VilleneuveSurEx"), exclusive=False) as journal:
        counts = journal.counts()
        attempts = sum(item.attempts for item in journal.items())
    assert counts["in_flight"] == 0 and counts["pending"] > 0  # stopped before the end, consistent
    assert counts["deleted"] == sum(fake.deleted.values())  # every deletion X did is journaled
    assert attempts == sum(fake.requests.values())  # and every request sent got its answer recorded
    assert all(n == 1 for n in fake.deleted.values())
