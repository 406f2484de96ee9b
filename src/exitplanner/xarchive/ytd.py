"""Reading the ``window.YTD.<type>.partN = [ … ]`` files of an X archive, a few megabytes at a time.

X writes each data file as a JavaScript assignment of a JSON array, pretty-printed with two-space
indentation, one item per ``  {`` … ``  }`` block. Parsing a whole part into Python objects is what
most tools do, and it costs about ten times the file's size in memory. Instead we cut the
decompressed stream into groups of items and decode one group at a time into the small typed
records of :mod:`.schema` (msgspec skips the fields we do not need), so memory is bounded by a
group, not by the part nor the archive.

Why the cut is always right: JSON strings cannot contain a raw newline, so the byte sequence
``\\n  },`` can only be structure. We cut just after its ``}`` and decode ``[`` + group + ``]``; that
decodes only if the group is a comma-separated list of *complete* values, i.e. if the cut was at
the array's top level. Files formatted differently (or hostile ones) make the group fail; we then
re-read the member and decode it whole, which either succeeds (memory bounded by that part) or
gives the precise typed error.

UTF-8 is checked on every chunk with an incremental strict decoder (also in the fields msgspec
skips), megabyte by megabyte: validating a whole 100 MB part at once would be 20 times slower.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from typing import Any

import msgspec

from exitplanner.xarchive.errors import (
    InvalidEncodingError,
    InvalidJsonError,
    InvalidValueError,
    WrongPrefixError,
)
from exitplanner.xarchive.schema import ANY, decoder
from exitplanner.xarchive.source import ArchiveSource

_BOM = b"\xef\xbb\xbf"
_YTD_PREFIX = re.compile(rb"\s*window\.YTD\.([A-Za-z0-9_]{1,80})\.part([0-9]{1,6})\s*=\s*")
_MANIFEST_PREFIX = re.compile(rb"\s*window\.__THAR_CONFIG\s*=\s*")
_BOUNDARY = b"\n  },"
GROUP_BYTES = 2 << 20
_PREFIX_WINDOW = 256
_UTF8_SLICE = 256 << 10  # bigger slices make the decoder's scratch string page-fault (5x slower)


class _CutFailed(Exception):
    """A group did not decode: fall back to decoding the whole member."""


def expected_prefix(ytd_type: str, part: int | None = None) -> str:
    return f"window.YTD.{ytd_type}.part{part if part is not None else 'N'} = ["


class _Utf8Check:
    """Strict UTF-8 validation of a stream, chunk by chunk (results discarded)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")

    def feed(self, data: bytes | bytearray | memoryview, final: bool = False) -> None:
        try:
            view = memoryview(data)
            for start in range(0, len(data), _UTF8_SLICE):
                self._decoder.decode(view[start : start + _UTF8_SLICE])
            if final:
                self._decoder.decode(b"", True)
        except UnicodeDecodeError as exc:
            raise InvalidEncodingError.for_file(self.name) from exc


def iter_item_groups(
    source: ArchiveSource,
    name: str,
    ytd_type: str,
    part: int | None = None,
    *,
    item_list_type: object = ANY,
    on_bytes: Callable[[int], None] | None = None,
    group_bytes: int = GROUP_BYTES,
) -> Iterator[list[Any]]:
    """Yield the items of one data file in lists of a few thousand, checking its prefix.

    ``ytd_type`` is the ``<type>`` the prefix must name (``tweets``, ``like``…); ``part`` the part
    number when the manifest gives it; ``item_list_type`` the msgspec type of the array
    (:mod:`.schema`). ``on_bytes`` receives the decompressed byte count as it grows (progress).
    """
    chunks = source.iter_chunks(name)
    try:
        yield from _cut_chunks(chunks, name, ytd_type, part, item_list_type, on_bytes, group_bytes)
        return
    except _CutFailed:
        pass
    finally:
        chunks.close()
    items = _decode_whole(source, name, ytd_type, part, item_list_type)
    for start in range(0, len(items), 2000):
        yield items[start : start + 2000]


def _check_prefix(head: bytes | bytearray, name: str, ytd_type: str, part: int | None) -> int:
    """Validate ``window.YTD.<type>.partN = [`` at the start; return the offset of ``[``."""
    offset = len(_BOM) if head.startswith(_BOM) else 0
    match = _YTD_PREFIX.match(head, offset)
    if not match or match.group(1).decode() != ytd_type or (part is not None and int(match.group(2)) != part):
        raise WrongPrefixError.for_file(name, expected_prefix(ytd_type, part))
    end = match.end()
    if head[end : end + 1] != b"[":
        raise InvalidJsonError.for_file(name)
    return end


