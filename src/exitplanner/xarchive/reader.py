"""Importing an X archive: :func:`import_archive` is the one entry point (GUI worker, CLI, tests).

Steps: open the zip or folder safely (:mod:`.source`), find the archive's root and its layout —
``data/manifest.js`` when present (modern archives), otherwise the ``account.js`` folder (older
ones, with ``tweet.js`` and ``tweet_media/``) — then read only the data types the audit needs, part
by part and a few thousand items at a time (:mod:`.ytd`), reducing each item to a compact record
(:mod:`.reduce`) before reading on. DM files are counted, their content is dropped at once.
Finally the counts read are reconciled with those the manifest announces.

The garbage collector is paused during the import: it creates no reference cycles, and full
collections over hundreds of thousands of freshly made records would otherwise dominate the time.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication

from exitplanner.progress import Progress
from exitplanner.xarchive.errors import (
    InvalidValueError,
    MissingAccountError,
    MultipleAccountsError,
    NotAnArchiveError,
)
from exitplanner.xarchive.model import Account, ImportResult, MediaFile, Post, Profile, Reconciled
from exitplanner.xarchive.reduce import (
    count,
    parse_date,
    reduce_app,
    reduce_note,
    reduce_tweet,
    snowflake,
    unwrap,
)
from exitplanner.xarchive.schema import ANY, CONVERSATIONS, COUNT_ONLY, LIKES, TWEETS
from exitplanner.xarchive.source import DEFAULT_LIMITS, ArchiveSource, Limits, check_member_name, open_source
from exitplanner.xarchive.ytd import iter_item_groups, read_manifest

# Manifest data type -> (YTD type in the file's prefix, file stem). Only those the audit uses.
DATA_TYPES: dict[str, tuple[str, str]] = {
    "account": ("account", "account"),
    "profile": ("profile", "profile"),
    "noteTweet": ("note_tweet", "note-tweet"),
    "tweets": ("tweets", "tweets"),
    "tweet": ("tweet", "tweet"),
    "deletedTweets": ("deleted_tweets", "deleted-tweets"),
    "communityTweet": ("community_tweet", "community-tweet"),
    "tweetHeaders": ("tweet_headers", "tweet-headers"),
    "like": ("like", "like"),
    "follower": ("follower", "follower"),
    "following": ("following", "following"),
    "connectedApplication": ("connected_application", "connected-application"),
    "directMessageHeaders": ("direct_message_headers", "direct-message-headers"),
    "directMessageGroupHeaders": ("direct_message_group_headers", "direct-message-group-headers"),
    "directMessages": ("direct_messages", "direct-messages"),
    "directMessagesGroup": ("direct_messages_group", "direct-messages-group"),
    "phoneNumber": ("phone_number", "phone-number"),
}
_BY_STEM = {stem: key for key, (_ytd, stem) in DATA_TYPES.items()}
_FILE_NAME = re.compile(r"([a-z0-9-]+?)(?:-part([0-9]{1,6}))?\.js\Z")
_GLOBAL_NAME = re.compile(r"YTD\.([A-Za-z0-9_]{1,80})\.part([0-9]{1,6})\Z")
_MEDIA_DIRS = ("tweets_media", "tweet_media")
_MEDIA_NAME = re.compile(r"([0-9]{1,20})-(.+)\Z")
_NOTE_TAIL = re.compile(r"(?:\s*(?:https?://t\.co/\S*|…|\.\.\.))+\s*\Z")


@dataclass
class DataFile:
    name: str  # member name
    ytd_type: str
    part: int | None  # enforced in the prefix when the manifest gives it
    expected: int | None


@contextmanager
def _gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def import_archive(
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportResult:
    """Read an X archive (zip or extracted folder) into an :class:`ImportResult`.

    Raises an :class:`~exitplanner.xarchive.errors.XArchiveError` subclass for bad input and
    :class:`~exitplanner.progress.Cancelled` when ``progress`` is cancelled.
    """
    progress = progress or Progress()
    with open_source(path, limits) as source, _gc_paused():
        return _Importer(source, progress).run()


class _Importer:
    def __init__(self, source: ArchiveSource, progress: Progress) -> None:
        self.source = source
        self.progress = progress
        self.done_bytes = 0
        self.total_bytes = 0
        self.message = ""

    # -- layout -----------------------------------------------------------------------------

    def _locate(self) -> tuple[str, dict[str, Any] | None]:
        """The archive's root folder (prefix of member names) and its manifest, if any."""
        names = self.source.names()
        manifests = [n for n in names if n == "data/manifest.js" or n.endswith("/data/manifest.js")]
        accounts = {
            n.rsplit("/", 1)[0] if "/" in n else ""
            for n in names
            if n == "account.js" or n.endswith("/account.js")
        }
        if len(manifests) > 1 or len(accounts) > 1:
            raise MultipleAccountsError.create()
        if manifests:
            root = manifests[0][: -len("data/manifest.js")]
            return root, read_manifest(self.source, manifests[0])
        if accounts:
            base = accounts.pop()
            return (base + "/" if base else ""), None
        if any(
            _FILE_NAME.match(n.rsplit("/", 1)[-1]) and n.rsplit("/", 1)[-1].startswith("tweet") for n in names
        ):
            raise MissingAccountError.create()
        raise NotAnArchiveError.no_x_data()

    def _files_from_manifest(self, root: str, manifest: dict[str, Any]) -> tuple[dict, list[str]]:
        data_types = manifest.get("dataTypes")
        if not isinstance(data_types, dict):
            raise InvalidValueError.for_field("data/manifest.js", "dataTypes")
        plan: dict[str, list[DataFile]] = {}
        for key, (ytd_type, _stem) in DATA_TYPES.items():
            entry = data_types.get(key)
            if not isinstance(entry, dict) or not isinstance(entry.get("files"), list):
                continue
            files = []
            for spec in entry["files"]:
                if not isinstance(spec, dict) or not isinstance(spec.get("fileName"), str):
                    raise InvalidValueError.for_field("data/manifest.js", key)
                check_member_name(spec["fileName"])
                match = _GLOBAL_NAME.match(spec.get("globalName") or "")
                files.append(
                    DataFile(
                        name=root + spec["fileName"],
                        ytd_type=match.group(1) if match else ytd_type,
                        part=int(match.group(2)) if match else None,
                        expected=count(spec.get("count"), "data/manifest.js", key + ".count"),
                    )
                )
            plan[key] = files
        present = sorted(
            k
            for k, v in data_types.items()
            if isinstance(v, dict)
            and any(
                isinstance(f, dict) and count(f.get("count"), "data/manifest.js", k) > 0
                for f in (v.get("files") or [])
            )
        )
        return plan, present

    def _files_by_name(self, root: str) -> tuple[dict, list[str]]:
        plan: dict[str, list[DataFile]] = {}
        present = set()
        for name in sorted(self.source.names()):
            if not name.startswith(root) or "/" in name[len(root) :]:
                continue
            match = _FILE_NAME.match(name[len(root) :])
            if not match:
                continue
            key = _BY_STEM.get(match.group(1))
            present.add(key or re.sub(r"-([a-z0-9])", lambda m: m.group(1).upper(), match.group(1)))
            if key is None:
                continue
            plan.setdefault(key, []).append(DataFile(name, DATA_TYPES[key][0], None, None))
            plan[key].sort(key=lambda f: (f.name.count("-part"), f.name))
        return plan, sorted(present)

    # -- reading ------------------------------------------------------------------------------

    def _item_groups(
        self, key: str, files: list[DataFile], result: ImportResult, item_list_type: object = ANY
    ) -> Iterator[list[Any]]:
        """One data type's items, group by group, with progress, cancellation and reconciliation."""
        read = 0
        entry = Reconciled(expected=None, read=0)
        for data_file in files:
            if data_file.expected is not None:
                entry.expected = (entry.expected or 0) + data_file.expected
            if data_file.name not in self.source.sizes:
                entry.missing_files.append(data_file.name)
                continue
            self.progress.check()
            base = self.done_bytes
            report: Callable[[int], None] = lambda n, base=base: self._bytes(base + n)  # noqa: E731
            for group in iter_item_groups(
                self.source,
                data_file.name,
                data_file.ytd_type,
                data_file.part,
                item_list_type=item_list_type,
                on_bytes=report,
            ):
                self.progress.check()
                read += len(group)
                yield group
                del group
                # The garbage collector is off, but a young-generation pass per group lets it
                # untrack the records' tuples of strings now, a few at a time, instead of in one
                # long pause on whatever thread allocates first once it is back on.
                gc.collect(0)
            self.done_bytes = base + self.source.sizes[data_file.name]
        entry.read = read
        result.reconciliation[key] = entry

    def _items(
        self, key: str, files: list[DataFile], result: ImportResult, item_list_type: object = ANY
    ) -> Iterator[Any]:
        for group in self._item_groups(key, files, result, item_list_type):
            yield from group

    def _count(self, key: str, files: list[DataFile], result: ImportResult) -> int:
        """Count-only data types: items are skipped (msgspec still checks their syntax)."""
        return sum(map(len, self._item_groups(key, files, result, COUNT_ONLY)))

    def _bytes(self, done: int) -> None:
        self.progress.report(min(done, self.total_bytes), self.total_bytes, self.message)

    def run(self) -> ImportResult:
        self.progress.report(0, 0, QCoreApplication.translate("XArchiveImport", "Opening the archive…"))
        root, manifest = self._locate()
        if manifest is not None:
            plan, present = self._files_from_manifest(root, manifest)
            # Types the manifest does not mention at all are still read when their file is there.
            by_name, _ = self._files_by_name(root + "data/")
            for key, files in by_name.items():
                if key not in plan and not ({key, *plan} >= {"tweet", "tweets"}):
                    plan[key] = files
        else:
            plan, present = self._files_by_name(root)
        self.total_bytes = sum(self.source.sizes.get(f.name, 0) for files in plan.values() for f in files)
        layout = "legacy" if plan.get("tweet") and not plan.get("tweets") else "modern"
        if manifest is None and "tweet" in plan:
            layout = "legacy"

        account_files = plan.get("account") or []
        if not any(f.name in self.source.sizes for f in account_files):
            raise MissingAccountError.create()
        result = ImportResult(path=self.source.path, layout=layout, account=Account("", ""))
        result.data_types = present
        self.message = QCoreApplication.translate("XArchiveImport", "Reading the account…")
        result.account = self._account(self._items("account", account_files, result), manifest)
        self._read_profile(plan, result)
        notes = self._read_notes(plan, result)

        self.message = QCoreApplication.translate("XArchiveImport", "Reading the posts…")
        for key in ("tweets", "tweet"):
            if key in plan:
                name = plan[key][0].name if plan[key] else key
                self._read_posts(key, plan[key], result, result.posts, name, notes)
        # Two stable C-level sorts on int keys rather than one on tuples: X writes each part newest
        # first, so both are near-linear, and neither holds the GIL long (GUI thread).
        result.posts.sort(key=attrgetter("id"))
        result.posts.sort(key=attrgetter("created"))
        result.notes_matched = notes.matched
        if notes.total > notes.matched:
            result.warnings.append(
                QCoreApplication.translate(
                    "XArchiveImport",
                    "%n long post(s) could not be matched to their post; the shortened text is kept.",
                    None,
                    notes.total - notes.matched,
                )
            )
        for key, target in (
            ("deletedTweets", result.deleted_posts),
            ("communityTweet", result.community_posts),
        ):
            if key in plan:
                self._read_posts(key, plan[key], result, target, key, None)

        self.message = QCoreApplication.translate("XArchiveImport", "Reading likes, followers and apps…")
        self._read_counts(plan, result)
        result.media = self._media(root)
        if manifest is not None:
            archive_info = manifest.get("archiveInfo")
            if isinstance(archive_info, dict) and isinstance(archive_info.get("generationDate"), str):
                result.generation_date = archive_info["generationDate"]
        self.progress.report(
            self.total_bytes,
            self.total_bytes,
            QCoreApplication.translate("XArchiveImport", "Import finished."),
        )
        return result

    def _account(self, items: Iterator[Any], manifest: dict[str, Any] | None) -> Account:
        accounts: dict[str, Account] = {}
        for item in items:
            raw = unwrap(item, "account", "account.js")
            account_id = str(snowflake(raw.get("accountId"), "account.js", "accountId"))
            username = raw.get("username")
            if not isinstance(username, str) or not username:
                raise InvalidValueError.for_field("account.js", "username")
            created = raw.get("createdAt")
            accounts[account_id] = Account(
                account_id=account_id,
                username=username,
                display_name=raw.get("accountDisplayName")
                if isinstance(raw.get("accountDisplayName"), str)
                else "",
                created_at=parse_date(created, "account.js", "createdAt") if created else None,
                email=raw.get("email") if isinstance(raw.get("email"), str) else "",
                created_via=raw.get("createdVia") if isinstance(raw.get("createdVia"), str) else "",
            )
        if not accounts:
            raise MissingAccountError.create()
        if len(accounts) > 1:
            raise MultipleAccountsError.create()
        account = next(iter(accounts.values()))
        user_info = manifest.get("userInfo") if manifest else None
        if isinstance(user_info, dict) and user_info.get("accountId") not in (None, account.account_id):
            raise MultipleAccountsError.create()
        return account

    def _read_profile(self, plan: dict[str, list[DataFile]], result: ImportResult) -> None:
        for item in self._items("profile", plan.get("profile", []), result) if "profile" in plan else ():
            raw = unwrap(item, "profile", "profile.js")
            description = raw.get("description") if isinstance(raw.get("description"), dict) else {}

            def text(value: Any) -> str:
                return value if isinstance(value, str) else ""

            result.profile = Profile(
                bio=text(description.get("bio")),
                website=text(description.get("website")),
                location=text(description.get("location")),
                avatar_url=text(raw.get("avatarMediaUrl")),
                header_url=text(raw.get("headerMediaUrl")),
            )

    def _read_notes(self, plan: dict[str, list[DataFile]], result: ImportResult) -> _Notes:
        notes = _Notes()
        if "noteTweet" in plan:
            for item in self._items("noteTweet", plan["noteTweet"], result):
                notes.add(*reduce_note(item, "note-tweet.js"))
        result.note_tweets = notes.total
        return notes

    def _read_posts(
        self,
        key: str,
        files: list[DataFile],
        result: ImportResult,
        target: list[Post],
        file: str,
        notes: _Notes | None,
    ) -> None:
        """Reduce a tweets-like data type group by group (a list comprehension: the hot loop)."""
        file = file.rsplit("/", 1)[-1]
        by_id = notes.by_id if notes is not None else {}
        by_time = notes.by_time if notes is not None else {}
        for group in self._item_groups(key, files, result, TWEETS):
            posts = [reduce_tweet(item, file) for item in group]
            if notes is not None and (by_id or by_time):
                for post in posts:
                    if post.created in by_time or post.id in by_id:
                        notes.match(post)
            target.extend(posts)

    def _read_counts(self, plan: dict[str, list[DataFile]], result: ImportResult) -> None:
        if "tweetHeaders" in plan:
            result.tweet_headers = self._count("tweetHeaders", plan["tweetHeaders"], result)
        if "like" in plan:
            likes = result.like_ids
            for item in self._items("like", plan["like"], result, LIKES):
                likes.append(snowflake((item.like or item).tweetId, "like.js", "tweetId"))
        if "follower" in plan:
            result.followers = self._count("follower", plan["follower"], result)
        if "following" in plan:
            result.following = self._count("following", plan["following"], result)
        if "connectedApplication" in plan:
            result.connected_apps = [
                reduce_app(item, "connected-application.js")
                for item in self._items("connectedApplication", plan["connectedApplication"], result)
            ]
        # DMs: counts only, never content (messages stay undecoded raw JSON, dropped at once).
        # Headers when present, else the full files.
        for one_to_one, key in ((True, "directMessageHeaders"), (False, "directMessageGroupHeaders")):
            fallback = "directMessages" if one_to_one else "directMessagesGroup"
            source_key = key if plan.get(key) else fallback
            if not plan.get(source_key):
                continue
            conversations = 0
            for item in self._items(source_key, plan[source_key], result, CONVERSATIONS):
                conversation = item.dmConversation
                if conversation is None:
                    continue
                conversations += 1
                if one_to_one:
                    result.dm_messages += len(conversation.messages or ())
            if one_to_one:
                result.dm_conversations = conversations
            else:
                result.dm_group_conversations = conversations
        if "phoneNumber" in plan:
            for item in self._items("phoneNumber", plan["phoneNumber"], result):
                device = unwrap(item, "device", "phone-number.js")
                number = device.get("phoneNumber")
                if isinstance(number, str) and number:
                    result.phone_numbers.append(number)

    def _media(self, root: str) -> list[MediaFile]:
        media = []
        for name, size in self.source.sizes.items():
            if not name.startswith(root):
                continue
            folder, _, base = name[len(root) :].rpartition("/")
            if folder.rsplit("/", 1)[-1] not in _MEDIA_DIRS:
                continue
            match = _MEDIA_NAME.match(base)
            media.append(
                MediaFile(
                    path=name, size=size, tweet_id=int(match.group(1)) if match else None, folder=folder
                )
            )
        media.sort(key=lambda m: m.path)
        return media


def _note_prefix(text: str) -> str:
    return _NOTE_TAIL.sub("", text)[:60].rstrip()


class _Notes:
    """Long posts (note tweets), matched to their post by id when given, else by time and text."""

    def __init__(self) -> None:
        self.by_id: dict[int, str] = {}
        self.by_time: dict[int, list[str]] = {}
        self.total = 0
        self.matched = 0

    @property
    def pending(self) -> bool:
        return bool(self.by_id or self.by_time)

    def add(self, created: int, text: str, tweet_id: int) -> None:
        self.total += 1
        if tweet_id:
            self.by_id[tweet_id] = text
        elif created >= 0:
            self.by_time.setdefault(created, []).append(text)

    def match(self, post: Post) -> None:
        text = self.by_id.pop(post.id, None)
        if text is None:
            candidates = self.by_time.get(post.created)
            if not candidates:
                return
            prefix = _note_prefix(post.text)
            for index, candidate in enumerate(candidates):
                if candidate.startswith(prefix):
                    text = candidates.pop(index)
                    break
            if not candidates:
                del self.by_time[post.created]
            if text is None:
                return
        post.text = text
        post.is_note = True
        self.matched += 1
