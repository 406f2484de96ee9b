"""Plan files: load and save, with every failure turned into a typed, explained error.

The file is UTF-8 JSON, indented, starting with ``"format": "exitplanner-plan"`` and
``"schema_version"``, so that a person opening it in a text editor sees what it is. Guarantees:

* saving is atomic (``plan.atomic``): a crash, a full disk or a pulled plug leaves the previous
  file or the new one, whole; the previous version stays next to it as ``<name>.bak``;
* loading never writes: a damaged file and its backup are left exactly as they were;
* a file written by a newer version is refused on load and never overwritten on save;
* a plan holding something that looks like a secret is never written (``plan.secret_guard``);
* older layouts are upgraded in memory by ``plan.migrations`` (the file itself is only rewritten
  when the user saves).

Everything a caller needs is importable from here (``Autosaver`` and ``RecentPlans`` too).
"""

from __future__ import annotations

import errno
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from exitplanner.plan import atomic
from exitplanner.plan.codec import FORMAT, from_json_dict, to_json_dict
from exitplanner.plan.errors import (
    PlanCorruptError,
    PlanError,
    PlanFromTheFutureError,
    PlanNotFoundError,
    PlanSecretError,
    PlanUnreadableError,
    PlanWriteError,
)
from exitplanner.plan.filenames import (
    PLAN_SUFFIX,
    PLAN_SUFFIXES,
    backup_path,
    damaged_path,
    default_plan_path,
    with_plan_suffix,
)
from exitplanner.plan.migrations import MigrationError, migrate
from exitplanner.plan.model import SCHEMA_VERSION, Plan, now_iso
from exitplanner.plan.recent import RecentPlans
from exitplanner.plan.secret_guard import assert_no_secrets

if TYPE_CHECKING:
    from exitplanner.plan.autosave import Autosaver

__all__ = [
    "FORMAT",
    "MAX_PLAN_BYTES",
    "PLAN_SUFFIX",
    "PLAN_SUFFIXES",
    "Autosaver",
    "PlanCorruptError",
    "PlanError",
    "PlanFromTheFutureError",
    "PlanNotFoundError",
    "PlanSecretError",
    "PlanUnreadableError",
    "PlanWriteError",
    "RecentPlans",
    "assert_no_secrets",
    "backup_path",
    "default_plan_path",
    "dumps_plan",
    "from_json_dict",
    "load_plan",
    "save_plan",
    "to_json_dict",
    "with_plan_suffix",
]

log = logging.getLogger(__name__)

# A plan is a few hundred kilobytes at most; refusing anything far larger keeps a mistaken
# "Open" on a video or a database from exhausting memory.
MAX_PLAN_BYTES = 64 * 1024 * 1024

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), getattr(errno, "EFBIG", errno.ENOSPC)}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM, errno.EROFS}


def __getattr__(name: str) -> Any:
    # Autosaver uses save_plan, so it is imported lazily to keep the import graph one-way.
    if name == "Autosaver":
        from exitplanner.plan.autosave import Autosaver

        return Autosaver
    raise AttributeError(name)


def _tr(text: str, path: Path) -> str:
    return text.replace("%1", str(path))


def _existing_backup(path: Path) -> Path | None:
    candidate = backup_path(path)
    try:
        return candidate if candidate.is_file() else None
    except OSError:
        return None


# ---------------------------------------------------------------------------------------- reading


def _folder(path: Path) -> PlanUnreadableError:
    return PlanUnreadableError(_tr(QCoreApplication.translate(
        "PlanError", "%1 is a folder, not a plan file."), path), path=path, detail="EISDIR")


