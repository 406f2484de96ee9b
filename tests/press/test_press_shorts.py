"""Short versions stay within each network's limit, counted the network's way, with hashtags and link."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from exitplanner.press.context import AccountView, AuthorityView, HeadView, PressContext
from exitplanner.press.counting import (
    BLUESKY_LIMIT,
    MASTODON_LIMIT,
    X_LIMIT,
    bluesky_length,
    camel_hashtag,
    mastodon_length,
    x_length,
)
from exitplanner.press.reasons import REASON_IDS, reasons_sentence
from exitplanner.press.shorts import bluesky_announcement, mastodon_announcement, short_versions, x_farewell


def context(strategy: str = "dormant", name: str = "Le Kremlin-Bicêtre", accounts: int = 2,
            url: str = "https://www.ville-kremlin-bicetre.fr/actualites/communique-depart-x") -> PressContext:
    authority = AuthorityView(name=name, bare=name, full=f"la Ville de {name}",
                              full_de=f"de la Ville de {name}", institution="la Ville",
                              website="https://www.ville.fr", website_label="www.ville.fr",
                              hashtag=camel_hashtag(name))
    new = [AccountView("bluesky", "Bluesky", "@ville-kremlin-bicetre.bsky.social", ""),
           AccountView("mastodon", "Mastodon", "@kremlinbicetre@mastodon.social", "")][:accounts]
    day = date(2025, 1, 21)
    return PressContext(authority=authority, head=HeadView(), strategy=strategy, strategy_defaulted=False,
                        today=day, decision_date=day, x_handle="@KremlinBicetre",
                        x_deletion_date=day + timedelta(days=30) if strategy == "delete_account" else None,
                        reasons=reasons_sentence(REASON_IDS), new_accounts=new, release_url=url)


@pytest.mark.parametrize("strategy", ["dormant", "delete_account", "delete_posts"])
def test_each_short_version_fits_and_carries_link_and_hashtags(strategy):
    ctx = context(strategy)
    versions = short_versions(ctx)
    for network, short in versions.items():
        assert short.within_limit, (network, short.length, short.text)
        assert ctx.release_url in short.text
        assert "#HelloQuitteX" in short.text and "#LeKremlinBicêtre" in short.text
    assert versions["x"].length == x_length(versions["x"].text) <= X_LIMIT
    assert "sera supprimé le 20 février 2025" in versions["x"].text or strategy != "delete_account"


def test_too_long_texts_drop_optional_parts_then_shorten():
    long_name = "Saint-Rémy-en-Bouzemont-Saint-Genest-et-Isson " * 4
    ctx = context("delete_account", name=long_name.strip(), accounts=2)
    farewell = x_farewell(ctx)
    assert x_length(farewell) <= X_LIMIT
    assert ctx.release_url in farewell and "#HelloQuitteX" in farewell
    assert bluesky_length(bluesky_announcement(ctx)) <= BLUESKY_LIMIT
    assert mastodon_length(mastodon_announcement(ctx)) <= MASTODON_LIMIT


def test_mastodon_text_includes_the_reasons_when_room_allows():
    ctx = context("dormant", accounts=1)
    ctx.reasons = reasons_sentence(["moderation"])
    text = mastodon_announcement(ctx)
    assert "modération" in text and mastodon_length(text) <= MASTODON_LIMIT
    assert "Également sur Bluesky" in text


def test_bluesky_announcement_points_to_mastodon_when_room_allows():
    text = bluesky_announcement(context(url="https://kb.fr/x"))
    assert "Mastodon (@kremlinbicetre@mastodon.social)" in text
    assert "@ville-kremlin-bicetre.bsky.social" not in text
    # Bluesky counts links in full: with a long link the optional mention goes, the link stays.
    long_url = "https://www.ville-kremlin-bicetre.fr/" + "a" * 150
    text = bluesky_announcement(context(url=long_url))
    assert long_url in text and bluesky_length(text) <= BLUESKY_LIMIT


def test_narrow_setting_applies_to_short_texts():
    ctx = context()
    assert "\u202f" in x_farewell(ctx) or "\u202f" in bluesky_announcement(ctx)
    assert "\u202f" not in bluesky_announcement(ctx, narrow=False)
