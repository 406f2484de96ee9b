"""The few fields the import reads, as msgspec types: everything else is skipped while parsing.

Decoding into these small typed structs instead of full dicts is what makes the import fast and
light: msgspec still checks the JSON syntax of the skipped parts, but builds no Python object for
them (edit history, indices, sizes, sources…). Items come with or without the ``{"tweet": …}``
wrapper: the item type is the tweet type plus an optional ``tweet`` field, and the reader uses
whichever is set. Numbers are typed ``str | int`` because X writes them as strings but a hand-made
file may not; :mod:`.reduce` then converts and validates them.
"""

from __future__ import annotations

import msgspec
from msgspec import Struct


class Tag(Struct):
    text: str | None = None


class Mention(Struct):
    screen_name: str | None = None


class Url(Struct):
    url: str | None = None  # the t.co address written in the text
    expanded_url: str | None = None  # where it leads
    display_url: str | None = None  # what X showed (shortened, with « … »)


class Media(Struct):
    url: str | None = None  # the t.co address X appends to the text for the attached media
    media_url_https: str | None = None
    media_url: str | None = None
    ext_alt_text: str | None = None  # the author's text alternative (API field; rare in archives)


class Entities(Struct):
    hashtags: list[Tag] | None = None
    user_mentions: list[Mention] | None = None
    urls: list[Url] | None = None
    media: list[Media] | None = None


class ExtendedEntities(Struct):
    media: list[Media] | None = None


class Tweet(Struct):
    id_str: str | int | None = None
    id: str | int | None = None
    created_at: str | None = None
    full_text: str | None = None
    text: str | None = None
    favorite_count: str | int | None = None
    retweet_count: str | int | None = None
    in_reply_to_status_id_str: str | int | None = None
    in_reply_to_status_id: str | int | None = None
    quoted_status_id_str: str | int | None = None
    entities: Entities | None = None
    extended_entities: ExtendedEntities | None = None


class TweetItem(Tweet):
    tweet: Tweet | None = None


class Like(Struct):
    tweetId: str | int | None = None


class LikeItem(Like):
    like: Like | None = None


class Skipped(Struct):
    """An object whose fields are all skipped (only its syntax is checked): counting, DM messages."""


class Conversation(Struct):
    messages: list[Skipped] | None = None  # never decoded: DM content stays out of memory


class ConversationItem(Struct):
    dmConversation: Conversation | None = None


TWEETS = list[TweetItem]
LIKES = list[LikeItem]
CONVERSATIONS = list[ConversationItem]
COUNT_ONLY = list[Skipped]
ANY = list[object]

_decoders: dict[object, msgspec.json.Decoder] = {}


def decoder(item_list_type: object) -> msgspec.json.Decoder:
    found = _decoders.get(item_list_type)
    if found is None:
        found = _decoders[item_list_type] = msgspec.json.Decoder(item_list_type)
    return found
