"""Short texts that accompany the release: the X farewell post, the Bluesky and Mastodon announcements.

Each must fit its network's limit as that network counts (``press.counting``). They are built
from parts in order of importance; when a text is too long, the least important parts go first
(the remaining networks, then the second new account…), and only as a last resort is the main
sentence shortened at a word boundary. The link and the hashtags are always kept: the link is
the point of the post, and CamelCase hashtags (#HelloQuitteX, #LeKremlinBicêtre) are what
screen-reader users and journalists search for.
"""

from __future__ import annotations

from dataclasses import dataclass

from exitplanner.press.context import PressContext
from exitplanner.press.counting import COUNTERS
from exitplanner.press.dates import french_date
from exitplanner.press.typography import typographize

MOVEMENT_HASHTAG = "#HelloQuitteX"


@dataclass
class ShortVersion:
    network: str  # "x", "bluesky", "mastodon"
    text: str
    length: int
    limit: int
    edited: bool = False

    @property
    def within_limit(self) -> bool:
        return self.length <= self.limit


def measure(network: str, text: str, edited: bool = False) -> ShortVersion:
    counter, limit = COUNTERS[network]
    return ShortVersion(network, text, counter(text), limit, edited)


def _fit(network: str, lead: str, optional: list[str], tail: str, narrow: bool) -> str:
    counter, limit = COUNTERS[network]
    parts = list(optional)

    def compose(first: str, rest: list[str]) -> str:
        body = " ".join(p for p in [first, *rest] if p)
        return typographize("\n\n".join(p for p in (body, tail) if p), narrow=narrow)

    text = compose(lead, parts)
    while counter(text) > limit and parts:
        parts.pop()
        text = compose(lead, parts)
    words = lead.split(" ")
    while counter(text) > limit and len(words) > 1:
        words.pop()
        text = compose(" ".join(words).rstrip(",;:") + "…", parts)
    return text


def _where(ctx: PressContext, *, exclude: str = "") -> str:
    accounts = [a for a in ctx.new_accounts if a.network != exclude and a.handle]
    if not accounts:
        return ""
    listed = [f"{a.label} ({a.handle})" for a in accounts]
    joined = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " et " + listed[-1]
    return joined


def _tail(ctx: PressContext) -> str:
    tags = " ".join(t for t in (MOVEMENT_HASHTAG, ctx.authority.hashtag) if t)
    link = f"Communiqué : {ctx.release_url}" if ctx.release_url else ""
    return "\n".join(p for p in (link, tags) if p)


def x_farewell(ctx: PressContext, narrow: bool = True) -> str:
    date_text = french_date(ctx.decision_date)
    if ctx.strategy == "delete_account":
        lead = "Nous quittons X : ce compte est désactivé et sera supprimé"
        lead += f" {french_date(ctx.x_deletion_date)}." if ctx.x_deletion_date else "."
        optional = ["Tout compte reprenant ensuite ce nom ne sera pas le nôtre."]
    elif ctx.strategy == "delete_posts":
        lead = ("Nous quittons X : les publications de ce compte vont être retirées et il ne sera plus "
                "alimenté.")
        optional = ["Le compte est conservé pour protéger notre nom."]
    else:
        lead = f"Ce compte n’est plus alimenté depuis {date_text}. Il reste ouvert pour protéger notre nom."
        optional = []
    where = _where(ctx)
    if where:
        optional.insert(0, f"Retrouvez-nous sur {where}.")
    elif ctx.authority.website_label:
        optional.insert(0, f"Toute notre actualité : {ctx.authority.website_label}.")
    return _fit("x", lead, optional, _tail(ctx), narrow)


def _welcome(ctx: PressContext) -> str:
    return f"Bienvenue sur le compte officiel {ctx.authority.full_de}\u202f!"


def bluesky_announcement(ctx: PressContext, narrow: bool = True) -> str:
    lead = f"{_welcome(ctx)} Nous quittons X : c’est désormais ici que vous retrouverez notre actualité."
    optional = []
    other = _where(ctx, exclude="bluesky")
    if other:
        optional.append(f"Également sur {other}.")
    return _fit("bluesky", lead, optional, _tail(ctx), narrow)


def mastodon_announcement(ctx: PressContext, narrow: bool = True) -> str:
    lead = (f"{_welcome(ctx)} Nous quittons le réseau X et publions désormais ici notre actualité : "
            "informations pratiques, événements, travaux, alertes.")
    optional = []
    if ctx.reasons:
        optional.append(ctx.reasons)
    other = _where(ctx, exclude="mastodon")
    if other:
        optional.insert(0, f"Également sur {other}.")
    if ctx.authority.website_label:
        optional.insert(0, f"Site officiel : {ctx.authority.website_label}.")
    return _fit("mastodon", lead, optional, _tail(ctx), narrow)


def short_versions(ctx: PressContext, narrow: bool = True) -> dict[str, ShortVersion]:
    return {
        "x": measure("x", x_farewell(ctx, narrow)),
        "bluesky": measure("bluesky", bluesky_announcement(ctx, narrow)),
        "mastodon": measure("mastodon", mastodon_announcement(ctx, narrow)),
    }
