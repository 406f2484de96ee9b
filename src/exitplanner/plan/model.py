"""The plan: everything the communication team decides and prepares, as plain dataclasses.

A plan is handed over between colleagues and kept for the public record, so it holds only
facts and choices, never a secret (passwords and tokens live in the OS keyring, see
``exitplanner.secrets``). Later steps add their sections here; storage converts to and from
versioned JSON (see ``plan.storage``) and keeps unknown keys so that an older app does not
silently drop what a newer one wrote.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = 1


def now_iso() -> str:
    """Current UTC time as ISO 8601 with seconds, the format of every timestamp in a plan."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class StepId(StrEnum):
    """The seven steps of the wizard (DESIGN §2), in order."""

    AUTHORITY = "authority"
    INVENTORY = "inventory"
    RECORD = "record"
    DECISION = "decision"
    NETWORKS = "networks"
    PRESS = "press"
    EXECUTION = "execution"


class StepStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class AuthorityKind(StrEnum):
    COMMUNE = "commune"
    DEPARTEMENT = "departement"
    REGION = "region"
    EPCI = "epci"
    OTHER = "other"


class Gender(StrEnum):
    """Grammatical gender of the elected head: drives « le maire » / « la maire »."""

    FEMININE = "f"
    MASCULINE = "m"
    UNSPECIFIED = ""


class Network(StrEnum):
    X = "x"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    LINKEDIN = "linkedin"
    YOUTUBE = "youtube"
    TIKTOK = "tiktok"
    THREADS = "threads"
    BLUESKY = "bluesky"
    MASTODON = "mastodon"
    WHATSAPP = "whatsapp"
    OTHER = "other"


class Verdict(StrEnum):
    UNDECIDED = ""
    KEEP = "keep"
    LEAVE = "leave"
    WATCH = "watch"


@dataclass
class Authority:
    """The collectivité. ``code`` is the INSEE code (SIREN for an EPCI); empty when typed by hand."""

    kind: AuthorityKind = AuthorityKind.COMMUNE
    code: str = ""
    name: str = ""
    tncc: int | None = None
    population: int | None = None
    departement: str = ""
    postal_codes: list[str] = field(default_factory=list)
    manual: bool = False
    website: str = ""
    logo_path: str = ""
    # Per-authority overrides of the generated forms (DESIGN §6), e.g. "de la Ville-de-X".
    override_de: str = ""
    override_a: str = ""


@dataclass
class PressContact:
    service: str = ""
    name: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class ElectedHead:
    name: str = ""
    title: str = ""
    gender: Gender = Gender.UNSPECIFIED


@dataclass
class Account:
    """One account of the authority on one network (inventory, DESIGN §2.2)."""

    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    network: Network = Network.X
    handle: str = ""
    url: str = ""
    purpose: str = ""
    followers: int | None = None
    last_activity: str = ""  # ISO date (YYYY-MM-DD) or empty
    credentials_holder: str = ""
    two_factor: bool | None = None
    recovery_owner: str = ""
    verdict: Verdict = Verdict.UNDECIDED
    notes: str = ""


@dataclass
class Plan:
    """A whole exit plan. ``sections`` holds later steps' data keyed by step, as plain JSON."""

    schema_version: int = SCHEMA_VERSION
    title: str = ""
    created: str = field(default_factory=now_iso)
    modified: str = field(default_factory=now_iso)
    authority: Authority = field(default_factory=Authority)
    contact: PressContact = field(default_factory=PressContact)
    head: ElectedHead = field(default_factory=ElectedHead)
    accounts: list[Account] = field(default_factory=list)
    steps: dict[StepId, StepStatus] = field(
        default_factory=lambda: {step: StepStatus.NOT_STARTED for step in StepId}
    )
    sections: dict[str, Any] = field(default_factory=dict)
    # Keys found in the file that this version does not know; written back untouched.
    unknown: dict[str, Any] = field(default_factory=dict, repr=False)

    def step_status(self, step: StepId) -> StepStatus:
        return self.steps.get(step, StepStatus.NOT_STARTED)

    def set_step_status(self, step: StepId, status: StepStatus) -> None:
        self.steps[step] = status

    def account(self, account_id: str) -> Account | None:
        return next((a for a in self.accounts if a.id == account_id), None)
