"""Step 5's public figures of the new accounts, in words — for step 5 and the inventory's tooltips.

Kept apart from :mod:`exitplanner.steps.networks` because the inventory page uses it too, and that
module imports the network clients (atproto alone takes about a second to import), which the
start-up keeps lazy.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from exitplanner.plan.model import Account, Network, Plan

SECTION = "networks"
#: The section's key per network (the same as ``steps.networks.BLUESKY_KEY`` / ``MASTODON_KEY``).
NETWORK_KEYS = {Network.BLUESKY: "bluesky", Network.MASTODON: "mastodon"}
#: The keys of a stored ``figures`` dict (public counts, never anything private).
FIGURES_FIELDS = ("followers", "following", "posts", "verified", "verified_link", "source", "checked")


def _grouped(value: int) -> str:
    """French grouping with a narrow no-break space (« 12 345 »), as the inventory prints figures."""
    return f"{value:,}".replace(",", "\u202f")


def _counted(text: str, value: int) -> str:
    """A %n plural message with the number grouped the French way."""
    return text.replace(str(value), _grouped(value), 1)


def figures_text(figures: dict[str, Any]) -> str:
    """« 1 234 followers · follows 12 accounts · 56 posts » then the verification, one line each.

    An unknown count (None) is said to be unknown, never shown as 0. Empty when nothing was read yet.
    """
    if not figures:
        return ""
    parts = []
    followers, following, posts = figures.get("followers"), figures.get("following"), figures.get("posts")
    if isinstance(followers, int):
        parts.append(_counted(QCoreApplication.translate("networks", "%n follower(s)", None, followers),
                              followers))
    else:
        parts.append(QCoreApplication.translate("networks", "followers unknown"))
    if isinstance(following, int):
        text = QCoreApplication.translate("networks", "follows %n account(s)", None, following)
        parts.append(_counted(text, following))
    else:
        parts.append(QCoreApplication.translate("networks", "follows unknown"))
    if isinstance(posts, int):
        parts.append(_counted(QCoreApplication.translate("networks", "%n post(s)", None, posts), posts))
    else:
        parts.append(QCoreApplication.translate("networks", "posts unknown"))
    first = " · ".join(parts)
    lines = [first[:1].upper() + first[1:]]  # « Nombre d’abonnés inconnu · … » starts a sentence
    verified, link = figures.get("verified"), str(figures.get("verified_link") or "")
    if verified is True:
        lines.append(QCoreApplication.translate("networks", "✓ Verified: %1").replace("%1", link))
    elif verified is False:
        lines.append(QCoreApplication.translate("networks", "Not verified yet."))
    else:
        lines.append(QCoreApplication.translate("networks", "Verification unknown."))
    if figures.get("source") == "repository" and not isinstance(followers, int):
        lines.append(QCoreApplication.translate(
            "networks", "This server does not count followers (only Bluesky's network-wide index does): "
            "the number is unknown, not zero."))
    checked = str(figures.get("checked") or "")
    try:
        when = datetime.fromisoformat(checked).astimezone()
    except ValueError:
        when = None
    if when is not None:
        lines.append(QCoreApplication.translate("networks", "Read on %1 at %2.")
                     .replace("%1", when.strftime("%d/%m/%Y")).replace("%2", when.strftime("%H:%M")))
    return "\n".join(lines)


def same_handle(a: str, b: str) -> bool:
    """Handles compared the way people type them: « @ », surrounding spaces and case do not matter."""
    a, b = a.strip().lstrip("@").casefold(), b.strip().lstrip("@").casefold()
    return bool(a) and a == b


def stored_figures(plan: Plan, network: Network) -> dict[str, Any]:
    """The figures step 5 stored for ``network`` (empty when never read); only the known keys."""
    section = plan.sections.get(SECTION)
    data = section.get(NETWORK_KEYS.get(network, "")) if isinstance(section, dict) else None
    figures = data.get("figures") if isinstance(data, dict) else None
    return {k: figures[k] for k in FIGURES_FIELDS if k in figures} if isinstance(figures, dict) else {}


def inventory_figures_text(plan: Plan, account: Account) -> str:
    """The figures of step 5 for one inventory row (its tooltip), when that row is the connected account."""
    key = NETWORK_KEYS.get(Network(account.network))
    section = plan.sections.get(SECTION)
    data = section.get(key) if key and isinstance(section, dict) else None
    if not isinstance(data, dict) or not same_handle(str(data.get("handle") or ""), account.handle):
        return ""
    return figures_text(stored_figures(plan, Network(account.network)))
