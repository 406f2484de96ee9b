"""Which posts, reposts and likes of the imported X archive the clean-up will remove.

Works on anything shaped like :class:`ArchivePost` — the records of ``exitplanner.xarchive``
(``id``, ``created`` in epoch seconds UTC, ``kind``, ``likes``, ``reposts``) — so that the selection
can be tested without an archive. A repost's source post id is used when a record has one
(``retweeted`` or ``source_id``); X's archive does not carry it, and the job then looks it up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol

from exitplanner.cleanup.journal import ACTION_LIKE, ACTION_POST, ACTION_REPOST, Target

KIND_ORIGINAL = "original"
KIND_REPLY = "reply"
KIND_REPOST = "repost"
KIND_QUOTE = "quote"
KINDS = (KIND_ORIGINAL, KIND_REPLY, KIND_REPOST, KIND_QUOTE)


class ArchivePost(Protocol):
    id: int | str
    created: int
    kind: str
    likes: int
    reposts: int


@dataclass
class Filters:
    """The user's choices. Dates are inclusive calendar days (UTC). ``kinds`` empty means every kind;
    ``replies_only`` / ``reposts_only`` are shortcuts that narrow it. ``keep_top`` keeps the N posts with
    the most likes + reposts (reposts of others never count: their figures are not ours).
    ``likes_only`` removes no post at all, only the likes (with ``include_likes``): the GUI needs it
    because an empty ``kinds`` means every kind, not none."""

    since: date | None = None
    until: date | None = None
    kinds: set[str] = field(default_factory=set)
    keep_top: int = 0
    keep_ids: set[str] = field(default_factory=set)
    replies_only: bool = False
    reposts_only: bool = False
    include_likes: bool = False
    likes_only: bool = False

    def effective_kinds(self) -> set[str]:
        if self.likes_only:
            return set()
        kinds = set(self.kinds) or set(KINDS)
        if self.replies_only:
            kinds &= {KIND_REPLY}
        if self.reposts_only:
            kinds &= {KIND_REPOST}
        return kinds

    def to_json(self) -> dict:
        return {"since": self.since.isoformat() if self.since else None,
                "until": self.until.isoformat() if self.until else None,
                "kinds": sorted(self.kinds), "keep_top": self.keep_top, "keep_ids": sorted(self.keep_ids),
                "replies_only": self.replies_only, "reposts_only": self.reposts_only,
                "include_likes": self.include_likes, "likes_only": self.likes_only}

    @classmethod
    def from_json(cls, data: dict) -> Filters:
        def day(value: object) -> date | None:
            return date.fromisoformat(value) if isinstance(value, str) and value else None

        return cls(since=day(data.get("since")), until=day(data.get("until")),
                   kinds={k for k in data.get("kinds") or [] if k in KINDS},
                   keep_top=max(0, int(data.get("keep_top") or 0)),
                   keep_ids={str(i) for i in data.get("keep_ids") or []},
                   replies_only=bool(data.get("replies_only")), reposts_only=bool(data.get("reposts_only")),
                   include_likes=bool(data.get("include_likes")), likes_only=bool(data.get("likes_only")))


@dataclass
class Selection:
    targets: list[Target]
    considered: int  # posts in the archive
    kept_by_filter: int  # outside the dates or kinds
    kept_top: int  # kept as most engaged
    kept_ids: int  # kept because listed
    by_kind: Counter[str] = field(default_factory=Counter)

    def count(self, action: str) -> int:
        return sum(1 for target in self.targets if target.action == action)


def _epoch(day: date, end: bool) -> int:
    moment = datetime.combine(day + timedelta(days=1) if end else day, time.min, UTC)
    return int(moment.timestamp())


def protected_ids(sections: Mapping[str, Any]) -> set[str]:
    """Posts no clean-up may ever delete, whatever the filters: the farewell post published from step 7
    (``sections["execution"]["farewell"]["post_id"]``, also when only typed in after a lost answer).

    Why here and not in the filters: the filters are the user's choice and may be edited or passed on
    the command line; the farewell post is the point of leaving, and deleting it by accident (say, after
    importing a newer archive that contains it) cannot be undone.
    """
    execution = sections.get("execution") if isinstance(sections, Mapping) else None
    farewell = execution.get("farewell") if isinstance(execution, Mapping) else None
    post_id = farewell.get("post_id") if isinstance(farewell, Mapping) else None
    return {str(post_id)} if post_id and str(post_id).isdigit() else set()


def select(posts: Iterable[ArchivePost], filters: Filters, like_ids: Iterable[int | str] = (),
           protect: Iterable[int | str] = ()) -> Selection:
    """The targets, oldest first (the most forgotten content goes first if the run is stopped early).

    ``protect``: ids kept whatever the filters (see :func:`protected_ids`), counted with the posts to keep.
    """
    posts = list(posts)
    low = _epoch(filters.since, end=False) if filters.since else None
    high = _epoch(filters.until, end=True) if filters.until else None
    kinds = filters.effective_kinds()
    keep_ids = {str(i) for i in filters.keep_ids} | {str(i) for i in protect}

    top: set[str] = set()
    if filters.keep_top > 0:
        ranked = sorted((p for p in posts if p.kind != KIND_REPOST),
                        key=lambda p: (p.likes + p.reposts, p.created), reverse=True)
        top = {str(p.id) for p in ranked[:filters.keep_top]}

    chosen: list[ArchivePost] = []
    kept_filter = kept_top = kept_ids = 0
    for post in posts:
        post_id = str(post.id)
        if post.kind not in kinds or (low is not None and post.created < low) or (
                high is not None and post.created >= high):
            kept_filter += 1
        elif post_id in keep_ids:
            kept_ids += 1
        elif post_id in top:
            kept_top += 1
        else:
            chosen.append(post)
    chosen.sort(key=lambda p: (p.created, int(p.id) if str(p.id).isdigit() else 0))

    targets: list[Target] = []
    by_kind: Counter[str] = Counter()
    for post in chosen:
        by_kind[post.kind] += 1
        if post.kind == KIND_REPOST:
            source = getattr(post, "retweeted", None) or getattr(post, "source_id", None)
            targets.append(Target(ACTION_REPOST, str(post.id), str(source) if source else None, post.created))
        else:
            targets.append(Target(ACTION_POST, str(post.id), None, post.created))
    if filters.include_likes:
        for like in like_ids:
            if str(like) not in keep_ids:
                targets.append(Target(ACTION_LIKE, str(like)))
                by_kind["like"] += 1
    return Selection(targets, len(posts), kept_filter, kept_top, kept_ids, by_kind)
