"""Step 2, first half: the inventory of every account the authority holds, on every network.

The table's columns, their labels and how each cell is shown, sorted and edited live here, so the
Qt table model is a thin adapter and the rules are tested without a screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from exitplanner.plan import validation
from exitplanner.plan.model import Account, Network, Plan, StepId, StepStatus, Verdict

NETWORK_LABELS: dict[Network, str] = {
    Network.X: QT_TRANSLATE_NOOP("inventory", "X (Twitter)"),
    Network.FACEBOOK: QT_TRANSLATE_NOOP("inventory", "Facebook"),
    Network.INSTAGRAM: QT_TRANSLATE_NOOP("inventory", "Instagram"),
    Network.LINKEDIN: QT_TRANSLATE_NOOP("inventory", "LinkedIn"),
    Network.YOUTUBE: QT_TRANSLATE_NOOP("inventory", "YouTube"),
    Network.TIKTOK: QT_TRANSLATE_NOOP("inventory", "TikTok"),
    Network.THREADS: QT_TRANSLATE_NOOP("inventory", "Threads"),
    Network.BLUESKY: QT_TRANSLATE_NOOP("inventory", "Bluesky"),
    Network.MASTODON: QT_TRANSLATE_NOOP("inventory", "Mastodon"),
    Network.WHATSAPP: QT_TRANSLATE_NOOP("inventory", "WhatsApp channel"),
    Network.OTHER: QT_TRANSLATE_NOOP("inventory", "Other"),
}

VERDICT_LABELS: dict[Verdict, str] = {
    Verdict.UNDECIDED: QT_TRANSLATE_NOOP("inventory", "To decide"),
    Verdict.KEEP: QT_TRANSLATE_NOOP("inventory", "Keep"),
    Verdict.LEAVE: QT_TRANSLATE_NOOP("inventory", "Leave"),
    Verdict.WATCH: QT_TRANSLATE_NOOP("inventory", "Watch"),
}

TWO_FACTOR_LABELS: dict[bool | None, str] = {
    True: QT_TRANSLATE_NOOP("inventory", "On"),
    False: QT_TRANSLATE_NOOP("inventory", "Off"),
    None: QT_TRANSLATE_NOOP("inventory", "Unknown"),
}


def tr(text: str) -> str:
    """Translate a label marked with QT_TRANSLATE_NOOP("inventory", …)."""
    return QCoreApplication.translate("inventory", text)


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # marked for translation in context "inventory"
    sort_key: Callable[[Account], object]
    display: Callable[[Account], str]


def _followers_display(account: Account) -> str:
    if account.followers is None:
        return ""
    # French grouping with a narrow no-break space, the way the audit prints figures.
    return f"{account.followers:,}".replace(",", "\u202f")


def _date_display(account: Account) -> str:
    try:
        return date.fromisoformat(account.last_activity).strftime("%d/%m/%Y")
    except ValueError:
        return account.last_activity


COLUMNS: tuple[Column, ...] = (
    Column(
        "network",
        QT_TRANSLATE_NOOP("inventory", "Network"),
        lambda a: tr(NETWORK_LABELS[a.network]).casefold(),
        lambda a: tr(NETWORK_LABELS[a.network]),
    ),
    Column(
        "handle", QT_TRANSLATE_NOOP("inventory", "Handle"), lambda a: a.handle.casefold(), lambda a: a.handle
    ),
    Column("url", QT_TRANSLATE_NOOP("inventory", "Address"), lambda a: a.url, lambda a: a.url),
    Column(
        "purpose",
        QT_TRANSLATE_NOOP("inventory", "Purpose"),
        lambda a: a.purpose.casefold(),
        lambda a: a.purpose,
    ),
    Column(
        "followers",
        QT_TRANSLATE_NOOP("inventory", "Followers"),
        lambda a: -1 if a.followers is None else a.followers,
        _followers_display,
    ),
    Column(
        "last_activity",
        QT_TRANSLATE_NOOP("inventory", "Last activity"),
        lambda a: a.last_activity,
        _date_display,
    ),
    Column(
        "credentials_holder",
        QT_TRANSLATE_NOOP("inventory", "Credentials held by"),
        lambda a: a.credentials_holder.casefold(),
        lambda a: a.credentials_holder,
    ),
    Column(
        "two_factor",
        QT_TRANSLATE_NOOP("inventory", "Two-factor authentication"),
        lambda a: {True: 2, False: 0, None: 1}[a.two_factor],
        lambda a: tr(TWO_FACTOR_LABELS[a.two_factor]),
    ),
    Column(
        "recovery_owner",
        QT_TRANSLATE_NOOP("inventory", "Recovery e-mail/phone owner"),
        lambda a: a.recovery_owner.casefold(),
        lambda a: a.recovery_owner,
    ),
    Column(
        "verdict",
        QT_TRANSLATE_NOOP("inventory", "Verdict"),
        lambda a: list(Verdict).index(a.verdict),
        lambda a: tr(VERDICT_LABELS[a.verdict]),
    ),
)


def account_problems(account: Account) -> list[str]:
    """Translated messages for what is wrong with one row (empty list when fine)."""
    problems = []
    if not account.handle.strip() and not account.url.strip():
        problems.append(
            QCoreApplication.translate("inventory", "Enter the handle or the address of the account.")
        )
    elif account.handle.strip():
        message = validation.validate_handle(Network(account.network).value, account.handle)
        if message:
            problems.append(message)
    if account.followers is not None and account.followers < 0:
        problems.append(
            QCoreApplication.translate("inventory", "The number of followers cannot be negative.")
        )
    if account.last_activity:
        try:
            date.fromisoformat(account.last_activity)
        except ValueError:
            problems.append(QCoreApplication.translate("inventory", "Enter the last activity as a date."))
    return problems


class InventoryModel:
    """Adds, edits, removes and sorts the accounts of a plan."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    @property
    def accounts(self) -> list[Account]:
        return self.plan.accounts

    def add(self, account: Account) -> Account:
        self.plan.accounts.append(account)
        self.update_status()
        return account

    def update(self, account: Account) -> None:
        for index, existing in enumerate(self.plan.accounts):
            if existing.id == account.id:
                self.plan.accounts[index] = replace(account)
                self.update_status()
                return
        raise KeyError(account.id)

    def remove(self, account_id: str) -> None:
        self.plan.accounts[:] = [a for a in self.plan.accounts if a.id != account_id]
        self.update_status()

    def sorted(self, column_key: str, descending: bool = False) -> list[Account]:
        column = next(c for c in COLUMNS if c.key == column_key)
        return sorted(self.plan.accounts, key=column.sort_key, reverse=descending)

    def counts_by_verdict(self) -> dict[Verdict, int]:
        counts = dict.fromkeys(Verdict, 0)
        for account in self.plan.accounts:
            counts[account.verdict] += 1
        return counts

    def status(self) -> StepStatus:
        if not self.plan.accounts:
            return StepStatus.NOT_STARTED
        undecided = any(a.verdict == Verdict.UNDECIDED for a in self.plan.accounts)
        has_x = any(a.network == Network.X for a in self.plan.accounts)
        archive_imported = bool(self.plan.sections.get("x_archive"))
        if undecided or not has_x or not archive_imported:
            return StepStatus.IN_PROGRESS
        return StepStatus.DONE

    def update_status(self) -> StepStatus:
        status = self.status()
        self.plan.set_step_status(StepId.INVENTORY, status)
        return status
