"""Post lengths counted the way X, Bluesky and Mastodon count them; CamelCase hashtags."""

from __future__ import annotations

from exitplanner.press.counting import bluesky_length, camel_hashtag, graphemes, mastodon_length, x_length


def test_x_counts_urls_as_23_whatever_their_length():
    long_url = "https://www.villeneuve-sur-exemple.fr/actualites/communique-de-presse-depart-de-x"
    assert x_length(long_url) == 23
    assert x_length(f"Lire : {long_url}") == len("Lire : ") + 23
    assert x_length("Site : ville.fr") == len("Site : ") + 23


def test_x_weights_characters():
    assert x_length("é à ç œ ’ « »") == 13  # Latin and general punctuation weigh 1
    assert x_length("\u202f") == 2  # the narrow no-break space is outside X's light ranges
    assert x_length("…") == 2
    assert x_length("👋") == 2
    assert x_length("👩‍👩‍👧") == 2  # a ZWJ family is one emoji
    assert x_length("🇫🇷") == 2
    assert x_length("e\u0301") == 1  # NFC first: é


def test_bluesky_counts_graphemes():
    assert graphemes("e\u0301") == 1
    assert bluesky_length("👩‍👩‍👧🇫🇷é") == 3
    url = "https://bsky.app/profile/ville.bsky.social"
    assert bluesky_length(url) == len(url)  # links count in full


def test_mastodon_counts_urls_as_23_and_remote_mentions_without_domain():
    url = "https://social.example/@villeneuve/113456789012345678"
    assert mastodon_length(url) == 23
    assert mastodon_length("@villeneuve@social.example") == len("@villeneuve")
    assert mastodon_length("Écrire à presse@ville.fr") == len("Écrire à presse@ville.fr")


def test_camel_case_hashtags():
    assert camel_hashtag("Le Kremlin-Bicêtre") == "#LeKremlinBicêtre"
    assert camel_hashtag("L'Haÿ-les-Roses") == "#LHaÿLesRoses"
    assert camel_hashtag("villeneuve-sur-exemple") == "#VilleneuveSurExemple"
    assert camel_hashtag("") == ""
