"""Rich-text facets of a Bluesky post: links, mentions and hashtags, with UTF-8 byte offsets.

A Bluesky post is plain text plus "facets" that say "bytes 12 to 31 are a link to …". The offsets
count **UTF-8 bytes**, not Python characters: « é » is 2 bytes, « » » 2, U+202F 3, an emoji 4. An
announcement in French is full of them, and a facet off by one byte makes the app show a link over
the wrong letters, so offsets are computed from the encoded prefix, never from ``str`` indexes.

Detection follows what the Bluesky app does closely enough for announcements: full ``http(s)``
URLs and bare domains with a common top-level domain (``ville-exemple.fr``), ``@handle`` mentions
(resolved to a DID; a handle that does not resolve stays plain text, as in the app), ``#hashtags``
up to 64 graphemes that are not only digits. Trailing punctuation (French included: ``»``, ``’``)
is not part of a link or a tag.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from exitplanner.networks.limits import BLUESKY, graphemes

# Top-level domains recognised without "https://" (French overseas ones included). A full URL
# with a scheme is recognised whatever its domain.
_BARE_TLDS = ("fr|com|org|net|eu|info|social|app|io|be|ch|lu|ca|bzh|paris|alsace|corsica|re|gp|mq|gf|yt|pm|"
              "nc|pf|wf|bsky|gouv")
_TRAILING = ".,;:!?’'\"»)]…"

_MENTION = regex.compile(
    r"(?<![\w@.\-/])@((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)")
_URL = regex.compile(
    r"(?<![\w@.\-/])(?:https?://[^\s<>\"«»]+"
    r"|(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+(?:" + _BARE_TLDS + r")\b(?:/[^\s<>\"«»]*)?)",
    regex.IGNORECASE)
_TAG = regex.compile(r"(?<![\w&])[#＃]([^\s#＃\u00AD\u2060\u200A\u200B\u200C\u200D\u20E2]+)")


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _strip_trailing(value: str) -> str:
    """Drop closing punctuation; a ")" stays when the value opened one (Wikipedia-style URLs)."""
    while value and value[-1] in _TRAILING:
        if value[-1] == ")" and value.count("(") >= value.count(")"):
            break
        value = value[:-1]
    return value


def _facet(text: str, start: int, end: int, feature: dict[str, Any]) -> dict[str, Any]:
    return {
        "$type": "app.bsky.richtext.facet",
        "index": {"byteStart": _byte_offset(text, start), "byteEnd": _byte_offset(text, end)},
        "features": [feature],
    }


def detect_facets(text: str,
                  resolve_handle: Callable[[str], str | None] | None = None) -> list[dict[str, Any]]:
    """Facets for ``text`` as lexicon JSON (``app.bsky.richtext.facet``), sorted by position.

    ``resolve_handle(handle) -> did | None`` turns mentions into DIDs; without it, or when it
    returns None, mentions are left as plain text.
    """
    facets: list[tuple[int, int, dict[str, Any]]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in _MENTION.finditer(text):
        handle = _strip_trailing(match.group(1)).lower()
        start, end = match.start(), match.start() + 1 + len(handle)
        did = resolve_handle(handle) if resolve_handle else None
        if did:
            facets.append((start, end, {"$type": "app.bsky.richtext.facet#mention", "did": did}))
        taken.append((start, end))  # a mention is never also a link, resolved or not

    for match in _URL.finditer(text):
        value = _strip_trailing(match.group(0))
        start, end = match.start(), match.start() + len(value)
        if not value or not free(start, end):
            continue
        uri = value if regex.match(r"https?://", value, regex.IGNORECASE) else f"https://{value}"
        facets.append((start, end, {"$type": "app.bsky.richtext.facet#link", "uri": uri}))
        taken.append((start, end))

    for match in _TAG.finditer(text):
        tag = _strip_trailing(match.group(1))
        start, end = match.start(), match.start(1) + len(tag)
        if not tag or tag.isdigit() or graphemes(tag) > BLUESKY.tag.graphemes or not free(start, end):
            continue
        facets.append((start, end, {"$type": "app.bsky.richtext.facet#tag", "tag": tag}))
        taken.append((start, end))

    facets.sort(key=lambda item: item[0])
    return [_facet(text, start, end, feature) for start, end, feature in facets]


def facet_text(text: str, facet: dict[str, Any]) -> str:
    """The part of ``text`` a facet covers (decoded from its byte offsets): for tests and previews."""
    encoded = text.encode("utf-8")
    index = facet["index"]
    return encoded[index["byteStart"]:index["byteEnd"]].decode("utf-8")
