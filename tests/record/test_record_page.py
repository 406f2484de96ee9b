"""Step 3's page: export a small generated archive through it, watch progress, verify, cancel, visa."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from record_helpers import plan_for

from exitplanner.plan.model import Plan, StepId, StepStatus
from exitplanner.ui.pages import record as page_module
from exitplanner.ui.pages.record import RecordPage


@pytest.fixture
def app(_gui_app):
    from exitplanner.app import create_application

    return create_application("en")


def _page(qtbot, plan):
    page = RecordPage(plan)
    qtbot.addWidget(page)
    page.show()
    return page


def test_without_an_imported_archive_the_page_points_to_step_2(app, qtbot):
    page = _page(qtbot, Plan())
    assert not page.missing_label.isHidden()
    assert "step 2" in page.missing_label.text()
    assert not page.export_box.isEnabled()


def test_every_input_has_an_accessible_name(app, qtbot, small_archive, small_import):
    from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit, QListWidget, QProgressBar, QPushButton

    page = _page(qtbot, plan_for(small_archive, small_import))
    checked = 0
    for kind in (QLineEdit, QPushButton, QCheckBox, QDateEdit, QListWidget, QProgressBar):
        for widget in page.findChildren(kind):
            if widget.objectName().startswith("qt_"):  # Qt's own parts (the date edit's line edit)
                continue
            assert widget.accessibleName(), widget
            checked += 1
    assert checked >= 12


def test_export_through_the_page_then_verify_open_and_visa(app, qtbot, small_archive, small_import, tmp_path,
                                                           monkeypatch):
    plan = plan_for(small_archive, small_import)
    page = _page(qtbot, plan)
    assert page.export_box.isEnabled() and page.missing_label.isHidden()
    assert small_import.account.username in page.target_edit.text()  # a default name is proposed
    target = tmp_path / "Archives"
    page.target_edit.setText(str(target))
    values = []
    page.progress_bar.valueChanged.connect(values.append)
    with qtbot.waitSignal(page.changed, timeout=20_000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isEnabled() or page._job is None
    qtbot.waitUntil(lambda: bool(plan.sections.get("record", {}).get("verified_at")), timeout=20_000)
    qtbot.waitUntil(lambda: page._job is None, timeout=5_000)
    assert plan.sections["record"]["folder"] == str(target)
    assert plan.step_status(StepId.RECORD) == StepStatus.DONE
    assert values and max(values) > 0
    assert "intact" in page.status_label.text()
    assert page.open_button.isEnabled() and page.verify_button.isEnabled()
    assert page.progress_bar.isHidden()

    opened = []
    monkeypatch.setattr(page_module.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(target / "data" / "index.html")]

    # Tamper, verify again: the problems are listed and the step is no longer done.
    (target / "data" / "posts.csv").write_text("changé")
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.problem_list.count() > 0, timeout=10_000)
    assert any("posts.csv" in page.problem_list.item(i).text() for i in range(page.problem_list.count()))
    assert plan.step_status(StepId.RECORD) == StepStatus.IN_PROGRESS

    # The folder moves: located again through the page, then verified at its new place.
    (target / "data" / "posts.csv").unlink()
    import shutil

    shutil.copytree(target, tmp_path / "moved")
    shutil.rmtree(target)
    page.relocate(tmp_path / "nowhere")
    assert "not the archive of record" in page.status_label.text()
    page.relocate(tmp_path / "moved")
    qtbot.waitUntil(lambda: page._job is None, timeout=10_000)
    assert plan.sections["record"]["folder"] == str(tmp_path / "moved")
    assert page.problem_list.count() > 0  # posts.csv is still missing there

    page.visa_received.setChecked(True)
    page.visa_reference.setText("AD-2026-118")
    page.visa_reference.editingFinished.emit()
    assert plan.sections["record"]["visa"]["reference"] == "AD-2026-118"
    assert len(plan.sections["record"]["visa"]["date"]) == 10


def test_cancel_through_the_page_keeps_nothing(app, qtbot, small_archive, small_import, tmp_path,
                                               monkeypatch):
    real = page_module.run_export

    def slow_export(request, progress):
        report = progress.report

        def slowed(done, total=0, message=""):
            time.sleep(0.002)
            report(done, total, message)

        progress.report = slowed
        return real(request, progress)

    monkeypatch.setattr(page_module, "run_export", slow_export)
    plan = plan_for(small_archive, small_import)
    page = _page(qtbot, plan)
    target = tmp_path / "Archives"
    page.target_edit.setText(str(target))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isEnabled() and not page.export_button.isEnabled()
    qtbot.waitUntil(lambda: page.progress_bar.value() > 0, timeout=10_000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page._job is None, timeout=10_000)
    assert "nothing was kept" in page.status_label.text()
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
    assert "record" not in plan.sections
    assert page.export_button.isEnabled()


def test_a_clash_is_shown_as_a_message(app, qtbot, small_archive, small_import, tmp_path):
    plan = plan_for(small_archive, small_import)
    page = _page(qtbot, plan)
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "file.txt").write_text("x")
    page.target_edit.setText(str(tmp_path / "taken"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page._job is None, timeout=10_000)
    assert "already exists" in page.status_label.text()
    assert "record" not in plan.sections
