"""The BagIt layout (RFC 8493) of an archive of record: hashed writes, tag files, manifests.

Archives services ingest BagIt folders with their own tools (Bagger, bagit-python, Archivematica),
so the folder follows the RFC to the letter: ``bagit.txt`` (version 1.0, UTF-8),
``bag-info.txt`` (labelled metadata), ``manifest-sha256.txt`` (one line per payload file under
``data/``), ``tagmanifest-sha256.txt`` (one line per tag file). Paths use ``/`` and
percent-encode CR, LF and ``%`` (RFC 8493 §2.1.3).

Every file is hashed *while it is written* (:class:`HashingWriter`), so an export reads its
inputs once and never re-reads its own output; verification (``record.verify``) is the separate,
independent re-read.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

BAGIT_VERSION = "1.0"
MANIFEST = "manifest-sha256.txt"
TAG_MANIFEST = "tagmanifest-sha256.txt"
BAGIT_TXT = "bagit.txt"
BAG_INFO = "bag-info.txt"
PAYLOAD_DIR = "data"
TAG_FILES = (BAGIT_TXT, BAG_INFO, MANIFEST)
_BUFFER = 1 << 18


@dataclass(frozen=True)
class Entry:
    """One written file: its path relative to the bag's root (``/``-separated), hash and size."""

    path: str
    sha256: str
    size: int


class HashingWriter(io.RawIOBase):
    """A raw binary file whose bytes are hashed as they reach the disk.

    Wrapped in an ``io.BufferedWriter`` (and an ``io.TextIOWrapper`` for text), it hashes exactly
    what is written, in large blocks, with no second pass.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._file = open(path, "xb", buffering=0)  # noqa: SIM115 (closed by close())
        self._hash = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[override]
        view = memoryview(data)
        written = 0
        while written < len(view):
            count = self._file.write(view[written:])
            if not count:
                raise OSError("short write")
            written += count
        self._hash.update(view)
        self.size += written
        return written

    def close(self) -> None:
        if not self.closed:
            try:
                self._file.close()
            finally:
                super().close()

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


class BagWriter:
    """Writes files under a bag's root and remembers their hashes for the manifests."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.payload: list[Entry] = []
        self.tags: list[Entry] = []
        self._dirs: set[str] = set()

    def _target(self, relative: str) -> Path:
        folder, _, _name = relative.rpartition("/")
        if folder and folder not in self._dirs:
            (self.root / folder).mkdir(parents=True, exist_ok=True)
            self._dirs.add(folder)
        return self.root / relative

    def _record(self, relative: str, writer: HashingWriter) -> Entry:
        entry = Entry(relative, writer.hexdigest(), writer.size)
        (self.payload if relative.startswith(PAYLOAD_DIR + "/") else self.tags).append(entry)
        return entry

    def open_binary(self, relative: str) -> _BinaryHandle:
        """A buffered binary file to write ``relative``; hashed and recorded when closed."""
        return _BinaryHandle(self, relative)

    def open_text(self, relative: str, newline: str = "\n") -> _TextHandle:
        """A UTF-8 text file to write ``relative`` (``newline`` translates ``\\n`` on write)."""
        return _TextHandle(self, relative, newline)

    def write_bytes(self, relative: str, data: bytes) -> Entry:
        with self.open_binary(relative) as handle:
            handle.write(data)
        return handle.entry

    def write_chunks(self, relative: str, chunks: Iterable[bytes]) -> Entry:
        with self.open_binary(relative) as handle:
            for chunk in chunks:
                handle.write(chunk)
        return handle.entry

    def write_text(self, relative: str, text: str) -> Entry:
        return self.write_bytes(relative, text.encode("utf-8"))

    def write_tag_files(self, info: list[tuple[str, str]]) -> str:
        """``bagit.txt``, ``bag-info.txt``, the payload manifest, then the tag manifest (last).

        Returns the SHA-256 of the tag manifest: the one figure that identifies the whole bag,
        which the plan records.
        """
        self.write_text(BAGIT_TXT, f"BagIt-Version: {BAGIT_VERSION}\nTag-File-Character-Encoding: UTF-8\n")
        self.write_text(BAG_INFO, format_bag_info(info))
        self.write_text(MANIFEST, format_manifest(self.payload))
        tags = [entry for entry in self.tags if entry.path != TAG_MANIFEST]
        manifest = format_manifest(tags).encode("utf-8")
        self.write_bytes(TAG_MANIFEST, manifest)
        return hashlib.sha256(manifest).hexdigest()


