"""The variables a press release template sees, gathered from the plan.

Templates should not dig into the plan's dataclasses and JSON sections: that structure changes
as steps are added, and user templates must keep working. This module is the one place that
reads the plan for the press release and hands templates a stable, documented set of names
(see ``resources/templates/press/README.md``). Every name always exists (empty string or list
when unknown) so that templates can test it with ``{% if %}`` under ``StrictUndefined``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlparse

from exitplanner.plan.model import AuthorityKind, Gender, Plan, Verdict
from exitplanner.press.dates import french_date
from exitplanner.press.fields import stored_date, usable_url
from exitplanner.press.templates import DEFAULT_STRATEGY, STRATEGIES

NETWORK_LABELS = {
    "x": "X", "facebook": "Facebook", "instagram": "Instagram", "linkedin": "LinkedIn", "youtube": "YouTube",
    "tiktok": "TikTok", "threads": "Threads", "bluesky": "Bluesky", "mastodon": "Mastodon",
    "whatsapp": "WhatsApp", "other": "",
}
NEW_NETWORKS = ("bluesky", "mastodon")
# Networks where people know an account by its @handle; elsewhere (a Facebook page, a LinkedIn
# company page) the address is what readers can use.
HANDLE_NETWORKS = ("x", "instagram", "tiktok", "threads", "youtube", "bluesky", "mastodon")
# Days X keeps a deactivated account before deleting it (DESIGN §2.4).
X_REACTIVATION_DAYS = 30

# How the institution refers to itself in a communiqué, and whether the noun is feminine.
_INSTITUTION = {
    AuthorityKind.COMMUNE: ("Ville", True),
    AuthorityKind.DEPARTEMENT: ("Département", False),
    AuthorityKind.REGION: ("Région", True),
    AuthorityKind.EPCI: ("intercommunalité", True),
    AuthorityKind.OTHER: ("collectivité", True),
}


@dataclass
class AuthorityView:
    name: str = ""
    kind: str = "commune"
    bare: str = ""  # « Le Kremlin-Bicêtre », « l’Hérault »
    de: str = ""  # « du Kremlin-Bicêtre », « de l’Hérault »
    a: str = ""  # « au Kremlin-Bicêtre »
    le: str = ""  # name with its article as a subject inside a sentence
    official: str = ""  # « Ville du Kremlin-Bicêtre », « Département de l’Hérault »
    full: str = ""  # official name with its article: « la Ville du Kremlin-Bicêtre »
    full_de: str = ""  # « de la Ville du Kremlin-Bicêtre », « du Département de l’Hérault »
    institution: str = ""  # « la Ville », « le Département », « l’intercommunalité »
    institution_de: str = ""  # « de la Ville », « du Département », « de l’intercommunalité »
    feminine: bool = True
    e: str = "e"  # agreement ending: « présent{{ authority.e }} »
    website: str = ""  # https URL or ""
    website_label: str = ""  # « www.ville.fr »
    hashtag: str = ""


@dataclass
class HeadView:
    name: str = ""
    gender: str = ""
    title: str = ""  # « maire du Kremlin-Bicêtre », « présidente du conseil départemental de l’Hérault »
    title_short: str = ""  # « le maire », « la présidente »
    attribution: str = ""  # « déclare Jean Dupont, maire du Kremlin-Bicêtre »
    e: str = ""  # « élu{{ head.e }} »


@dataclass
class AccountView:
    network: str
    label: str
    handle: str
    url: str

    @property
    def display(self) -> str:
        """« @ville.bsky.social », or the address without its scheme for a page (« facebook.com/ville »)."""
        if self.handle and (self.network in HANDLE_NETWORKS or not self.url):
            return self.handle
        return website_label(self.url).removeprefix("www.") if self.url else ""


@dataclass
class PressContext:
    """Everything a template may use; ``as_dict()`` is what Jinja receives."""

    authority: AuthorityView
    head: HeadView
    strategy: str
    strategy_defaulted: bool
    today: date  # the date of the release
    decision_date: date  # the day the departure from X takes effect
    x_handle: str = ""
    x_deletion_date: date | None = None
    reasons: str = ""
    reason_ids: list[str] = field(default_factory=list)
    free_text: str = ""
    quote: str = ""
    new_accounts: list[AccountView] = field(default_factory=list)
    remaining: list[AccountView] = field(default_factory=list)
    website: str = ""
    newsletter: str = ""
    release_url: str = ""
    contact: dict[str, str] = field(default_factory=dict)
    archived: bool = False

    def as_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        data["remaining_labels"] = _unique([a.label for a in self.remaining if a.label])
        data["new_labels"] = _unique([a.label for a in self.new_accounts])
        data["today_text"] = french_date(self.today)
        data["decision_date_text"] = french_date(self.decision_date, weekday=True)
        # Clearer names for user templates; ``decision_date`` stays for the built-in ones.
        data["departure_date"] = self.decision_date
        data["departure_date_text"] = data["decision_date_text"]
        data["x_deletion_date_text"] = french_date(self.x_deletion_date) if self.x_deletion_date else ""
        return data


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def website_url(site: str) -> str:
    """``ville.fr`` → ``https://ville.fr``; empty stays empty."""
    site = (site or "").strip()
    if not site:
        return ""
    return site if "://" in site else "https://" + site.lstrip("/")


def website_label(url: str) -> str:
    parsed = urlparse(url)
    label = (parsed.netloc + parsed.path).rstrip("/")
    return label or url


