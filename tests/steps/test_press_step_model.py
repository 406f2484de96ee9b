"""Step 6 model: edits stored only when they differ, regenerate, and when the step counts as started/done."""

from __future__ import annotations

from datetime import date, datetime

from exitplanner.plan.demo import demo_plan
from exitplanner.plan.model import StepId, StepStatus
from exitplanner.steps.press import PressStepModel


def _model(plan=None):
    return PressStepModel(plan or demo_plan(), today=date(2026, 1, 20))


def test_opening_is_not_starting_and_choices_are_kept():
    model = _model()
    assert model.status() == StepStatus.NOT_STARTED
    model.set_choices("delete_account", ["harassment"], "", "Une décision mûrement réfléchie.")
    assert model.plan.step_status(StepId.PRESS) == StepStatus.IN_PROGRESS
    again = _model(model.plan)
    assert again.release.template_id == "delete_account" and again.release.reasons == ["harassment"]
    assert "mûrement réfléchie" in again.final_text()


def test_final_text_equal_to_the_generated_one_is_not_an_edit():
    model = _model()
    model.set_final_text(model.generated_text().strip() + "\n\n")
    assert not model.is_edited() and not model.has_edits()
    model.set_final_text(model.generated_text() + "\nPost-scriptum.")
    assert model.is_edited() and model.has_edits()
    assert model.final_text().endswith("Post-scriptum.")
    model.regenerate()
    assert not model.is_edited() and model.final_text() == model.generated_text()


def test_short_versions_edits_count_and_regenerate():
    model = _model()
    generated = model.short_versions()["x"].text
    version = model.set_short_text("x", generated)
    assert not version.edited and not model.section.get("short_versions")
    version = model.set_short_text("x", "x" * 281)
    assert version.edited and not version.within_limit and version.length == 281
    assert model.has_edits()
    model.regenerate()
    assert model.short_versions()["x"].text == generated and not model.has_edits()


def test_done_needs_an_export_or_the_final_mark():
    model = _model()
    model.set_choices("dormant", [], "", "")
    assert model.status() == StepStatus.IN_PROGRESS and len(model.problems()) == 1
    model.mark_exported("pdf", datetime(2026, 1, 20, 10, 15, 30, 123))
    assert model.section["exports"] == {"pdf": "2026-01-20T10:15:30"}
    assert model.plan.step_status(StepId.PRESS) == StepStatus.DONE and model.problems() == []
    other = _model()
    other.set_final(True)
    assert other.status() == StepStatus.DONE
    other.set_final(False)
    assert other.status() == StepStatus.IN_PROGRESS


def test_a_broken_template_is_no_text():
    model = _model()
    model.set_choices("user:missing", [], "", "")
    assert not model.has_text()
    model.set_final(True)
    assert model.status() == StepStatus.IN_PROGRESS
