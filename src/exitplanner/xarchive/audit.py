"""The audit of an imported X archive: pure functions over :class:`ImportResult`, JSON-able results.

The GUI dashboard, the ``exitplanner audit`` command and the plan all read :func:`audit`'s result;
:func:`audit_to_json` is the form stored in the plan (``plan.sections["x_archive"]["summary"]``),
summaries only: no post beyond the top ten, never a DM.

Definitions (shared with the command line): ``posts`` counts every item of the tweets files,
reposts included; ``with_media`` the posts with at least one media entity; ``likes``,
``followers``, ``following`` the items of ``like.js``, ``follower.js``, ``following.js``; dates
and months are UTC over all posts. Hashtags and mentions are counted over the account's own words
(reposts excluded: their text is someone else's), hashtags case-insensitively.

Numbers for people are formatted the French way by :func:`format_count`: groups of three digits
separated by U+202F (narrow no-break space), as Qt's French locale and the Imprimerie nationale do.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from exitplanner.xarchive.model import (
    KIND_ORIGINAL,
    KIND_QUOTE,
    KIND_REPLY,
    KIND_REPOST,
    ImportResult,
    iso_utc,
)

SCHEMA = 1
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
NNBSP = "\u202f"
TOP_POSTS = 10
TOP_TAGS = 15
LIKES_REMOVABLE_HINT = 800  # "a few hundred": beyond this X's API no longer lists older likes
_PERSONAL_MAIL = (
    "gmail.",
    "hotmail.",
    "yahoo.",
    "outlook.",
    "live.",
    "icloud.",
    "orange.fr",
    "wanadoo.fr",
    "free.fr",
    "sfr.fr",
    "laposte.net",
    "protonmail.",
    "gmx.",
)


def format_count(value: int) -> str:
    """``12345`` → ``12 345`` with U+202F between groups (French typography)."""
    return f"{value:,}".replace(",", NNBSP)


@dataclass
class TopPost:
    id: str
    created_at: str | None
    kind: str
    text: str
    likes: int
    reposts: int


@dataclass
class Finding:
    """A security or completeness remark: ``code`` is stable, ``message`` is translated."""

    code: str
    severity: str  # "info" | "warning"
    message: str


@dataclass
class AuditResult:
    layout: str
    account: dict[str, Any]
    counts: dict[str, int]
    first_post: str | None
    last_post: str | None
    posts_per_month: dict[str, int]
    top_posts: list[TopPost]
    hashtags: list[tuple[str, int]]
    mentions: list[tuple[str, int]]
    media: dict[str, int]
    connected_apps: list[dict[str, Any]]
    security: list[Finding]
    not_contained: list[Finding]
    reconciliation: dict[str, dict[str, Any]]
    reconciled: bool
    generation_date: str = ""
    warnings: list[str] = field(default_factory=list)


def mask_phone(number: str) -> str:
    digits = [c for c in number if c.isdigit()]
    return "•" * max(0, len(digits) - 2) + "".join(digits[-2:])


def posts_per_month(result: ImportResult) -> dict[str, int]:
    """``{"YYYY-MM": n}`` from the first to the last month with posts.

    Empty months are included: this is a chart's x axis.
    """
    per_day = Counter(post.created // 86400 for post in result.posts)
    counter: Counter[str] = Counter()
    for day, n in per_day.items():
        moment = date.fromordinal(day + _EPOCH_ORDINAL)  # no strftime: it re-imports "time" per call
        counter[f"{moment.year:04d}-{moment.month:02d}"] += n
    if not counter:
        return {}
    first, last = min(counter), max(counter)
    year, month = int(first[:4]), int(first[5:])
    months: dict[str, int] = {}
    while True:
        key = f"{year:04d}-{month:02d}"
        months[key] = counter.get(key, 0)
        if key == last:
            return months
        month += 1
        if month > 12:
            year, month = year + 1, 1


def counts(result: ImportResult) -> dict[str, int]:
    kinds = Counter(post.kind for post in result.posts)
    return {
        "posts": len(result.posts),
        "originals": kinds[KIND_ORIGINAL],
        "replies": kinds[KIND_REPLY],
        "reposts": kinds[KIND_REPOST],
        "quotes": kinds[KIND_QUOTE],
        "with_media": sum(1 for post in result.posts if post.media),
        "long_posts": sum(1 for post in result.posts if post.is_note),
        "likes": result.likes,
        "followers": result.followers,
        "following": result.following,
        "deleted_posts": len(result.deleted_posts),
        "community_posts": len(result.community_posts),
        "note_tweets": result.note_tweets,
        "tweet_headers": result.tweet_headers,
        "media_files": len(result.media),
        "connected_apps": len(result.connected_apps),
        "dm_conversations": result.dm_conversations,
        "dm_messages": result.dm_messages,
        "dm_group_conversations": result.dm_group_conversations,
    }


def top_posts(result: ImportResult, limit: int = TOP_POSTS) -> list[TopPost]:
    """Most engaging own posts (likes + reposts; reposts of others excluded), ties by date."""
    own = (post for post in result.posts if post.kind != KIND_REPOST)
    best = heapq.nsmallest(limit, own, key=lambda p: (-(p.likes + p.reposts), p.created))
    return [TopPost(str(p.id), iso_utc(p.created), p.kind, p.text[:280], p.likes, p.reposts) for p in best]


def _folded(raw: Counter[str], prefix: str, limit: int) -> list[tuple[str, int]]:
    """Merge case variants (#Fête, #fête), shown in their most frequent spelling."""
    totals: Counter[str] = Counter()
    spelling: dict[str, tuple[int, str]] = {}
    for text, n in raw.items():
        key = text.casefold()
        totals[key] += n
        if n > spelling.get(key, (0, ""))[0]:
            spelling[key] = (n, text)
    return [(prefix + spelling[key][1], n) for key, n in totals.most_common(limit)]


def hashtags(result: ImportResult, limit: int = TOP_TAGS) -> list[tuple[str, int]]:
    raw = Counter(
        tag for post in result.posts if post.hashtags and post.kind != KIND_REPOST for tag in post.hashtags
    )
    return _folded(raw, "#", limit)


def mentions(result: ImportResult, limit: int = TOP_TAGS) -> list[tuple[str, int]]:
    raw = Counter(
        handle
        for post in result.posts
        if post.mentions and post.kind != KIND_REPOST
        for handle in post.mentions
    )
    return _folded(raw, "@", limit)


def media_volume(result: ImportResult) -> dict[str, int]:
    with_files = {m.tweet_id for m in result.media if m.tweet_id is not None}
    with_entities = {p.id for p in result.posts if p.media}
    return {
        "files": len(result.media),
        "bytes": sum(m.size for m in result.media),
        "posts_with_files": len(with_entities & with_files),
        "posts_missing_files": len(with_entities - with_files),
    }


def security_findings(result: ImportResult) -> list[Finding]:
    findings = []
    email = result.account.email
    if not email:
        findings.append(
            Finding(
                "no_email",
                "warning",
                QCoreApplication.translate(
                    "XArchiveAudit",
                    "No e-mail address is attached to the account: recovery depends on a phone.",
                ),
            )
        )
    elif any(part in email.lower().split("@")[-1] + "." for part in _PERSONAL_MAIL):
        findings.append(
            Finding(
                "personal_email",
                "warning",
                QCoreApplication.translate(
                    "XArchiveAudit",
                    "The account's e-mail address (%1) looks personal: the authority should control it.",
                ).replace("%1", email),
            )
        )
    else:
        findings.append(
            Finding(
                "email",
                "info",
                QCoreApplication.translate(
                    "XArchiveAudit",
                    "The account's e-mail address is %1: check that the authority still controls it.",
                ).replace("%1", email),
            )
        )
    for number in result.phone_numbers:
        findings.append(
            Finding(
                "phone",
                "warning",
                QCoreApplication.translate(
                    "XArchiveAudit",
                    "A phone number ending in %1 is attached: check who holds that phone.",
                ).replace("%1", mask_phone(number)[-2:]),
            )
        )
    if not result.phone_numbers:
        findings.append(
            Finding(
                "no_phone",
                "info",
                QCoreApplication.translate("XArchiveAudit", "No phone number is attached to the account."),
            )
        )
    writers = [app for app in result.connected_apps if "write" in app.permissions]
    if writers:
        findings.append(
            Finding(
                "apps_write",
                "warning",
                QCoreApplication.translate(
                    "XArchiveAudit",
                    "%n connected application(s) can post on behalf of the account: revoke unused ones.",
                    None,
                    len(writers),
                ),
            )
        )
    readers_dm = [
        app for app in result.connected_apps if any("directmessages" in p.lower() for p in app.permissions)
    ]
    if readers_dm:
        findings.append(
            Finding(
                "apps_dm",
                "warning",
                QCoreApplication.translate(
                    "XArchiveAudit",
                    "%n connected application(s) can read the account's direct messages.",
                    None,
                    len(readers_dm),
                ),
            )
        )
    findings.append(
        Finding(
            "two_factor_unknown",
            "info",
            QCoreApplication.translate(
                "XArchiveAudit",
                "The archive does not say whether two-factor authentication is on: check it in X's settings.",
            ),
        )
    )
    return findings


def not_contained(result: ImportResult) -> list[Finding]:
    """What X's archive does not hold, so nobody believes the archive of record is complete."""
    items = [
        Finding(
            "bookmarks",
            "info",
            QCoreApplication.translate("XArchiveAudit", "Bookmarks are not in the archive."),
        ),
        Finding(
            "others_replies",
            "info",
            QCoreApplication.translate(
                "XArchiveAudit", "Replies and mentions written by other accounts are not in the archive."
            ),
        ),
        Finding(
            "impressions",
            "info",
            QCoreApplication.translate(
                "XArchiveAudit", "View counts (impressions) are not in the archive; likes and reposts are."
            ),
        ),
        Finding(
            "dms_not_audited",
            "info",
            QCoreApplication.translate(
                "XArchiveAudit", "Direct messages are not audited: only conversations are counted."
            ),
        ),
        Finding(
            "reposted_media",
            "info",
            QCoreApplication.translate(
                "XArchiveAudit", "Media of reposted posts belong to their authors and are not in the archive."
            ),
        ),
    ]
    if result.likes > LIKES_REMOVABLE_HINT:
        items.append(
            Finding(
                "likes_not_removable",
                "warning",
                QCoreApplication.translate(
                    "XArchiveAudit",
                    "%1 likes: X's API reaches only the latest few hundred, older likes cannot be removed.",
                ).replace("%1", format_count(result.likes)),
            )
        )
    else:
        items.append(
            Finding(
                "likes_limit",
                "info",
                QCoreApplication.translate(
                    "XArchiveAudit",
                    "Likes beyond the most recent few hundred cannot be removed through X's API.",
                ),
            )
        )
    if not result.posts and not result.reconciliation.get("tweets"):
        items.append(
            Finding(
                "no_posts_file",
                "warning",
                QCoreApplication.translate("XArchiveAudit", "This archive holds no posts file."),
            )
        )
    return items


def audit(result: ImportResult) -> AuditResult:
    posts = result.posts
    account = result.account
    return AuditResult(
        layout=result.layout,
        account={
            "username": account.username,
            "account_id": account.account_id,
            "display_name": account.display_name,
            "created_at": iso_utc(account.created_at),
            "email": account.email,
            "phone": mask_phone(result.phone_numbers[0]) if result.phone_numbers else "",
            "bio": result.profile.bio,
            "website": result.profile.website,
            "location": result.profile.location,
        },
        counts=counts(result),
        first_post=iso_utc(posts[0].created) if posts else None,
        last_post=iso_utc(posts[-1].created) if posts else None,
        posts_per_month=posts_per_month(result),
        top_posts=top_posts(result),
        hashtags=hashtags(result),
        mentions=mentions(result),
        media=media_volume(result),
        connected_apps=[
            {
                "name": app.name,
                "organization": app.organization,
                "url": app.url,
                "permissions": list(app.permissions),
                "approved_at": iso_utc(app.approved_at),
            }
            for app in result.connected_apps
        ],
        security=security_findings(result),
        not_contained=not_contained(result),
        reconciliation={
            key: {
                "expected": entry.expected,
                "read": entry.read,
                **({"missing_files": list(entry.missing_files)} if entry.missing_files else {}),
            }
            for key, entry in result.reconciliation.items()
        },
        reconciled=result.reconciled,
        generation_date=result.generation_date,
        warnings=list(result.warnings),
    )


def audit_to_json(result: AuditResult) -> dict[str, Any]:
    """Plain JSON-able dict (what the plan stores as the archive's summary)."""
    data = asdict(result)
    data["schema"] = SCHEMA
    data["hashtags"] = [{"tag": tag, "count": n} for tag, n in result.hashtags]
    data["mentions"] = [{"handle": handle, "count": n} for handle, n in result.mentions]
    return data


def reconciliation_differences(result: AuditResult) -> list[tuple[str, int | None, int]]:
    """Data types whose count read differs from the manifest's: ``(type, expected, read)``."""
    return [
        (key, entry["expected"], entry["read"])
        for key, entry in result.reconciliation.items()
        if entry.get("missing_files")
        or (entry["expected"] is not None and entry["expected"] != entry["read"])
    ]
