"""Step 4 (Décision): the three strategies, their consequences, and the recorded choice.

The consequences are computed from the plan (the audit's counts, the inventory) so the page shows
figures, not generic warnings: how long deleting every post takes at X's documented rate, what it
costs at the configured price, when the handle becomes free. The choice is stored in
``plan.sections["decision"]`` which the press release and the execution step read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from exitplanner.plan.model import Network, Plan, StepId, StepStatus

SECTION = "decision"

# X API v2 (DESIGN §5): 50 deletions per 15 minutes per user.
DELETIONS_PER_WINDOW = 50
WINDOW_MINUTES = 15
REACTIVATION_DAYS = 30


class Strategy(StrEnum):
    DELETE_ACCOUNT = "delete_account"
    DELETE_POSTS = "delete_posts"
    DORMANT = "dormant"


class OtherChoice(StrEnum):
    """What to do with the other accounts of the inventory (Facebook, Instagram…)."""

    UNDECIDED = ""
    KEEP = "keep"
    LEAVE = "leave"
    DORMANT = "dormant"
    REASSESS = "reassess"


STRATEGY_TITLES = {
    Strategy.DELETE_ACCOUNT: QT_TRANSLATE_NOOP("decision", "Delete the account"),
    Strategy.DELETE_POSTS: QT_TRANSLATE_NOOP("decision", "Delete the posts, keep the account"),
    Strategy.DORMANT: QT_TRANSLATE_NOOP("decision", "Leave the account dormant"),
}

STRATEGY_EXAMPLES = {
    Strategy.DELETE_ACCOUNT: QT_TRANSLATE_NOOP("decision", "Chosen by Le Kremlin-Bicêtre in January 2025."),
    Strategy.DELETE_POSTS: QT_TRANSLATE_NOOP("decision", "Chosen by Fontenay-sous-Bois in January 2025."),
    Strategy.DORMANT: QT_TRANSLATE_NOOP("decision", "Chosen by Paris, Lyon and Blois in January 2025."),
}

OTHER_CHOICE_LABELS = {
    OtherChoice.UNDECIDED: QT_TRANSLATE_NOOP("decision", "To decide"),
    OtherChoice.KEEP: QT_TRANSLATE_NOOP("decision", "Keep"),
    OtherChoice.LEAVE: QT_TRANSLATE_NOOP("decision", "Leave"),
    OtherChoice.DORMANT: QT_TRANSLATE_NOOP("decision", "Leave dormant"),
    OtherChoice.REASSESS: QT_TRANSLATE_NOOP("decision", "Reassess later"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("decision", text)


@dataclass(frozen=True)
class Consequence:
    """One line of the comparison: a heading and what it means for this authority."""

    topic: str
    text: str
    risk: bool = False  # shown with a warning mark


@dataclass
class Decision:
    strategy: Strategy | None = None
    decided_on: str = ""  # ISO date
    validated_by: str = ""
    rationale: str = ""
    other_accounts: dict[str, OtherChoice] = field(default_factory=dict)
    price_per_request: float | None = None  # in USD, overrides the default of the clean-up module

    @classmethod
    def from_section(cls, data: dict[str, Any] | None) -> Decision:
        data = data or {}
        try:
            strategy = Strategy(data["strategy"]) if data.get("strategy") else None
        except ValueError:
            strategy = None
        others = {}
        for key, value in (data.get("other_accounts") or {}).items():
            try:
                others[str(key)] = OtherChoice(value)
            except ValueError:
                others[str(key)] = OtherChoice.UNDECIDED
        price = data.get("price_per_request")
        return cls(
            strategy=strategy,
            decided_on=str(data.get("decided_on", "")),
            validated_by=str(data.get("validated_by", "")),
            rationale=str(data.get("rationale", "")),
            other_accounts=others,
            price_per_request=price if isinstance(price, int | float) else None,
        )

    def to_section(self) -> dict[str, Any]:
        section: dict[str, Any] = {
            "strategy": self.strategy.value if self.strategy else "",
            "decided_on": self.decided_on,
            "validated_by": self.validated_by,
            "rationale": self.rationale,
            "other_accounts": {key: value.value for key, value in self.other_accounts.items()},
        }
        if self.price_per_request is not None:
            section["price_per_request"] = self.price_per_request
        return section


def default_price_per_request() -> float:
    """Per-request price of X's pay-per-use API, from the clean-up module when it is installed."""
    try:
        from exitplanner.cleanup import estimate

        return float(estimate.DEFAULT_PRICE_PER_REQUEST)
    except (ImportError, AttributeError):
        return 0.01


