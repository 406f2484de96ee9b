"""French typography pass for generated and typed text (DESIGN §6).

Press releases are judged on their typography: a journalist notices « guillemets », the thin
no-break space before ``; ! ?`` and the no-break space before ``:``. The pass fixes what a
template author or a user types naturally (straight quotes, plain spaces, spaces before commas)
and leaves alone what must stay byte-exact: URLs, e-mail addresses and handles (``@ville``,
``@ville.bsky.social``, ``@ville@mastodon.social``), where a changed character breaks a link.

It is idempotent — running it on its own output changes nothing — so it can be applied at every
stage (template filter, model, export) without accumulating spaces. Some fonts lack U+202F;
``narrow=False`` then uses U+00A0 everywhere.
"""

from __future__ import annotations

import re

NNBSP = "\u202f"  # narrow no-break space (espace fine insécable)
NBSP = "\u00a0"  # no-break space (espace insécable)

# Spans kept byte-exact. Trailing punctuation is not part of a URL ("voir https://x.fr.").
_PROTECTED = re.compile(
    r"""
    (?:https?|ftp)://[^\s<>"«»]+             # URL with a scheme
    | mailto:[^\s<>"«»]+                     # mailto link
    | www\.[^\s<>"«»]+                       # URL without a scheme
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+           # e-mail address (also user@instance)
    | (?<![\w.@/])@[\w-]+(?:\.[\w-]+)*(?:@[\w-]+(?:\.[\w-]+)+)?   # handle: @x, @a.bsky.social, @u@instance
    """,
    re.VERBOSE,
)
_TRAILING = ".,;:!?)]}’'\""

# Any horizontal space a user may have typed (plain, no-break, narrow no-break, thin, tab).
_SPACES = " \t\u00a0\u202f\u2009"
_BEFORE_HIGH = re.compile(rf"[{_SPACES}]*([;!?]+)")
_BEFORE_COLON = re.compile(rf"[{_SPACES}]*:")
# Not before « .fr » or a protected span (placeholders are private-use characters): « voir .fr ».
_BEFORE_LOW = re.compile(rf"[{_SPACES}]+(?=[,.](?![\w\ue000-\uf8ff]))")
_AFTER_OPEN = re.compile(rf"«[{_SPACES}]*")
_BEFORE_CLOSE = re.compile(rf"[{_SPACES}]*»")


def _split_protected(text: str) -> list[tuple[bool, str]]:
    """Cut ``text`` into (protected?, piece) runs, trimming sentence punctuation off URLs."""
    pieces: list[tuple[bool, str]] = []
    pos = 0
    for match in _PROTECTED.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if end <= start or start < pos:
            continue
        pieces.append((False, text[pos:start]))
        pieces.append((True, text[start:end]))
        pos = end
    pieces.append((False, text[pos:]))
    return pieces


def _quotes(text: str) -> str:
    """Straight double quotes become « » (pairing by position), apostrophes become ’."""
    out: list[str] = []
    for i, char in enumerate(text):
        if char == '"':
            before = text[i - 1] if i else ""
            opening = before == "" or before.isspace() or before in "([{—–-/\u2019’'"
            out.append("«" if opening else "»")
        elif char == "'":
            out.append("’")
        else:
            out.append(char)
    return "".join(out)


def _spaces(text: str, thin: str) -> str:
    # No space before , and . (but keep "..." and a lone "." at the start of a line untouched).
    text = _BEFORE_LOW.sub("", text)

    def high(match: re.Match[str]) -> str:
        start = match.start()
        # Nothing to attach to at the start of a line: leave the punctuation alone.
        if start == 0 or text[start - 1] in "\n\r":
            return match.group(1)
        return thin + match.group(1)

    text = _BEFORE_HIGH.sub(high, text)

    def colon(match: re.Match[str]) -> str:
        start, end = match.span()
        prev = text[start - 1] if start else ""
        nxt = text[end] if end < len(text) else ""
        if prev == "" or prev in "\n\r":
            return ":"
        # 14:30, 1:2 and the like are not punctuation.
        if match.group(0) == ":" and prev.isdigit() and nxt.isdigit():
            return ":"
        return NBSP + ":"

    text = _BEFORE_COLON.sub(colon, text)
    text = _AFTER_OPEN.sub("«" + thin, text)
    text = _BEFORE_CLOSE.sub(thin + "»", text)
    return text


def typographize(text: str, *, narrow: bool = True) -> str:
    """Apply French typography to ``text``; idempotent. ``narrow=False`` uses U+00A0 for U+202F."""
    if not text:
        return text
    thin = NNBSP if narrow else NBSP
    pieces = _split_protected(text)
    # Work on the unprotected text with each protected span replaced by a placeholder letter so
    # that rules looking at neighbours (space before "?", quote pairing) see a word there.
    placeholder = next(chr(c) for c in range(0xE000, 0xF900) if chr(c) not in text)
    joined = "".join(placeholder if protected else piece for protected, piece in pieces)
    fixed = _spaces(_quotes(joined), thin)
    spans = iter(piece for protected, piece in pieces if protected)
    return "".join(next(spans) if char == placeholder else char for char in fixed)


def tidy_whitespace(text: str) -> str:
    """Collapse runs of plain spaces and trim each line: templates leave stray spaces around tags."""
    lines = [re.sub(r" {2,}", " ", line).strip(" \t") for line in text.splitlines()]
    return "\n".join(lines)
