"""How long the clean-up will take at X's limits and what it will cost, shown before anything starts.

**Duration.** Each endpoint has its own limit (deleting posts, removing reposts, removing likes: 50
per 15 minutes per user; likes also 1,000 per 24 hours), and the job works on all of them side by
side, so the run lasts as long as its slowest endpoint. ``n`` requests at ``L`` per window ``W`` need
``ceil(n / L)`` windows; the first starts at once, so the last request leaves after
``(ceil(n / L) - 1) × W``.

**Cost.** X bills pay-per-use per request (writes) or per resource returned (reads). The defaults
below come from X's public pricing page (docs.x.com/x-api/getting-started/pricing, as published in
2026): "Content: Manage" 0.005 USD per request — our reading is that deleting one's post is this
category —, "Interaction: Delete" 0.010 USD per request (removing a repost or a like), "Posts: Read"
0.005 USD per post returned (finding the post a repost points to). X does not map every endpoint to a
category on that page, prices change, and the Developer Console has the current rates: every figure is
configurable (:class:`Prices`) and the UI says it is an estimate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLocale

from exitplanner.cleanup.journal import ACTION_LIKE, ACTION_POST, ACTION_REPOST
from exitplanner.cleanup.pacing import DEFAULT_LIMITS, Limit
from exitplanner.networks.x import BUCKET_LIKE, BUCKET_LOOKUP, BUCKET_POST, BUCKET_REPOST, LOOKUP_BATCH

_BUCKET = {ACTION_POST: BUCKET_POST, ACTION_REPOST: BUCKET_REPOST, ACTION_LIKE: BUCKET_LIKE}


@dataclass(frozen=True)
class Prices:
    """Per-request (writes) and per-resource (reads) prices; see the module docstring for their source."""

    post_delete: float = 0.005
    interaction_delete: float = 0.010
    post_read: float = 0.005
    currency: str = "USD"


DEFAULT_PRICES = Prices()


@dataclass
class Estimate:
    counts: dict[str, int]
    lookups: int  # reposts whose source must be looked up (one post read each, 100 per request)
    seconds: float
    seconds_by_action: dict[str, float] = field(default_factory=dict)
    cost: float = 0.0
    currency: str = "USD"

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def duration(count: int, limit: Limit) -> float:
    """Seconds from the first request to the last for ``count`` requests under ``limit``."""
    if count <= 0:
        return 0.0
    seconds = (math.ceil(count / limit.per_window) - 1) * limit.window
    if limit.daily:
        seconds = max(seconds, (math.ceil(count / limit.daily) - 1) * 86400.0)
    return seconds


def estimate(counts: dict[str, int], unresolved_reposts: int = 0, limits: dict[str, Limit] | None = None,
             prices: Prices = DEFAULT_PRICES) -> Estimate:
    """``counts``: items to remove per action; ``unresolved_reposts``: reposts without a known source."""
    limits = {**DEFAULT_LIMITS, **(limits or {})}
    by_action = {action: duration(counts.get(action, 0), limits[bucket])
                 for action, bucket in _BUCKET.items()}
    lookup_time = duration(math.ceil(unresolved_reposts / LOOKUP_BATCH), limits[BUCKET_LOOKUP])
    cost = (counts.get(ACTION_POST, 0) * prices.post_delete
            + (counts.get(ACTION_REPOST, 0) + counts.get(ACTION_LIKE, 0)) * prices.interaction_delete
            + unresolved_reposts * prices.post_read)
    seconds = max([*by_action.values(), lookup_time])
    return Estimate(dict(counts), unresolved_reposts, seconds, by_action, round(cost, 4), prices.currency)


# --- French-style formatting (the UI language's locale, set by exitplanner.i18n) ---------------------------


def format_count(value: int) -> str:
    """``12 345`` in French (narrow no-break space), ``12,345`` in English."""
    return QLocale().toString(int(value))


def format_money(value: float, currency: str = "USD") -> str:
    amount = QLocale().toString(float(value), "f", 2)
    if currency == "USD":
        return QCoreApplication.translate("CleanupEstimate", "%1 US dollars").replace("%1", amount)
    return f"{amount} {currency}"


def format_duration(seconds: float) -> str:
    """A rounded, readable duration: "less than a minute", "45 minutes", "5 hours 15 minutes", "3 days
    4 hours" (minutes stop mattering beyond a day)."""
    minutes = math.ceil(seconds / 60)
    if minutes < 1:
        return QCoreApplication.translate("CleanupEstimate", "less than a minute")
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = []
    if days:
        parts.append(QCoreApplication.translate("CleanupEstimate", "%n day(s)", None, days))
        if hours:
            parts.append(QCoreApplication.translate("CleanupEstimate", "%n hour(s)", None, hours))
    else:
        if hours:
            parts.append(QCoreApplication.translate("CleanupEstimate", "%n hour(s)", None, hours))
        if minutes:
            parts.append(QCoreApplication.translate("CleanupEstimate", "%n minute(s)", None, minutes))
    return " ".join(parts)


def describe(result: Estimate) -> list[str]:
    """The lines shown before a run (CLI dry run, and the GUI's confirmation)."""
    lines = [
        QCoreApplication.translate("CleanupEstimate", "Posts to delete: %1").replace(
            "%1", format_count(result.counts.get(ACTION_POST, 0))),
        QCoreApplication.translate("CleanupEstimate", "Reposts to cancel: %1").replace(
            "%1", format_count(result.counts.get(ACTION_REPOST, 0))),
        QCoreApplication.translate("CleanupEstimate", "Likes to remove: %1").replace(
            "%1", format_count(result.counts.get(ACTION_LIKE, 0))),
        QCoreApplication.translate("CleanupEstimate",
                                   "Estimated duration at X's current limits (50 deletions "
                                   "per 15 minutes, likes also 1,000 per day): %1").replace(
            "%1", format_duration(result.seconds)),
        QCoreApplication.translate("CleanupEstimate", "Estimated cost: %1 (X's published pay-per-use prices; "
                                   "check the current rates in the X Developer Console)").replace(
            "%1", format_money(result.cost, result.currency)),
    ]
    if result.lookups:
        lines.append(QCoreApplication.translate(
            "CleanupEstimate",
            "Including the look-up of %1 reposts whose original post is not in the archive.",
        ).replace("%1", format_count(result.lookups)))
    return lines
