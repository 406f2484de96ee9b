"""Pacing to X's rate limits: when may the next request of an endpoint leave?

**Strategy: burst, then wait for the reset.** X counts requests in fixed windows (50 deletions per
15 minutes per user) and tells, on every answer, how many remain and when the window resets. Spending
what remains at once, then sleeping until the announced reset, uses 100 % of the window whatever its
phase, and never sends a request the server would refuse; spreading requests evenly only adds risk
(a window we join half-way through would be under-used) for no gain, since a deletion has no reason to
be smooth. The small ``margin`` after the reset absorbs the whole-second resolution of the header.

Further rules:

* a window whose reset is in the past is forgotten: after a night of laptop sleep the next request
  simply goes and its answer tells the truth again (no stale wait);
* before the first answer of a run nothing is known: the state saved in the journal by the previous
  run is restored, otherwise the documented limit is counted locally;
* the request that leaves decrements ``remaining`` at once, so an answer lost in a timeout cannot make
  us over-spend;
* a local clock more than two seconds away from the server's ``Date`` header is corrected for (a
  reset epoch is the server's clock); smaller differences are the header's rounding and ignored;
* the daily limit of likes (``x-user-limit-24hour-*``) is honoured like a second, longer window.
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass
from typing import Any

from exitplanner.networks.x import BUCKET_LIKE, BUCKET_LOOKUP, BUCKET_POST, BUCKET_REPOST, RateWindow

SKEW_TOLERANCE = 2.0


@dataclass(frozen=True)
class Limit:
    """A documented limit: ``per_window`` requests per ``window`` seconds, optionally ``daily`` per 24 h."""

    per_window: int
    window: float
    daily: int | None = None


#: X's documented per-user limits (DELETE posts, reposts, likes: 50 per 15 minutes; likes also 1,000 per
#: 24 hours; post lookup 900 per 15 minutes). Used for estimates and until X's headers say otherwise.
DEFAULT_LIMITS: dict[str, Limit] = {
    BUCKET_POST: Limit(50, 900.0),
    BUCKET_REPOST: Limit(50, 900.0),
    BUCKET_LIKE: Limit(50, 900.0, 1000),
    BUCKET_LOOKUP: Limit(900, 900.0),
}


class Bucket:
    """What we know of one endpoint's rate limit, and when its next request may leave."""

    def __init__(self, name: str, limit: Limit, margin: float = 1.0) -> None:
        self.name = name
        self.limit = limit
        self.margin = margin
        self.remaining: int | None = None
        self.reset: float | None = None
        self.daily_remaining: int | None = None
        self.daily_reset: float | None = None
        self.skew = 0.0  # server clock minus ours, when it matters
        self._sent: deque[float] = deque()  # local fallback when X sends no headers

    # --- learning -----------------------------------------------------------------------------------

    def observe(self, rate: RateWindow) -> None:
        if rate.server_time is not None and rate.received:
            difference = rate.server_time - rate.received
            self.skew = difference if abs(difference) > SKEW_TOLERANCE else 0.0
        if rate.known:
            self.remaining, self.reset = rate.remaining, rate.reset
        if rate.daily_remaining is not None and rate.daily_reset is not None:
            self.daily_remaining, self.daily_reset = rate.daily_remaining, rate.daily_reset

    def exhausted(self, rate: RateWindow, retry_after: float | None, now: float) -> None:
        """A 429: nothing more until the reset X gave (or ``retry_after``, or a whole window)."""
        self.observe(rate)
        if rate.reset is None:
            self.reset = now + self.skew + (retry_after if retry_after is not None else self.limit.window)
        if not (self.daily_remaining == 0 and self.remaining):  # a spent day is waited out by itself
            self.remaining = 0

    def sent(self, now: float) -> None:
        if self.remaining is not None and self.reset is not None and now + self.skew < self.reset:
            self.remaining -= 1
        if (self.daily_remaining is not None and self.daily_reset is not None
                and now + self.skew < self.daily_reset):
            self.daily_remaining -= 1
        self._sent.append(now)
        while self._sent and self._sent[0] <= now - self.limit.window:
            self._sent.popleft()

    # --- deciding -----------------------------------------------------------------------------------

    def ready_at(self, now: float) -> float:
        """Wall-clock time at which the next request may leave (``now`` when it may leave now)."""
        server_now = now + self.skew
        at = now
        if self.reset is not None and server_now < self.reset:
            if self.remaining is not None and self.remaining <= 0:
                at = max(at, self.reset - self.skew + self.margin)
        elif self.reset is None and len(self._sent) >= self.limit.per_window:
            oldest = self._sent[-self.limit.per_window]
            at = max(at, oldest + self.limit.window + self.margin)
        if (self.daily_reset is not None and server_now < self.daily_reset
                and self.daily_remaining is not None and self.daily_remaining <= 0):
            at = max(at, self.daily_reset - self.skew + self.margin)
        return at

    # --- persistence (so that a restarted job does not start with a 429) ------------------------------

    def to_state(self) -> dict[str, Any]:
        return {"remaining": self.remaining, "reset": self.reset, "daily_remaining": self.daily_remaining,
                "daily_reset": self.daily_reset, "skew": self.skew}

    def restore(self, state: dict[str, Any]) -> None:
        def number(key: str, kind: type) -> Any:
            value = state.get(key)
            return kind(value) if isinstance(value, int | float) and not isinstance(value, bool) else None

        self.remaining, self.reset = number("remaining", int), number("reset", float)
        self.daily_remaining, self.daily_reset = number("daily_remaining", int), number("daily_reset", float)
        self.skew = number("skew", float) or 0.0


class Backoff:
    """Exponential back-off with "equal jitter" for 5xx and network errors: half fixed, half random,
    so that a restarted X is not hit by every client at the same second, yet the wait keeps growing."""

    def __init__(self, base: float = 1.0, cap: float = 900.0, rng: random.Random | None = None) -> None:
        self.base, self.cap = base, cap
        self.failures = 0
        self._rng = rng or random.Random()

    def next_delay(self) -> float:
        ceiling = min(self.cap, self.base * (2 ** self.failures))
        self.failures += 1
        return ceiling / 2 + self._rng.uniform(0, ceiling / 2)

    def reset(self) -> None:
        self.failures = 0
