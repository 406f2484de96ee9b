"""The facts about a fonds that the HTML index, the note d'accompagnement and bag-info.txt all state.

Computed once from the import so that the three say exactly the same thing (same counts, same
dates, same checksum).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from exitplanner import __version__
from exitplanner.xarchive.model import ImportResult, iso_utc


@dataclass
class RecordFacts:
    producer: str
    username: str
    account_id: str
    display_name: str
    account_created: int | None
    first_post: int | None
    last_post: int | None
    posts: int  # every post of every collection
    by_kind: Counter = field(default_factory=Counter)
    deleted: int = 0
    community: int = 0
    media_files: int = 0
    media_bytes: int = 0
    media_missing: int = 0  # media announced by posts with no file in the archive
    original_name: str = ""
    original_size: int = 0
    original_sha256: str = ""
    original_is_folder: bool = False
    x_generation_date: str = ""
    exported_at: str = ""  # ISO 8601 UTC
    exported_on: str = ""  # YYYY-MM-DD
    app_version: str = __version__
    dm_conversations: int = 0
    dm_group_conversations: int = 0
    likes: int = 0
    months: int = 0

    @property
    def first_post_iso(self) -> str | None:
        return iso_utc(self.first_post)

    @property
    def last_post_iso(self) -> str | None:
        return iso_utc(self.last_post)

    @property
    def account_label(self) -> str:
        return f"@{self.username}" if self.username else self.account_id


def facts_from_import(imported: ImportResult, producer: str) -> RecordFacts:
    account = imported.account
    everything = [*imported.posts, *imported.deleted_posts, *imported.community_posts]
    first = min((p.created for p in everything), default=None)
    last = max((p.created for p in everything), default=None)
    facts = RecordFacts(
        producer=producer.strip() or (f"@{account.username} (compte X)" if account.username else "Compte X"),
        username=account.username,
        account_id=account.account_id,
        display_name=account.display_name,
        account_created=account.created_at,
        first_post=first,
        last_post=last,
        posts=len(everything),
        by_kind=Counter(p.kind for p in everything),
        deleted=len(imported.deleted_posts),
        community=len(imported.community_posts),
        x_generation_date=imported.generation_date,
        dm_conversations=imported.dm_conversations,
        dm_group_conversations=imported.dm_group_conversations,
        likes=imported.likes,
    )
    return facts