class _BinaryHandle:
    def __init__(self, bag: BagWriter, relative: str) -> None:
        self.bag = bag
        self.relative = relative
        self.raw = HashingWriter(bag._target(relative))
        self.buffer = io.BufferedWriter(self.raw, _BUFFER)
        self.entry: Entry | None = None

    def write(self, data: bytes) -> None:
        self.buffer.write(data)

    def __enter__(self) -> _BinaryHandle:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.buffer.close()  # flushes: a full disk raises here, before the entry is recorded
            self.entry = self.bag._record(self.relative, self.raw)
        else:
            _close_quietly(self.buffer)


class _TextHandle:
    def __init__(self, bag: BagWriter, relative: str, newline: str) -> None:
        self.bag = bag
        self.relative = relative
        self.raw = HashingWriter(bag._target(relative))
        self.text = io.TextIOWrapper(io.BufferedWriter(self.raw, _BUFFER), encoding="utf-8", newline=newline,
                                     errors="backslashreplace")
        self.entry: Entry | None = None

    def __enter__(self) -> io.TextIOWrapper:
        return self.text

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.text.close()
            self.entry = self.bag._record(self.relative, self.raw)
        else:
            _close_quietly(self.text)


def _close_quietly(stream: io.IOBase) -> None:
    """Close after a failure: flushing may fail again (full disk); the file is removed anyway."""
    try:
        stream.close()
    except OSError:
        raw = getattr(stream, "raw", None) or getattr(getattr(stream, "buffer", None), "raw", None)
        if raw is not None:
            with contextlib.suppress(OSError):
                raw.close()


# -- formats ------------------------------------------------------------------------------------

def encode_path(path: str) -> str:
    """RFC 8493 §2.1.3: percent-encode ``%``, CR and LF in manifest paths."""
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def decode_path(path: str) -> str:
    return path.replace("%0D", "\r").replace("%0d", "\r").replace("%0A", "\n").replace("%0a", "\n") \
        .replace("%25", "%")


def format_manifest(entries: Iterable[Entry]) -> str:
    return "".join(f"{e.sha256}  {encode_path(e.path)}\n" for e in sorted(entries, key=lambda e: e.path))


def parse_manifest(text: str) -> tuple[dict[str, str], list[int]]:
    """``{path: sha256}`` and the numbers of the lines that could not be read."""
    entries: dict[str, str] = {}
    bad: list[int] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split(maxsplit=1)
        if len(parts) != 2 or len(parts[0]) != 64 or any(c not in "0123456789abcdefABCDEF" for c in parts[0]):
            bad.append(number)
            continue
        path = decode_path(parts[1].strip(" \t"))
        if path.startswith("*"):  # sha256sum's binary marker, tolerated on read
            path = path[1:]
        entries[path] = parts[0].lower()
    return entries, bad


def format_bag_info(info: list[tuple[str, str]]) -> str:
    """``Label: value`` lines; values are single-line (newlines folded to spaces)."""
    lines = []
    for label, value in info:
        value = " ".join(str(value).split())
        lines.append(f"{label}: {value}\n")
    return "".join(lines)


def parse_bag_info(text: str) -> dict[str, list[str]]:
    """Labels to their values (a label may repeat); indented lines continue the previous value."""
    info: dict[str, list[str]] = {}
    last: str | None = None
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and last is not None:
            info[last][-1] += " " + line.strip()
            continue
        label, sep, value = line.partition(":")
        if not sep:
            continue
        last = label.strip()
        info.setdefault(last, []).append(value.strip())
    return info


def payload_oxum(entries: Iterable[Entry]) -> str:
    """``<octet count>.<file count>`` of the payload (RFC 8493 §2.2.2), a quick completeness check."""
    size = count = 0
    for entry in entries:
        size += entry.size
        count += 1
    return f"{size}.{count}"


def human_size(size: int) -> str:
    """Bag-Size, in French units (Ko, Mo, Go) with a decimal comma, e.g. ``1,4 Go``."""
    value = float(size)
    for unit in ("octets", "Ko", "Mo", "Go", "To"):
        if value < 1024 or unit == "To":
            if unit == "octets":
                return f"{int(value)} octets"
            return f"{value:.1f} {unit}".replace(".", ",")
        value /= 1024
    raise AssertionError("unreachable")


def relative_posix(root: Path, full: Path) -> str:
    return Path(os.path.relpath(full, root)).as_posix()
