"""Safe, read-only access to the files of an X archive: the zip as downloaded, or a folder.

Nothing is ever extracted: callers stream one member at a time through :meth:`iter_chunks`, which
counts the bytes it actually decompresses (headers can lie) and stops at the caps of
:class:`Limits`. Every member name is checked when the archive is opened, so a hostile zip is
refused before anything is read: names that would escape a folder if extracted (``../``,
absolute, drive letters, backslashes), symbolic links (Unix mode in the external attributes),
encrypted members, duplicates, absurd declared sizes and absurd entry counts (checked from the
end-of-central-directory record *before* :mod:`zipfile` loads the whole directory in memory).

The archive of record (``record/``) reuses these sources to copy media, so the checks live here
once.
"""

from __future__ import annotations

import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from exitplanner.xarchive.errors import (
    ArchiveNotFoundError,
    ArchiveTooLargeError,
    EncryptedArchiveError,
    NotAnArchiveError,
    UnsafeArchiveError,
)

_GIB = 1 << 30


@dataclass(frozen=True)
class Limits:
    """Caps that no genuine archive reaches; tests shrink them to exercise the checks cheaply.

    ``max_ratio`` applies once ``ratio_floor`` bytes were decompressed from one member: X's JSON
    compresses about 10 to 20 times, so 200 leaves room for repetitive content and still stops a
    bomb (which reaches ratios of 1,000 and more) after a few megabytes.
    """

    max_entries: int = 2_000_000
    max_member_bytes: int = 4 * _GIB  # one data file, decompressed
    max_media_bytes: int = 16 * _GIB  # declared size of one media file (never decompressed here)
    max_total_read: int = 64 * _GIB  # everything decompressed during one import
    max_ratio: int = 200
    ratio_floor: int = 4 << 20
    chunk_size: int = 1 << 20


DEFAULT_LIMITS = Limits()


def check_member_name(name: str) -> None:
    """Refuse names that could escape the destination folder if the archive were ever extracted."""
    if (
        not name
        or name.startswith(("/", "\\"))
        or "\\" in name
        or "\x00" in name
        or any(ord(c) < 32 for c in name)
        or (len(name) > 1 and name[1] == ":")
        or ":" in name.split("/", 1)[0]
        or any(part in ("..", ".") for part in name.rstrip("/").split("/"))
        or "//" in name
        or len(name) > 1024
    ):
        raise UnsafeArchiveError.bad_name(name)


