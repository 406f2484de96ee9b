"""Step 7's farewell post: the plan bookkeeping (never twice) and the publish flow against the fake X API."""

from __future__ import annotations

from datetime import date

import pytest

from exitplanner.cleanup.clock import FakeClock
from exitplanner.networks.x import AnswerLost
from exitplanner.plan.model import Plan
from exitplanner.steps.decision import DecisionModel, Strategy
from exitplanner.steps.execution import ExecutionModel, ItemStatus
from exitplanner.steps.farewell import (
    FarewellModel,
    FarewellRefused,
    FarewellState,
    SendResult,
    parse_post_id,
    post_url,
    x_count,
)
from fakes.x_api import FakeX, Fault
from fakes.x_session import logged_in_client

TEXT = "Nous quittons X. Retrouvez-nous sur Bluesky et Mastodon : https://villeneuve-sur-exemple.fr/communique"


def _plan(strategy: Strategy = Strategy.DORMANT) -> Plan:
    plan = Plan(title="Ville de Villeneuve-sur-Exemple")
    DecisionModel(plan).choose(strategy, "la maire", "motifs", date(2026, 11, 12))
    return plan


def _item(plan: Plan, key: str = "farewell"):
    return next(i for i in ExecutionModel(plan).items() if i.key == key)


@pytest.fixture
def fake_x():
    clock = FakeClock()
    with FakeX(clock=clock.wall) as fake:
        client = logged_in_client(fake, clock, timeout=1.0)
        yield fake, client, clock
        client.close()


class Saves:
    """Stands for the page's save: records the farewell state on disk at each save."""

    def __init__(self, plan: Plan):
        self.plan = plan
        self.states: list[str] = []

    def __call__(self) -> None:
        self.states.append(FarewellModel(self.plan).record.get("state", ""))


# --- the text -----------------------------------------------------------------------------------------

def test_proposes_step_6_text_and_prefers_the_users_edit():
    plan = _plan()
    generated = FarewellModel(plan).default_text()
    assert "#HelloQuitteX" in generated
    assert "press" not in plan.sections  # reading the generated text is not an edit of step 6
    plan.sections["press"] = {"short_versions": {"x": "Au revoir X, à bientôt ailleurs."}}
    assert FarewellModel(plan).default_text() == "Au revoir X, à bientôt ailleurs."


def test_count_follows_x_rules_and_refuses_empty_or_too_long():
    model = FarewellModel(_plan())
    assert x_count("Voir https://example.fr/" + "a" * 200) == (5 + 23, 280)
    assert model.text_problem(TEXT) is None
    assert "empty" in model.text_problem("  \n")
    assert "281" in model.text_problem("a" * 281)
    with pytest.raises(FarewellRefused):
        model.begin("a" * 281, "villeexemple")
    assert model.state() == FarewellState.NONE


def test_post_addresses():
    assert post_url("@villeexemple", "123") == "https://x.com/villeexemple/status/123"
    assert parse_post_id("https://x.com/villeexemple/status/1859?s=20") == "1859"
    assert parse_post_id(" 42 ") == "42"
    assert parse_post_id("https://x.com/villeexemple") is None


# --- the flow against the fake ------------------------------------------------------------------------

def test_success_records_the_post_ticks_the_task_and_saves_before_sending(fake_x):
    fake, client, _clock = fake_x
    plan = _plan()
    saves = Saves(plan)
    model = FarewellModel(plan, now=lambda: "2026-11-14T10:00:00")
    message = model.publish(client, TEXT, "@villeexemple", saves)
    assert saves.states == ["sending", "published"]  # on disk before the request left
    assert fake.created == [TEXT]
    record = model.record
    post_id = record["post_id"]
    assert post_id in fake.posts and record["state"] == "published"
    assert record["url"] == f"https://x.com/villeexemple/status/{post_id}" and record["url"] in message
    assert record["published"] == "2026-11-14T10:00:00"
    item = _item(plan)
    assert item.status == ItemStatus.DONE and item.note == record["url"]


def test_never_twice(fake_x):
    fake, client, _clock = fake_x
    plan = _plan()
    model = FarewellModel(plan)
    model.publish(client, TEXT, "villeexemple", lambda: None)
    assert not model.can_publish()
    with pytest.raises(FarewellRefused, match="already published"):
        model.publish(client, TEXT + " (bis)", "villeexemple", lambda: None)
    with pytest.raises(FarewellRefused):
        FarewellModel(plan).begin("Autre texte", "villeexemple")  # also after reopening the plan
    assert fake.created == [TEXT]


