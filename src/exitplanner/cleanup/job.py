"""The deletion job: removes the journal's pending ids through X's API, paced, resumable, for days if needed.

The loop, one request at a time:

1. check the gate once (the archive of record must verify), recover ids a killed run left in flight;
2. find the source post of reposts the archive does not know (100 per look-up);
3. among the endpoints with work left (posts, reposts, likes — each has its own limit), take the one
   whose window allows a request soonest; wait for it (wall clock, in short slices: pause, cancel and a
   laptop's sleep are noticed within seconds);
4. journal ``in_flight`` → send → journal the outcome and the window X announced, in one transaction.

Errors: a 429 waits for the announced reset; 5xx and lost answers back off exponentially with jitter
and the id is retried (flagged *maybe sent*, see :mod:`.journal`); 403 and 400 fail that id with its
reason (three refusals in a row stop the job: that is an account or app problem, not an id problem);
401 after the client's one refresh, or 402 (credits used up), stop the job with their message. The
journal is left consistent in every case, so running the job again continues.
"""

from __future__ import annotations

import json
import random
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from exitplanner.cleanup.clock import Clock, SystemClock
from exitplanner.cleanup.estimate import estimate
from exitplanner.cleanup.gate import GateResult
from exitplanner.cleanup.journal import (
    ACTION_LIKE,
    ACTION_POST,
    ACTION_REPOST,
    ACTIONS,
    ALREADY_GONE,
    DELETED,
    FAILED,
    IN_FLIGHT,
    PENDING,
    Item,
    Journal,
)
from exitplanner.cleanup.pacing import DEFAULT_LIMITS, Backoff, Bucket, Limit
from exitplanner.cleanup.report import write_report
from exitplanner.networks.errors import (
    AuthError,
    NetworkError,
    PermissionDenied,
    RateLimited,
    ServerError,
    Unreachable,
    ValidationError,
)
from exitplanner.networks.x import (
    BUCKET_LIKE,
    BUCKET_LOOKUP,
    BUCKET_POST,
    BUCKET_REPOST,
    LOOKUP_BATCH,
    AnswerLost,
    Outcome,
    PaymentRequired,
    RateWindow,
    XRateLimited,
    XUser,
)
from exitplanner.progress import Progress

BUCKET_OF = {ACTION_POST: BUCKET_POST, ACTION_REPOST: BUCKET_REPOST, ACTION_LIKE: BUCKET_LIKE}


class XApi(Protocol):
    """What the job needs of :class:`exitplanner.networks.x.XClient` (tests may pass another)."""

    def me(self) -> XUser: ...
    def delete_post(self, post_id: str) -> Outcome: ...
    def unrepost(self, user_id: str, source_id: str) -> Outcome: ...
    def unlike(self, user_id: str, tweet_id: str) -> Outcome: ...
    def repost_sources(self, repost_ids: list[str]) -> tuple[dict[str, str | None], RateWindow]: ...


class JobRefused(Exception):
    """The gate said no; ``message`` tells the user what to do first."""

    def __init__(self, result: GateResult):
        super().__init__(result.message)
        self.message = result.message
        self.result = result


class JobStopped(Exception):
    """The job cannot go on without the user (login again, credits, refusals); ``message`` says why."""

    def __init__(self, error: NetworkError):
        super().__init__(error.message)
        self.message = error.message
        self.error = error


@dataclass
class JobSettings:
    margin: float = 1.0  # seconds after a window's announced reset
    backoff_base: float = 1.0
    backoff_cap: float = 900.0
    slice: float = 5.0  # longest single sleep: pause, cancel and clock jumps are seen this fast
    max_refusals: int = 3
    max_server_errors: int = 8  # per id (5xx or lost answers): then it fails instead of looping for ever
    limits: dict[str, Limit] = field(default_factory=lambda: dict(DEFAULT_LIMITS))


@dataclass
class JobStatus:
    """A snapshot for the live panel and the progress line."""

    counts: dict[str, int]
    total: int
    by_kind: dict[str, dict[str, int]] = field(default_factory=dict)  # {action: {state: count}}
    state: str = "idle"  # idle, running, waiting, paused, finished, cancelled, stopped
    waiting_until: float | None = None  # wall clock
    per_hour: float = 0.0
    eta_seconds: float | None = None
    requests: int = 0
    rate_limited: int = 0  # 429 answers received
    retries: int = 0
    last_errors: list[str] = field(default_factory=list)
    report: Path | None = None

    @property
    def done(self) -> int:
        return self.counts.get(DELETED, 0) + self.counts.get(ALREADY_GONE, 0) + self.counts.get(FAILED, 0)


