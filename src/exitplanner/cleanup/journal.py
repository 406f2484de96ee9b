"""The durable journal of a deletion run: one SQLite file per X account, in the user data folder.

Every id goes ``pending → in_flight → deleted | already_gone | failed``. The journal is written
*before* a request leaves (``in_flight``, attempt counted) and *after* its answer, each time as a
committed transaction with ``synchronous=FULL`` in WAL mode: once :meth:`begin` or :meth:`finish`
has returned, the state survives a killed process and a power cut.

**"Deleted exactly once", as X sees it.** A request's effect and our record of it cannot be one
atomic step, so the journal guarantees *at least once* sending and relies on X's delete being
idempotent: deleting a post that is already gone answers 404 and deletes nothing (the same holds for
``retweeted``/``liked: false``). On start, an id left ``in_flight`` by a killed run goes back to
``pending`` with ``maybe_sent`` set, so it is sent again: if the first request had done it, the
second finds nothing and the id ends ``already_gone`` *with* ``maybe_sent`` (the report says
"probably deleted by the interrupted attempt"); if it had not, the second one deletes it. Ids whose
request finished are never sent again. Lost answers (timeouts, dropped connections, 5xx) are handled
the same way. So nothing that succeeded is repeated as a deletion, and nothing is lost.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from exitplanner import paths

PENDING = "pending"
IN_FLIGHT = "in_flight"
DELETED = "deleted"
ALREADY_GONE = "already_gone"
FAILED = "failed"
STATES = (PENDING, IN_FLIGHT, DELETED, ALREADY_GONE, FAILED)
FINAL_STATES = (DELETED, ALREADY_GONE, FAILED)

ACTION_POST = "post"
ACTION_REPOST = "repost"
ACTION_LIKE = "like"
ACTIONS = (ACTION_POST, ACTION_REPOST, ACTION_LIKE)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    source TEXT,
    created INTEGER,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    maybe_sent INTEGER NOT NULL DEFAULT 0,
    reason TEXT NOT NULL DEFAULT '',
    updated REAL,
    UNIQUE (action, target)
);
CREATE INDEX IF NOT EXISTS items_state ON items (state, action, seq);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
SCHEMA_VERSION = "1"


@dataclass(frozen=True)
class Target:
    """One thing to remove: a post (``target`` = its id), a repost (``target`` = the repost's own id,
    ``source`` = the reposted post's id when known) or a like (``target`` = the liked post's id)."""

    action: str
    target: str
    source: str | None = None
    created: int | None = None


@dataclass(frozen=True)
class Item:
    seq: int
    action: str
    target: str
    source: str | None
    state: str
    attempts: int
    maybe_sent: bool
    reason: str
    updated: float | None


def journal_path(account: str) -> Path:
    """``<user data>/cleanup/x-<account>.sqlite``; the account name is reduced to safe characters."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", account.lower())[:64] or "account"
    folder = paths.user_data_dir() / "cleanup"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"x-{safe}.sqlite"


class JournalBusy(Exception):
    """Another ExitPlanner (the app or the command line) is running this account's clean-up."""

    def __init__(self) -> None:
        self.message = QCoreApplication.translate(
            "CleanupJournal",
            "The clean-up of this account is already running in another ExitPlanner window or command. "
            "Stop it there, or wait for it to finish.")
        super().__init__(self.message)


