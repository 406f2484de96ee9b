"""Turning parsed archive items into compact records, field by field, with validation.

This is the import's hot loop (one call per post), so it reads only the fields it needs, with
local lookups and no intermediate objects. Every number in X's files is a string: ``_count``
and ``_snowflake`` convert and validate them, raising :class:`InvalidValueError` for anything that
is not a plain non-negative integer. ``full_text`` is HTML-escaped by X (``&amp;``, ``&lt;``,
``&gt;``): unescaped once here.

Kinds: *repost* when the text starts with ``RT @`` (that is how X's archive marks them), else
*reply* when ``in_reply_to_status_id`` is set (threads of the account itself count as replies),
else *quote* when ``quoted_status_id`` is set or a URL points to another post
(``twitter.com|x.com/<user>/status/<id>``: the archive has no other quote marker), else
*original*.
"""

from __future__ import annotations

import html
import re
import sys
from datetime import date
from typing import Any

from exitplanner.xarchive.errors import InvalidValueError
from exitplanner.xarchive.model import (
    KIND_ORIGINAL,
    KIND_QUOTE,
    KIND_REPLY,
    KIND_REPOST,
    ConnectedApp,
    Post,
)
from exitplanner.xarchive.schema import Tweet, TweetItem

_MAX_ID = (1 << 64) - 1
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_X_DATE = re.compile(
    r"[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) "
    r"([+-])([0-9]{2})([0-9]{2}) ([0-9]{4})\Z"
)
_ISO_DATE = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(?:\.[0-9]{1,9})?(Z|[+-][0-9]{2}:?[0-9]{2})?\Z"
)
_STATUS_URL = re.compile(
    r"https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/[A-Za-z0-9_]{1,50}/status(?:es)?/(\d{1,20})"
)
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_day_cache: dict[object, int] = {}  # at most a few thousand days per archive
_minute_cache: dict[str, int] = {}  # "HH:MM" -> seconds, at most 1,440 entries
_SECONDS = {f"{n:02d}": n for n in range(61)}
_intern = sys.intern


def _days(year: int, month: int, day: int) -> int | None:
    key = (year, month, day)
    days = _day_cache.get(key)
    if days is None:
        try:
            days = date(year, month, day).toordinal() - _EPOCH_ORDINAL
        except ValueError:
            return None
        if len(_day_cache) < 200_000:
            _day_cache[key] = days
    return days


def parse_date(value: Any, file: str, field: str) -> int:
    """X's ``Wed Oct 10 20:19:24 +0000 2018`` or ISO 8601 → seconds since the epoch, UTC."""
    if type(value) is str and len(value) == 30 and value[19:26] == " +0000 ":
        # Fast path for X's usual dates: the day and the hour:minute are validated and
        # computed once each, then found in small caches.
        key = value[4:10] + value[26:]
        days = _day_cache.get(key)
        if days is None:
            days = _day_of(value)
            if days is not None and len(_day_cache) < 200_000:
                _day_cache[key] = days
        minutes = _minute_cache.get(value[11:16])
        if minutes is None:
            minutes = _minutes_of(value[11:16])
            if minutes is not None:
                _minute_cache[value[11:16]] = minutes
        seconds = _SECONDS.get(value[17:19])
        if (
            days is not None
            and minutes is not None
            and seconds is not None
            and value[3] == value[10] == " "
            and value[16] == ":"
        ):
            return days * 86400 + minutes + seconds
    return _parse_date_slow(value, file, field)


_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _day_of(value: str) -> int | None:
    """Days since the epoch of ``Wed Oct 10 20:19:24 +0000 2018``, None if impossible.

    Plain arithmetic (proleptic Gregorian, like :mod:`datetime`): small archives have a new day
    for almost every post, so this runs nearly once per post there.
    """
    month = _MONTHS.get(value[4:7])
    day, year = value[8:10], value[26:30]
    if not (month and day.isdigit() and day.isascii() and year.isdigit() and year.isascii()):
        return None
    y, d = int(year), int(day)
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    if not 1 <= d <= _DAYS_IN_MONTH[month] + (leap and month == 2) or y == 0:
        return None
    before = y - 1
    return (before * 365 + before // 4 - before // 100 + before // 400 + _DAYS_BEFORE_MONTH[month]
            + (leap and month > 2) + d - _EPOCH_ORDINAL)