def _read(path: Path) -> bytes:
    backup = _existing_backup(path)
    try:
        # A folder (Windows reports it as "permission denied"), a pipe or a device is never a plan,
        # and reading a pipe would block forever.
        if path.is_dir():
            raise _folder(path)
        if path.exists() and not path.is_file():
            raise _not_a_plan(path, "not a regular file")
        with open(path, "rb") as stream:
            raw = stream.read(MAX_PLAN_BYTES + 1)
    except FileNotFoundError:
        raise PlanNotFoundError(_tr(QCoreApplication.translate(
            "PlanError",
            "The plan %1 does not exist. It may have been moved or renamed, or be on a drive that is "
            "not connected."), path), path=path, backup=backup, detail="ENOENT") from None
    except IsADirectoryError:
        raise _folder(path) from None
    except PermissionError:
        raise PlanUnreadableError(_tr(QCoreApplication.translate(
            "PlanError", "You do not have permission to read the plan %1. Ask your IT department for "
            "access, or copy the file to a folder of yours."), path),
            path=path, backup=backup, detail="EACCES") from None
    except OSError as exc:
        raise PlanUnreadableError(_tr(QCoreApplication.translate(
            "PlanError", "The plan %1 could not be read (input/output error). Check the drive or the "
            "network share and try again."), path),
            path=path, backup=backup, detail=errno.errorcode.get(exc.errno or 0, "OSError")) from None
    if len(raw) > MAX_PLAN_BYTES:
        raise PlanCorruptError(_tr(QCoreApplication.translate(
            "PlanError", "The file %1 is far too large to be a plan; it was not opened."), path),
            path=path, backup=backup, detail="too large")
    return raw


def _corrupt(path: Path, detail: str) -> PlanCorruptError:
    return PlanCorruptError(_tr(QCoreApplication.translate(
        "PlanError", "The plan %1 is damaged and cannot be opened. The file has not been modified."), path),
        path=path, backup=_existing_backup(path), detail=detail)


