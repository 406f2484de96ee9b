"""Step 7: « Publier sur X… » under the farewell task, against the fake X API (see test_farewell_model.py)."""

from __future__ import annotations

from datetime import date

import pytest

from exitplanner.cleanup.clock import FakeClock
from exitplanner.plan.demo import demo_plan
from exitplanner.plan.model import StepId
from exitplanner.plan.storage import load_plan, save_plan
from exitplanner.steps.decision import DecisionModel, Strategy
from exitplanner.steps.execution import ExecutionModel, ItemStatus
from exitplanner.steps.farewell import FarewellModel, FarewellState
from fakes.x_api import USERNAME, FakeX, Fault
from fakes.x_session import logged_in_client


@pytest.fixture
def fake_x():
    clock = FakeClock()
    with FakeX(clock=clock.wall) as fake:
        yield fake, clock


def _plan(strategy: Strategy):
    plan = demo_plan()
    DecisionModel(plan).choose(strategy, "Conseil municipal", "Motifs.", date(2026, 11, 12))
    return plan


def _wire(page, fake, clock):
    """As if the X account were connected (test_x_connect.py covers the OAuth dance)."""
    page.farewell_connection().connected_as = USERNAME
    page.farewell.client = lambda: logged_in_client(fake, clock, timeout=1.0)
    page.farewell.ask_text = lambda text, handle: text  # the user confirms the proposed text
    page.farewell.sync()


def _page(qtbot, strategy: Strategy):
    from exitplanner.ui.pages.execution import ExecutionPage

    page = ExecutionPage(_plan(strategy))
    qtbot.addWidget(page)
    page.show()
    return page


def _farewell_note(page) -> tuple[ItemStatus, str]:
    item = next(i for i in ExecutionModel(page.plan).items() if i.key == "farewell")
    return item.status, item.note


def test_publishes_once_and_ticks_the_task(app, qtbot, fake_x):
    fake, clock = fake_x
    page = _page(qtbot, Strategy.DORMANT)
    box = page.farewell
    assert box.isVisible() and page.x_connection.isVisible()
    assert not box.publish_button.isEnabled()  # not connected
    assert "Connectez le compte X" in box.status_label.text()
    assert box.publish_button.text() == "Publier sur &X…"
    _wire(page, fake, clock)
    assert box.publish_button.isEnabled()
    box.publish_button.click()
    assert box.busy() and box.bar.isVisible() and not box.publish_button.isEnabled()
    qtbot.waitUntil(lambda: not box.busy(), timeout=10000)
    assert len(fake.created) == 1 and "#HelloQuitteX" in fake.created[0]
    url = FarewellModel(page.plan).url()
    assert url.startswith(f"https://x.com/{USERNAME}/status/9")
    assert _farewell_note(page) == (ItemStatus.DONE, url)
    assert url in box.status_label.text() and "Publié" in box.status_label.text()
    assert not box.publish_button.isEnabled()
    box.publish()  # never twice, even if called
    assert len(fake.created) == 1
    # The checklist shows the ticked task with the address as its note.
    notes = [w.text() for w in page.box.findChildren(type(page.x_connection.client_id))]
    assert url in notes


def test_lost_answer_is_to_be_checked_then_published_again(app, qtbot, fake_x):
    fake, clock = fake_x
    page = _page(qtbot, Strategy.DELETE_ACCOUNT)
    box = page.farewell
    _wire(page, fake, clock)
    fake.inject(Fault("drop_after"))
    box.publish_button.click()
    qtbot.waitUntil(lambda: not box.busy(), timeout=10000)
    assert FarewellModel(page.plan).state() == FarewellState.UNCERTAIN
    assert not box.publish_button.isVisibleTo(page) and box.missing_button.isVisibleTo(page)
    assert "Vérifiez sur https://x.com/villeexemple" in box.status_label.text()
    assert _farewell_note(page)[0] == ItemStatus.TODO
    # The user looked on X: it is there.
    post_id = next(iter(fake.created_texts))
    box.ask_address = lambda: f"https://x.com/villeexemple/status/{post_id}"
    box.found_button.click()
    assert FarewellModel(page.plan).post_id() == post_id
    assert _farewell_note(page)[0] == ItemStatus.DONE
    assert len(fake.created) == 1


def test_rate_limit_is_said_in_french(app, qtbot, fake_x):
    fake, clock = fake_x
    page = _page(qtbot, Strategy.DELETE_POSTS)
    box = page.farewell
    assert page.farewell_connection() is page.deletion.connection and not page.x_connection.isVisibleTo(page)
    _wire(page, fake, clock)
    fake.inject(Fault("429"))
    box.publish_button.click()
    qtbot.waitUntil(lambda: not box.busy(), timeout=10000)
    assert "X limite le nombre de publications" in box.status_label.text()
    assert box.publish_button.isEnabled() and fake.created == []


def test_the_plan_is_on_disk_before_the_request_leaves(app, qtbot, fake_x, tmp_path):
    from exitplanner.ui.main_window import MainWindow

    fake, clock = fake_x
    path = tmp_path / "ville.exitplan.json"
    save_plan(_plan(Strategy.DORMANT), path)
    window = MainWindow(load_plan(path), path)
    window.show()
    window.show_step(StepId.EXECUTION)
    page = window.pages[StepId.EXECUTION]
    _wire(page, fake, clock)
    on_disk: list[str] = []
    fake.after_commit = lambda _key: on_disk.append(
        load_plan(path).sections["execution"]["farewell"]["state"])  # X has the post, the answer not sent
    page.farewell.publish_button.click()
    qtbot.waitUntil(lambda: not page.farewell.busy(), timeout=10000)
    assert on_disk == ["sending"]
    assert load_plan(path).sections["execution"]["farewell"]["state"] == "published"
    window.autosaver.mark_clean()
    window.close()


def test_dialog_counts_like_x_and_refuses_too_long(app, qtbot):
    from exitplanner.ui.pages.farewell_box import FarewellDialog

    model = FarewellModel(_plan(Strategy.DORMANT))
    address = "https://villeneuve-sur-exemple.fr/un/tres/long/chemin"
    dialog = FarewellDialog("Au revoir : " + address, USERNAME, model)
    qtbot.addWidget(dialog)
    assert dialog.counter.text().startswith("35 / 280")  # 12 + 23 for the address
    assert dialog.publish_button.isEnabled()
    dialog.editor.setPlainText("a" * 281)
    assert "281" in dialog.counter.text() and not dialog.publish_button.isEnabled()
    dialog.editor.setPlainText("   ")
    assert not dialog.publish_button.isEnabled()


def test_pin_task_says_it_is_done_by_hand(app, qtbot):
    page = _page(qtbot, Strategy.DORMANT)
    texts = [label.text() for label in page.box.findChildren(type(page.strategy_label))]
    assert any("Épingler" in t and "à la main" in t for t in texts)


def test_unreadable_connection_sends_nothing_and_says_so(app, qtbot, fake_x):
    fake, clock = fake_x
    page = _page(qtbot, Strategy.DORMANT)
    _wire(page, fake, clock)

    def broken_store():
        raise RuntimeError("vault locked")

    page.farewell.client = broken_store
    page.farewell.publish_button.click()
    qtbot.waitUntil(lambda: not page.farewell.busy(), timeout=10000)
    assert FarewellModel(page.plan).state() == FarewellState.FAILED and fake.created == []
    assert page.farewell.publish_button.isEnabled()
