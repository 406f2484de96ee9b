"""What the step 2 audit dashboard shows, computed from the summary stored in the plan (no widgets).

The dashboard never needs the archive itself: everything comes from ``plan.sections["x_archive"]``
(:func:`exitplanner.xarchive.plan_section`), so a reopened plan shows the same figures, chart
included, without importing again. This module turns that JSON into labelled rows and sentences
with French number formats, and is unit-tested without a screen.

Findings (security remarks, what the archive lacks) are stored with their message in the language
that was active at import time; :func:`finding_message` renders them again from their stable
``code`` so that a plan imported by the English command line reads in French in the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from exitplanner.xarchive.audit import format_count

# Messages of the findings, the same source texts as exitplanner.xarchive.audit (so they share the
# translations). %1 is filled from the summary; the two plural ones are rendered in finding_message.
_FINDING_TEXTS: dict[str, str] = {
    "no_email": QT_TRANSLATE_NOOP(
        "XArchiveAudit", "No e-mail address is attached to the account: recovery depends on a phone."
    ),
    "personal_email": QT_TRANSLATE_NOOP(
        "XArchiveAudit", "The account's e-mail address (%1) looks personal: the authority should control it."
    ),
    "email": QT_TRANSLATE_NOOP(
        "XArchiveAudit", "The account's e-mail address is %1: check that the authority still controls it."
    ),
    "phone": QT_TRANSLATE_NOOP(
        "XArchiveAudit", "A phone number ending in %1 is attached: check who holds that phone."
    ),
    "no_phone": QT_TRANSLATE_NOOP("XArchiveAudit", "No phone number is attached to the account."),
    "two_factor_unknown": QT_TRANSLATE_NOOP(
        "XArchiveAudit",
        "The archive does not say whether two-factor authentication is on: check it in X's settings.",
    ),
    "bookmarks": QT_TRANSLATE_NOOP("XArchiveAudit", "Bookmarks are not in the archive."),
    "others_replies": QT_TRANSLATE_NOOP(
        "XArchiveAudit", "Replies and mentions written by other accounts are not in the archive."
    ),
    "impressions": QT_TRANSLATE_NOOP(
        "XArchiveAudit", "View counts (impressions) are not in the archive; likes and reposts are."
    ),
    "dms_not_audited": QT_TRANSLATE_NOOP(
        "XArchiveAudit", "Direct messages are not audited: only conversations are counted."
    ),
    "reposted_media": QT_TRANSLATE_NOOP(
        "XArchiveAudit", "Media of reposted posts belong to their authors and are not in the archive."
    ),
    "likes_not_removable": QT_TRANSLATE_NOOP(
        "XArchiveAudit",
        "%1 likes: X's API reaches only the latest few hundred, older likes cannot be removed.",
    ),
    "likes_limit": QT_TRANSLATE_NOOP(
        "XArchiveAudit", "Likes beyond the most recent few hundred cannot be removed through X's API."
    ),
    "no_posts_file": QT_TRANSLATE_NOOP("XArchiveAudit", "This archive holds no posts file."),
}
# English forms of the plural findings, for language-neutral summaries (the demo plan's file).
_PLURAL_SOURCES = {
    "apps_write": "%n connected application(s) can post on behalf of the account: revoke unused ones.",
    "apps_dm": "%n connected application(s) can read the account's direct messages.",
}

# Totals shown in the dashboard, in this order: (key of summary["counts"], label).
TOTALS: tuple[tuple[str, str], ...] = (
    ("posts", QT_TRANSLATE_NOOP("AuditView", "Posts (reposts included)")),
    ("originals", QT_TRANSLATE_NOOP("AuditView", "Original posts")),
    ("replies", QT_TRANSLATE_NOOP("AuditView", "Replies")),
    ("reposts", QT_TRANSLATE_NOOP("AuditView", "Reposts")),
    ("quotes", QT_TRANSLATE_NOOP("AuditView", "Quotes")),
    ("with_media", QT_TRANSLATE_NOOP("AuditView", "Posts with media")),
    ("likes", QT_TRANSLATE_NOOP("AuditView", "Likes")),
    ("followers", QT_TRANSLATE_NOOP("AuditView", "Followers")),
    ("following", QT_TRANSLATE_NOOP("AuditView", "Following")),
    ("deleted_posts", QT_TRANSLATE_NOOP("AuditView", "Deleted posts still listed")),
    ("dm_conversations", QT_TRANSLATE_NOOP("AuditView", "Direct message conversations")),
)

KIND_LABELS = {
    "original": QT_TRANSLATE_NOOP("AuditView", "original"),
    "reply": QT_TRANSLATE_NOOP("AuditView", "reply"),
    "repost": QT_TRANSLATE_NOOP("AuditView", "repost"),
    "quote": QT_TRANSLATE_NOOP("AuditView", "quote"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("AuditView", text)


def format_date(iso: str | None) -> str:
    """``2011-05-12T09:30:00Z`` → ``12/05/2011`` (UTC date, as the audit counts); ``—`` when unknown."""
    if not iso or len(iso) < 10:
        return "—"
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def format_month(key: str) -> str:
    """``2012-03`` → ``03/2012``."""
    return f"{key[5:7]}/{key[:4]}" if len(key) == 7 else key


def format_size(size: int) -> str:
    """Bytes in French decimal units with a decimal comma: ``1 536 000`` → ``1,5 Mo`` (``MB`` in English)."""
    units = (
        (1_000_000_000, QT_TRANSLATE_NOOP("AuditView", "%1 GB")),
        (1_000_000, QT_TRANSLATE_NOOP("AuditView", "%1 MB")),
        (1_000, QT_TRANSLATE_NOOP("AuditView", "%1 kB")),
    )
    for factor, template in units:
        if size >= factor:
            value = f"{size / factor:.1f}".replace(".", ",").removesuffix(",0")
            return tr(template).replace("%1", value)
    return QCoreApplication.translate("AuditView", "%1 bytes").replace("%1", format_count(size))


def finding_message(finding: dict[str, Any], summary: dict[str, Any], translate: bool = True) -> str:
    """The finding's message in the current language, rebuilt from its code and the summary.

    Unknown codes (a newer audit) keep their stored message. ``translate=False`` gives the English
    source text (used for the demo plan, whose bundled file must not depend on the language).
    """
    code = finding.get("code", "")
    account = summary.get("account") or {}
    apps = summary.get("connected_apps") or []
    if code in _PLURAL_SOURCES:
        if code == "apps_write":
            n = sum(1 for app in apps if "write" in (app.get("permissions") or []))
            if translate:
                return QCoreApplication.translate(
                    "XArchiveAudit",
                    "%n connected application(s) can post on behalf of the account: revoke unused ones.",
                    None,
                    n,
                )
        else:
            n = sum(
                1 for app in apps if any("directmessages" in p.lower() for p in app.get("permissions") or [])
            )
            if translate:
                return QCoreApplication.translate(
                    "XArchiveAudit",
                    "%n connected application(s) can read the account's direct messages.",
                    None,
                    n,
                )
        return _PLURAL_SOURCES[code].replace("%n", str(n))
    template = _FINDING_TEXTS.get(code)
    if template is None:
        return str(finding.get("message", ""))
    text = QCoreApplication.translate("XArchiveAudit", template) if translate else template
    if code in ("personal_email", "email"):
        text = text.replace("%1", account.get("email") or "")
    elif code == "phone":
        text = text.replace("%1", (account.get("phone") or "")[-2:])
    elif code == "likes_not_removable":
        text = text.replace("%1", format_count(int((summary.get("counts") or {}).get("likes", 0))))
    return text


def neutral_summary(summary: dict[str, Any]) -> dict[str, Any]:
    """The summary with its findings' messages in English whatever the translators installed."""
    result = dict(summary)
    for key in ("security", "not_contained"):
        result[key] = [
            {**finding, "message": finding_message(finding, summary, translate=False)}
            for finding in summary.get(key) or []
        ]
    return result


