"""The step 2 audit dashboard: import through the widget, cancel, bad input, reopened plan."""

from __future__ import annotations

import copy

import pytest

from exitplanner.plan.model import Plan
from exitplanner.xarchive import demo_archive_path

NNBSP = "\u202f"


@pytest.fixture
def dashboard(app, qtbot):
    from exitplanner.ui.pages.audit_dashboard import AuditDashboard

    widget = AuditDashboard(Plan())
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    if widget.busy:
        widget.cancel()
        qtbot.waitUntil(lambda: not widget.busy, timeout=10_000)


def _values(widget) -> dict[str, str]:
    return {caption.text(): figure.text() for caption, figure in widget.total_labels}


def test_import_the_demo_archive_through_the_widget(dashboard, qtbot):
    assert not dashboard.content.isVisibleTo(dashboard)
    with qtbot.waitSignal(dashboard.changed, timeout=20_000):
        assert dashboard.start_import(demo_archive_path()) is not None
    qtbot.waitUntil(lambda: not dashboard.busy, timeout=5_000)
    section = dashboard.plan.sections["x_archive"]
    assert section["path"] == str(demo_archive_path().resolve())
    assert len(section["sha256"]) == 64 and section["summary"]["counts"]["posts"] == 1500
    assert dashboard.content.isVisibleTo(dashboard)
    assert "@VilleneuveSurEx" in dashboard.identity_label.text()
    totals = _values(dashboard)
    assert totals["Publications (republications comprises)"] == f"1{NNBSP}500"
    assert totals["Abonnés"] == f"3{NNBSP}150"
    assert dashboard.top_table.rowCount() == len(section["summary"]["top_posts"])
    assert dashboard.hashtag_table.rowCount() > 0 and dashboard.apps_table.rowCount() == 3
    assert dashboard.chart.series() and dashboard.chart.series()[0].barSets()[0].count() == len(
        section["summary"]["posts_per_month"]
    )
    assert "1 500".replace(" ", NNBSP) in dashboard.chart_view.accessibleDescription()
    assert not dashboard.progress_bar.isVisible() and dashboard.import_button.isEnabled()


def test_a_corrupt_zip_shows_a_message_and_keeps_the_plan(dashboard, qtbot, tmp_path):
    bad = tmp_path / "archive.zip"
    bad.write_bytes(b"PK\x03\x04 truncated download")
    dashboard.plan.sections["x_archive"] = before = {"path": "/old.zip", "sha256": None, "summary": {}}
    kept = copy.deepcopy(before)
    assert dashboard.start_import(bad) is not None
    # busy ends in the widget's own finished handler, connected before the job started
    qtbot.waitUntil(lambda: not dashboard.busy, timeout=10_000)
    assert dashboard.plan.sections["x_archive"] == kept
    text = dashboard.message_label.text()
    assert text.startswith("⚠ ") and "zip" in text and "Traceback" not in text
    assert "archive" in text.lower()


def test_cancel_leaves_the_plan_unchanged(dashboard, qtbot):
    """Cancelled before the job's end, whatever point it reached: nothing reaches the plan."""
    target = demo_archive_path()
    job = dashboard.start_import(target)
    job.cancel()
    qtbot.waitUntil(lambda: not dashboard.busy, timeout=20_000)
    assert "x_archive" not in dashboard.plan.sections
    assert "annul" in dashboard.message_label.text().lower()
    assert dashboard.import_button.isEnabled() and not dashboard.cancel_button.isVisible()


def test_a_reopened_plan_shows_the_figures_without_importing(app, qtbot, tmp_path):
    from exitplanner.plan.demo import demo_plan
    from exitplanner.plan.storage import load_plan, save_plan
    from exitplanner.ui.pages.inventory import InventoryPage

    path = tmp_path / "plan.exitplan.json"
    save_plan(demo_plan(), path)
    page = InventoryPage(load_plan(path))
    qtbot.addWidget(page)
    dashboard = page.archive_box
    assert dashboard.content.isVisibleTo(page)
    assert _values(dashboard)["Abonnés"] == f"3{NNBSP}150"
    assert dashboard.chart.series() and dashboard.top_table.rowCount() > 0
    assert "Les signets ne figurent pas dans l’archive." in dashboard.missing_label.text()


def test_the_inventory_page_notices_an_import(app, qtbot):
    from exitplanner.plan.demo import demo_plan
    from exitplanner.plan.model import StepId, StepStatus
    from exitplanner.ui.pages.inventory import InventoryPage

    plan = demo_plan()
    del plan.sections["x_archive"]
    page = InventoryPage(plan)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.changed, timeout=20_000):
        page.archive_box.start_import(demo_archive_path())
    assert plan.sections["x_archive"]["summary"]["counts"]["posts"] == 1500
    assert plan.step_status(StepId.INVENTORY) is StepStatus.DONE


def test_reconciliation_names_the_data_in_french(demo_window):
    from exitplanner.plan.model import StepId

    demo_window.show_step(StepId.INVENTORY)
    table = demo_window.pages[StepId.INVENTORY].archive_box.reconciliation_table
    names = {table.item(row, 0).text() for row in range(table.rowCount())}
    assert {"Publications", "Abonnés", "Numéro de téléphone"} <= names
    assert "tweets" not in names


def test_connected_apps_permissions_in_french(demo_window):
    from exitplanner.plan.model import StepId

    demo_window.show_step(StepId.INVENTORY)
    table = demo_window.pages[StepId.INVENTORY].archive_box.apps_table
    permissions = {table.item(row, 1).text() for row in range(table.rowCount())}
    assert "lecture, publication, messages privés" in permissions
