"""Reading the ``window.YTD.<type>.partN = [ … ]`` files of an X archive, a few megabytes at a time.

X writes each data file as a JavaScript assignment of a JSON array, pretty-printed with two-space
indentation, one item per ``  {`` … ``  }`` block. Parsing a whole part into Python objects is what
most tools do, and it costs about 20 times the file's size in memory. Instead we cut the decompressed
stream into groups of items and parse one group at a time, so memory is bounded by a group, not by
the part nor the archive.

Why the cut is always right: JSON strings cannot contain a raw newline, so the byte sequence
``\\n  },`` can only be structure. We cut just after its ``}`` and parse ``[`` + group + ``]``; that
parses only if the group is a comma-separated list of *complete* values, i.e. if the cut was at the
array's top level. Files formatted differently (or hostile ones) make the group parse fail; we then
re-read the member and parse it whole, which either succeeds (memory bounded by that part) or
gives the precise typed error (invalid UTF-8 or invalid JSON).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import orjson

from exitplanner.xarchive.errors import InvalidEncodingError, InvalidJsonError, WrongPrefixError
from exitplanner.xarchive.source import ArchiveSource

_BOM = b"\xef\xbb\xbf"
_YTD_PREFIX = re.compile(rb"\s*window\.YTD\.([A-Za-z0-9_]{1,80})\.part([0-9]{1,6})\s*=\s*")
_MANIFEST_PREFIX = re.compile(rb"\s*window\.__THAR_CONFIG\s*=\s*")
_BOUNDARY = b"\n  },"
GROUP_BYTES = 4 << 20
_PREFIX_WINDOW = 256


class _CutFailed(Exception):
    """A group did not parse: fall back to parsing the whole member."""


def _loads(data: bytes | bytearray | memoryview, name: str) -> Any:
    """Parse JSON bytes strictly (orjson rejects invalid UTF-8 and lone surrogates)."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        try:
            bytes(data).decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidEncodingError.for_file(name) from exc
        raise InvalidJsonError.for_file(name) from exc


def _strip_tail(data: bytes | bytearray) -> bytes | bytearray:
    """Drop what may follow the array: whitespace and a final ``;``."""
    end = len(data)
    while end and data[end - 1] in b" \t\r\n;":
        end -= 1
    return data[:end] if end != len(data) else data


def expected_prefix(ytd_type: str, part: int | None = None) -> str:
    return f"window.YTD.{ytd_type}.part{part if part is not None else 'N'} = ["


def iter_item_groups(
    source: ArchiveSource,
    name: str,
    ytd_type: str,
    part: int | None = None,
    *,
    on_bytes: Callable[[int], None] | None = None,
    group_bytes: int = GROUP_BYTES,
) -> Iterator[list[Any]]:
    """Yield the items of one data file in lists of a few thousand, checking its prefix.

    ``ytd_type`` is the ``<type>`` the prefix must name (``tweets``, ``like``…); ``part`` the part
    number when the manifest gives it. ``on_bytes`` receives the decompressed byte count as it
    grows (progress).
    """
    try:
        yield from _iter_cut(source, name, ytd_type, part, on_bytes, group_bytes)
    except _CutFailed:
        items = _parse_whole(source, name, ytd_type, part)
        for start in range(0, len(items), 2000):
            yield items[start : start + 2000]


def _check_prefix(head: bytes | bytearray, name: str, ytd_type: str, part: int | None) -> int:
    """Validate ``window.YTD.<type>.partN = [`` at the start; return the offset after ``[``."""
    offset = len(_BOM) if head.startswith(_BOM) else 0
    match = _YTD_PREFIX.match(head, offset)
    if (
        not match
        or match.group(1).decode() != ytd_type
        or (part is not None and int(match.group(2)) != part)
    ):
        raise WrongPrefixError.for_file(name, expected_prefix(ytd_type, part))
    end = match.end()
    if end >= len(head) or head[end : end + 1] != b"[":
        raise InvalidJsonError.for_file(name)
    return end + 1