@dataclass
class Finding:
    warning: bool
    text: str


# X's names of the archive's data types (its manifest's keys) in words; unknown ones are shown as they are.
DATA_TYPE_LABELS = {
    "account": QT_TRANSLATE_NOOP("AuditView", "Account"),
    "profile": QT_TRANSLATE_NOOP("AuditView", "Profile"),
    "tweets": QT_TRANSLATE_NOOP("AuditView", "Posts"),
    "tweetHeaders": QT_TRANSLATE_NOOP("AuditView", "Post headers"),
    "noteTweet": QT_TRANSLATE_NOOP("AuditView", "Long posts (notes)"),
    "communityTweet": QT_TRANSLATE_NOOP("AuditView", "Community posts"),
    "deletedTweets": QT_TRANSLATE_NOOP("AuditView", "Deleted posts still listed"),
    "deletedTweetHeaders": QT_TRANSLATE_NOOP("AuditView", "Headers of deleted posts"),
    "like": QT_TRANSLATE_NOOP("AuditView", "Likes"),
    "follower": QT_TRANSLATE_NOOP("AuditView", "Followers"),
    "following": QT_TRANSLATE_NOOP("AuditView", "Accounts followed"),
    "connectedApplication": QT_TRANSLATE_NOOP("AuditView", "Connected applications"),
    "directMessageHeaders": QT_TRANSLATE_NOOP("AuditView", "Private messages (headers)"),
    "directMessageGroupHeaders": QT_TRANSLATE_NOOP("AuditView", "Group conversations (headers)"),
    "directMessages": QT_TRANSLATE_NOOP("AuditView", "Private messages"),
    "directMessagesGroup": QT_TRANSLATE_NOOP("AuditView", "Group conversations"),
    "phoneNumber": QT_TRANSLATE_NOOP("AuditView", "Phone number"),
}