class DeletionJob:
    def __init__(self, client: XApi, journal: Journal, gate: Callable[[], GateResult],
                 progress: Progress | None = None, clock: Clock | None = None,
                 settings: JobSettings | None = None, report_dir: str | Path | None = None, account: str = "",
                 rng: random.Random | None = None, account_id: str | None = None) -> None:
        """``account_id``: the X account id of the archive; the connected account must be this one,
        else a token of another account would answer "not found" for every post, which the journal
        would take for "already gone"."""
        self.client = client
        self.journal = journal
        self.gate = gate
        self.progress = progress or Progress()
        self.clock = clock or SystemClock()
        self.settings = settings or JobSettings()
        self.report_dir = Path(report_dir) if report_dir else None
        self.account = account
        self.account_id = account_id
        limits = {**DEFAULT_LIMITS, **self.settings.limits}
        self.buckets = {name: Bucket(name, limit, self.settings.margin) for name, limit in limits.items()}
        self._backoff = Backoff(self.settings.backoff_base, self.settings.backoff_cap, rng)
        self._resume = threading.Event()
        self._resume.set()
        self._done_times: deque[float] = deque(maxlen=200)
        self._refusals = 0
        self._server_errors: dict[int, int] = {}
        self._lock = threading.Lock()
        self._status = JobStatus(journal.counts(), 0)

    # --- control (any thread) -----------------------------------------------------------------------

    def pause(self) -> None:
        self._resume.clear()
        self._wake()

    def resume(self) -> None:
        self._resume.set()

    def cancel(self) -> None:
        self.progress.cancel()
        self._resume.set()
        self._wake()

    @property
    def paused(self) -> bool:
        return not self._resume.is_set()

    def _wake(self) -> None:
        wake = getattr(self.clock, "wake", None)
        if wake is not None:
            wake()

    def status(self) -> JobStatus:
        with self._lock:
            return JobStatus(**{**self._status.__dict__, "counts": dict(self._status.counts),
                                "by_kind": {a: dict(c) for a, c in self._status.by_kind.items()},
                                "last_errors": list(self._status.last_errors)})

    # --- the run --------------------------------------------------------------------------------------

    def run(self) -> JobStatus:
        """Run until every id is settled. Raises :class:`JobRefused`, :class:`JobStopped` or
        :class:`~exitplanner.progress.Cancelled`; the journal is consistent whichever way it ends."""
        verdict = self.gate()
        if not verdict.ok:
            raise JobRefused(verdict)
        self.journal.recover()
        self._restore_buckets()
        self._set(state="running")
        try:
            user_id = self._user_id()
            while True:
                self._checkpoint()
                unresolved = self.journal.reposts_without_source(LOOKUP_BATCH)
                if unresolved:
                    self._resolve(unresolved)
                    continue
                choice = self._next_action()
                if choice is None:
                    break
                action, at = choice
                if at > self.clock.wall():
                    self._wait_until(at)
                    continue
                item = self.journal.next_pending(action)
                if item is not None:
                    self._attempt(item, user_id)
        except NetworkError as error:
            self._set(state="stopped")
            raise JobStopped(error) from None
        except BaseException:
            self._set(state="cancelled")
            raise
        self._set(state="finished", waiting_until=None, eta_seconds=0.0)
        if self.report_dir is not None:
            self._set(report=write_report(self.journal, self.report_dir, self.account))
        self._report()
        return self.status()

    def _user_id(self) -> str:
        known = self.journal.get_meta("user_id")
        if known:
            self._check_account(known, self.journal.get_meta("username") or known)
            return known
        while True:
            self._checkpoint()
            try:
                user = self.client.me()
            except (Unreachable, ServerError) as error:
                self._note_error(error)
                self._sleep_interval(self._backoff.next_delay())
                continue
            except RateLimited as error:
                self._sleep_interval(error.retry_after or 60.0)
                continue
            self._backoff.reset()
            self._check_account(user.id, user.username)
            self.journal.set_meta("user_id", user.id)
            self.journal.set_meta("username", user.username)
            return user.id

    def _check_account(self, user_id: str, username: str) -> None:
        if self.account_id and user_id != self.account_id:
            raise AuthError(QCoreApplication.translate(
                "CleanupJob",
                "The connected X account (@%1) is not the account of the archive: connect the account "
                "whose posts are to be deleted.").replace("%1", username))

    def _next_action(self) -> tuple[str, float] | None:
        now = self.clock.wall()
        best: tuple[str, float] | None = None
        for action in ACTIONS:
            if self.journal.has_pending(action):
                at = self.buckets[BUCKET_OF[action]].ready_at(now)
                if best is None or at < best[1]:
                    best = (action, at)
        return best

    def _attempt(self, item: Item, user_id: str) -> None:
        bucket = self.buckets[BUCKET_OF[item.action]]
        self.journal.begin(item.seq)
        bucket.sent(self.clock.wall())
        self._bump("requests")
        try:
            if item.action == ACTION_POST:
                outcome = self.client.delete_post(item.target)
            elif item.action == ACTION_REPOST:
                outcome = self.client.unrepost(user_id, item.source or "")
            else:
                outcome = self.client.unlike(user_id, item.target)
        except RateLimited as error:
            self._rate_limited(bucket, error)
            self.journal.postpone(item.seq, False, "rate limited", self._bucket_meta(bucket))
            return
        except PaymentRequired as error:
            self.journal.postpone(item.seq, False, error.message)
            raise
        except AuthError as error:
            self.journal.postpone(item.seq, False, error.message)
            raise
        except (PermissionDenied, ValidationError) as error:
            self._observe(bucket, error)
            self.journal.finish(item.seq, FAILED, error.message, self._bucket_meta(bucket))
            self._note_error(error)
            self._refusals += 1
            if self._refusals >= self.settings.max_refusals:
                raise
            return
        except (AnswerLost, ServerError) as error:
            self._observe(bucket, error)
            errors = self._server_errors[item.seq] = self._server_errors.get(item.seq, 0) + 1
            if errors >= self.settings.max_server_errors:
                self.journal.finish(item.seq, FAILED, error.message, self._bucket_meta(bucket),
                                    maybe_sent=True)
                self._note_error(error)
                return
            self.journal.postpone(item.seq, True, error.message, self._bucket_meta(bucket))
            self._retry_later(error)
            return
        except Unreachable as error:
            self.journal.postpone(item.seq, False, error.message)
            self._retry_later(error)
            return
        bucket.observe(outcome.rate)
        state = ALREADY_GONE if outcome.gone else DELETED
        self.journal.finish(item.seq, state, "", self._bucket_meta(bucket))
        self._backoff.reset()
        self._refusals = 0
        self._done_times.append(self.clock.monotonic())
        self._report()

    def _resolve(self, items: list[Item]) -> None:
        bucket = self.buckets[BUCKET_LOOKUP]
        at = bucket.ready_at(self.clock.wall())
        if at > self.clock.wall():
            self._wait_until(at)
            return
        bucket.sent(self.clock.wall())
        self._bump("requests")
        try:
            found, rate = self.client.repost_sources([item.target for item in items])
        except RateLimited as error:
            self._rate_limited(bucket, error)
            return
        except (Unreachable, ServerError) as error:
            self._observe(bucket, error)
            self._retry_later(error)
            return
        bucket.observe(rate)
        self._backoff.reset()
        self.journal.set_sources(found)
        self._report()

    # --- waiting --------------------------------------------------------------------------------------

    def _rate_limited(self, bucket: Bucket, error: RateLimited) -> None:
        self._bump("rate_limited")
        rate = error.rate if isinstance(error, XRateLimited) else RateWindow()
        bucket.exhausted(rate, error.retry_after, self.clock.wall())

    def _observe(self, bucket: Bucket, error: Exception) -> None:
        rate = getattr(error, "rate", None)
        if isinstance(rate, RateWindow):
            bucket.observe(rate)

    def _retry_later(self, error: NetworkError) -> None:
        self._note_error(error)
        self._bump("retries")
        self._sleep_interval(self._backoff.next_delay())

    def _wait_until(self, at: float) -> None:
        """Sleep until the wall clock reaches ``at`` (X's reset time is a wall-clock time)."""
        self._wait(lambda: at - self.clock.wall(), shown_until=at)

    def _sleep_interval(self, seconds: float) -> None:
        """Back-off: an interval of our own, on the monotonic clock."""
        end = self.clock.monotonic() + seconds
        self._wait(lambda: end - self.clock.monotonic(), shown_until=self.clock.wall() + seconds)

    def _wait(self, seconds_left: Callable[[], float], shown_until: float) -> None:
        """Sleep in slices while ``seconds_left()`` is positive: a clock jump, a wake-up from sleep, a
        pause or a stop is seen within one slice instead of after the whole wait."""
        self._set(state="waiting", waiting_until=shown_until)
        self._report()
        while True:
            self._checkpoint()
            left = seconds_left()
            if left <= 0:
                break
            self.clock.sleep(min(left, self.settings.slice))
        self._set(state="running", waiting_until=None)

    def _checkpoint(self) -> None:
        self.progress.check()
        if not self._resume.is_set():
            previous = self.status().state
            self._set(state="paused")
            self._report()
            while not self._resume.wait(0.2):
                self.progress.check()
            self.progress.check()
            self._set(state=previous)

    # --- bookkeeping ----------------------------------------------------------------------------------

    def _restore_buckets(self) -> None:
        for name, bucket in self.buckets.items():
            state = self.journal.get_json(f"bucket:{name}")
            if isinstance(state, dict):
                bucket.restore(state)

    def _bucket_meta(self, bucket: Bucket) -> dict[str, str]:
        return {f"bucket:{bucket.name}": json.dumps(bucket.to_state())}

    def _set(self, **values: object) -> None:
        with self._lock:
            for key, value in values.items():
                setattr(self._status, key, value)

    def _bump(self, name: str) -> None:
        with self._lock:
            setattr(self._status, name, getattr(self._status, name) + 1)

    def _note_error(self, error: NetworkError) -> None:
        with self._lock:
            self._status.last_errors = [*self._status.last_errors[-4:], error.message]

    def _set_counts(self) -> None:
        counts = self.journal.counts()
        by_kind = self.journal.counts_by_kind()
        pending = self.journal.counts_by_action(PENDING)
        in_flight = self.journal.counts_by_action(IN_FLIGHT)
        remaining = {action: pending[action] + in_flight[action] for action in ACTIONS}
        per_hour = 0.0
        if len(self._done_times) >= 2:
            span = self._done_times[-1] - self._done_times[0]
            per_hour = (len(self._done_times) - 1) / span * 3600 if span > 0 else 0.0
        eta = estimate(remaining, limits=self.settings.limits).seconds
        now = self.clock.wall()
        waits = [b.ready_at(now) - now for a, b in ((a, self.buckets[BUCKET_OF[a]]) for a in ACTIONS)
                 if remaining[a]]
        with self._lock:
            self._status.counts = counts
            self._status.by_kind = by_kind
            self._status.total = sum(counts.values())
            self._status.per_hour = per_hour
            self._status.eta_seconds = eta + max(waits, default=0.0)

    def _report(self) -> None:
        self._set_counts()
        status = self.status()
        message = (QCoreApplication.translate("CleanupJob",
                                              "%1 deleted, %2 already gone, %3 failed, %4 to go")
                   .replace("%1", str(status.counts.get(DELETED, 0)))
                   .replace("%2", str(status.counts.get(ALREADY_GONE, 0)))
                   .replace("%3", str(status.counts.get(FAILED, 0)))
                   .replace("%4", str(status.counts.get(PENDING, 0) + status.counts.get(IN_FLIGHT, 0))))
        if status.state == "paused":
            message += " — " + QCoreApplication.translate("CleanupJob", "paused")
        elif status.state == "waiting" and status.waiting_until is not None:
            moment = datetime.fromtimestamp(status.waiting_until).strftime("%H:%M:%S")
            waiting = QCoreApplication.translate("CleanupJob", "waiting for X's limit until %1")
            message += " — " + waiting.replace("%1", moment)
        self.progress.report(status.done, status.total, message)
