"""Mastodon's limits and counting rules, checked before any call; addresses and the rel="me" snippet."""

from __future__ import annotations

import pytest

from exitplanner.networks.errors import NetworkError, ValidationError
from exitplanner.networks.mastodon import normalise_instance, parse_handle, rel_me_snippet
from exitplanner.networks.mastodon_limits import (
    MastodonLimits,
    check_media,
    check_profile_image,
    check_profile_texts,
    check_status,
    countable_length,
)

# The shape of a real Mastodon 4.7 answer (values as recorded in Mastodon.py's test cassettes).
INSTANCE_47 = {
    "configuration": {
        "accounts": {
            "max_display_name_length": 40,
            "max_note_length": 500,
            "max_avatar_description_length": 150,
            "max_header_description_length": 150,
            "max_profile_fields": 4,
            "profile_field_name_limit": 255,
            "profile_field_value_limit": 255,
        },
        "statuses": {"max_characters": 1000, "max_media_attachments": 4, "characters_reserved_per_url": 23},
        "media_attachments": {
            "description_limit": 10000,
            "image_size_limit": 16777216,
            "video_size_limit": 103809024,
            "supported_mime_types": ["image/jpeg", "image/png", "video/mp4"],
        },
    }
}


def test_limits_read_from_instance():
    limits = MastodonLimits.from_instance(INSTANCE_47)
    assert limits.display_name == 40
    assert limits.status == 1000
    assert limits.avatar_description == 150
    assert limits.media_description == 10000
    assert limits.image_size == 16777216
    assert limits.media_types == ("image/jpeg", "image/png", "video/mp4")


@pytest.mark.parametrize("answer", [None, {}, {"configuration": "nope"}, {"configuration": {"statuses": {
    "max_characters": "lots", "characters_reserved_per_url": -1}, "accounts": {"max_profile_fields": True}}}])
def test_mastodon_defaults_when_the_instance_says_nothing_usable(answer):
    limits = MastodonLimits.from_instance(answer)
    assert (limits.display_name, limits.note, limits.fields, limits.field_name, limits.field_value) == (
        30, 500, 4, 255, 255)
    assert (limits.status, limits.url_length) == (500, 23)
    assert limits.avatar_description is None


def test_counting_like_mastodon():
    assert countable_length("") == 0
    # every link counts 23, whatever its length; the final dot stays text
    assert countable_length("https://www.ville-exemple.fr/actualites/2025/01/nous-quittons-x.html.") == 24
    assert countable_length("http://a.fr", url_length=10) == 10
    # a remote mention counts as the user part only
    assert countable_length("@mairie@mastodon.social") == len("@mairie")
    # an e-mail address is not a mention
    assert countable_length("presse@ville.fr") == len("presse@ville.fr")
    # grapheme clusters: a flag, a family emoji and a decomposed é are one each
    assert countable_length("🇫🇷👨‍👩‍👧e\u0301") == 3


def test_profile_texts():
    limits = MastodonLimits()
    check_profile_texts(limits, "x" * 30, "y" * 500, [("a", "b")] * 4)
    with pytest.raises(ValidationError) as raised:
        check_profile_texts(limits, display_name="x" * 31)
    assert (raised.value.field, raised.value.limit, raised.value.actual) == ("display_name", 30, 31)
    with pytest.raises(ValidationError) as raised:
        check_profile_texts(limits, note="z" * 480 + " https://example.org/" + "w" * 200)
    assert raised.value.field == "note" and raised.value.actual == 480 + 1 + 23
    with pytest.raises(ValidationError) as raised:
        check_profile_texts(limits, fields=[("a", "b")] * 5)
    assert (raised.value.field, raised.value.limit, raised.value.actual) == ("fields", 4, 5)
    with pytest.raises(ValidationError) as raised:
        check_profile_texts(limits, fields=[("Site", "v" * 256)])
    assert raised.value.field == "fields[0].value"
    with pytest.raises(ValidationError) as raised:
        check_profile_texts(limits, fields=[("ok", "1"), ("  ", "value without a name")])
    assert raised.value.field == "fields[1].name"


def test_profile_images():
    limits = MastodonLimits()
    check_profile_image("avatar", b"x" * 100, "image/png", limits)
    with pytest.raises(ValidationError) as raised:
        check_profile_image("avatar", b"x" * 100, "image/svg+xml", limits)
    assert raised.value.field == "avatar"
    with pytest.raises(ValidationError) as raised:
        check_profile_image("header", b"x" * (2 * 1024 * 1024 + 1), "image/jpeg", limits)
    assert raised.value.field == "header" and raised.value.limit == 2 * 1024 * 1024


def test_media_needs_a_description_and_the_right_size():
    limits = MastodonLimits.from_instance(INSTANCE_47)
    check_media(b"png", "image/png", "Le maire devant la mairie", limits)
    for blank in (None, "", "   "):
        with pytest.raises(ValidationError) as raised:
            check_media(b"png", "image/png", blank, limits)
        assert raised.value.field == "description" and raised.value.actual == 0
    with pytest.raises(ValidationError):
        check_media(b"gif", "image/gif", "not in this instance's list", limits)
    with pytest.raises(ValidationError) as raised:
        check_media(b"x" * (16777216 + 1), "image/png", "trop lourd", limits)
    assert raised.value.field == "media"
    check_media(b"x" * (16777216 + 1), "video/mp4", "une vidéo peut être plus lourde", limits)


def test_status_limits():
    limits = MastodonLimits()
    check_status("Bonjour Mastodon !", 0, limits)
    check_status("", 1, limits)  # an image alone is a post
    with pytest.raises(ValidationError):
        check_status("   "[:0], 0, limits)
    with pytest.raises(ValidationError) as raised:
        check_status("a" * 490, 0, limits, spoiler_text="b" * 11)
    assert raised.value.actual == 501
    with pytest.raises(ValidationError) as raised:
        check_status("images", 5, limits)
    assert raised.value.field == "media"


@pytest.mark.parametrize(
    ("typed", "base"),
    [
        ("mastodon.social", "https://mastodon.social"),
        ("  https://Piaille.fr/ ", "https://piaille.fr"),
        ("@ville@mamot.fr", "https://mamot.fr"),
        ("https://social.example:8443", "https://social.example:8443"),
        ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
        ("https://mastodon.social/@ville", "https://mastodon.social"),
    ],
)
def test_instance_addresses(typed, base):
    assert normalise_instance(typed) == base


@pytest.mark.parametrize("typed", ["", "http://mastodon.social", "ftp://x.fr", "https://x.fr/admin", "a b"])
def test_bad_instance_addresses(typed):
    with pytest.raises(NetworkError):
        normalise_instance(typed)


def test_handles():
    assert parse_handle("@ville@mamot.fr") == ("ville", "https://mamot.fr")
    assert parse_handle("ville@mamot.fr") == ("ville", "https://mamot.fr")
    assert parse_handle("https://mastodon.social/@ville") == ("ville", "https://mastodon.social")
    with pytest.raises(NetworkError):
        parse_handle("ville")


def test_rel_me_snippet_is_escaped():
    assert rel_me_snippet("https://mamot.fr/@ville") == '<a rel="me" href="https://mamot.fr/@ville">Mastodon</a>'
    assert "&quot;" in rel_me_snippet('https://x.fr/@a"b')
