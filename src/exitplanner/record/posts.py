"""The posts of an imported archive as the archive of record presents them, in one ordered stream.

X's archive holds the account's posts, its deleted posts still in the export and its community
posts in separate files; the fonds is all of them, so the copies (HTML, CSV, JSON) show them
together in time order, each with the collection it came from. Labels are French (the archive
of record is a French document).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from datetime import UTC, datetime

from exitplanner.xarchive.model import KIND_ORIGINAL, KIND_QUOTE, KIND_REPLY, KIND_REPOST, ImportResult, Post

COLLECTION_POSTS = "posts"
COLLECTION_DELETED = "deleted"
COLLECTION_COMMUNITY = "community"

KIND_LABELS = {
    KIND_ORIGINAL: "publication",
    KIND_REPLY: "réponse",
    KIND_REPOST: "republication",
    KIND_QUOTE: "citation",
}
COLLECTION_LABELS = {
    COLLECTION_POSTS: "publications du compte",
    COLLECTION_DELETED: "publications supprimées (encore présentes dans l'archive X)",
    COLLECTION_COMMUNITY: "publications dans des communautés",
}


def status_url(username: str, post_id: int) -> str:
    """The post's own address on X (``i/web`` works whatever the username became)."""
    if username:
        return f"https://x.com/{username}/status/{post_id}"
    return f"https://x.com/i/web/status/{post_id}"


def other_status_url(post_id: int) -> str:
    return f"https://x.com/i/web/status/{post_id}"


_DAY_CACHE: dict[int, tuple[str, str]] = {}  # day number -> ("YYYY-MM", "YYYY-MM-DD")


def _day(seconds: int) -> tuple[str, str]:
    day = seconds // 86400
    known = _DAY_CACHE.get(day)
    if known is None:
        when = datetime.fromtimestamp(day * 86400, UTC)
        known = (f"{when.year:04d}-{when.month:02d}", f"{when.year:04d}-{when.month:02d}-{when.day:02d}")
        if len(_DAY_CACHE) < 200_000:
            _DAY_CACHE[day] = known
    return known


def month_key(seconds: int) -> str:
    """``YYYY-MM`` (UTC); cached per day because it runs several times per post."""
    return _day(seconds)[0]


def iso_utc(seconds: int) -> str:
    """Same text as :func:`exitplanner.xarchive.model.iso_utc`, without a datetime per call."""
    rest = seconds % 86400
    return f"{_day(seconds)[1]}T{rest // 3600:02d}:{rest // 60 % 60:02d}:{rest % 60:02d}Z"


def count_posts(imported: ImportResult) -> int:
    return len(imported.posts) + len(imported.deleted_posts) + len(imported.community_posts)


def _keyed(collection: str, posts: list[Post]) -> Iterator[tuple[int, int, str, Post]]:
    # A function, not a generator expression in the loop: those would all see the last collection.
    for post in posts:
        yield post.created, post.id, collection, post


def all_posts(imported: ImportResult) -> Iterator[tuple[str, Post]]:
    """Every post with its collection, by time then id (each list is sorted the same way first)."""
    streams = []
    for collection, posts in ((COLLECTION_POSTS, imported.posts),
                              (COLLECTION_DELETED, imported.deleted_posts),
                              (COLLECTION_COMMUNITY, imported.community_posts)):
        if posts:
            if collection != COLLECTION_POSTS:  # the import sorts the main list only
                posts = sorted(posts, key=lambda p: (p.created, p.id))
            streams.append(_keyed(collection, posts))
    for _created, _id, collection, post in heapq.merge(*streams, key=lambda t: (t[0], t[1])):
        yield collection, post
