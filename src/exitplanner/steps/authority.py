"""Step 1 (Collectivité): choose the authority, then its website, logo, press contact and head.

The model keeps the plan's ``Authority``, ``PressContact`` and ``ElectedHead`` consistent: picking
an authority from the official list fills the INSEE data and clears the manual flag; typing one by
hand keeps what the user wrote. Validation returns translated messages so the page only shows them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from exitplanner.plan import validation
from exitplanner.plan.model import (
    Authority,
    AuthorityKind,
    ElectedHead,
    Gender,
    Plan,
    PressContact,
    StepId,
    StepStatus,
)
from exitplanner.territories import grammar
from exitplanner.territories.data import Territory


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str


def territory_to_authority(territory: Territory, keep_from: Authority | None = None) -> Authority:
    """An Authority filled from the official list, keeping what the user entered that the list lacks."""
    keep = keep_from or Authority()
    return Authority(
        kind=territory.kind,
        code=territory.code,
        name=territory.name,
        tncc=territory.tncc,
        population=territory.population,
        departement=territory.departement,
        postal_codes=list(territory.postal_codes),
        manual=False,
        website=keep.website,
        logo_path=keep.logo_path,
        override_de=keep.override_de,
        override_a=keep.override_a,
    )


def official_name(authority: Authority) -> str:
    """« Ville du Kremlin-Bicêtre », « Département de l'Hérault »… or the bare name when unknown."""
    if not authority.name:
        return ""
    return grammar.official_name(authority)


def de_form(authority: Authority) -> str:
    if not authority.name:
        return ""
    return grammar.forms_of(authority).de


class AuthorityModel:
    """Edits step 1 of a plan in place; the page calls these and re-reads the plan."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    @property
    def authority(self) -> Authority:
        return self.plan.authority

    @property
    def contact(self) -> PressContact:
        return self.plan.contact

    @property
    def head(self) -> ElectedHead:
        return self.plan.head

    def choose(self, territory: Territory) -> None:
        self.plan.authority = territory_to_authority(territory, self.plan.authority)
        if not self.plan.title:
            self.plan.title = official_name(self.plan.authority)

    def set_manual(self, name: str, kind: AuthorityKind, tncc: int | None = None) -> None:
        current = self.plan.authority
        self.plan.authority = Authority(
            kind=kind,
            code="",
            name=name.strip(),
            tncc=tncc,
            manual=True,
            website=current.website,
            logo_path=current.logo_path,
            override_de=current.override_de,
            override_a=current.override_a,
        )

    def set_website(self, text: str) -> str | None:
        """Store the domain (normalised when valid); return a problem message or None."""
        text = text.strip()
        domain = validation.validate_domain(text) if text else ""
        self.plan.authority.website = domain or text
        if text and not domain:
            return QCoreApplication.translate(
                "AuthorityModel", "Enter a domain name such as ville-exemple.fr."
            )
        return None

    def set_contact(self, field: str, text: str) -> str | None:
        """Set one press-contact field; phone numbers are normalised when valid."""
        text = text.strip()
        if field == "phone":
            normalised = validation.normalise_french_phone(text) if text else ""
            setattr(self.plan.contact, field, normalised or text)
            if text and not normalised:
                return QCoreApplication.translate(
                    "AuthorityModel", "Enter a French phone number such as 01 23 45 67 89."
                )
            return None
        setattr(self.plan.contact, field, text)
        if field == "email" and text and not validation.validate_email(text):
            return QCoreApplication.translate(
                "AuthorityModel", "Enter an e-mail address such as presse@ville.fr."
            )
        return None

    def set_head(
        self, name: str | None = None, title: str | None = None, gender: Gender | None = None
    ) -> None:
        if name is not None:
            self.plan.head.name = name.strip()
        if title is not None:
            self.plan.head.title = title.strip()
        if gender is not None:
            self.plan.head.gender = gender

    def problems(self) -> list[FieldProblem]:
        """What still prevents step 1 from being complete (empty fields and invalid values)."""
        found: list[FieldProblem] = []

        def need(field: str, value: str, message: str) -> None:
            if not value.strip():
                found.append(FieldProblem(field, message))

        need(
            "name", self.authority.name, QCoreApplication.translate("AuthorityModel", "Choose the authority.")
        )
        need(
            "website",
            self.authority.website,
            QCoreApplication.translate("AuthorityModel", "Enter the official website."),
        )
        need(
            "email",
            self.contact.email,
            QCoreApplication.translate("AuthorityModel", "Enter the press contact's e-mail address."),
        )
        need(
            "head",
            self.head.name,
            QCoreApplication.translate("AuthorityModel", "Enter the name of the elected head."),
        )
        if self.authority.website and not validation.validate_domain(self.authority.website):
            found.append(
                FieldProblem(
                    "website",
                    QCoreApplication.translate(
                        "AuthorityModel", "Enter a domain name such as ville-exemple.fr."
                    ),
                )
            )
        if self.contact.email and not validation.validate_email(self.contact.email):
            found.append(
                FieldProblem(
                    "email",
                    QCoreApplication.translate(
                        "AuthorityModel", "Enter an e-mail address such as presse@ville.fr."
                    ),
                )
            )
        if self.contact.phone and not validation.normalise_french_phone(self.contact.phone):
            found.append(
                FieldProblem(
                    "phone",
                    QCoreApplication.translate(
                        "AuthorityModel", "Enter a French phone number such as 01 23 45 67 89."
                    ),
                )
            )
        if self.head.name and self.head.gender == Gender.UNSPECIFIED:
            found.append(
                FieldProblem(
                    "gender",
                    QCoreApplication.translate(
                        "AuthorityModel", "Choose the grammatical gender of the elected head's title."
                    ),
                )
            )
        return found

    def status(self) -> StepStatus:
        touched = any(
            (
                self.authority.name,
                self.authority.website,
                self.contact.email,
                self.contact.phone,
                self.contact.service,
                self.head.name,
            )
        )
        if not touched:
            return StepStatus.NOT_STARTED
        return StepStatus.DONE if not self.problems() else StepStatus.IN_PROGRESS

    def update_status(self) -> StepStatus:
        status = self.status()
        self.plan.set_step_status(StepId.AUTHORITY, status)
        return status
