from datetime import UTC, date, datetime

from exitplanner.plan.model import Plan, StepId, StepStatus
from exitplanner.steps.decision import DecisionModel, Strategy
from exitplanner.steps.execution import CHECKLISTS, ExecutionModel, ItemStatus


def _plan(strategy):
    plan = Plan(title="Ville de Villeneuve-sur-Exemple")
    DecisionModel(plan).choose(strategy, "la maire", "motifs", date(2025, 1, 20))
    return plan


def test_no_checklist_before_a_decision():
    assert ExecutionModel(Plan()).items() == []


def test_delete_account_checklist_has_the_30_day_window_and_handle_check():
    items = {i.key: i for i in ExecutionModel(_plan(Strategy.DELETE_ACCOUNT)).items()}
    assert items["deactivate"].due == date(2025, 1, 27)
    assert items["window_end"].due == date(2025, 2, 26)
    assert items["handle_check"].due > items["window_end"].due


def test_each_strategy_has_its_own_list():
    keys = {s: [t.key for t in CHECKLISTS[s]] for s in Strategy}
    assert "deletion" in keys[Strategy.DELETE_POSTS] and "deletion" not in keys[Strategy.DORMANT]
    assert "pin" in keys[Strategy.DORMANT] and "bio" in keys[Strategy.DORMANT]


def test_status_updates_and_moved_dates_are_kept():
    plan = _plan(Strategy.DORMANT)
    model = ExecutionModel(plan)
    assert model.status() == StepStatus.NOT_STARTED
    model.update("farewell", status=ItemStatus.DONE, due=date(2025, 1, 21), note="publié à 10 h")
    assert plan.step_status(StepId.EXECUTION) == StepStatus.IN_PROGRESS
    item = next(i for i in ExecutionModel(plan).items() if i.key == "farewell")
    assert item.status == ItemStatus.DONE and item.due == date(2025, 1, 21) and item.note == "publié à 10 h"
    for other in model.items():
        model.update(other.key, status=ItemStatus.SKIPPED if other.key == "watch" else ItemStatus.DONE)
    assert plan.step_status(StepId.EXECUTION) == StepStatus.DONE


def test_ics_is_valid_rfc5545():
    plan = _plan(Strategy.DELETE_ACCOUNT)
    text = ExecutionModel(plan).to_ics(now=datetime(2025, 1, 20, 8, 0, tzinfo=UTC))
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    lines = text.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert text.count("BEGIN:VEVENT") == len(CHECKLISTS[Strategy.DELETE_ACCOUNT])
    assert "DTSTART;VALUE=DATE:20250226" in text
    unfolded = text.replace("\r\n ", "")
    assert "Archives départementales" in unfolded or "Archives d" in unfolded