def data_type_label(data_type: str) -> str:
    """« Publications » rather than X's « tweets » for the people who read the audit."""
    label = DATA_TYPE_LABELS.get(data_type)
    return QCoreApplication.translate("AuditView", label) if label else data_type


# X's names of what a connected application may do.
PERMISSION_LABELS = {
    "read": QT_TRANSLATE_NOOP("AuditView", "read"),
    "write": QT_TRANSLATE_NOOP("AuditView", "post"),
    "directmessages": QT_TRANSLATE_NOOP("AuditView", "private messages"),
}


def permission_label(permission: str) -> str:
    label = PERMISSION_LABELS.get(str(permission).lower())
    return QCoreApplication.translate("AuditView", label) if label else str(permission)


@dataclass
class ReconciliationRow:
    data_type: str  # X's own name, e.g. "tweets"
    expected: str
    read: str
    differs: bool
    sentence: str  # the difference in words, empty when both counts agree
    label: str = ""  # the data type in words, e.g. « Publications »


@dataclass
class AuditView:
    """Everything the dashboard displays, already formatted."""

    identity: str
    created: str
    archive_path: str
    totals: list[tuple[str, str]]
    first_post: str
    last_post: str
    months: list[tuple[str, int]]
    chart_summary: str
    top_posts: list[tuple[str, str, str, str, str]]  # date, kind, likes, reposts, text
    hashtags: list[tuple[str, str]]
    mentions: list[tuple[str, str]]
    media: str
    apps: list[tuple[str, str, str]]  # name, permissions, approved on
    security: list[Finding]
    reconciliation: list[ReconciliationRow]
    reconciled: bool
    not_contained: list[Finding]
    warnings: list[str] = field(default_factory=list)


def _int(value: Any) -> int:
    return int(value) if isinstance(value, int | float) else 0


def chart_summary(months: list[tuple[str, int]]) -> str:
    """The chart in one sentence, for screen readers and for anyone who prefers text."""
    if not months:
        return QCoreApplication.translate("AuditView", "No posts: nothing to chart.")
    total = sum(n for _, n in months)
    peak_month, peak = max(months, key=lambda item: item[1])
    return (
        QCoreApplication.translate(
            "AuditView",
            "%1 posts over %2 months, from %3 to %4; busiest month %5 with %6 posts; "
            "%7 posts a month on average.",
        )
        .replace("%1", format_count(total))
        .replace("%2", format_count(len(months)))
        .replace("%3", format_month(months[0][0]))
        .replace("%4", format_month(months[-1][0]))
        .replace("%5", format_month(peak_month))
        .replace("%6", format_count(peak))
        .replace("%7", f"{total / len(months):.1f}".replace(".", ",").removesuffix(",0"))
    )