def test_rate_limited_says_how_long_and_allows_a_later_try(fake_x):
    fake, client, clock = fake_x
    plan = _plan()
    model = FarewellModel(plan, wall=clock.wall)
    fake.inject(Fault("429"))
    message = model.publish(client, TEXT, "villeexemple", lambda: None)
    assert fake.created == [] and fake.rate_limited == 1
    assert model.state() == FarewellState.FAILED and model.can_publish()
    assert "minute" in message and ":" in message  # « try again in N minute(s) (at HH:MM) »
    assert model.record["error"] == message
    assert _item(plan).status == ItemStatus.TODO
    model.publish(client, TEXT, "villeexemple", lambda: None)
    assert model.state() == FarewellState.PUBLISHED and fake.created == [TEXT]


def test_lost_answer_is_to_be_checked_and_never_retried_silently(fake_x):
    fake, client, _clock = fake_x
    plan = _plan()
    model = FarewellModel(plan)
    fake.inject(Fault("drop_after"))  # X publishes, then the connection is cut
    message = model.publish(client, TEXT, "villeexemple", lambda: None)
    assert len(fake.created) == 1
    assert model.state() == FarewellState.UNCERTAIN and not model.can_publish()
    assert "Check on https://x.com/villeexemple" in message
    with pytest.raises(FarewellRefused):
        model.publish(client, TEXT, "villeexemple", lambda: None)
    assert len(fake.created) == 1
    # The user finds it on X and pastes its address.
    post_id = next(iter(fake.created_texts))
    model.confirm_published(f"https://x.com/villeexemple/status/{post_id}")
    assert model.post_id() == post_id and model.record["confirmed_by_user"] is True
    assert _item(plan).status == ItemStatus.DONE


def test_lost_answer_then_not_on_x_allows_publishing_again(fake_x):
    fake, client, _clock = fake_x
    plan = _plan()
    model = FarewellModel(plan)
    fake.inject(Fault("drop_before"))
    model.publish(client, TEXT, "villeexemple", lambda: None)
    assert model.state() == FarewellState.UNCERTAIN  # the client cannot tell: the user must look
    with pytest.raises(FarewellRefused):
        model.confirm_published("pas une adresse")
    model.confirm_not_published()
    assert model.can_publish()
    model.publish(client, TEXT, "villeexemple", lambda: None)
    assert model.state() == FarewellState.PUBLISHED and fake.created == [TEXT]


def test_duplicate_content_is_refused_in_plain_words(fake_x):
    fake, client, _clock = fake_x
    client.create_post(TEXT)  # published by hand earlier, same text
    plan = _plan()
    model = FarewellModel(plan)
    message = model.publish(client, TEXT, "villeexemple", lambda: None)
    assert "already published exactly this text" in message
    assert model.state() == FarewellState.FAILED and fake.created == [TEXT]


def test_a_plan_left_while_sending_is_to_be_checked():
    plan = _plan()
    model = FarewellModel(plan)
    model.begin(TEXT, "villeexemple")
    assert model.state(in_flight=True) == FarewellState.SENDING
    assert FarewellModel(plan).state() == FarewellState.UNCERTAIN  # reopened: no request in flight
    assert not FarewellModel(plan).can_publish()


def test_unknown_errors_and_server_errors_are_to_be_checked():
    from exitplanner.networks.errors import ServerError

    for error in (ServerError(), AnswerLost(), RuntimeError("boom")):
        plan = _plan()
        model = FarewellModel(plan)
        model.begin(TEXT, "villeexemple")
        model.finish(SendResult(error=error))
        assert model.state() == FarewellState.UNCERTAIN, error


def test_restore_forgets_an_attempt_that_was_not_saved():
    plan = _plan()
    model = FarewellModel(plan)
    model.begin(TEXT, "villeexemple")
    model.restore({})
    assert model.state() == FarewellState.NONE and model.record == {}


def test_pin_task_says_it_stays_manual():
    for strategy in (Strategy.DORMANT, Strategy.DELETE_POSTS):
        hint = _item(_plan(strategy), "pin").hint
        assert "by hand" in hint and "cannot pin" in hint