def _cut_chunks(
    chunks: Iterator[bytes],
    name: str,
    ytd_type: str,
    part: int | None,
    item_list_type: object,
    on_bytes: Callable[[int], None] | None,
    group_bytes: int,
) -> Iterator[list[Any]]:
    # The buffer always starts with "[": the array's own for the first group, then the comma
    # after each cut overwritten with "[". The cut's comma is briefly turned into "]" so the
    # group decodes in place, without copying megabytes around.
    decode = decoder(item_list_type).decode
    utf8 = _Utf8Check(name)
    buf = bytearray()
    search_from = 0  # the buffer before this offset holds no boundary (no quadratic rescans)
    produced = 0
    started = False
    eof = False
    while not eof:
        chunk = next(chunks, None)
        if chunk is None:
            eof = True
            utf8.feed(b"", final=True)
        else:
            utf8.feed(chunk)
            buf += chunk
            produced += len(chunk)
            if on_bytes is not None:
                on_bytes(produced)
        if not started:
            if len(buf) < _PREFIX_WINDOW and not eof:
                continue
            del buf[: _check_prefix(bytes(buf[:_PREFIX_WINDOW]), name, ytd_type, part)]
            started = True
        if eof:
            end = len(buf)
            while end and buf[end - 1] in b" \t\r\n;":
                end -= 1
            if end < 2 or buf[end - 1] != ord("]"):
                raise _CutFailed
            items = _decode_in_place(decode, buf, end)
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
            items = _decode_in_place(decode, buf, comma + 1)
            buf[comma] = ord("[")
            del buf[:comma]
            search_from = 0
            yield items


def _decode_in_place(decode: Callable[[Any], Any], buf: bytearray, end: int) -> list[Any]:
    with memoryview(buf) as view, view[:end] as group:
        try:
            return decode(group)
        except (msgspec.DecodeError, RecursionError) as exc:
            raise _CutFailed from exc


def _decode_whole(
    source: ArchiveSource, name: str, ytd_type: str, part: int | None, item_list_type: object
) -> list[Any]:
    data = source.read_bytes(name)
    _Utf8Check(name).feed(data, final=True)
    start = _check_prefix(data[:_PREFIX_WINDOW], name, ytd_type, part)
    end = len(data)
    while end and data[end - 1] in b" \t\r\n;":
        end -= 1
    try:
        return decoder(item_list_type).decode(memoryview(data)[start:end])
    except msgspec.ValidationError as exc:
        field = _field_of(exc)
        if not field:  # an item that is not even an object: the structure itself is wrong
            raise InvalidJsonError.for_file(name) from exc
        raise InvalidValueError.for_field(name, field) from exc
    except (msgspec.DecodeError, RecursionError) as exc:
        raise InvalidJsonError.for_file(name) from exc


def _field_of(error: Exception) -> str:
    """``… - at `$[3].tweet.id_str``` → ``tweet.id_str`` (for the user message)."""
    text = str(error)
    where = text.rfind("`$")
    if where < 0:
        return ""
    path = text[where + 2 :].strip("`")
    return re.sub(r"\[\d+\]\.?", "", path).strip(".")


def read_manifest(source: ArchiveSource, name: str) -> dict[str, Any]:
    """Parse ``data/manifest.js`` (``window.__THAR_CONFIG = {…}``)."""
    data = source.read_bytes(name)
    _Utf8Check(name).feed(data, final=True)
    offset = len(_BOM) if data.startswith(_BOM) else 0
    match = _MANIFEST_PREFIX.match(data, offset)
    if not match:
        raise WrongPrefixError.for_file(name, "window.__THAR_CONFIG = {")
    end = len(data)
    while end and data[end - 1] in b" \t\r\n;":
        end -= 1
    try:
        config = msgspec.json.decode(memoryview(data)[match.end() : end])
    except (msgspec.DecodeError, RecursionError) as exc:
        raise InvalidJsonError.for_file(name) from exc
    if not isinstance(config, dict):
        raise InvalidJsonError.for_file(name)
    return config
