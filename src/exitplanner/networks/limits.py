"""Counting text the way networks do, and Bluesky's limits, checked before any call.

Bluesky's lexicons give two limits for each text: graphemes (what a reader sees as one character:
« é » typed as e + combining accent, a flag, a family emoji) and UTF-8 bytes (ten times more, so
that scripts with long clusters still fit). The server enforces both; so do we, before calling, so
the user gets "display name: 70 for at most 64" instead of an opaque 400 after the upload.
Grapheme clusters follow Unicode UAX #29 through the ``regex`` module's ``\\X``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from exitplanner.networks.errors import ValidationError

_GRAPHEME = regex.compile(r"\X")


def graphemes(text: str) -> int:
    """Number of extended grapheme clusters in ``text``."""
    return len(_GRAPHEME.findall(text))


def utf8_length(text: str) -> int:
    return len(text.encode("utf-8"))


@dataclass(frozen=True)
class TextLimit:
    """A lexicon's ``maxGraphemes`` / ``maxLength`` (bytes) pair for one field."""

    graphemes: int
    utf8_bytes: int

    def check(self, field: str, text: str) -> None:
        """Raise :class:`ValidationError` when ``text`` is over either limit (graphemes reported first)."""
        count = graphemes(text)
        if count > self.graphemes:
            raise ValidationError(field, self.graphemes, count)
        size = utf8_length(text)
        if size > self.utf8_bytes:  # rare: very long clusters; reported in bytes
            raise ValidationError(field, self.utf8_bytes, size)


@dataclass(frozen=True)
class BlueskyLimits:
    """From the lexicons app.bsky.actor.profile, app.bsky.feed.post and app.bsky.embed.images."""

    display_name: TextLimit = TextLimit(64, 640)
    description: TextLimit = TextLimit(256, 2560)
    post: TextLimit = TextLimit(300, 3000)
    #: Not in the lexicon; the Bluesky app stops alt text at 2000 characters, and so do we.
    alt_text: TextLimit = TextLimit(2000, 20000)
    #: A hashtag facet's tag (without #).
    tag: TextLimit = TextLimit(64, 640)
    images_per_post: int = 4
    #: Blob size accepted for a post image, an avatar and a banner (bytes).
    image_bytes: int = 1_000_000
    #: Largest sides we upload: the app shows avatars at 1000 px, banners at 3000×1000.
    avatar_side: int = 1000
    banner_size: tuple[int, int] = (3000, 1000)
    post_image_side: int = 2000
    #: Language codes per post.
    langs: int = 3


BLUESKY = BlueskyLimits()
