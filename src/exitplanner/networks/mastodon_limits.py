"""Mastodon's limits, and the checks we run BEFORE calling the instance.

Why check ourselves: the user types a bio or an announcement in a form with live counters, and a
refusal from the server after an upload is a poor way to learn that a text is three characters too
long. Each instance may change its limits; ``/api/v2/instance`` announces most of them
(``configuration.statuses.max_characters`` and friends) and :meth:`MastodonLimits.from_instance` reads
them, keeping Mastodon's own defaults for what an instance does not announce.

How Mastodon counts (its ``StatusLengthValidator`` and ``NoteLengthValidator``): grapheme clusters,
every ``http(s)://`` link counts as ``characters_reserved_per_url`` (23) whatever its length, and a
mention ``@user@domain`` counts as ``@user``. Display names and profile fields are plain Rails length
checks, i.e. Unicode code points.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from exitplanner.networks.errors import ValidationError

#: Image types every Mastodon accepts for avatars and headers (animated GIFs included).
PROFILE_IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")

# A link as Mastodon's extractor sees it: with its scheme, up to white space or a quote/angle bracket;
# trailing punctuation belongs to the sentence, not to the link.
_URL = regex.compile(r"""https?://[^\s<>"']+""", regex.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}'\""
# @user or @user@domain, not preceded by a word character, "=" or "/" (e-mail addresses, URLs).
_MENTION = regex.compile(
    r"(?<![=/\w])@([a-z0-9_]+(?:[a-z0-9_.-]*[a-z0-9_])?)(?:@[\w.-]*\w)?", regex.IGNORECASE
)
_GRAPHEME = regex.compile(r"\X")


@dataclass(frozen=True)
class MastodonLimits:
    """What one instance accepts. Defaults are Mastodon's own when the instance says nothing."""

    display_name: int = 30
    note: int = 500
    fields: int = 4
    field_name: int = 255
    field_value: int = 255
    status: int = 500
    url_length: int = 23
    media_attachments: int = 4
    media_description: int = 1500
    image_size: int = 10 * 1024 * 1024
    #: Largest picture in pixels (width × height) the instance accepts: 4096 × 4096 before 4.x announced it.
    image_matrix: int = 4096 * 4096
    video_size: int = 40 * 1024 * 1024
    #: Avatar and header files: Mastodon resizes them (400×400, 1500×500) but refuses big uploads; it
    #: does not announce this limit, so the historical, smallest one is used.
    profile_image_size: int = 2 * 1024 * 1024
    #: ``None`` when the instance does not support image descriptions on the profile (before 4.7).
    avatar_description: int | None = None
    header_description: int | None = None
    media_types: tuple[str, ...] = ("image/jpeg", "image/png", "image/gif", "image/webp", "video/mp4")

    @classmethod
    def from_instance(cls, instance: Mapping[str, Any] | None) -> MastodonLimits:
        """Read ``configuration`` from an ``/api/v2/instance`` (or v1) answer; tolerate anything."""
        config = _mapping(instance, "configuration")
        statuses = _mapping(config, "statuses")
        accounts = _mapping(config, "accounts")
        media = _mapping(config, "media_attachments")
        base = cls()
        types = media.get("supported_mime_types")
        return cls(
            display_name=_positive(accounts.get("max_display_name_length"), base.display_name),
            note=_positive(accounts.get("max_note_length"), base.note),
            fields=_positive(accounts.get("max_profile_fields"), base.fields),
            field_name=_positive(accounts.get("profile_field_name_limit"), base.field_name),
            field_value=_positive(accounts.get("profile_field_value_limit"), base.field_value),
            status=_positive(statuses.get("max_characters"), base.status),
            url_length=_positive(statuses.get("characters_reserved_per_url"), base.url_length),
            media_attachments=_positive(statuses.get("max_media_attachments"), base.media_attachments),
            media_description=_positive(media.get("description_limit"), base.media_description),
            image_size=_positive(media.get("image_size_limit"), base.image_size),
            image_matrix=_positive(media.get("image_matrix_limit"), base.image_matrix),
            video_size=_positive(media.get("video_size_limit"), base.video_size),
            avatar_description=_positive(accounts.get("max_avatar_description_length"), None),
            header_description=_positive(accounts.get("max_header_description_length"), None),
            media_types=tuple(map(str, types)) if isinstance(types, list) and types else base.media_types,
        )


def _mapping(data: Any, key: str) -> Mapping[str, Any]:
    value = data.get(key) if isinstance(data, Mapping) else None
    return value if isinstance(value, Mapping) else {}


def _positive(value: Any, default: int | None) -> Any:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else default


def countable_length(text: str, url_length: int = 23) -> int:
    """Length of a status or bio as Mastodon counts it (graphemes, links fixed, remote mentions short)."""

    def link(match: regex.Match[str]) -> str:
        url = match.group(0)
        kept = url.rstrip(_URL_TRAILING)
        return "x" * url_length + url[len(kept) :]

    text = _URL.sub(link, text)
    text = _MENTION.sub(lambda m: "@" + m.group(1), text)
    return len(_GRAPHEME.findall(text))


def check_length(field: str, actual: int, limit: int) -> None:
    if actual > limit:
        raise ValidationError(field, limit, actual)


def check_profile_texts(
    limits: MastodonLimits,
    display_name: str | None = None,
    note: str | None = None,
    fields: Sequence[tuple[str, str]] | None = None,
) -> None:
    """Raise :class:`ValidationError` for the first text the instance would refuse."""
    if display_name is not None:
        check_length("display_name", len(display_name), limits.display_name)
    if note is not None:
        check_length("note", countable_length(note, limits.url_length), limits.note)
    if fields is not None:
        check_length("fields", len(fields), limits.fields)
        for index, (name, value) in enumerate(fields):
            check_length(f"fields[{index}].name", len(name), limits.field_name)
            check_length(f"fields[{index}].value", len(value), limits.field_value)
            if value and not name.strip():
                # Mastodon refuses a value without a name ("EmptyProfileFieldNamesValidator").
                raise ValidationError(f"fields[{index}].name", 1, 0)


def check_profile_image(field: str, data: bytes, mime_type: str, limits: MastodonLimits) -> None:
    if mime_type not in PROFILE_IMAGE_TYPES:
        raise ValidationError(field, None, None)
    check_length(field, len(data), limits.profile_image_size)


def check_media(data: bytes, mime_type: str, description: str | None, limits: MastodonLimits) -> None:
    """A file for a post: a type the instance takes, under its size, with a (required) description."""
    if mime_type not in limits.media_types:
        raise ValidationError("media", None, None)
    size_limit = limits.video_size if mime_type.startswith(("video/", "audio/")) else limits.image_size
    check_length("media", len(data), size_limit)
    # Alt text is required (RGAA, DESIGN §6): a blank one is as bad as none.
    text = (description or "").strip()
    if not text:
        raise ValidationError("description", limits.media_description, 0)
    check_length("description", len(text), limits.media_description)


def check_status(text: str, media_count: int, limits: MastodonLimits, spoiler_text: str = "") -> None:
    length = countable_length(spoiler_text + text, limits.url_length)
    if length == 0 and media_count == 0:
        raise ValidationError("status", limits.status, 0)
    check_length("status", length, limits.status)
    check_length("media", media_count, limits.media_attachments)
