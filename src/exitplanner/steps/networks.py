"""Step 5 (Nouveaux comptes): what the plan keeps about the Bluesky and Mastodon accounts, and the counters.

The page is a thin view over this model. The plan keeps only public facts (handle, DID, server,
profile texts as applied, the announcement and where it was published) in
``plan.sections["networks"]``; sessions and tokens stay in the credential store, never here. The live
counters use the networks' own counting rules (:mod:`exitplanner.networks.limits` for Bluesky's
graphemes, :mod:`exitplanner.networks.mastodon_limits` for Mastodon's links-count-23 rule) so that the
number the user sees is the number the server will check.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from exitplanner.networks.bluesky import description_with_website
from exitplanner.networks.images import bounded_size
from exitplanner.networks.limits import BLUESKY, graphemes
from exitplanner.networks.mastodon_limits import MastodonLimits, countable_length
from exitplanner.networks.public_figures import PublicFigures
from exitplanner.plan.model import Account, Network, Plan, StepId, StepStatus, Verdict, now_iso
from exitplanner.steps.network_figures import FIGURES_FIELDS, figures_text, same_handle  # noqa: F401

SECTION = "networks"
BLUESKY_KEY = "bluesky"
MASTODON_KEY = "mastodon"

#: What may be stored per network: public facts only (a test checks no other key sneaks in).
BLUESKY_FIELDS = (
    "handle",
    "did",
    "service",
    "display_name",
    "description",
    "website",
    "domain",
    "profile_applied",
    "announcement",
    "post_uri",
    "post_url",
    "pinned",
    "figures",
)
MASTODON_FIELDS = (
    "instance",
    "handle",
    "url",
    "username",
    "display_name",
    "note",
    "fields",
    "profile_applied",
    "announcement",
    "post_id",
    "post_url",
    "pinned",
    "figures",
)


@dataclass(frozen=True)
class Counter:
    """« 12 / 64 » for a field; ``over`` when the network would refuse the text."""

    count: int
    limit: int

    @property
    def over(self) -> bool:
        return self.count > self.limit

    def text(self) -> str:
        if self.over:
            return (
                QCoreApplication.translate("networks", "Too long: %1 / %2")
                .replace("%1", str(self.count))
                .replace("%2", str(self.limit))
            )
        return f"{self.count} / {self.limit}"


# -- counters (pure functions, one per field) ----------------------------------------------------------


def bluesky_display_name_counter(text: str) -> Counter:
    return Counter(graphemes(text), BLUESKY.display_name.graphemes)


def bluesky_description_counter(description: str, website: str = "") -> Counter:
    """Counts the description as it will be sent: the website is appended when it is not in it."""
    return Counter(
        graphemes(description_with_website(description, website or None)), BLUESKY.description.graphemes
    )


def bluesky_post_counter(text: str) -> Counter:
    return Counter(graphemes(text), BLUESKY.post.graphemes)


def mastodon_display_name_counter(text: str, limits: MastodonLimits | None = None) -> Counter:
    limits = limits or MastodonLimits()
    return Counter(len(text), limits.display_name)


def mastodon_note_counter(text: str, limits: MastodonLimits | None = None) -> Counter:
    limits = limits or MastodonLimits()
    return Counter(countable_length(text, limits.url_length), limits.note)


def mastodon_field_counter(text: str, limits: MastodonLimits | None = None) -> Counter:
    limits = limits or MastodonLimits()
    return Counter(len(text), limits.field_value)


def mastodon_status_counter(text: str, limits: MastodonLimits | None = None) -> Counter:
    limits = limits or MastodonLimits()
    return Counter(countable_length(text, limits.url_length), limits.status)


#: Mastodon announces no side limit, only a pixel count; its own web app scales pictures to this side.
MASTODON_IMAGE_SIDE = 3840


def announcement_image_size(network: str, width: int, height: int,
                            limits: MastodonLimits | None = None) -> tuple[int, int]:
    """The size the announcement's picture is sent at on ``network`` (ratio kept, never enlarged).

    Bluesky: at most 2000 px a side (what its app shows); Mastodon: at most 3840 px a side and the
    instance's ``image_matrix_limit`` pixels, which it enforces by refusing the upload.
    """
    if network == BLUESKY_KEY:
        return bounded_size(width, height, BLUESKY.post_image_side)
    limits = limits or MastodonLimits()
    return bounded_size(width, height, MASTODON_IMAGE_SIDE, limits.image_matrix)


def website_domain(website: str) -> str:
    """``https://www.ville-exemple.fr/accueil`` → ``ville-exemple.fr`` (the domain handle to propose)."""
    value = (website or "").strip()
    if not value:
        return ""
    host = urlsplit(value if "://" in value else "https://" + value).hostname or ""
    host = host.lower().removeprefix("www.")
    return host if "." in host else ""