class ArchiveSource:
    """Common interface of :class:`ZipSource` and :class:`FolderSource`."""

    path: Path
    limits: Limits

    def __init__(self, path: Path, limits: Limits) -> None:
        self.path = path
        self.limits = limits
        self.sizes: dict[str, int] = {}  # member name -> declared size (files only)
        self.total_read = 0

    def __enter__(self) -> ArchiveSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the file handle."""

    def names(self) -> list[str]:
        return list(self.sizes)

    def _account(self, name: str, produced: int, consumed: int | None) -> None:
        """Enforce the caps on bytes actually produced so far for one member."""
        limits = self.limits
        if produced > limits.max_member_bytes:
            raise ArchiveTooLargeError.too_big(name)
        if self.total_read > limits.max_total_read:
            raise ArchiveTooLargeError.too_big(name)
        if (
            consumed is not None
            and produced > limits.ratio_floor
            and produced > limits.max_ratio * max(consumed, 1)
        ):
            raise ArchiveTooLargeError.bomb(name)

    def iter_chunks(self, name: str) -> Iterator[bytes]:
        raise NotImplementedError

    def read_bytes(self, name: str) -> bytes:
        """A whole (small) member, within the same caps as streaming."""
        return b"".join(self.iter_chunks(name))


class ZipSource(ArchiveSource):
    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        super().__init__(path, limits)
        _precheck_entry_count(path, limits)
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, struct.error, OSError) as exc:
            raise NotAnArchiveError.not_zip() from exc
        try:
            self._infos: dict[str, zipfile.ZipInfo] = {}
            infos = self._zip.infolist()
            if len(infos) > limits.max_entries:
                raise ArchiveTooLargeError.too_many_entries()
            archive_size = path.stat().st_size
            for info in infos:
                name = info.filename
                check_member_name(name)
                mode = info.external_attr >> 16
                if stat.S_ISLNK(mode):
                    raise UnsafeArchiveError.symlink(name)
                if info.is_dir():
                    continue
                if info.flag_bits & 0x1:
                    raise EncryptedArchiveError.for_entry(name)
                if name in self._infos:
                    raise UnsafeArchiveError.duplicate(name)
                if info.file_size > limits.max_media_bytes or info.compress_size > archive_size:
                    raise ArchiveTooLargeError.too_big(name)
                self._infos[name] = info
                self.sizes[name] = info.file_size
        except BaseException:
            self._zip.close()
            raise

    def close(self) -> None:
        self._zip.close()

    def iter_chunks(self, name: str) -> Iterator[bytes]:
        info = self._infos[name]
        if info.file_size > self.limits.max_member_bytes:
            raise ArchiveTooLargeError.too_big(name)
        produced = 0
        size = self.limits.chunk_size
        try:
            with self._zip.open(info) as member:
                while True:
                    chunk = member.read(size)
                    if not chunk:
                        break
                    produced += len(chunk)
                    self.total_read += len(chunk)
                    # Compressed bytes consumed so far (private but stable in CPython's zipfile);
                    # without it the whole compressed size is the conservative denominator.
                    consumed = info.compress_size - getattr(member, "_compress_left", 0)
                    self._account(name, produced, consumed)
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
            raise NotAnArchiveError.corrupt(name) from exc
        except RuntimeError as exc:  # zipfile raises it for encrypted members without a password
            raise EncryptedArchiveError.for_entry(name) from exc


class FolderSource(ArchiveSource):
    """An archive someone already extracted. Symbolic links are refused like in a zip."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        super().__init__(path, limits)
        count = 0
        for root, dirs, files in os.walk(path, followlinks=False):
            for entry in (*dirs, *files):
                full = Path(root, entry)
                if full.is_symlink():
                    raise UnsafeArchiveError.symlink(full.relative_to(path).as_posix())
            for entry in files:
                count += 1
                if count > limits.max_entries:
                    raise ArchiveTooLargeError.too_many_entries()
                full = Path(root, entry)
                self.sizes[full.relative_to(path).as_posix()] = full.stat().st_size

    def iter_chunks(self, name: str) -> Iterator[bytes]:
        full = self.path / name
        if self.sizes.get(name, 0) > self.limits.max_member_bytes:
            raise ArchiveTooLargeError.too_big(name)
        produced = 0
        try:
            with open(full, "rb") as handle:
                while chunk := handle.read(self.limits.chunk_size):
                    produced += len(chunk)
                    self.total_read += len(chunk)
                    self._account(name, produced, None)
                    yield chunk
        except OSError as exc:
            raise NotAnArchiveError.corrupt(name) from exc


def _precheck_entry_count(path: Path, limits: Limits) -> None:
    """Read the entry count from the end-of-central-directory record before zipfile trusts it."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            tail_len = min(size, 22 + 65535 + 20)
            handle.seek(size - tail_len)
            tail = handle.read(tail_len)
            where = tail.rfind(b"PK\x05\x06")
            if where < 0 or len(tail) - where < 22:
                raise NotAnArchiveError.not_zip()
            entries, cd_size = struct.unpack("<HI", tail[where + 10 : where + 16])
            if entries == 0xFFFF or cd_size == 0xFFFFFFFF:
                locator = tail[where - 20 : where] if where >= 20 else b""
                if locator[:4] != b"PK\x06\x07":
                    raise NotAnArchiveError.not_zip()
                (offset,) = struct.unpack("<Q", locator[8:16])
                if offset + 56 > size:
                    raise NotAnArchiveError.not_zip()
                handle.seek(offset)
                record = handle.read(56)
                if record[:4] != b"PK\x06\x06":
                    raise NotAnArchiveError.not_zip()
                entries, cd_size = struct.unpack("<QQ", record[32:48])
            if entries > limits.max_entries:
                raise ArchiveTooLargeError.too_many_entries()
            if cd_size > size:
                raise NotAnArchiveError.not_zip()
    except OSError as exc:
        raise ArchiveNotFoundError.for_path(str(path)) from exc


def open_source(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> ArchiveSource:
    """Open a zip file or an extracted folder; typed errors for anything else."""
    target = Path(path)
    if target.is_dir():
        return FolderSource(target, limits)
    if not target.is_file():
        raise ArchiveNotFoundError.for_path(str(target))
    return ZipSource(target, limits)