def reconciliation_rows(summary: dict[str, Any]) -> list[ReconciliationRow]:
    rows = []
    for data_type, entry in (summary.get("reconciliation") or {}).items():
        expected, read = entry.get("expected"), _int(entry.get("read"))
        missing = entry.get("missing_files") or []
        label = data_type_label(data_type)
        sentence = ""
        if missing:
            sentence = (
                QCoreApplication.translate(
                    "AuditView", "%1: %2 file(s) announced by the archive are missing (%3)."
                )
                .replace("%1", label)
                .replace("%2", format_count(len(missing)))
                .replace("%3", ", ".join(missing))
            )
        elif expected is not None and expected != read:
            gap = _int(expected) - read
            template = (
                QCoreApplication.translate("AuditView", "%1: %2 expected, %3 read — %4 missing.")
                if gap > 0
                else QCoreApplication.translate(
                    "AuditView", "%1: %2 expected, %3 read — %4 more than announced."
                )
            )
            sentence = (
                template.replace("%1", label)
                .replace("%2", format_count(_int(expected)))
                .replace("%3", format_count(read))
                .replace("%4", format_count(abs(gap)))
            )
        rows.append(
            ReconciliationRow(
                data_type,
                "—" if expected is None else format_count(_int(expected)),
                format_count(read),
                bool(sentence),
                sentence,
                label,
            )
        )
    return rows


def build_view(section: dict[str, Any] | None) -> AuditView | None:
    """The dashboard's content for ``plan.sections["x_archive"]``; ``None`` before any import."""
    if not section or not isinstance(section.get("summary"), dict):
        return None
    summary = section["summary"]
    account = summary.get("account") or {}
    counts = summary.get("counts") or {}
    name = account.get("display_name") or ""
    handle = "@" + account["username"] if account.get("username") else ""
    identity = " — ".join(part for part in (name, handle) if part)
    if not identity:
        identity = QCoreApplication.translate("AuditView", "Unknown account")
    if account.get("account_id"):
        number = QCoreApplication.translate("AuditView", "(account no. %1)")
        identity += " " + number.replace("%1", str(account["account_id"]))
    months = [(key, _int(n)) for key, n in (summary.get("posts_per_month") or {}).items()]
    media = summary.get("media") or {}
    media_text = (
        QCoreApplication.translate(
            "AuditView", "%1 media files, %2; %3 posts with media have their files, %4 do not."
        )
        .replace("%1", format_count(_int(media.get("files"))))
        .replace("%2", format_size(_int(media.get("bytes"))))
        .replace("%3", format_count(_int(media.get("posts_with_files"))))
        .replace("%4", format_count(_int(media.get("posts_missing_files"))))
    )
    return AuditView(
        identity=identity,
        created=format_date(account.get("created_at")),
        archive_path=str(section.get("path") or ""),
        totals=[(tr(label), format_count(_int(counts.get(key)))) for key, label in TOTALS],
        first_post=format_date(summary.get("first_post")),
        last_post=format_date(summary.get("last_post")),
        months=months,
        chart_summary=chart_summary(months),
        top_posts=[
            (
                format_date(post.get("created_at")),
                tr(KIND_LABELS.get(post.get("kind", ""), post.get("kind", ""))),
                format_count(_int(post.get("likes"))),
                format_count(_int(post.get("reposts"))),
                " ".join(str(post.get("text", "")).split()),
            )
            for post in summary.get("top_posts") or []
        ],
        hashtags=[
            (item.get("tag", ""), format_count(_int(item.get("count"))))
            for item in summary.get("hashtags") or []
        ],
        mentions=[
            (item.get("handle", ""), format_count(_int(item.get("count"))))
            for item in summary.get("mentions") or []
        ],
        media=media_text,
        apps=[
            (
                " — ".join(part for part in (app.get("name", ""), app.get("organization", "")) if part),
                ", ".join(permission_label(p) for p in app.get("permissions") or []),
                format_date(app.get("approved_at")),
            )
            for app in summary.get("connected_apps") or []
        ],
        security=[
            Finding(f.get("severity") == "warning", finding_message(f, summary))
            for f in summary.get("security") or []
        ],
        reconciliation=reconciliation_rows(summary),
        reconciled=bool(summary.get("reconciled", True)),
        not_contained=[
            Finding(f.get("severity") == "warning", finding_message(f, summary))
            for f in summary.get("not_contained") or []
        ],
        warnings=[str(w) for w in summary.get("warnings") or []],
    )
