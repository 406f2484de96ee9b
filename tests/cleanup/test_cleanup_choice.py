"""The user's choice of what to delete: likes only, withdrawing what a new choice no longer selects,
counts per kind, and the choice saved in the plan."""

from __future__ import annotations

from dataclasses import dataclass

from exitplanner.cleanup.journal import (
    ACTION_LIKE,
    ACTION_POST,
    ACTION_REPOST,
    DELETED,
    PENDING,
    Target,
)
from exitplanner.cleanup.selection import KIND_ORIGINAL, KIND_REPLY, KINDS, Filters, select
from exitplanner.plan.demo import demo_plan
from exitplanner.steps.execution import archive_kind_counts, cleanup_filters, set_cleanup_filters


@dataclass
class P:
    id: str
    created: int
    kind: str
    likes: int = 0
    reposts: int = 0


POSTS = [P("1", 100, KIND_ORIGINAL), P("2", 200, KIND_REPLY)]


def test_likes_only_selects_no_post():
    filters = Filters(include_likes=True, likes_only=True)
    selection = select(POSTS, filters, ["7", "8"])
    assert [(t.action, t.target) for t in selection.targets] == [(ACTION_LIKE, "7"), (ACTION_LIKE, "8")]
    assert selection.kept_by_filter == 2
    assert Filters.from_json(filters.to_json()) == filters
    assert Filters.from_json({"kinds": ["reply"]}).likes_only is False  # older saved choices


def test_withdraw_drops_only_never_sent_pending_ids(journal):
    journal.add([Target(ACTION_POST, "1"), Target(ACTION_POST, "2"), Target(ACTION_POST, "3"),
                 Target(ACTION_LIKE, "9"), Target(ACTION_REPOST, "5")])
    done = journal.next_pending(ACTION_POST)
    journal.begin(done.seq)
    journal.finish(done.seq, DELETED)  # "1": settled history
    sent = journal.next_pending(ACTION_POST)
    journal.begin(sent.seq)
    journal.postpone(sent.seq, True, "503")  # "2": X may have acted on it
    removed = journal.withdraw([Target(ACTION_POST, "3")])  # the new choice: post 3 only
    assert removed == 2  # the like and the repost, never sent
    states = {(i.action, i.target): i.state for i in journal.items()}
    assert states == {(ACTION_POST, "1"): DELETED, (ACTION_POST, "2"): PENDING, (ACTION_POST, "3"): PENDING}


def test_counts_by_kind(journal):
    journal.add([Target(ACTION_POST, "1"), Target(ACTION_LIKE, "9"), Target(ACTION_LIKE, "8")])
    item = journal.next_pending(ACTION_LIKE)
    journal.begin(item.seq)
    journal.finish(item.seq, DELETED)
    counts = journal.counts_by_kind()
    assert counts[ACTION_LIKE][DELETED] == 1 and counts[ACTION_LIKE][PENDING] == 1
    assert counts[ACTION_POST][PENDING] == 1
    assert set(counts[ACTION_REPOST].values()) == {0}


def test_choice_saved_in_the_plan():
    plan = demo_plan()
    assert cleanup_filters(plan) == Filters(kinds=set(KINDS))  # the command line's default
    set_cleanup_filters(plan, Filters(kinds={KIND_REPLY}, include_likes=True, keep_top=3))
    again = cleanup_filters(plan)
    assert again.kinds == {KIND_REPLY} and again.include_likes and again.keep_top == 3
    assert archive_kind_counts(plan) == {"original": 789, "reply": 287, "quote": 176, "repost": 248,
                                         "like": 512}