def audit_counts(plan: Plan) -> dict[str, int]:
    summary = (plan.sections.get("x_archive") or {}).get("summary") or {}
    counts = summary.get("counts") or {}
    return {key: int(value) for key, value in counts.items() if isinstance(value, int | float)}


def deletion_hours(requests: int) -> float:
    return math.ceil(requests / DELETIONS_PER_WINDOW) * WINDOW_MINUTES / 60 if requests else 0.0


def _french_number(value: float, decimals: int = 0) -> str:
    """French figures (« 1\u202f500 », « 10,2 »), English ones (1,500, 10.2) in the English interface."""
    text = f"{value:,.{decimals}f}"
    if QLocale().language() == QLocale.Language.English:
        return text
    return text.replace(",", "\u202f").replace(".", ",")


def has_audit(plan: Plan) -> bool:
    """An X archive was imported: the post counts are known (0 posts is then a real figure)."""
    return bool((plan.sections.get("x_archive") or {}).get("summary"))


class DecisionModel:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.decision = Decision.from_section(plan.sections.get(SECTION))

    def save(self) -> None:
        self.plan.sections[SECTION] = self.decision.to_section()
        self.update_status()

    def choose(
        self, strategy: Strategy, validated_by: str, rationale: str, decided_on: date | None = None
    ) -> None:
        self.decision.strategy = strategy
        self.decision.validated_by = validated_by.strip()
        self.decision.rationale = rationale.strip()
        self.decision.decided_on = (decided_on or date.today()).isoformat()
        self.save()

    def set_other(self, account_id: str, choice: OtherChoice) -> None:
        self.decision.other_accounts[account_id] = choice
        self.save()

    def other_accounts(self):
        """Inventory accounts other than X, with the choice recorded for each."""
        return [
            (account, self.decision.other_accounts.get(account.id, OtherChoice.UNDECIDED))
            for account in self.plan.accounts
            if account.network != Network.X
        ]

    def deletion_requests(self) -> int:
        counts = audit_counts(self.plan)
        return counts.get("posts", 0) + counts.get("likes", 0)

    def consequences(self, strategy: Strategy, today: date | None = None) -> list[Consequence]:
        today = today or date.today()
        counts = audit_counts(self.plan)
        posts = counts.get("posts", 0)
        likes = counts.get("likes", 0)
        handles = ", ".join(
            "@" + a.handle.lstrip("@") for a in self.plan.accounts if a.network == Network.X and a.handle
        )
        lines: list[Consequence] = []

        def handle_line(with_handle: str, without_handle: str, risk: bool = False) -> Consequence:
            """The handle's sentence: naming the handles of the inventory, or the account's own handle
            while the inventory has none (instead of a bare « @… »)."""
            text = with_handle.replace("%1", handles) if handles else without_handle
            return Consequence(QCoreApplication.translate("decision", "Handle"), text, risk=risk)

        record = QCoreApplication.translate(
            "decision",
            "Posts of an authority are public archives (Code du patrimoine, L211-1 and L211-4): "
            "build the archive of record first, and destroying them needs the prior visa of the "
            "Archives départementales (L212-2).",
        )
        handle_kept = handle_line(  # the posts go, the account stays (with or without the archive)
            QCoreApplication.translate(
                "decision",
                "The account stays, so nobody can take the handle %1; the bio "
                "points to the new accounts.",
            ),
            QCoreApplication.translate(
                "decision",
                "The account stays, so nobody can take its handle; the bio points to the "
                "new accounts.",
            ),
        )
        if strategy == Strategy.DELETE_ACCOUNT:
            free_on = today + timedelta(days=REACTIVATION_DAYS)
            lines += [
                Consequence(
                    QCoreApplication.translate("decision", "Timeline"),
                    QCoreApplication.translate(
                        "decision",
                        "Deactivation in X's settings, then %1 days during which the "
                        "account can be reactivated; deletion after that, around %2.",
                    )
                    .replace("%1", str(REACTIVATION_DAYS))
                    .replace("%2", free_on.strftime("%d/%m/%Y")),
                ),
                handle_line(
                    QCoreApplication.translate(
                        "decision",
                        "Once the account is deleted, the handle %1 becomes free for "
                        "anyone: an impostor can take it and speak in the authority's "
                        "name.",
                    ),
                    QCoreApplication.translate(
                        "decision",
                        "Once the account is deleted, its handle becomes free for anyone: an impostor "
                        "can take it and speak in the authority's name.",
                    ),
                    risk=True,
                ),
                Consequence(
                    QCoreApplication.translate("decision", "Cost and effort"),
                    QCoreApplication.translate(
                        "decision", "No API cost: a few steps in X's settings, listed in the execution step."
                    ),
                ),
                Consequence(QCoreApplication.translate("decision", "Public record"), record, risk=True),
            ]
        elif strategy == Strategy.DELETE_POSTS and not has_audit(self.plan):
            # No archive yet: « 0 posts, about 0.0 hours, 0.00 dollars » would read as a real estimate.
            price = self.decision.price_per_request or default_price_per_request()
            lines += [
                Consequence(
                    QCoreApplication.translate("decision", "Timeline"),
                    QCoreApplication.translate(
                        "decision",
                        "Every post and like is removed through X's API, at most %1 deletions every "
                        "%2 minutes. Import the X archive in step 2 to know how long it will take.",
                    )
                    .replace("%1", str(DELETIONS_PER_WINDOW))
                    .replace("%2", str(WINDOW_MINUTES)),
                ),
                handle_kept,
                Consequence(
                    QCoreApplication.translate("decision", "Cost and effort"),
                    QCoreApplication.translate(
                        "decision",
                        "%1 dollar per request (X's pay-per-use pricing; check the current price): "
                        "the total is known once the X archive is imported in step 2. "
                        "Needs an X developer account.",
                    ).replace("%1", _french_number(price, 3)),
                ),
                Consequence(QCoreApplication.translate("decision", "Public record"), record, risk=True),
            ]
        elif strategy == Strategy.DELETE_POSTS:
            requests = posts + likes
            hours = deletion_hours(requests)
            price = self.decision.price_per_request or default_price_per_request()
            lines += [
                Consequence(
                    QCoreApplication.translate("decision", "Timeline"),
                    QCoreApplication.translate(
                        "decision",
                        "%1 posts and %2 likes to remove through X's API, at most "
                        "%3 deletions every %4 minutes: about %5 hours of automatic "
                        "work, spread over several days if needed.",
                    )
                    .replace("%1", _french_number(posts))
                    .replace("%2", _french_number(likes))
                    .replace("%3", str(DELETIONS_PER_WINDOW))
                    .replace("%4", str(WINDOW_MINUTES))
                    .replace("%5", _french_number(hours, 1)),
                ),
                handle_kept,
                Consequence(
                    QCoreApplication.translate("decision", "Cost and effort"),
                    QCoreApplication.translate(
                        "decision",
                        "About %1 US dollars at %2 dollar per request "
                        "(X's pay-per-use pricing; check the current price). "
                        "Needs an X developer account.",
                    )
                    .replace("%1", _french_number(requests * price, 2))
                    .replace("%2", _french_number(price, 3)),
                    risk=requests > 0,
                ),
                Consequence(QCoreApplication.translate("decision", "Public record"), record, risk=True),
            ]
        else:
            lines += [
                Consequence(
                    QCoreApplication.translate("decision", "Timeline"),
                    QCoreApplication.translate(
                        "decision",
                        "Immediate: a farewell post pinned at the top, the bio pointing "
                        "to the new accounts, no more publishing.",
                    ),
                ),
                handle_line(
                    QCoreApplication.translate(
                        "decision", "The account stays, so nobody can take the handle %1."
                    ),
                    QCoreApplication.translate(
                        "decision", "The account stays, so nobody can take its handle."
                    ),
                ),
                Consequence(
                    QCoreApplication.translate("decision", "Cost and effort"),
                    QCoreApplication.translate(
                        "decision",
                        "No cost. The account can still serve for crisis "
                        "communication; someone must keep its credentials and "
                        "watch its mentions.",
                    ),
                ),
                Consequence(
                    QCoreApplication.translate("decision", "Public record"),
                    QCoreApplication.translate(
                        "decision",
                        "Nothing is destroyed: the posts stay online on X. Keep "
                        "an archive of record all the same.",
                    ),
                ),
            ]
        return lines

    def problems(self) -> list[str]:
        found = []
        if self.decision.strategy is None:
            found.append(QCoreApplication.translate("decision", "Choose one of the three strategies."))
        if not self.decision.validated_by:
            found.append(QCoreApplication.translate("decision", "Say who validated the decision."))
        if not self.decision.rationale:
            found.append(QCoreApplication.translate("decision", "Write down why this strategy was chosen."))
        if any(choice == OtherChoice.UNDECIDED for _, choice in self.other_accounts()):
            found.append(
                QCoreApplication.translate("decision", "Choose what to do with each of the other accounts.")
            )
        return found

    def status(self) -> StepStatus:
        d = self.decision
        if d.strategy is None and not d.validated_by and not d.rationale and not d.other_accounts:
            return StepStatus.NOT_STARTED
        return StepStatus.DONE if not self.problems() else StepStatus.IN_PROGRESS

    def update_status(self) -> StepStatus:
        status = self.status()
        self.plan.set_step_status(StepId.DECISION, status)
        return status
