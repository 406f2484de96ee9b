"""The "Recent plans" list, kept as a small JSON file in the user's config folder.

Kept apart from the Qt settings so that it is plain Python (testable without a QApplication) and
so that a damaged list is simply started afresh instead of breaking the settings file. Paths are
stored absolute; the list offered to the user only shows files that still exist, newest first.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from exitplanner import paths
from exitplanner.plan import atomic

log = logging.getLogger(__name__)

MAX_SHOWN = 8
# More are remembered than shown, so that a plan on an unplugged drive comes back when it returns.
_MAX_STORED = 20
_FILE_NAME = "recent-plans.json"


def _key(path: Path) -> str:
    return os.path.normcase(str(path))  # one entry per file on case-insensitive Windows


class RecentPlans:
    """Most-recent-first list of plan files; every change is written at once."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = Path(file) if file is not None else paths.user_config_dir() / _FILE_NAME

    def _read(self) -> list[Path]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            log.warning("recent plans list unreadable, starting afresh: %s", type(exc).__name__)
            return []
        entries = data.get("recent") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            return []
        return [Path(entry) for entry in entries if isinstance(entry, str) and entry]

    def _write(self, entries: list[Path]) -> None:
        text = json.dumps({"recent": [str(entry) for entry in entries[:_MAX_STORED]]}, ensure_ascii=False,
                          indent=2)
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            atomic.atomic_write_bytes(self.file, text.encode("utf-8"))
        except OSError as exc:  # the list is a convenience: never fail an Open or Save because of it
            log.warning("cannot write recent plans list: %s", type(exc).__name__)

    def add(self, path: str | Path) -> None:
        """Put ``path`` at the top of the list (moving it if already there)."""
        path = Path(path).absolute()
        entries = [entry for entry in self._read() if _key(entry) != _key(path)]
        self._write([path, *entries])

    def remove(self, path: str | Path) -> None:
        path = Path(path).absolute()
        entries = self._read()
        kept = [entry for entry in entries if _key(entry) != _key(path)]
        if len(kept) != len(entries):
            self._write(kept)

    def list(self) -> list[Path]:
        """Up to 8 plans that still exist, most recent first."""
        shown = []
        for entry in self._read():
            try:
                exists = entry.is_file()
            except OSError:
                exists = False
            if exists:
                shown.append(entry)
            if len(shown) == MAX_SHOWN:
                break
        return shown

    def clear(self) -> None:
        self._write([])
