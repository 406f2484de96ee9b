"""Step 7 (Exécution et suivi): the checklist of the chosen strategy, with dates and statuses.

Each strategy has its own list (DESIGN §2.7). Due dates are computed from the decision date so that
the 30-day reactivation window of a deleted account and the check of the freed handle are never
forgotten; the list can be exported as an ``.ics`` calendar with one reminder per item.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from exitplanner.cleanup.journal import ACTION_LIKE
from exitplanner.cleanup.selection import KIND_ORIGINAL, KIND_QUOTE, KIND_REPLY, KIND_REPOST, KINDS, Filters
from exitplanner.plan.model import Plan, StepId, StepStatus
from exitplanner.steps.decision import REACTIVATION_DAYS, Decision, Strategy

SECTION = "execution"
CLEANUP_SECTION = "cleanup"  # the user's choice of what the deletion run on X removes


class ItemStatus(StrEnum):
    TODO = "todo"
    DONE = "done"
    SKIPPED = "skipped"


ITEM_STATUS_LABELS = {
    ItemStatus.TODO: QT_TRANSLATE_NOOP("execution", "To do"),
    ItemStatus.DONE: QT_TRANSLATE_NOOP("execution", "Done"),
    ItemStatus.SKIPPED: QT_TRANSLATE_NOOP("execution", "Not needed"),
}


@dataclass(frozen=True)
class Template:
    key: str
    title: str  # marked for translation in context "execution"
    offset_days: int  # from the decision date


#: A sentence under some items (marked for translation in context "execution"): how the task is done.
HINTS = {
    "farewell": QT_TRANSLATE_NOOP(
        "execution", "Once the X account is connected, « Publish on X… » posts the farewell text of step 6 "
                     "(at most once) and ticks this task with the post's address."),
    # X API v2 has no endpoint to pin a post: this one stays a manual task.
    "pin": QT_TRANSLATE_NOOP(
        "execution", "To do by hand: X's API cannot pin a post. On x.com, open the post's « … » menu and "
                     "choose « Pin to your profile »."),
}


# The order is the order of work. Offsets are sensible defaults; the user can move any date.
COMMON_START = (
    Template("record", QT_TRANSLATE_NOOP("execution", "Check that the archive of record verifies"), 0),
    Template(
        "new_accounts", QT_TRANSLATE_NOOP("execution", "Open and verify the Bluesky and Mastodon accounts"), 1
    ),
    Template("press_release", QT_TRANSLATE_NOOP("execution", "Send the press release"), 2),
)

CHECKLISTS: dict[Strategy, tuple[Template, ...]] = {
    Strategy.DORMANT: (
        *COMMON_START,
        Template("farewell", QT_TRANSLATE_NOOP("execution", "Publish the farewell post on X"), 2),
        Template("pin", QT_TRANSLATE_NOOP("execution", "Pin the farewell post"), 2),
        Template("bio", QT_TRANSLATE_NOOP("execution", "Update the bio to point to the new accounts"), 2),
        Template(
            "credentials",
            QT_TRANSLATE_NOOP(
                "execution", "Keep the credentials and the recovery e-mail with a named person"
            ),
            3,
        ),
        Template("watch", QT_TRANSLATE_NOOP("execution", "Check mentions and impersonation attempts"), 30),
    ),
    Strategy.DELETE_POSTS: (
        *COMMON_START,
        Template(
            "visa",
            QT_TRANSLATE_NOOP("execution", "Obtain the visa of the Archives départementales before deleting"),
            0,
        ),
        Template("farewell", QT_TRANSLATE_NOOP("execution", "Publish the farewell post on X"), 2),
        Template("bio", QT_TRANSLATE_NOOP("execution", "Update the bio to point to the new accounts"), 2),
        Template("deletion", QT_TRANSLATE_NOOP("execution", "Run the deletion of the posts"), 3),
        Template(
            "deletion_report",
            QT_TRANSLATE_NOOP("execution", "File the deletion report with the archive of record"),
            10,
        ),
        Template("pin", QT_TRANSLATE_NOOP("execution", "Pin the farewell post once the others are gone"), 10),
        Template("watch", QT_TRANSLATE_NOOP("execution", "Check mentions and impersonation attempts"), 30),
    ),
    Strategy.DELETE_ACCOUNT: (
        *COMMON_START,
        Template(
            "visa",
            QT_TRANSLATE_NOOP("execution", "Obtain the visa of the Archives départementales before deleting"),
            0,
        ),
        Template("farewell", QT_TRANSLATE_NOOP("execution", "Publish the farewell post on X"), 2),
        Template(
            "deactivate",
            QT_TRANSLATE_NOOP(
                "execution", "Deactivate the account in X's settings (Settings → Your account → Deactivate)"
            ),
            7,
        ),
        Template(
            "window_end",
            QT_TRANSLATE_NOOP("execution", "End of the 30-day reactivation window: the account is deleted"),
            7 + REACTIVATION_DAYS,
        ),
        Template(
            "handle_check",
            QT_TRANSLATE_NOOP("execution", "Check who holds the freed handle and report any impersonation"),
            8 + REACTIVATION_DAYS,
        ),
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("execution", text)


@dataclass
class ChecklistItem:
    key: str
    title: str
    due: date
    status: ItemStatus = ItemStatus.TODO
    note: str = ""
    hint: str = ""


class ExecutionModel:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    @property
    def decision(self) -> Decision:
        return Decision.from_section(self.plan.sections.get("decision"))

    def _stored(self) -> dict[str, Any]:
        return self.plan.sections.setdefault(SECTION, {"items": {}})

    def items(self) -> list[ChecklistItem]:
        decision = self.decision
        if decision.strategy is None:
            return []
        start = date.fromisoformat(decision.decided_on) if decision.decided_on else date.today()
        stored = self.plan.sections.get(SECTION, {}).get("items", {})
        items = []
        for template in CHECKLISTS[decision.strategy]:
            saved = stored.get(template.key, {})
            due = start + timedelta(days=template.offset_days)
            if saved.get("due"):
                with contextlib.suppress(ValueError):
                    due = date.fromisoformat(saved["due"])
            try:
                status = ItemStatus(saved.get("status", ItemStatus.TODO))
            except ValueError:
                status = ItemStatus.TODO
            hint = tr(HINTS[template.key]) if template.key in HINTS else ""
            items.append(
                ChecklistItem(template.key, tr(template.title), due, status, str(saved.get("note", "")), hint)
            )
        return items

    def update(
        self, key: str, status: ItemStatus | None = None, due: date | None = None, note: str | None = None
    ) -> None:
        entry = self._stored().setdefault("items", {}).setdefault(key, {})
        if status is not None:
            entry["status"] = status.value
        if due is not None:
            entry["due"] = due.isoformat()
        if note is not None:
            entry["note"] = note
        self.update_status()

    def status(self) -> StepStatus:
        items = self.items()
        if not items or all(i.status == ItemStatus.TODO for i in items):
            return StepStatus.NOT_STARTED
        if all(i.status != ItemStatus.TODO for i in items):
            return StepStatus.DONE
        return StepStatus.IN_PROGRESS

    def update_status(self) -> StepStatus:
        status = self.status()
        self.plan.set_step_status(StepId.EXECUTION, status)
        return status

    def to_ics(self, now: datetime | None = None) -> str:
        """An iCalendar file (RFC 5545) with one all-day event and a reminder per pending item."""
        now = now or datetime.now(UTC)
        stamp = now.strftime("%Y%m%dT%H%M%SZ")
        who = self.plan.title or "ExitPlanner"
        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//ExitPlanner//Plan de départ de X//FR",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        for item in self.items():
            if item.status != ItemStatus.TODO:
                continue
            uid = f"{item.key}-{self.plan.created}".replace(":", "").replace("+", "") + "@exitplanner"
            lines += [
                "BEGIN:VEVENT",
                f"UID:{uid}",
                f"DTSTAMP:{stamp}",
                f"DTSTART;VALUE=DATE:{item.due.strftime('%Y%m%d')}",
                f"DTEND;VALUE=DATE:{(item.due + timedelta(days=1)).strftime('%Y%m%d')}",
                f"SUMMARY:{_ics_text(item.title)}",
                f"DESCRIPTION:{_ics_text(who + (' — ' + item.note if item.note else ''))}",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"DESCRIPTION:{_ics_text(item.title)}",
                "TRIGGER:-PT9H",
                "END:VALARM",
                "END:VEVENT",
            ]
        lines.append("END:VCALENDAR")
        return "".join(_fold(line) + "\r\n" for line in lines)


# --- what the deletion run removes (strategy « delete the posts ») ---------------------------------------

#: The audit summary's count of each kind of the selection (``like`` = the likes listed in the archive).
_SUMMARY_KEYS = {KIND_ORIGINAL: "originals", KIND_REPLY: "replies", KIND_QUOTE: "quotes",
                 KIND_REPOST: "reposts", ACTION_LIKE: "likes"}


def cleanup_filters(plan: Plan) -> Filters:
    """The saved choice; by default every kind of post and no like, as ``exitplanner cleanup`` does."""
    data = (plan.sections.get(CLEANUP_SECTION) or {}).get("filters")
    return Filters.from_json(data) if isinstance(data, dict) else Filters(kinds=set(KINDS))


def set_cleanup_filters(plan: Plan, filters: Filters) -> None:
    plan.sections.setdefault(CLEANUP_SECTION, {})["filters"] = filters.to_json()


def archive_kind_counts(plan: Plan) -> dict[str, int]:
    """How many posts of each kind, and likes, the imported archive holds (from the step 2 audit)."""
    summary = (plan.sections.get("x_archive") or {}).get("summary") or {}
    counts = summary.get("counts") or {}
    found = {}
    for kind, key in _SUMMARY_KEYS.items():
        try:
            found[kind] = max(0, int(counts.get(key, 0) or 0))
        except (TypeError, ValueError):
            found[kind] = 0
    return found


def _ics_text(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1)."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        limit = 75 if not out else 74  # continuation lines start with a space
        if len(current) + len(encoded) > limit:
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)
