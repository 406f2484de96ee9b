"""Post length the way each network counts it, and CamelCase hashtags.

Each network counts differently, and a post refused for being one character too long is a bad
surprise on the day of the announcement:

- **X** weighs characters (twitter-text configuration v3): code points in the Latin, Greek,
  Cyrillic… ranges and a few punctuation ranges weigh 1, everything else 2 (CJK, most emoji, but
  also U+202F and « … »), an emoji sequence weighs 2 as a whole, and every URL counts 23 whatever
  its length. Limit 280.
- **Bluesky** counts grapheme clusters (what a reader sees as one character), URLs in full.
  Limit 300. Grapheme clusters follow Unicode's UAX #29 through the ``regex`` module's ``\\X``,
  which tracks new Unicode versions (emoji ZWJ sequences, flags) better than a hand-written
  segmenter would.
- **Mastodon** counts every URL as 23 and a remote mention ``@user@instance`` as ``@user``. The
  server counts grapheme clusters, the web composer code points; we count code points, which is
  never less, so a post that passes here passes both. Limit 500.
"""

from __future__ import annotations

import re as _re
import unicodedata

import regex

X_LIMIT = 280
BLUESKY_LIMIT = 300
MASTODON_LIMIT = 500
URL_LENGTH = 23

# URLs as the networks detect them: with a scheme, or a bare domain with a common TLD. Trailing
# punctuation is not part of the link.
_URL = _re.compile(
    r"(?:https?://[^\s<>«»\"]+|(?<![@\w.])(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:fr|com|org|net|eu|social|gouv\.fr)"
    r"(?:/[^\s<>«»\"]*)?)(?<![.,;:!?)’'\"])",
)
_MASTODON_MENTION = _re.compile(r"(?<![\w/])(@[\w.]+)@[\w-]+(?:\.[\w-]+)+")

# twitter-text v3: weight 1 (100/100) for these ranges, 2 otherwise.
_X_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
_EMOJI = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}")


def graphemes(text: str) -> int:
    """Number of extended grapheme clusters (« é » typed as e + accent is one)."""
    return len(regex.findall(r"\X", text))


def urls(text: str) -> list[str]:
    return [m.group(0) for m in _URL.finditer(text)]


def _x_weight(char: str) -> int:
    code = ord(char)
    return 1 if any(lo <= code <= hi for lo, hi in _X_LIGHT_RANGES) else 2


def x_length(text: str) -> int:
    """Weighted length of a post on X (limit 280)."""
    text = unicodedata.normalize("NFC", text)
    total = 0
    pos = 0
    for match in _URL.finditer(text):
        total += _x_plain_length(text[pos:match.start()]) + URL_LENGTH
        pos = match.end()
    return total + _x_plain_length(text[pos:])


def _x_plain_length(text: str) -> int:
    total = 0
    for cluster in regex.findall(r"\X", text):
        if _EMOJI.search(cluster):
            total += 2  # an emoji sequence (ZWJ, skin tone, flag) counts as one emoji
        else:
            total += sum(_x_weight(c) for c in cluster)
    return total


def bluesky_length(text: str) -> int:
    """Length of a Bluesky post (graphemes, limit 300)."""
    return graphemes(text)


def mastodon_length(text: str) -> int:
    """Length of a Mastodon post (URLs 23, remote mentions without their domain; limit 500)."""
    text = _MASTODON_MENTION.sub(r"\1", text)
    text = _URL.sub("x" * URL_LENGTH, text)
    return len(text)


COUNTERS = {"x": (x_length, X_LIMIT), "bluesky": (bluesky_length, BLUESKY_LIMIT),
            "mastodon": (mastodon_length, MASTODON_LIMIT)}


def camel_hashtag(text: str) -> str:
    """« Le Kremlin-Bicêtre » → « #LeKremlinBicêtre »: CamelCase so that screen readers say the words.

    Accents are kept (all three networks accept letters of any script in hashtags); apostrophes,
    hyphens and spaces separate words.
    """
    words = regex.split(r"[^\p{L}\p{N}]+", text)
    tag = "".join(w[0].upper() + w[1:] for w in words if w)
    return "#" + tag if tag else ""
