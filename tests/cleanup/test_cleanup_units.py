"""Selection filters, estimates, journal transitions and pacing decisions, without any network."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from exitplanner.cleanup.estimate import Prices, duration, estimate
from exitplanner.cleanup.journal import (
    ACTION_LIKE,
    ACTION_POST,
    ACTION_REPOST,
    ALREADY_GONE,
    DELETED,
    IN_FLIGHT,
    PENDING,
    Journal,
    JournalBusy,
    Target,
)
from exitplanner.cleanup.pacing import Backoff, Bucket, Limit
from exitplanner.cleanup.selection import Filters, select
from exitplanner.networks.x import RateWindow


@dataclass
class P:
    id: int
    created: int
    kind: str
    likes: int = 0
    reposts: int = 0


def _t(day: str) -> int:
    return int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp())


POSTS = [
    P(1, _t("2020-01-01"), "original", likes=100),
    P(2, _t("2021-06-01"), "reply", likes=1),
    P(3, _t("2022-03-01"), "repost", likes=999),
    P(4, _t("2023-05-01T23:59:00"), "quote", likes=5, reposts=50),
    P(5, _t("2024-01-01"), "original"),
]


def test_selection_filters():
    everything = select(POSTS, Filters())
    assert [t.target for t in everything.targets] == ["1", "2", "3", "4", "5"]
    assert everything.targets[2] == Target(ACTION_REPOST, "3", None, POSTS[2].created)
    dated = select(POSTS, Filters(since=date(2021, 1, 1), until=date(2023, 5, 1)))
    assert [t.target for t in dated.targets] == ["2", "3", "4"] and dated.kept_by_filter == 2
    top = select(POSTS, Filters(keep_top=2))  # reposts never count as "ours"
    assert {t.target for t in top.targets} == {"2", "3", "5"} and top.kept_top == 2
    assert [t.target for t in select(POSTS, Filters(replies_only=True)).targets] == ["2"]
    assert [t.target for t in select(POSTS, Filters(reposts_only=True)).targets] == ["3"]
    kept = select(POSTS, Filters(keep_ids={"5", "9"}, include_likes=True), like_ids=[9, 10])
    assert [(t.action, t.target) for t in kept.targets][-2:] == [(ACTION_POST, "4"), (ACTION_LIKE, "10")]
    assert Filters.from_json(Filters(since=date(2021, 1, 1), kinds={"reply"}).to_json()).kinds == {"reply"}


def test_duration_and_cost():
    assert duration(0, Limit(50, 900)) == 0
    assert duration(50, Limit(50, 900)) == 0
    assert duration(51, Limit(50, 900)) == 900
    assert duration(3000, Limit(50, 900, 1000)) == 2 * 86400  # the daily limit dominates
    result = estimate({ACTION_POST: 100, ACTION_REPOST: 10, ACTION_LIKE: 10}, unresolved_reposts=10)
    assert result.seconds == 900 and result.total == 120
    assert result.cost == round(100 * 0.005 + 20 * 0.010 + 10 * 0.005, 4)
    assert estimate({ACTION_POST: 10}, prices=Prices(post_delete=1.0)).cost == 10.0


def test_journal_is_durable_and_recovers_in_flight(tmp_path):
    path = tmp_path / "j.sqlite"
    with Journal(path) as journal:
        targets = [Target(ACTION_POST, "1"), Target(ACTION_POST, "2"), Target(ACTION_REPOST, "3")]
        assert journal.add(targets) == 3
        assert journal.add([Target(ACTION_POST, "1")]) == 0
        assert journal._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert journal._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        first = journal.next_pending(ACTION_POST)
        journal.begin(first.seq)
        assert journal.next_pending(ACTION_REPOST) is None  # its source is not known yet
        journal.set_sources({"3": "30"})
        assert journal.next_pending(ACTION_REPOST).source == "30"
    # Simulate a crash: the connection is gone with id 1 in flight.
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT state FROM items WHERE target = '1'").fetchone()[0] == IN_FLIGHT
    raw.close()
    with Journal(path) as journal:
        assert journal.recover() == 1
        again = journal.item(first.seq)
        assert again.state == PENDING and again.maybe_sent and again.attempts == 1
        journal.begin(again.seq)
        journal.finish(again.seq, ALREADY_GONE, meta={"bucket:post": "{}"})
        journal.finish(journal.next_pending(ACTION_POST).seq, DELETED)
        assert journal.counts()[DELETED] == 1 and journal.counts()[ALREADY_GONE] == 1
        assert journal.get_meta("bucket:post") == "{}"


def test_a_journal_is_used_by_one_process_at_a_time(tmp_path):
    path = tmp_path / "j.sqlite"
    with Journal(path) as journal:
        with pytest.raises(JournalBusy) as raised:
            Journal(path)
        assert raised.value.message
        with Journal(path, exclusive=False) as look:  # the GUI may still read where a run stands
            assert look.counts() == journal.counts()
    with Journal(path):
        pass  # released on close


def test_bucket_bursts_then_waits_for_the_reset_and_forgets_stale_windows():
    bucket = Bucket("post", Limit(50, 900), margin=1.0)
    now = 1_000_000.0
    assert bucket.ready_at(now) == now  # nothing known: go
    bucket.observe(RateWindow(50, 1, now + 600, received=now, server_time=now))
    assert bucket.ready_at(now) == now
    bucket.sent(now)
    assert bucket.ready_at(now) == now + 601
    assert bucket.ready_at(now + 700) == now + 700  # the window is over: go, the answer will tell
    state = bucket.to_state()
    other = Bucket("post", Limit(50, 900))
    other.restore(state)
    assert other.remaining == 0 and other.reset == now + 600


def test_bucket_corrects_a_wrong_local_clock():
    bucket = Bucket("post", Limit(50, 900), margin=0.0)
    now = 1_000_000.0
    # Our clock is 120 s ahead of X's: the reset, in X's time, is 60 s away.
    bucket.observe(RateWindow(50, 0, now - 120 + 60, received=now, server_time=now - 120))
    assert bucket.ready_at(now) == now + 60


def test_bucket_without_headers_counts_locally_and_429_waits_retry_after():
    bucket = Bucket("like", Limit(2, 100), margin=0.0)
    bucket.sent(0.0)
    bucket.sent(1.0)
    assert bucket.ready_at(2.0) == 100.0
    limited = Bucket("post", Limit(50, 900), margin=0.0)
    limited.exhausted(RateWindow(), retry_after=30.0, now=10.0)
    assert limited.ready_at(10.0) == 40.0


def test_daily_limit_waits_for_the_daily_reset():
    bucket = Bucket("like", Limit(50, 900, 1000), margin=0.0)
    bucket.observe(RateWindow(50, 40, 500.0, 1000, 0, 80_000.0, received=100.0))
    assert bucket.ready_at(100.0) == 80_000.0


def test_backoff_grows_with_jitter_and_is_capped():
    import random

    backoff = Backoff(base=1.0, cap=8.0, rng=random.Random(1))
    delays = [backoff.next_delay() for _ in range(6)]
    assert 0.5 <= delays[0] <= 1.0 and 1.0 <= delays[1] <= 2.0 and all(4.0 <= d <= 8.0 for d in delays[3:])
    backoff.reset()
    assert backoff.next_delay() <= 1.0