def _minutes_of(text: str) -> int | None:
    """``"20:19"`` → seconds since midnight, None if impossible."""
    hour, minute = text[:2], text[3:]
    if text[2] != ":" or not (hour + minute).isdigit() or not (hour + minute).isascii():
        return None
    if int(hour) > 23 or int(minute) > 59:
        return None
    return int(hour) * 3600 + int(minute) * 60


def _parse_date_slow(value: Any, file: str, field: str) -> int:
    if isinstance(value, str):
        match = _X_DATE.match(value)
        if match:
            month = _MONTHS.get(match.group(1))
            days = _days(int(match.group(9)), month, int(match.group(2))) if month else None
            hour, minute, second = int(match.group(3)), int(match.group(4)), int(match.group(5))
            if days is not None and hour < 24 and minute < 60 and second < 61:
                offset = int(match.group(7)) * 3600 + int(match.group(8)) * 60
                if match.group(6) == "+":
                    offset = -offset
                return days * 86400 + hour * 3600 + minute * 60 + second + offset
        match = _ISO_DATE.match(value)
        if match:
            days = _days(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            hour, minute, second = int(match.group(4)), int(match.group(5)), int(match.group(6))
            if days is not None and hour < 24 and minute < 60 and second < 61:
                zone = match.group(7) or "Z"
                offset = 0
                if zone != "Z":
                    sign = -1 if zone[0] == "+" else 1
                    digits = zone[1:].replace(":", "")
                    offset = sign * (int(digits[:2]) * 3600 + int(digits[2:]) * 60)
                return days * 86400 + hour * 3600 + minute * 60 + second + offset
    raise InvalidValueError.for_field(file, field)


def snowflake(value: Any, file: str, field: str) -> int:
    """An id: a string of digits (X) — plain integers are tolerated, anything else refused."""
    if type(value) is str and value.isdigit() and value.isascii() and len(value) <= 20:
        number = int(value)
    elif type(value) is int and value >= 0:
        number = value
    else:
        raise InvalidValueError.for_field(file, field)
    if number > _MAX_ID:
        raise InvalidValueError.for_field(file, field)
    return number


def count(value: Any, file: str, field: str) -> int:
    """A counter: missing means 0; otherwise a non-negative integer as a string."""
    if value is None:
        return 0
    if type(value) is str and value.isdigit() and value.isascii() and len(value) <= 15:
        return int(value)
    if type(value) is int and 0 <= value < 10**15:
        return value
    raise InvalidValueError.for_field(file, field)


def unwrap(item: Any, key: str, file: str) -> dict:
    """``{"tweet": {…}}`` → ``{…}``; items without the wrapper (older archives) pass through."""
    if type(item) is dict:
        inner = item.get(key)
        if type(inner) is dict and len(item) == 1:
            return inner
        return item
    raise InvalidValueError.for_field(file, key)


def _tags(entries: list) -> tuple[str, ...]:
    return tuple([_intern(entry.text) for entry in entries if entry.text])


def _handles(entries: list) -> tuple[str, ...]:
    return tuple([_intern(entry.screen_name) for entry in entries if entry.screen_name])


def unescape_x(text: str) -> str:
    """Undo X's escaping of ``full_text``: exactly ``&`` → ``&amp;``, ``<`` → ``&lt;``, ``>`` → ``&gt;``.

    ``&amp;`` is replaced last, so a user's literal ``&lt;`` (stored ``&amp;lt;``) comes back as
    typed; four times faster than :func:`html.unescape`, which would also turn ``&eacute;``-like
    sequences (that X never writes unescaped) into characters.
    """
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _media(tweet: Tweet) -> list:
    extended = tweet.extended_entities
    media = extended.media if extended is not None else None
    if not media and tweet.entities is not None:
        media = tweet.entities.media
    return media or []


def _media_names(media: list) -> tuple[str, ...]:
    return tuple((entry.media_url_https or entry.media_url or "").rsplit("/", 1)[-1] for entry in media)


def _alt_texts(media: list) -> tuple[str, ...]:
    """The authors' text alternatives, () when no media has one (X's archives usually have none)."""
    texts = tuple(entry.ext_alt_text if type(entry.ext_alt_text) is str else "" for entry in media)
    return texts if any(texts) else ()


def _urls(entries: list) -> tuple[str, ...]:
    """(t.co, expanded, display) of each link, flattened; entries without both addresses are dropped."""
    flat: list[str] = []
    for entry in entries:
        short, expanded = entry.url, entry.expanded_url
        if type(short) is str and type(expanded) is str and short and expanded:
            display = entry.display_url if type(entry.display_url) is str else ""
            flat += (short, expanded, display)
    return tuple(flat)


def _digits(value: str | int | None, file: str, field: str) -> int:
    """Optional id fields (reply, quote): 0 when absent."""
    if not value:
        return 0
    if type(value) is str and value.isdigit() and value.isascii() and len(value) < 20:
        return int(value)
    return snowflake(value, file, field)


def reduce_tweet(item: TweetItem, file: str) -> Post:
    """One item of ``tweets.js`` / ``tweet.js`` / ``deleted-tweets.js`` / ``community-tweet.js``."""
    tweet = item.tweet or item
    tweet_id = tweet.id_str or tweet.id
    if type(tweet_id) is str and tweet_id.isdigit() and tweet_id.isascii() and len(tweet_id) < 20:
        tweet_id = int(tweet_id)
    else:
        tweet_id = snowflake(tweet_id, file, "id_str")
    created = parse_date(tweet.created_at, file, "created_at")
    text = tweet.full_text
    if text is None:
        text = tweet.text or ""
    if "&" in text:
        text = unescape_x(text)
    reply_to = tweet.in_reply_to_status_id_str or tweet.in_reply_to_status_id
    if reply_to:
        reply_to = _digits(reply_to, file, "in_reply_to_status_id_str")
    entities = tweet.entities
    hashtags = mentions = ()
    urls = None
    if entities is not None:
        if entities.hashtags:
            hashtags = _tags(entities.hashtags)
        if entities.user_mentions:
            mentions = _handles(entities.user_mentions)
        urls = entities.urls
    quoted = tweet.quoted_status_id_str
    if quoted:
        quoted = _digits(quoted, file, "quoted_status_id_str")
    quoted = quoted or 0
    reply_to = reply_to or 0
    if not quoted and urls:
        for entry in urls:
            expanded = entry.expanded_url
            if expanded and "/status" in expanded:
                match = _STATUS_URL.match(expanded)
                if match:
                    quoted = int(match.group(1))
                    break
    if text.startswith("RT @"):
        kind = KIND_REPOST
    elif reply_to:
        kind = KIND_REPLY
    elif quoted:
        kind = KIND_QUOTE
    else:
        kind = KIND_ORIGINAL
    likes = tweet.favorite_count
    if not (type(likes) is str and likes.isdigit() and likes.isascii() and len(likes) < 16):
        likes = count(likes, file, "favorite_count")
    reposts = tweet.retweet_count
    if not (type(reposts) is str and reposts.isdigit() and reposts.isascii() and len(reposts) < 16):
        reposts = count(reposts, file, "retweet_count")
    names = alt_texts = ()
    media_link = ""
    if tweet.extended_entities is not None or (entities is not None and entities.media):
        media = _media(tweet)
        if media:
            names = _media_names(media)
            alt_texts = _alt_texts(media)
            media_link = media[0].url if type(media[0].url) is str else ""
    return Post(
        tweet_id,
        created,
        kind,
        text,
        int(likes),
        int(reposts),
        names,
        hashtags,
        mentions,
        reply_to,
        quoted,
        False,
        _urls(urls) if urls else (),
        media_link,
        alt_texts,
    )


def _text(value: Any) -> str:
    return value if type(value) is str else ""


def reduce_note(item: Any, file: str) -> tuple[int, str, int]:
    """``note-tweet.js`` item → (created seconds, full text, tweet id or 0)."""
    note = unwrap(item, "noteTweet", file)
    created = note.get("createdAt")
    created = parse_date(created, file, "createdAt") if created is not None else -1
    core = note.get("core")
    text = ""
    if type(core) is dict:
        text = _text(core.get("text"))
    else:
        results = note.get("noteTweetResults") or note.get("noteTweetContents")
        if type(results) is dict:
            text = _text(results.get("text"))
    if "&" in text:
        text = html.unescape(text)
    tweet_id = note.get("tweetId")
    tweet_id = snowflake(tweet_id, file, "tweetId") if tweet_id else 0
    return created, text, tweet_id


def reduce_app(item: Any, file: str) -> ConnectedApp:
    app = unwrap(item, "connectedApplication", file)
    organization = app.get("organization")
    organization = organization if type(organization) is dict else {}
    permissions = app.get("permissions")
    approved = app.get("approvedAt")
    return ConnectedApp(
        name=_text(app.get("name")),
        organization=_text(organization.get("name")),
        url=_text(organization.get("url")),
        permissions=[p for p in permissions if type(p) is str] if type(permissions) is list else [],
        approved_at=parse_date(approved, file, "approvedAt") if approved else None,
    )
