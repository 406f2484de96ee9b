"""The public figures of our own new accounts (followers, following, posts, verification), for the inventory.

One shape for both networks so that step 5 stores them the same way. Every count may be ``None``:
it means *unknown* (the server did not say), which the inventory must never show as 0 — a town
that reads « 0 abonnés » on a fresh Bluesky account whose PDS cannot count followers would draw the
wrong conclusion. Bluesky's followers are only counted by an AppView (the network-wide index); a
PDS alone knows the account's own records (its posts and the accounts it follows), not who follows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class FiguresSource(StrEnum):
    """Where the figures come from, so the page can say why some are unknown."""

    APPVIEW = "appview"  # Bluesky's index: every count
    REPOSITORY = "repository"  # the account's own repository on its PDS: posts and follows only
    INSTANCE = "instance"  # the Mastodon instance: every count


@dataclass(frozen=True)
class PublicFigures:
    followers: int | None
    following: int | None
    posts: int | None
    #: True when the network shows the account as proven by the authority's website (Bluesky: a domain
    #: handle its server has checked; Mastodon: a profile field with ``verified_at``); None when unknown.
    verified: bool | None
    #: What is verified: the domain (Bluesky) or the site URL of the verified field (Mastodon).
    verified_link: str = ""
    last_activity: date | None = None
    source: FiguresSource = FiguresSource.INSTANCE
