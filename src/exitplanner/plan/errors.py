"""Typed errors of plan files, each carrying a message the user can act on.

The GUI shows ``str(error)`` as it is (French once translated) and never a traceback; the
``detail`` attribute holds the technical cause (JSON position, errno name) for the log. Messages
name the file and, when a backup copy exists next to it, say so, because that is what the user
needs to recover. No message ever contains plan content, so no secret can leak through one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


class PlanError(Exception):
    """Base class: ``str(error)`` is the translated, user-facing message."""

    def __init__(self, message: str, *, path: Path | None = None, backup: Path | None = None,
                 detail: str = "") -> None:
        if backup is not None:
            message = f"{message} {backup_sentence(backup)}"
        super().__init__(message)
        self.message = message
        self.path = path
        self.backup = backup
        self.detail = detail


class PlanNotFoundError(PlanError):
    """The plan file does not exist (moved, renamed, on an unplugged drive)."""


class PlanUnreadableError(PlanError):
    """The file exists but cannot be read: permissions, a folder in its place, an I/O error."""


class PlanCorruptError(PlanError):
    """The file was read but is not a usable plan: invalid JSON, another kind of file, wrong types."""


class PlanFromTheFutureError(PlanError):
    """Written by a newer ExitPlanner: we refuse to open it and never overwrite it."""


class PlanWriteError(PlanError):
    """Saving failed (disk full, read-only folder…); the previous file is left as it was."""


class PlanSecretError(PlanError):
    """The plan holds something that looks like a password or token: refused, never written."""


def backup_sentence(backup: Path) -> str:
    return QCoreApplication.translate("PlanError", "A backup copy exists: %1").replace("%1", str(backup))
