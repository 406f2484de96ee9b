"""The deletion job end to end against the fake X API, on simulated time (hours of windows in a second)."""

from __future__ import annotations

import csv
import math
import random
import threading

import pytest

from exitplanner.cleanup.gate import GateResult
from exitplanner.cleanup.job import DeletionJob, JobRefused, JobSettings, JobStopped
from exitplanner.cleanup.journal import (
    ACTION_LIKE,
    ACTION_POST,
    ACTION_REPOST,
    ALREADY_GONE,
    DELETED,
    FAILED,
    Journal,
    Target,
)
from exitplanner.progress import Cancelled, Progress
from fakes.x_api import Fault, Limits
from fakes.x_session import logged_in_client, open_gate


def _posts(fake, journal, n, start=1000):
    ids = [str(start + i) for i in range(n)]
    fake.add_posts(ids)
    journal.add(Target(ACTION_POST, i) for i in ids)
    return ids


def _job(client, journal, clock, **kwargs):
    return DeletionJob(client, journal, kwargs.pop("gate", open_gate), clock=clock,
                       rng=random.Random(7), **kwargs)


def test_refuses_without_the_archive_of_record(client, journal, clock, fake):
    _posts(fake, journal, 3)
    job = _job(client, journal, clock, gate=lambda: GateResult(False, "archive missing"))
    with pytest.raises(JobRefused) as raised:
        job.run()
    assert raised.value.message == "archive missing"
    assert sum(fake.requests.values()) == 0 and journal.counts()["pending"] == 3


