"""Typed errors of the archive of record, each carrying a user-facing (translated) message.

An export writes gigabytes to a folder the user picked, so the failures a communication officer
meets are about that folder: the disk is full, the folder cannot be written (read-only share,
missing rights), a folder of that name already exists. Each gets its own class (tests and the
GUI tell them apart without parsing text) and a message that says what to do. Errors of the X
archive itself (damaged zip…) are the reader's own :class:`~exitplanner.xarchive.errors.XArchiveError`.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from exitplanner.oserrors import describe_os_error

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_NO_RIGHTS = {errno.EACCES, errno.EPERM, errno.EROFS}


class RecordError(Exception):
    """Base of every error raised while writing or checking an archive of record."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class TargetExistsError(RecordError):
    @classmethod
    def for_path(cls, path: Path) -> TargetExistsError:
        return cls(QCoreApplication.translate(
            "RecordError",
            "A folder named %1 already exists: choose another name or another place (nothing was "
            "overwritten).",
        ).replace("%1", str(path)))


class DiskFullError(RecordError):
    @classmethod
    def for_path(cls, path: Path) -> DiskFullError:
        return cls(QCoreApplication.translate(
            "RecordError",
            "The disk holding %1 is full: free some space or choose another disk, then start the "
            "export again. The incomplete copy was removed.",
        ).replace("%1", str(path)))


class ReadOnlyError(RecordError):
    @classmethod
    def for_path(cls, path: Path) -> ReadOnlyError:
        return cls(QCoreApplication.translate(
            "RecordError",
            "The folder %1 cannot be written (read-only or no rights): choose a folder of your own, "
            "for example in your documents.",
        ).replace("%1", str(path)))


class WriteError(RecordError):
    @classmethod
    def for_path(cls, path: Path, reason: str) -> WriteError:
        return cls(QCoreApplication.translate(
            "RecordError",
            "The archive of record could not be written in %1 (%2). The incomplete copy was removed.",
        ).replace("%1", str(path)).replace("%2", reason[:200]))


class SourceChangedError(RecordError):
    @classmethod
    def create(cls) -> SourceChangedError:
        return cls(QCoreApplication.translate(
            "RecordError",
            "The X archive file changed since it was imported (its SHA-256 differs): import it again "
            "in step 2 before building the archive of record.",
        ))


class NotARecordError(RecordError):
    """``verify`` was given something that is not an archive of record (no BagIt declaration)."""

    @classmethod
    def for_path(cls, path: Path) -> NotARecordError:
        return cls(QCoreApplication.translate(
            "RecordError", "%1 is not an archive of record: its bagit.txt file is missing or unreadable.",
        ).replace("%1", str(path)))


def from_os_error(error: OSError, folder: Path) -> RecordError:
    """The typed error for an OS failure while writing under ``folder`` (the user's chosen place)."""
    if error.errno in _DISK_FULL:
        return DiskFullError.for_path(folder)
    if error.errno in _NO_RIGHTS or isinstance(error, PermissionError):
        return ReadOnlyError.for_path(folder)
    if isinstance(error, FileExistsError):
        return TargetExistsError.for_path(folder)
    return WriteError.for_path(folder, describe_os_error(error))
