"""Step 3's plain model: what the page offers and when the step is done (no Qt widgets)."""

from __future__ import annotations

from datetime import date

import pytest
from record_helpers import plan_for

from exitplanner.plan.model import Plan, StepId, StepStatus
from exitplanner.progress import Progress
from exitplanner.steps.record import RecordModel, run_export, run_verify


def test_without_an_x_archive_the_step_points_to_step_2():
    model = RecordModel(Plan())
    assert not model.has_x_archive()
    assert model.status() == StepStatus.NOT_STARTED
    assert len(model.problems()) == 1
    with pytest.raises(ValueError):
        model.export_request(model.default_target(model.archive_path() or __import__("pathlib").Path(".")))


def test_export_verify_visa_lifecycle(small_archive, small_import, tmp_path):
    plan = plan_for(small_archive, small_import)
    model = RecordModel(plan)
    assert model.has_x_archive()
    target = model.default_target(tmp_path)
    assert target.parent == tmp_path and small_import.account.username in target.name
    request = model.export_request(target)
    assert request.producer == "Ville de Villeneuve-sur-Exemple"
    assert request.expected_sha256 == plan.sections["x_archive"]["sha256"]
    result = run_export(request, Progress())
    model.apply_export(result)
    assert plan.sections["record"]["folder"] == str(target)
    assert plan.step_status(StepId.RECORD) == StepStatus.IN_PROGRESS
    assert model.html_index().is_file()
    report = run_verify(model.folder(), Progress())
    assert model.apply_verification(report)
    assert model.verified_at()
    assert plan.step_status(StepId.RECORD) == StepStatus.DONE
    assert len(model.problems()) == 1  # only the visa is left
    model.set_visa(date(2026, 11, 20), "AD-2026-118", "/tmp/visa.pdf")
    assert model.visa() == {"date": "2026-11-20", "reference": "AD-2026-118", "scan": "/tmp/visa.pdf"}
    assert model.problems() == []
    with pytest.raises(ValueError):
        model.set_visa("20/11/2026", "x")
    # A later failed verification takes the step back to in progress; the visa survives a re-export.
    (target / "data" / "posts.csv").write_text("changed")
    assert not model.apply_verification(run_verify(target, Progress()))
    assert model.status() == StepStatus.IN_PROGRESS
    assert model.problems()
    model.apply_export(run_export(model.export_request(tmp_path / "again"), Progress()))
    assert model.visa()["reference"] == "AD-2026-118"
    assert not model.verified_at()


def test_a_record_of_another_account_is_not_done(small_archive, small_import, tmp_path):
    plan = plan_for(small_archive, small_import)
    model = RecordModel(plan)
    model.apply_export(run_export(model.export_request(tmp_path / "bag"), Progress()))
    model.apply_verification(run_verify(tmp_path / "bag", Progress()))
    assert model.status() == StepStatus.DONE
    plan.sections["x_archive"]["summary"]["account"].update(username="Other", account_id="1")
    assert model.status() == StepStatus.IN_PROGRESS
    assert model.problems()


def test_a_moved_folder_can_be_located_again(small_archive, small_import, tmp_path):
    import shutil

    plan = plan_for(small_archive, small_import)
    model = RecordModel(plan)
    model.apply_export(run_export(model.export_request(tmp_path / "bag"), Progress()))
    model.apply_verification(run_verify(tmp_path / "bag", Progress()))
    other = run_export(model.export_request(tmp_path / "other"), Progress())  # a different bag
    model.apply_export(run_export(model.export_request(tmp_path / "bag2"), Progress()))
    model.apply_verification(run_verify(tmp_path / "bag2", Progress()))
    shutil.move(tmp_path / "bag2", tmp_path / "moved")
    assert not model.relocate(other.folder)
    assert not model.relocate(tmp_path / "nowhere")
    assert model.relocate(tmp_path / "moved")
    assert model.folder() == tmp_path / "moved"
    assert not model.verified_at() and model.status() == StepStatus.IN_PROGRESS
    assert model.apply_verification(run_verify(model.folder(), Progress()))
    assert model.status() == StepStatus.DONE