def _iter_cut(
    source: ArchiveSource,
    name: str,
    ytd_type: str,
    part: int | None,
    on_bytes: Callable[[int], None] | None,
    group_bytes: int,
) -> Iterator[list[Any]]:
    chunks = source.iter_chunks(name)
    try:
        yield from _cut_chunks(chunks, name, ytd_type, part, on_bytes, group_bytes)
    finally:
        chunks.close()


def _cut_chunks(
    chunks: Iterator[bytes],
    name: str,
    ytd_type: str,
    part: int | None,
    on_bytes: Callable[[int], None] | None,
    group_bytes: int,
) -> Iterator[list[Any]]:
    # The buffer always starts with "[": the array's own for the first group, then the comma
    # after each cut overwritten with "[". The cut's comma is briefly turned into "]" so the
    # group parses in place, without copying megabytes around.
    buf = bytearray()
    search_from = 0  # the buffer before this offset holds no boundary (no quadratic rescans)
    produced = 0
    started = False
    eof = False
    while not eof:
        chunk = next(chunks, None)
        if chunk is None:
            eof = True
        else:
            buf += chunk
            produced += len(chunk)
            if on_bytes is not None:
                on_bytes(produced)
        if not started:
            if len(buf) < _PREFIX_WINDOW and not eof:
                continue
            del buf[: _check_prefix(bytes(buf[:_PREFIX_WINDOW]), name, ytd_type, part) - 1]
            started = True
        if eof:
            end = len(buf)
            while end and buf[end - 1] in b" \t\r\n;":
                end -= 1
            if end < 2 or buf[end - 1] != ord("]"):
                raise _CutFailed
            items = _parse_in_place(buf, end)
            del buf
            if items:
                yield items
            return
        if len(buf) >= group_bytes:
            cut = buf.rfind(_BOUNDARY, search_from)
            if cut <= 0:
                search_from = max(0, len(buf) - len(_BOUNDARY))
                continue
            comma = cut + len(_BOUNDARY) - 1
            buf[comma] = ord("]")
            items = _parse_in_place(buf, comma + 1)
            buf[comma] = ord("[")
            del buf[:comma]
            search_from = 0
            yield items


def _parse_in_place(buf: bytearray, end: int) -> list[Any]:
    with memoryview(buf) as view, view[:end] as group:
        try:
            items = orjson.loads(group)
        except orjson.JSONDecodeError as exc:
            raise _CutFailed from exc
    if type(items) is not list:
        raise _CutFailed
    return items


def _parse_whole(source: ArchiveSource, name: str, ytd_type: str, part: int | None) -> list[Any]:
    data = source.read_bytes(name)
    start = _check_prefix(data[:_PREFIX_WINDOW], name, ytd_type, part) - 1
    items = _loads(memoryview(_strip_tail(data))[start:], name)
    if not isinstance(items, list):
        raise InvalidJsonError.for_file(name)
    return items


def read_manifest(source: ArchiveSource, name: str) -> dict[str, Any]:
    """Parse ``data/manifest.js`` (``window.__THAR_CONFIG = {…}``)."""
    data = source.read_bytes(name)
    offset = len(_BOM) if data.startswith(_BOM) else 0
    match = _MANIFEST_PREFIX.match(data, offset)
    if not match:
        raise WrongPrefixError.for_file(name, "window.__THAR_CONFIG = {")
    config = _loads(memoryview(_strip_tail(data))[match.end() :], name)
    if not isinstance(config, dict):
        raise InvalidJsonError.for_file(name)
    return config


def sniff_ytd_type(source: ArchiveSource, name: str) -> tuple[str, int] | None:
    """The ``(<type>, part)`` a data file declares, for archives without a manifest."""
    head = b""
    chunks = source.iter_chunks(name)
    try:
        for chunk in chunks:
            head += chunk
            if len(head) >= _PREFIX_WINDOW:
                break
    finally:
        chunks.close()
    offset = len(_BOM) if head.startswith(_BOM) else 0
    match = _YTD_PREFIX.match(head, offset)
    if not match:
        return None
    return match.group(1).decode(), int(match.group(2))