def decision_strategy(plan: Plan) -> tuple[str, bool]:
    """The strategy chosen at step 4, and whether it was missing (then ``dormant`` is assumed)."""
    strategy = (plan.sections.get("decision") or {}).get("strategy")
    if strategy in STRATEGIES:
        return strategy, False
    return DEFAULT_STRATEGY, True


def _bluesky_handle(handle: str) -> str:
    handle = handle.strip()
    return handle if not handle or handle.startswith("@") else "@" + handle


def _mastodon_handle(handle: str, url: str) -> str:
    handle = handle.strip().lstrip("@")
    if not handle:
        return ""
    if "@" not in handle and url:
        host = urlparse(website_url(url)).netloc
        if host:
            handle = f"{handle}@{host}"
    return "@" + handle


def _new_accounts(plan: Plan) -> list[AccountView]:
    networks = plan.sections.get("networks") or {}
    found: list[AccountView] = []
    for network in NEW_NETWORKS:
        entry = networks.get(network) or {}
        handle, url = str(entry.get("handle") or ""), str(entry.get("url") or "")
        if handle or url:
            found.append(_account_view(network, handle, url))
    for account in plan.accounts:
        if str(account.network) in NEW_NETWORKS and account.verdict == Verdict.KEEP:
            found.append(_account_view(str(account.network), account.handle, account.url))
    unique: dict[tuple[str, str], AccountView] = {}
    for view in found:
        unique.setdefault((view.network, (view.handle or view.url).casefold()), view)
    return list(unique.values())


def _account_view(network: str, handle: str, url: str) -> AccountView:
    if network == "bluesky":
        handle = _bluesky_handle(handle)
        url = url or (f"https://bsky.app/profile/{handle.lstrip('@')}" if handle else "")
    elif network == "mastodon":
        handle = _mastodon_handle(handle, url)
        if not url and handle.count("@") == 2:
            user, host = handle.lstrip("@").split("@", 1)
            url = f"https://{host}/@{user}"
    elif handle and not handle.startswith("@") and not handle.startswith("http"):
        handle = "@" + handle
    return AccountView(network, NETWORK_LABELS.get(network, ""), handle, url)


def _remaining(plan: Plan) -> list[AccountView]:
    return [
        _account_view(str(a.network), a.handle, a.url)
        for a in plan.accounts
        if a.verdict == Verdict.KEEP and str(a.network) not in (*NEW_NETWORKS, "x")
    ]


def _x_handle(plan: Plan) -> str:
    for account in plan.accounts:
        if str(account.network) == "x" and account.handle:
            return _bluesky_handle(account.handle)
    return ""


def authority_view(plan: Plan) -> AuthorityView:
    from exitplanner.press.grammar_bridge import authority_forms, institution_forms

    authority = plan.authority
    forms = authority_forms(authority)
    noun, feminine = _INSTITUTION.get(authority.kind, _INSTITUTION[AuthorityKind.OTHER])
    institution, institution_de = institution_forms(noun, feminine)
    url = website_url(authority.website)
    from exitplanner.press.counting import camel_hashtag

    return AuthorityView(
        name=authority.name, kind=str(authority.kind), bare=forms["bare"], de=forms["de"], a=forms["a"],
        le=forms["le"], official=forms["official"], full=forms["full"],
        full_de=forms["full_de"], institution=institution, institution_de=institution_de,
        feminine=feminine, e="e" if feminine else "", website=url, website_label=website_label(url),
        hashtag=camel_hashtag(forms["bare"] or authority.name),
    )


def head_view(plan: Plan) -> HeadView:
    from exitplanner.press.grammar_bridge import head_titles

    head = plan.head
    title, title_short = head_titles(plan)
    attribution = ", ".join(p for p in (head.name, title) if p)
    return HeadView(name=head.name, gender=str(head.gender), title=title, title_short=title_short,
                    attribution=attribution, e="e" if head.gender == Gender.FEMININE else "")


def build_context(plan: Plan, *, reasons: str = "", reason_ids: list[str] | None = None, free_text: str = "",
                  quote: str = "", today: date | None = None) -> PressContext:
    strategy, defaulted = decision_strategy(plan)
    today = today or date.today()
    decision = plan.sections.get("decision") or {}
    press = plan.sections.get("press") or {}
    # The departure takes effect on the date typed on step 6, else on a date recorded with the
    # decision, else on the day of the release (a communiqué usually announces it the same day).
    decision_date = stored_date(press.get("departure_date")) or stored_date(decision.get("date")) or today
    site = website_url(plan.authority.website)
    contact = plan.contact
    return PressContext(
        authority=authority_view(plan),
        head=head_view(plan),
        strategy=strategy,
        strategy_defaulted=defaulted,
        today=today,
        decision_date=decision_date,
        x_handle=_x_handle(plan),
        x_deletion_date=decision_date + timedelta(days=X_REACTIVATION_DAYS) if strategy == "delete_account"
        else None,
        reasons=reasons,
        reason_ids=list(reason_ids or []),
        free_text=free_text,
        quote=quote,
        new_accounts=_new_accounts(plan),
        remaining=_remaining(plan),
        website=site,
        newsletter=usable_url(str(press.get("newsletter") or "")) or "",
        release_url=usable_url(str(press.get("url") or "")) or site,
        archived=bool(plan.sections.get("record")),
        contact={"service": contact.service, "name": contact.name, "phone": contact.phone,
                 "email": contact.email},
    )