class _ProcessLock:
    """An exclusive lock on ``<journal>.lock``, released by the system when the process ends, even
    killed: two processes sending the same account's deletions would overspend X's limit."""

    def __init__(self, path: Path) -> None:
        self._file = open(path, "a+b")  # noqa: SIM115 - held open for the journal's lifetime
        try:
            if sys.platform == "win32":
                import msvcrt

                self._file.seek(0)
                msvcrt.locking(self._file.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._file.close()
            raise JournalBusy() from None

    def release(self) -> None:
        if not self._file.closed:
            self._file.close()  # closing releases the lock on every system


class Journal:
    """The journal of one account. Not shared between threads: the job owns it while it runs.

    ``exclusive`` (the default) takes the account's process lock and raises :class:`JournalBusy`
    when another process holds it; a read-only look (the GUI showing where a run stands) passes False.
    """

    def __init__(self, path: str | Path, wall: Any = time.time, exclusive: bool = True) -> None:
        self.path = Path(path)
        self._wall = wall
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = _ProcessLock(self.path.with_name(self.path.name + ".lock")) if exclusive else None
        self._db = sqlite3.connect(str(self.path), timeout=30.0, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        with self._db:
            self._db.executescript(_SCHEMA)
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))

    def close(self) -> None:
        self._db.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- filling ------------------------------------------------------------------------------------

    def add(self, targets: Iterable[Target]) -> int:
        """Add targets not yet in the journal (a second call with the same selection changes nothing)."""
        now = self._wall()
        with self._db:
            before = self._db.total_changes
            self._db.executemany(
                "INSERT OR IGNORE INTO items (action, target, source, created, updated) "
                "VALUES (?, ?, ?, ?, ?)",
                ((t.action, t.target, t.source, t.created, now) for t in targets),
            )
            return self._db.total_changes - before

    def recover(self) -> int:
        """After a crash: every ``in_flight`` id goes back to ``pending``, marked as maybe sent."""
        with self._db:
            cursor = self._db.execute(
                "UPDATE items SET state = 'pending', maybe_sent = 1, updated = ? WHERE state = 'in_flight'",
                (self._wall(),))
            return cursor.rowcount

    def withdraw(self, selected: Iterable[Target]) -> int:
        """Drop the pending ids the user no longer selects (a kind unticked, a date range narrowed), so
        that continuing a run never removes what the current choice keeps. Only ids no request was ever
        sent for go: an id *maybe sent* stays and is completed, because X may already have acted on it
        and the journal must keep saying so. Settled ids are history and never change."""
        keep = {(t.action, t.target) for t in selected}
        rows = self._db.execute("SELECT seq, action, target FROM items WHERE state = 'pending' "
                                "AND maybe_sent = 0 AND attempts = 0").fetchall()
        drop = [(seq,) for seq, action, target in rows if (action, target) not in keep]
        with self._db:
            self._db.executemany("DELETE FROM items WHERE seq = ?", drop)
        return len(drop)

    def retry_failed(self) -> int:
        """Put failed ids back in the queue (the user asks to try them again)."""
        with self._db:
            return self._db.execute(
                "UPDATE items SET state = 'pending', reason = '' WHERE state = 'failed'").rowcount

    # --- the request cycle --------------------------------------------------------------------------

    def next_pending(self, action: str) -> Item | None:
        condition = " AND source IS NOT NULL AND source != ''" if action == ACTION_REPOST else ""
        row = self._db.execute(
            f"SELECT * FROM items WHERE state = 'pending' AND action = ?{condition} ORDER BY seq LIMIT 1",
            (action,)).fetchone()
        return _item(row) if row else None

    def has_pending(self, action: str) -> bool:
        return self.next_pending(action) is not None

    def reposts_without_source(self, limit: int = 100) -> list[Item]:
        rows = self._db.execute(
            "SELECT * FROM items WHERE state = 'pending' AND action = 'repost' "
            "AND (source IS NULL OR source = '') ORDER BY seq LIMIT ?", (limit,)).fetchall()
        return [_item(row) for row in rows]

    def set_sources(self, found: dict[str, str | None]) -> None:
        """Record lookup results: a source id, ``None`` (the repost is gone) or ``""`` (not a repost after
        all: it becomes a post deletion)."""
        now = self._wall()
        with self._db:
            for target, source in found.items():
                if source is None:
                    self._db.execute("UPDATE items SET state = 'already_gone', updated = ? "
                                     "WHERE action = 'repost' AND target = ? AND state = 'pending'",
                                     (now, target))
                elif source == "":
                    self._db.execute("UPDATE OR IGNORE items SET action = 'post', updated = ? "
                                     "WHERE action = 'repost' AND target = ? AND state = 'pending'",
                                     (now, target))
                    self._db.execute("UPDATE items SET state = 'already_gone', reason = 'duplicate', "
                                     "updated = ? WHERE action = 'repost' AND target = ? "
                                     "AND state = 'pending'",
                                     (now, target))
                else:
                    self._db.execute("UPDATE items SET source = ?, updated = ? "
                                     "WHERE action = 'repost' AND target = ?", (source, now, target))

    def begin(self, seq: int) -> None:
        """Durably mark ``seq`` as in flight, before its request leaves."""
        with self._db:
            self._db.execute("UPDATE items SET state = 'in_flight', attempts = attempts + 1, updated = ? "
                             "WHERE seq = ?", (self._wall(), seq))

    def finish(self, seq: int, state: str, reason: str = "", meta: dict[str, str] | None = None,
               maybe_sent: bool = False) -> None:
        """Durably record the answer (``deleted``, ``already_gone`` or ``failed``), with optional meta
        values (the pacing state) in the same transaction."""
        if state not in FINAL_STATES:
            raise ValueError(state)
        with self._db:
            self._db.execute("UPDATE items SET state = ?, reason = ?, updated = ?, "
                             "maybe_sent = MAX(maybe_sent, ?) WHERE seq = ?",
                             (state, reason, self._wall(), int(maybe_sent), seq))
            for key, value in (meta or {}).items():
                self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def postpone(self, seq: int, maybe_sent: bool, reason: str = "",
                 meta: dict[str, str] | None = None) -> None:
        """The request did not settle the id (429, 5xx, no answer): back to ``pending``; ``maybe_sent``
        when the request may have reached X."""
        with self._db:
            self._db.execute("UPDATE items SET state = 'pending', maybe_sent = MAX(maybe_sent, ?), "
                             "reason = ?, updated = ? WHERE seq = ?",
                             (int(maybe_sent), reason, self._wall(), seq))
            for key, value in (meta or {}).items():
                self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # --- reading ------------------------------------------------------------------------------------

    def item(self, seq: int) -> Item:
        return _item(self._db.execute("SELECT * FROM items WHERE seq = ?", (seq,)).fetchone())

    def items(self) -> Iterator[Item]:
        for row in self._db.execute("SELECT * FROM items ORDER BY seq"):
            yield _item(row)

    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(STATES, 0)
        for state, count in self._db.execute("SELECT state, COUNT(*) FROM items GROUP BY state"):
            found[state] = count
        return found

    def counts_by_action(self, state: str = PENDING) -> dict[str, int]:
        found = dict.fromkeys(ACTIONS, 0)
        query = "SELECT action, COUNT(*) FROM items WHERE state = ? GROUP BY action"
        for action, count in self._db.execute(query, (state,)):
            found[action] = count
        return found

    def counts_by_kind(self) -> dict[str, dict[str, int]]:
        """``{action: {state: count}}`` for every action and state (zeros included)."""
        found = {action: dict.fromkeys(STATES, 0) for action in ACTIONS}
        for action, state, count in self._db.execute(
                "SELECT action, state, COUNT(*) FROM items GROUP BY action, state"):
            if action in found and state in found[action]:
                found[action][state] = count
        return found

    def last_failures(self, limit: int = 5) -> list[Item]:
        rows = self._db.execute("SELECT * FROM items WHERE state = 'failed' ORDER BY updated DESC LIMIT ?",
                                (limit,))
        return [_item(row) for row in rows]

    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def get_json(self, key: str) -> Any:
        raw = self.get_meta(key)
        try:
            return json.loads(raw) if raw else None
        except ValueError:
            return None


def _item(row: tuple) -> Item:
    seq, action, target, source, _created, state, attempts, maybe_sent, reason, updated = row
    return Item(seq, action, target, source, state, attempts, bool(maybe_sent), reason, updated)