def website_url(website: str) -> str:
    value = (website or "").strip()
    if not value:
        return ""
    return value if "://" in value else "https://" + value


# -- the model -----------------------------------------------------------------------------------------


class NetworksModel:
    """Reads and writes ``plan.sections["networks"]``; recomputes the step's status on every save."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        section = plan.sections.get(SECTION)
        if not isinstance(section, dict):
            section = {}
        self.bluesky: dict[str, Any] = self._clean(section.get(BLUESKY_KEY), BLUESKY_FIELDS)
        self.mastodon: dict[str, Any] = self._clean(section.get(MASTODON_KEY), MASTODON_FIELDS)

    @staticmethod
    def _clean(data: Any, allowed: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(data, dict):
            return {}
        return {key: value for key, value in data.items() if key in allowed}

    # -- defaults from the plan --------------------------------------------------------------------------

    @property
    def authority_website(self) -> str:
        return website_url(self.plan.authority.website)

    def default_domain(self) -> str:
        return website_domain(self.plan.authority.website)

    def default_display_name(self) -> str:
        return self.plan.authority.name.strip()

    def default_mastodon_fields(self) -> list[list[str]]:
        """The official site as first field (that is the one Mastodon verifies); nothing when unknown."""
        site = self.authority_website
        return [[QCoreApplication.translate("networks", "Official website"), site]] if site else []

    # -- saving ------------------------------------------------------------------------------------------

    def save(self) -> None:
        self.plan.sections[SECTION] = {
            BLUESKY_KEY: self._clean(self.bluesky, BLUESKY_FIELDS),
            MASTODON_KEY: self._clean(self.mastodon, MASTODON_FIELDS),
        }
        self.plan.set_step_status(StepId.NETWORKS, self.status())

    def inventory_account(self, network: Network, handle: str) -> Account | None:
        """The inventory row of ``handle`` on ``network`` (« @ » and case ignored), if any."""
        return next((a for a in self.plan.accounts if a.network == network and same_handle(a.handle, handle)),
                    None)

    def sync_inventory(self, network: Network, handle: str, url: str, previous_handle: str = "") -> Account:
        """Add the new account to the step 2 inventory (or update its row), marked « keep ».

        ``previous_handle`` is the handle the row was created with, when the account has just changed it
        (a Bluesky domain handle): the row follows the account instead of a second row appearing.
        """
        handle = handle.strip()
        account = self.inventory_account(network, handle)
        if account is None and previous_handle:
            account = self.inventory_account(network, previous_handle)
        if account is not None:
            account.handle = handle
            account.url = url or account.url
            account.verdict = Verdict.KEEP
            return account
        account = Account(
            network=network,
            handle=handle,
            url=url,
            verdict=Verdict.KEEP,
            purpose=QCoreApplication.translate("networks", "New account opened with ExitPlanner"),
            last_activity=date.today().isoformat(),
        )
        self.plan.accounts.append(account)
        return account

    def bluesky_connected(self, handle: str, did: str, service: str) -> None:
        previous = str(self.bluesky.get("handle") or "") if self.bluesky.get("did") == did else ""
        self.bluesky.update({"handle": handle, "did": did, "service": service})
        url = f"https://bsky.app/profile/{handle.lstrip('@')}"
        self.sync_inventory(Network.BLUESKY, handle, url, previous_handle=previous)
        self.save()

    def bluesky_profile_applied(self, display_name: str, description: str, website: str) -> None:
        self.bluesky.update(
            {
                "display_name": display_name,
                "description": description,
                "website": website,
                "profile_applied": True,
            }
        )
        self.save()

    def bluesky_published(self, text: str, uri: str, url: str, pinned: bool) -> None:
        self.bluesky.update({"announcement": text, "post_uri": uri, "post_url": url, "pinned": pinned})
        self.save()

    def bluesky_disconnected(self) -> None:
        """Forget the connection but keep what was published (the plan is the record of it)."""
        for key in ("did", "service"):
            self.bluesky.pop(key, None)
        self.save()

    def mastodon_connected(self, instance: str, username: str, handle: str, url: str) -> None:
        self.mastodon.update({"instance": instance, "username": username, "handle": handle, "url": url})
        self.sync_inventory(Network.MASTODON, handle, url)
        self.save()

    def mastodon_profile_applied(self, display_name: str, note: str, fields: list[list[str]]) -> None:
        self.mastodon.update(
            {
                "display_name": display_name,
                "note": note,
                "fields": [[str(n), str(v)] for n, v in fields],
                "profile_applied": True,
            }
        )
        self.save()

    def mastodon_published(self, text: str, post_id: str, url: str, pinned: bool) -> None:
        self.mastodon.update({"announcement": text, "post_id": post_id, "post_url": url, "pinned": pinned})
        self.save()

    def mastodon_disconnected(self) -> None:
        self.mastodon.pop("username", None)
        self.save()

    def record_figures(self, network: str, figures: PublicFigures) -> None:
        """Keep the public figures read from the network, in step 5's section and in the inventory row.

        The inventory's own columns get what they have room for (followers, last activity); an unknown
        count never overwrites a known one there, and is stored as None (unknown), never as 0.
        """
        bluesky = network == BLUESKY_KEY
        target, net = (self.bluesky, Network.BLUESKY) if bluesky else (self.mastodon, Network.MASTODON)
        target["figures"] = {
            "followers": figures.followers,
            "following": figures.following,
            "posts": figures.posts,
            "verified": figures.verified,
            "verified_link": figures.verified_link,
            "source": figures.source.value,
            "checked": now_iso(),
        }
        account = self.inventory_account(net, str(target.get("handle") or ""))
        if account is not None:
            if figures.followers is not None:
                account.followers = figures.followers
            if figures.last_activity is not None:
                account.last_activity = figures.last_activity.isoformat()
        self.save()

    def figures(self, network: str) -> dict[str, Any]:
        """The stored figures of ``network`` (empty when never read); only the known keys."""
        data = (self.bluesky if network == BLUESKY_KEY else self.mastodon).get("figures")
        return {k: data[k] for k in FIGURES_FIELDS if k in data} if isinstance(data, dict) else {}

    def set_announcement(self, network: str, text: str) -> None:
        """Keep the draft of the announcement between sessions (not yet published)."""
        target = self.bluesky if network == BLUESKY_KEY else self.mastodon
        target["announcement"] = text
        self.save()

    # -- status ------------------------------------------------------------------------------------------

    @staticmethod
    def _network_done(data: dict[str, Any], id_key: str) -> bool:
        return bool(data.get(id_key) and data.get("profile_applied") and data.get("pinned"))

    def status(self) -> StepStatus:
        """DONE when every network started has its profile applied and its announcement pinned."""
        started = [
            (data, key)
            for data, key in ((self.bluesky, "post_uri"), (self.mastodon, "post_id"))
            if data.get("handle") or data.get("instance")
        ]
        if not started:
            return StepStatus.NOT_STARTED
        if all(self._network_done(data, key) for data, key in started):
            return StepStatus.DONE
        return StepStatus.IN_PROGRESS

    def problems(self) -> list[str]:
        """What is missing, in the user's words (shown under the tabs)."""
        problems = []
        rows = (("Bluesky", self.bluesky, "post_uri"), ("Mastodon", self.mastodon, "post_id"))
        for name, data, key in rows:
            if not (data.get("handle") or data.get("instance")):
                continue
            if not data.get("profile_applied"):
                problems.append(
                    QCoreApplication.translate("networks", "%1: the profile is not applied yet.").replace(
                        "%1", name
                    )
                )
            if not data.get(key):
                problems.append(
                    QCoreApplication.translate(
                        "networks", "%1: the announcement is not published yet."
                    ).replace("%1", name)
                )
            elif not data.get("pinned"):
                problems.append(
                    QCoreApplication.translate("networks", "%1: the announcement is not pinned.").replace(
                        "%1", name
                    )
                )
        if not self.bluesky.get("handle") and not self.mastodon.get("instance"):
            problems.append(QCoreApplication.translate("networks", "Connect at least one account."))
        return problems