def test_full_run_paces_to_the_window_without_any_429(client, journal, clock, fake, tmp_path):
    ids = _posts(fake, journal, 120)
    fake.add_repost("5001", "7001")
    fake.add_repost("5002", "7002")
    journal.add([Target(ACTION_REPOST, "5001"), Target(ACTION_REPOST, "5002", "7002"),
                 Target(ACTION_REPOST, "5003")])  # 5003: gone before we start
    fake.add_likes([str(8000 + i) for i in range(60)])
    journal.add(Target(ACTION_LIKE, str(8000 + i)) for i in range(60))
    start = clock.wall()
    status = _job(client, journal, clock, report_dir=tmp_path / "record", account="villeexemple").run()

    assert fake.rate_limited == 0 and status.rate_limited == 0
    assert all(fake.deleted[f"post:{i}"] == 1 for i in ids)
    assert fake.deleted["repost:7001"] == fake.deleted["repost:7002"] == 1
    assert sum(fake.deleted[f"like:{8000 + i}"] for i in range(60)) == 60
    assert status.counts[DELETED] == 120 + 2 + 60 and status.counts[ALREADY_GONE] == 1
    # 120 posts at 50 per 15 min need 3 windows: the last leaves early in the third one. Likes and
    # posts share no limit, so they run side by side.
    elapsed = clock.wall() - start
    assert 2 * 900 - 1 <= elapsed <= 2 * 900 + 60
    rows = list(csv.reader(status.report.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0][:4] == ["action", "id", "source_id", "outcome"] and len(rows) == 1 + 183
    assert rows[121][:4] == ["repost", "5001", "7001", "deleted"]


def test_faults_are_retried_and_settled_exactly_once(client, journal, clock, fake):
    ids = _posts(fake, journal, 10)
    fake.inject(Fault("503"), Fault("drop_after"), Fault("drop_before"), Fault("500"), Fault("429"))
    status = _job(client, journal, clock).run()
    assert all(fake.deleted[f"post:{i}"] == 1 for i in ids)
    first = journal.item(1)
    # The dropped answer left id 1000 "maybe sent": the retry found it gone and says so honestly.
    dropped = [item for item in journal.items() if item.maybe_sent]
    assert dropped and all(item.state in (DELETED, ALREADY_GONE) for item in journal.items())
    assert status.retries >= 4 and status.rate_limited == 1 and first.attempts >= 2


def test_an_id_that_keeps_failing_on_the_server_side_ends_failed(client, journal, clock, fake):
    ids = _posts(fake, journal, 2)
    fake.inject(*[Fault("500") for _ in range(8)])
    status = _job(client, journal, clock, settings=JobSettings(max_server_errors=8)).run()
    first = journal.item(1)
    assert first.state == FAILED and first.maybe_sent and first.attempts == 8
    assert fake.deleted[f"post:{ids[1]}"] == 1 and status.counts[FAILED] == 1
    assert status.last_errors


def test_token_expiring_mid_run_is_refreshed(client, journal, clock, fake):
    fake.token_lifetime = 1200  # shorter than the run
    ids = _posts(fake, journal, 150)
    _job(client, journal, clock).run()
    assert all(fake.deleted[f"post:{i}"] == 1 for i in ids)
    assert client.tokens.tokens.expires_at > clock.wall()


def test_revoked_connection_stops_the_job_and_keeps_the_journal(client, journal, clock, fake):
    _posts(fake, journal, 5)
    with fake.lock:
        fake._refresh.clear()
    fake.expire_tokens()
    with pytest.raises(JobStopped):
        _job(client, journal, clock).run()
    assert journal.counts()["pending"] == 5 and journal.counts()["in_flight"] == 0


def test_a_token_of_another_account_is_refused_before_any_deletion(client, journal, clock, fake):
    _posts(fake, journal, 3)
    with pytest.raises(JobStopped) as raised:
        _job(client, journal, clock, account_id="424242").run()
    assert "@villeexemple" in raised.value.message
    assert sum(fake.requests.values()) == 0 and journal.counts()["pending"] == 3
    _job(client, journal, clock, account_id="1000").run()
    assert journal.counts()[DELETED] == 3


def test_repeated_refusals_fail_ids_then_stop(clock, journal, fake):
    class Refusing:
        calls = 0

        def me(self):
            from exitplanner.networks.x import XUser
            return XUser("1000", "x")

        def delete_post(self, post_id):
            from exitplanner.networks.errors import PermissionDenied
            self.calls += 1
            raise PermissionDenied()

    _posts(fake, journal, 5)
    with pytest.raises(JobStopped):
        _job(Refusing(), journal, clock).run()
    assert journal.counts()[FAILED] == 3 and journal.counts()["pending"] == 2


def test_restart_after_spent_window_waits_instead_of_hitting_a_429(fake, clock, tmp_path):
    path = tmp_path / "j.sqlite"
    ids = [str(i) for i in range(100, 180)]
    fake.add_posts(ids)
    progress = Progress()
    seen = []

    def stop_after_50(done, total, message):
        seen.append(done)
        if done >= 50:
            progress.cancel()

    progress = Progress(stop_after_50)
    with Journal(path) as journal, logged_in_client(fake, clock) as client:
        journal.add(Target(ACTION_POST, i) for i in ids)
        with pytest.raises(Cancelled):
            _job(client, journal, clock, progress=progress).run()
        assert journal.counts()[DELETED] == 50
    with Journal(path) as journal, logged_in_client(fake, clock) as client:
        _job(client, journal, clock).run()
        assert journal.counts()[DELETED] == 80
    assert fake.rate_limited == 0 and all(fake.deleted[f"post:{i}"] == 1 for i in ids)


def test_laptop_sleep_is_noticed_and_nothing_waits_for_a_stale_reset(client, journal, clock, fake):
    ids = _posts(fake, journal, 100)
    progress_calls = []

    def on_progress(done, total, message):
        progress_calls.append(done)
        if done == 50 and len(progress_calls) < 60:
            clock.jump(3 * 3600)  # the lid closes for three hours right after the 50th deletion

    start = clock.wall()
    _job(client, journal, clock, progress=Progress(on_progress)).run()
    assert all(fake.deleted[f"post:{i}"] == 1 for i in ids)
    # Waited at most a slice after waking, not another 15 minutes.
    assert clock.wall() - start < 3 * 3600 + 10 and fake.rate_limited == 0


def test_daily_like_limit_is_honoured(client, journal, clock, fake):
    fake.limits["like"] = Limits(50, 900.0, 120)
    likes = [str(9000 + i) for i in range(300)]
    fake.add_likes(likes)
    journal.add(Target(ACTION_LIKE, i) for i in likes)
    start = clock.wall()
    _job(client, journal, clock).run()
    assert fake.rate_limited == 0 and not fake.likes
    days = (clock.wall() - start) / 86400
    assert math.floor(days) == 2  # 120 + 120 + 60


def test_pause_resume_and_cancel_from_another_thread(fake, journal, clock):
    ids = _posts(fake, journal, 20)
    fake.latency = 0.01
    with logged_in_client(fake, clock) as client:
        job = _job(client, journal, clock)
        job.pause()
        outcome = []

        def run():
            try:
                job.run()
            except Cancelled:
                outcome.append("cancelled")

        runner = threading.Thread(target=run, daemon=True)
        runner.start()
        threading.Event().wait(0.3)
        assert sum(fake.deleted.values()) == 0 and job.status().state == "paused"
        job.resume()
        while sum(fake.deleted.values()) < 5:
            threading.Event().wait(0.01)
        job.cancel()
        runner.join(5)
        assert not runner.is_alive() and outcome == ["cancelled"]
    done = sum(fake.deleted.values())
    assert 5 <= done < len(ids)
    assert journal.counts()[DELETED] == done and journal.counts()["in_flight"] == 0