def _not_a_plan(path: Path, detail: str) -> PlanCorruptError:
    # A plan overwritten by something else looks like "not a plan": its backup is the way back.
    return PlanCorruptError(_tr(QCoreApplication.translate(
        "PlanError", "The file %1 is not an ExitPlanner plan."), path),
        path=path, backup=_existing_backup(path), detail=detail)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _parse(raw: bytes, path: Path) -> dict[str, Any]:
    if not raw.strip():
        raise PlanCorruptError(_tr(QCoreApplication.translate(
            "PlanError", "The plan %1 is empty, probably because an earlier save was interrupted. "
            "The file has not been modified."), path),
            path=path, backup=_existing_backup(path), detail="empty")
    try:
        text = raw.decode("utf-8-sig")  # tolerate the BOM some Windows editors add
    except UnicodeDecodeError as exc:
        raise _not_a_plan(path, f"not UTF-8 at byte {exc.start}") from None
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        # Starts like a plan but breaks off: a damaged plan; anything else: some other file.
        if text.lstrip().startswith("{") and FORMAT in text[:200]:
            raise _corrupt(path, f"invalid JSON: {str(exc)[:120]}") from None
        raise _not_a_plan(path, f"invalid JSON: {str(exc)[:120]}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _not_a_plan(path, "no exitplanner-plan format key")
    return data


def _future(path: Path, version: int) -> PlanFromTheFutureError:
    message = QCoreApplication.translate(
        "PlanError",
        "The plan %1 was saved by a newer version of ExitPlanner (file format %2; this version reads up "
        "to format %3). Install the latest version to open it; the file has not been modified.",
    )
    message = message.replace("%2", str(version)).replace("%3", str(SCHEMA_VERSION))
    return PlanFromTheFutureError(_tr(message, path), path=path, backup=_existing_backup(path),
                                  detail=f"schema_version {version}")


def parse_plan_bytes(raw: bytes, path: Path) -> Plan:
    """A plan from the bytes of a file (``path`` only names it in messages)."""
    data = _parse(raw, path)
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _corrupt(path, "schema_version missing or not a whole number")
    if version > SCHEMA_VERSION:
        raise _future(path, version)
    try:
        data = migrate(data)
    except MigrationError as exc:
        raise PlanCorruptError(_tr(QCoreApplication.translate(
            "PlanError", "The plan %1 uses an old file format that this version can no longer convert. "
            "The file has not been modified."), path),
            path=path, backup=_existing_backup(path), detail=str(exc)) from None
    except Exception as exc:  # a migration tripping over odd data: still a damaged file, not a crash
        log.warning("migration of %s failed: %s", path, type(exc).__name__)
        raise _corrupt(path, f"migration failed: {type(exc).__name__}") from None
    try:
        return from_json_dict(data)
    except PlanCorruptError as exc:
        raise _corrupt(path, exc.detail) from None


def load_plan(path: str | Path) -> Plan:
    """Read the plan at ``path``. Never modifies the file or its backup.

    Raises :class:`PlanNotFoundError`, :class:`PlanUnreadableError`, :class:`PlanCorruptError` or
    :class:`PlanFromTheFutureError`, each with a message for the user.
    """
    path = Path(path)
    try:
        plan = parse_plan_bytes(_read(path), path)
    except PlanError as exc:
        log.warning("cannot open plan %s: %s (%s)", path, type(exc).__name__, exc.detail)
        raise
    log.info("opened plan %s", path)
    return plan


# ---------------------------------------------------------------------------------------- writing


def dumps_plan(plan: Plan) -> str:
    """The text of the plan file (checked for secrets). Does not change ``plan``."""
    data = to_json_dict(plan)
    assert_no_secrets(data)
    try:
        return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except (TypeError, ValueError) as exc:
        # Only a programming error (a non-JSON value put in sections) can get here.
        raise PlanWriteError(QCoreApplication.translate(
            "PlanError", "The plan could not be saved because part of it cannot be written to a file. "
            "This is a bug in ExitPlanner; please report it."), detail=str(exc)[:200]) from None


def _inspect_existing(path: Path) -> str:
    """``"none"``, ``"plan"`` (a readable plan of ours), ``"empty"``, ``"special"`` (folder, pipe…),
    ``"other"``; raises :class:`PlanFromTheFutureError` if it is a plan from a newer version."""
    try:
        if not path.exists():
            return "none"
        if not path.is_file():
            return "special"  # never opened: reading a pipe would block
        with open(path, "rb") as stream:
            raw = stream.read(MAX_PLAN_BYTES + 1)
    except OSError:
        return "other"
    if not raw.strip():
        return "empty"
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        return "other"
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return "other"
    version = data.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise _future(path, version)
    return "plan"


def _write_error(path: Path, exc: OSError) -> PlanWriteError:
    code = exc.errno or 0
    if code in _DISK_FULL:
        text = QCoreApplication.translate(
            "PlanError", "There is not enough disk space to save the plan to %1. Your previous version is "
            "unchanged; free some space and save again.")
    elif code in _NOT_ALLOWED or isinstance(exc, PermissionError):
        text = QCoreApplication.translate(
            "PlanError", "The plan could not be saved to %1: the folder is read-only or you are not allowed "
            "to write there. Your previous version is unchanged; use Save As to choose another folder.")
    elif isinstance(exc, FileNotFoundError | NotADirectoryError):
        text = QCoreApplication.translate(
            "PlanError", "The plan could not be saved to %1: the folder does not exist (any more).")
    else:
        text = QCoreApplication.translate(
            "PlanError", "The plan could not be saved to %1 (system error %2). Your previous version is "
            "unchanged.").replace("%2", errno.errorcode.get(code, str(code)))
    return PlanWriteError(_tr(text, path), path=path, detail=errno.errorcode.get(code, type(exc).__name__))


def save_plan(plan: Plan, path: str | Path) -> None:
    """Write ``plan`` to ``path`` atomically, keeping the previous file as ``<name>.bak``.

    Sets ``plan.modified`` once the file is written. An existing file that is not a readable plan
    is not rotated into the backup (which may be the last good copy) but put aside as
    ``<name>.damaged``. Raises :class:`PlanSecretError`, :class:`PlanFromTheFutureError` (the file
    at ``path`` is newer: never overwritten) or :class:`PlanWriteError`; on any error the file at
    ``path`` is left as it was.
    """
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()  # back up and replace the file the link points to, not the link
    modified = now_iso()
    previous_modified = plan.modified
    plan.modified = modified
    try:
        text = dumps_plan(plan)
    finally:
        plan.modified = previous_modified
    existing = _inspect_existing(path)
    try:
        if existing == "other":
            atomic.keep_copy(path, damaged_path(path))
        atomic.atomic_write_bytes(path, text.encode("utf-8"),
                                  backup=backup_path(path) if existing == "plan" else None)
    except OSError as exc:
        error = _write_error(path, exc)
        log.error("cannot save plan %s: %s", path, error.detail)
        raise error from None
    plan.modified = modified
    log.info("saved plan %s", path)
