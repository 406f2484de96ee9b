"""Replace a file so that a crash at any instant leaves the old or the new content, whole.

The new bytes go to a temporary file in the same folder (so the final rename stays on one file
system), are flushed and fsynced, the current file is kept as a backup, and ``os.replace``
swaps the new file in: on POSIX and Windows that rename is atomic, readers see the old file or
the new one, never a mix. The folder is fsynced afterwards where the platform allows it, so the
rename itself survives a power cut.

The backup is made *without* ever removing the current file: a hard link (or, where links are
not supported, a copy) is written under a temporary name and renamed onto ``<name>.bak``. Moving
the current file away first would open a window in which a crash leaves no file at the path.

``_stage_hook`` lets the crash tests stop a real process at each named stage (see ``STAGES``)
and kill it; it is ``None`` in normal use.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
import uuid
from collections.abc import Callable
from pathlib import Path

STAGES = ("temp-written", "backup-made", "replaced", "done")
_TEMP_SUFFIX = ".tmp"
# Leftovers of an interrupted save older than this are removed by the next save of the same file.
_STALE_TEMP_SECONDS = 60.0

_stage_hook: Callable[[str], None] | None = None


def _stage(name: str) -> None:
    if _stage_hook is not None:
        _stage_hook(name)


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}{_TEMP_SUFFIX}")


def _write_fully(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _write_new_file(path: Path, data: bytes) -> None:
    """Create ``path`` (which must not exist) holding ``data``, flushed to the disk."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o666)  # the umask applies, as for any file the user creates
    try:
        _write_fully(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_directory(directory: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals the rename
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) refuse fsync on folders: nothing more we can do
    finally:
        os.close(fd)


def _replace(source: Path, destination: Path) -> None:
    """``os.replace``, retried briefly on Windows, where an antivirus or the search indexer often
    holds a just-written file open for a few milliseconds (PermissionError)."""
    attempts = 5 if os.name == "nt" else 1
    for attempt in range(attempts):
        try:
            os.replace(source, destination)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def remove_stale_temps(target: Path) -> None:
    """Remove temporary files an interrupted save of ``target`` left behind."""
    now = time.time()
    with contextlib.suppress(OSError):
        for leftover in target.parent.glob(f".{target.name}.*{_TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                if now - leftover.stat().st_mtime > _STALE_TEMP_SECONDS:
                    leftover.unlink()


def keep_copy(source: Path, destination: Path) -> None:
    """Make ``destination`` a complete copy of ``source`` (atomically), leaving ``source`` in place."""
    temp = _temp_name(destination)
    try:
        try:
            os.link(source, temp)
        except (OSError, NotImplementedError, AttributeError):
            # FAT drives, some network shares: no hard links. A real copy, flushed like the plan.
            _write_new_file(temp, source.read_bytes())
        _replace(temp, destination)
    except BaseException:
        _remove_quietly(temp)
        raise


def atomic_write_bytes(path: Path, data: bytes, *, backup: Path | None = None) -> None:
    """Write ``data`` to ``path`` atomically; the previous file (if any) is kept at ``backup``.

    Raises ``OSError`` (disk full, read-only folder…) with ``path`` untouched and no temporary
    file left behind.
    """
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()  # replace the file the link points to, not the link
    remove_stale_temps(path)
    temp = _temp_name(path)
    try:
        _write_new_file(temp, data)
        with contextlib.suppress(OSError):
            os.chmod(temp, stat.S_IMODE(path.stat().st_mode))  # keep the permissions of the old file
        _stage("temp-written")
        if backup is not None and path.exists():
            keep_copy(path, backup)
        _stage("backup-made")
        _replace(temp, path)
    except BaseException:
        _remove_quietly(temp)
        raise
    _stage("replaced")
    _fsync_directory(path.parent)
    _stage("done")

