"""What an X archive import produces: compact records and a result the audit and the GUI read.

Posts are ``__slots__`` objects holding only what the audit, the archive of record and the
clean-up need (id, time, kind, text, counts, media names, hashtags, mentions): about 0.5 kB each
instead of the ~6 kB of the parsed JSON dict, which is what keeps a 300,000-post import small.
Times are integer seconds since the epoch, UTC.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import msgspec

KIND_ORIGINAL = "original"
KIND_REPLY = "reply"
KIND_REPOST = "repost"
KIND_QUOTE = "quote"
KINDS = (KIND_ORIGINAL, KIND_REPLY, KIND_REPOST, KIND_QUOTE)


def iso_utc(seconds: int | None) -> str | None:
    """``2024-03-01T08:30:00Z`` (ISO 8601, UTC), or None."""
    if seconds is None:
        return None
    moment = datetime.fromtimestamp(seconds, UTC)
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T"
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}Z"
    )


class Post(msgspec.Struct, gc=False):
    """One post of the archive (tweets, deleted tweets or community tweets files).

    A msgspec struct: built in C (several times faster than a Python ``__init__``), compact like
    ``__slots__``, and not tracked by the cyclic garbage collector (``gc=False``: it holds only
    strings, ints and tuples of strings), so 300,000 of them never make the GUI stutter.
    """

    id: int
    created: int
    kind: str
    text: str
    likes: int = 0
    reposts: int = 0
    media: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    reply_to: int = 0
    quoted: int = 0
    is_note: bool = False
    # Links of the text, flattened by threes: (t.co address, expanded address, display text), …
    urls: tuple[str, ...] = ()
    media_link: str = ""  # the t.co address of the attached media, written at the end of the text
    alt_texts: tuple[str, ...] = ()  # the author's text alternative of each media ("" if none); often ()

    def __repr__(self) -> str:
        return f"Post({self.id}, {iso_utc(self.created)}, {self.kind}, {self.text[:30]!r})"

    def links(self) -> list[tuple[str, str, str]]:
        """``(t.co address, expanded address, display text)`` of each link of the text."""
        flat = self.urls
        return [(flat[i], flat[i + 1], flat[i + 2]) for i in range(0, len(flat) - 2, 3)]

    def alt_text(self, index: int) -> str:
        """The author's text alternative of media ``index`` (0-based), "" when the archive has none."""
        return self.alt_texts[index] if index < len(self.alt_texts) else ""

    def to_json(self) -> dict:
        """Plain dict (ids as strings, like X, because JavaScript cannot hold 64-bit integers)."""
        return {
            "id": str(self.id),
            "created_at": iso_utc(self.created),
            "kind": self.kind,
            "text": self.text,
            "likes": self.likes,
            "reposts": self.reposts,
            "media": list(self.media),
            "hashtags": list(self.hashtags),
            "mentions": list(self.mentions),
            "in_reply_to": str(self.reply_to) if self.reply_to else None,
            "quoted": str(self.quoted) if self.quoted else None,
            "long_post": self.is_note,
            "links": [{"url": short, "expanded_url": expanded, "display_url": display}
                      for short, expanded, display in self.links()],
            "media_link": self.media_link or None,
            "media_alt_texts": list(self.alt_texts),
        }


@dataclass
class Account:
    account_id: str
    username: str
    display_name: str = ""
    created_at: int | None = None  # seconds, UTC
    email: str = ""
    created_via: str = ""


@dataclass
class Profile:
    bio: str = ""
    website: str = ""
    location: str = ""
    avatar_url: str = ""
    header_url: str = ""


@dataclass
class ConnectedApp:
    name: str
    organization: str = ""
    url: str = ""
    permissions: list[str] = field(default_factory=list)
    approved_at: int | None = None


@dataclass
class MediaFile:
    """One file of ``tweets_media/`` (or the legacy ``tweet_media/``): ``<tweet id>-<name>``."""

    path: str  # member name inside the archive
    size: int  # declared size (never decompressed by the import)
    tweet_id: int | None
    folder: str


@dataclass
class Reconciled:
    """Items announced by the manifest for one data type vs. items actually read."""

    expected: int | None
    read: int
    missing_files: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.missing_files and (self.expected is None or self.expected == self.read)


@dataclass
class ImportResult:
    """Everything the audit needs, and a bit more for the archive of record and the clean-up."""

    path: Path
    layout: str  # "modern" (tweets.js + manifest) or "legacy" (tweet.js, tweet_media/)
    account: Account
    profile: Profile = field(default_factory=Profile)
    posts: list[Post] = field(default_factory=list)  # chronological
    deleted_posts: list[Post] = field(default_factory=list)
    community_posts: list[Post] = field(default_factory=list)
    note_tweets: int = 0
    notes_matched: int = 0
    tweet_headers: int = 0
    like_ids: array = field(default_factory=lambda: array("Q"))
    followers: int = 0
    following: int = 0
    connected_apps: list[ConnectedApp] = field(default_factory=list)
    dm_conversations: int = 0
    dm_messages: int = 0
    dm_group_conversations: int = 0
    phone_numbers: list[str] = field(default_factory=list)
    media: list[MediaFile] = field(default_factory=list)
    reconciliation: dict[str, Reconciled] = field(default_factory=dict)
    data_types: list[str] = field(default_factory=list)  # every data type present in the archive
    generation_date: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def likes(self) -> int:
        return len(self.like_ids)

    def media_by_post(self) -> dict[int, list[MediaFile]]:
        """Media files of each post (``<tweet id>-<name>`` in the media folder)."""
        found: dict[int, list[MediaFile]] = {}
        for media in self.media:
            if media.tweet_id is not None:
                found.setdefault(media.tweet_id, []).append(media)
        return found

    @property
    def reconciled(self) -> bool:
        return all(entry.ok for entry in self.reconciliation.values())
