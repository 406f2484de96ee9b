"""The reader over realistic (generated) and hand-made archives: layouts, parts, fields, progress."""

from __future__ import annotations

import zipfile

import pytest
from xarchive_builders import ACCOUNT, manifest, minimal, tweet, write_zip, ytd

from exitplanner.progress import Cancelled, Progress
from exitplanner.xarchive import generate_archive, import_archive
from exitplanner.xarchive.model import KIND_ORIGINAL, KIND_QUOTE, KIND_REPLY, KIND_REPOST
from exitplanner.xarchive.source import Limits, open_source
from exitplanner.xarchive.ytd import iter_item_groups


@pytest.fixture(scope="module")
def modern(tmp_path_factory):
    path = tmp_path_factory.mktemp("modern") / "modern.zip"
    return generate_archive(path, 900, seed=3, parts=4, media=12)


def test_modern_layout_reads_everything_and_reconciles(modern):
    result = import_archive(modern.path)
    assert result.layout == "modern"
    assert result.account.username == "VilleneuveSurEx"
    assert len(result.posts) == 900
    kinds = {kind: sum(1 for p in result.posts if p.kind == kind) for kind in modern.kinds}
    assert kinds == modern.kinds
    assert result.likes == modern.counts["like"]
    assert result.followers == modern.counts["follower"]
    assert result.following == modern.counts["following"]
    assert result.tweet_headers == 900
    assert len(result.deleted_posts) == modern.counts["deletedTweets"]
    assert len(result.community_posts) == 2
    assert len(result.connected_apps) == 3
    assert result.dm_conversations == modern.counts["directMessageHeaders"]
    assert result.dm_messages > result.dm_conversations
    assert result.phone_numbers == ["+33612345678"]
    assert result.reconciled
    assert {k: v.read for k, v in result.reconciliation.items()} == {
        k: v for k, v in modern.counts.items() if k in result.reconciliation
    }


def test_parts_out_of_order_are_sorted_chronologically(modern):
    with zipfile.ZipFile(modern.path) as archive:
        first_part = archive.read("data/tweets.js").decode()
    # The generator writes part 0 from a chunk that is not the oldest: the import must sort.
    result = import_archive(modern.path)
    created = [p.created for p in result.posts]
    assert created == sorted(created)
    assert str(result.posts[0].id) not in first_part[:2000] or len(created) < 10


def test_long_posts_are_matched_to_their_tweet(modern):
    result = import_archive(modern.path)
    assert result.note_tweets == modern.notes > 0
    assert result.notes_matched == modern.notes
    long_posts = [p for p in result.posts if p.is_note]
    assert len(long_posts) == modern.notes
    assert all(len(p.text) > 300 and "…" not in p.text[-5:] for p in long_posts)


def test_media_inventory_in_tweets_media(modern):
    result = import_archive(modern.path)
    assert len(result.media) == modern.media_files == 12
    assert all(m.folder == "data/tweets_media" and m.size > 0 for m in result.media)
    with_media = {p.id for p in result.posts if p.media}
    assert {m.tweet_id for m in result.media} == with_media
    by_post = result.media_by_post()
    assert all(len(by_post[p.id]) == len(p.media) for p in result.posts if p.media)


def test_legacy_layout_bare_items_and_tweet_media(tmp_path):
    made = generate_archive(tmp_path / "legacy.zip", 300, layout="legacy", seed=5, parts=2, media=4)
    with zipfile.ZipFile(made.path) as archive:
        names = archive.namelist()
        head = archive.read("tweet.js")[:200]
    assert "tweet-part1.js" in names and not any(n.startswith("data/") for n in names)
    assert head.startswith(b"window.YTD.tweet.part0 = [") and b'"tweet"' not in head
    result = import_archive(made.path)
    assert result.layout == "legacy"
    assert len(result.posts) == 300
    assert len(result.media) == 4 and all(m.folder == "tweet_media" for m in result.media)
    assert result.reconciliation["tweet"].expected is None and result.reconciled
    assert {"tweet", "connectedApplication", "phoneNumber"} <= set(result.data_types)


def test_folder_input_gives_the_same_result(modern, tmp_path):
    folder = tmp_path / "extracted"
    with zipfile.ZipFile(modern.path) as archive:
        archive.extractall(folder)
    from_zip = import_archive(modern.path)
    from_folder = import_archive(folder)
    assert [p.id for p in from_folder.posts] == [p.id for p in from_zip.posts]
    assert from_folder.likes == from_zip.likes and len(from_folder.media) == len(from_zip.media)


def test_wrapper_and_no_wrapper_entities_numbers_and_kinds(tmp_path):
    items = [
        tweet(1, text="Piscine &amp; gymnase &lt;ouverts&gt; 🏊 مرحبا"),
        tweet(2, wrap=False, text="@Prefet merci", in_reply_to_status_id_str="1"),
        tweet(3, text="RT @Region: bravo"),
        tweet(
            4,
            text="À lire https://t.co/x",
            entities={"urls": [{"expanded_url": "https://x.com/Region/status/77", "url": "https://t.co/x"}]},
        ),
        tweet(
            5,
            text="#Fête #fête @Agglo",
            favorite_count="12",
            retweet_count="3",
            entities={
                "hashtags": [{"text": "Fête"}, {"text": "fête"}],
                "user_mentions": [{"screen_name": "Agglo"}],
            },
        ),
    ]
    path = write_zip(tmp_path / "a.zip", minimal(items))
    result = import_archive(path)
    by_id = {p.id: p for p in result.posts}
    assert by_id[1].text == "Piscine & gymnase <ouverts> 🏊 مرحبا" and by_id[1].kind == KIND_ORIGINAL
    assert by_id[2].kind == KIND_REPLY and by_id[2].reply_to == 1
    assert by_id[3].kind == KIND_REPOST
    assert by_id[4].kind == KIND_QUOTE and by_id[4].quoted == 77
    assert (by_id[5].likes, by_id[5].reposts, by_id[5].hashtags, by_id[5].mentions) == (
        12,
        3,
        ("Fête", "fête"),
        ("Agglo",),
    )


def test_note_matched_by_time_and_prefix_not_by_time_alone(tmp_path):
    same_time = "Mon Jan 06 10:00:00 +0000 2025"
    long_text = "Réunion publique " + "très détaillée " * 30
    items = [
        tweet(10, same_time, long_text[:270] + "… https://t.co/abc"),
        tweet(11, same_time, "Autre sujet"),
    ]
    members = minimal(items)
    members["data/note-tweet.js"] = ytd(
        "note_tweet",
        [
            {
                "noteTweet": {
                    "noteTweetId": "99",
                    "createdAt": "2025-01-06T10:00:00.000Z",
                    "core": {"text": long_text},
                }
            },
            {"noteTweet": {"createdAt": "2021-01-01T00:00:00.000Z", "core": {"text": "Orpheline"}}},
        ],
    )
    result = import_archive(write_zip(tmp_path / "n.zip", members))
    by_id = {p.id: p for p in result.posts}
    assert by_id[10].text == long_text and by_id[10].is_note
    assert by_id[11].text == "Autre sujet" and not by_id[11].is_note
    assert (result.note_tweets, result.notes_matched, len(result.warnings)) == (2, 1, 1)


def test_reconciliation_reports_a_count_mismatch(tmp_path):
    path = write_zip(tmp_path / "m.zip", minimal(counts={"tweets": 5}))
    result = import_archive(path)
    entry = result.reconciliation["tweets"]
    assert (entry.expected, entry.read) == (5, 3)
    assert not result.reconciled


def test_manifest_listing_a_missing_part_is_reported_not_fatal(tmp_path):
    members = minimal()
    members["data/manifest.js"] = manifest(
        {
            "account": [("data/account.js", "YTD.account.part0", 1)],
            "tweets": [
                ("data/tweets.js", "YTD.tweets.part0", 3),
                ("data/tweets-part1.js", "YTD.tweets.part1", 2),
            ],
        }
    )
    result = import_archive(write_zip(tmp_path / "p.zip", members))
    assert result.reconciliation["tweets"].missing_files == ["data/tweets-part1.js"]
    assert len(result.posts) == 3 and not result.reconciled


def test_archive_inside_a_top_folder(tmp_path):
    path = write_zip(tmp_path / "t.zip", minimal(prefix="twitter-2024-01-01/data/"))
    members = minimal()
    assert len(import_archive(path).posts) == 3 and members


def test_groups_cut_exactly_and_fall_back_on_unusual_formatting(tmp_path):
    items = [{"tweet": {"id_str": str(i), "nested": {"a": [1, 2, {"b": "x\ny"}]}}} for i in range(500)]
    pretty = ytd("tweets", items)
    # A hostile-looking layout: a nested object closing at two spaces of indentation.
    odd = (
        b'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "x": {"y": 1\n  },\n  "z": 2}}, {"tweet": {}}]'
    )
    path = write_zip(tmp_path / "g.zip", {"pretty.js": pretty, "odd.js": odd})
    with open_source(path, Limits(chunk_size=1024)) as source:
        groups = list(iter_item_groups(source, "pretty.js", "tweets", group_bytes=4096))
        assert len(groups) > 5
        assert [item for group in groups for item in group] == items
        odd_items = [
            item for group in iter_item_groups(source, "odd.js", "tweets", group_bytes=16) for item in group
        ]
    assert odd_items == [{"tweet": {"id_str": "1", "x": {"y": 1}, "z": 2}}, {"tweet": {}}]


def test_progress_reports_and_cancel_mid_import(modern):
    seen = []
    import_archive(modern.path, Progress(lambda done, total, message: seen.append((done, total))))
    assert seen[-1][0] == seen[-1][1] > 0
    assert any(0 < done < total for done, total in seen)

    progress = Progress()

    def cancel_once_posts_start(done: int, total: int, message: str) -> None:
        if total and done > 0:
            progress.cancel()

    progress._callback = cancel_once_posts_start
    with pytest.raises(Cancelled):
        import_archive(modern.path, progress)


def test_medium_round_trip_20k_posts(tmp_path):
    made = generate_archive(tmp_path / "m.zip", 20_000, seed=9, parts=3, media=20)
    result = import_archive(made.path)
    assert len(result.posts) == 20_000 and result.reconciled
    assert len({p.id for p in result.posts}) == 20_000
    assert result.account.account_id == "1093847561029384756"


def test_account_only_archive_is_graceful(tmp_path):
    result = import_archive(write_zip(tmp_path / "a.zip", {"data/account.js": ytd("account", [ACCOUNT])}))
    assert result.posts == [] and result.account.username == "VilleTest"


def test_dates_fast_and_slow_paths_agree_with_datetime():
    import random
    from datetime import UTC, datetime, timedelta, timezone

    from exitplanner.xarchive.errors import InvalidValueError
    from exitplanner.xarchive.reduce import parse_date

    rng = random.Random(1)
    for _ in range(2000):
        moment = datetime(2008, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(18 * 365 * 86400))
        text = moment.strftime("%a %b %d %H:%M:%S +0000 %Y")
        assert parse_date(text, "f", "c") == int(moment.timestamp())
        assert parse_date(moment.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "f", "c") == int(moment.timestamp())
    paris = datetime(2024, 3, 1, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert parse_date("Fri Mar 01 10:00:00 +0100 2024", "f", "c") == int(paris.timestamp())
    bad_dates = ("Fri Mar 01 24:00:00 +0000 2024", "Fri Feb 30 10:00:00 +0000 2024",
                 "Fri Xyz 01 10:00:00 +0000 2024", "Fri Mar 01 1O:00:00 +0000 2024",
                 "Fri Mar 01 10:00:00 +0000 ２０２４", 1700000000, None)
    for bad in bad_dates:
        with pytest.raises(InvalidValueError):
            parse_date(bad, "f", "c")


def test_links_media_link_and_alt_texts_are_kept(tmp_path):
    """``entities.urls`` (t.co → expanded, display) and, per media, its t.co link and alt text."""
    media = [
        {"url": "https://t.co/pic", "media_url_https": "https://pbs.twimg.com/media/AAA.jpg", "type": "photo",
         "ext_alt_text": "Le maire coupe le ruban"},
        {"url": "https://t.co/pic", "media_url_https": "https://pbs.twimg.com/media/BBB.png",
         "type": "photo"},
    ]
    items = [
        tweet(1, text="Voir https://t.co/a et https://t.co/b https://t.co/pic",
              entities={"urls": [
                  {"url": "https://t.co/a", "expanded_url": "https://ville.fr/page",
                   "display_url": "ville.fr/page"},
                  {"url": "https://t.co/b", "expanded_url": "javascript:alert(1)"},
                  {"url": "https://t.co/c"},  # no target: dropped
              ], "media": media[:1]},
              extended_entities={"media": media}),
        tweet(2, text="Sans rien"),
        tweet(3, text="Photo sans texte alternatif https://t.co/pic",
              extended_entities={"media": media[1:]}),
    ]
    result = import_archive(write_zip(tmp_path / "a.zip", minimal(items)))
    by_id = {p.id: p for p in result.posts}
    first = by_id[1]
    assert first.links() == [("https://t.co/a", "https://ville.fr/page", "ville.fr/page"),
                             ("https://t.co/b", "javascript:alert(1)", "")]
    assert first.media == ("AAA.jpg", "BBB.png") and first.media_link == "https://t.co/pic"
    assert (first.alt_text(0), first.alt_text(1), first.alt_text(5)) == ("Le maire coupe le ruban", "", "")
    assert first.to_json()["links"][0] == {"url": "https://t.co/a", "expanded_url": "https://ville.fr/page",
                                           "display_url": "ville.fr/page"}
    assert first.to_json()["media_alt_texts"] == ["Le maire coupe le ruban", ""]
    assert (by_id[2].urls, by_id[2].media_link, by_id[2].alt_texts) == ((), "", ())
    assert by_id[3].alt_texts == ()  # no alternative at all: nothing kept, the copy says so


def test_generator_writes_site_links_and_some_alt_texts(tmp_path):
    from exitplanner.xarchive import generate_archive

    path = generate_archive(tmp_path / "g.zip", posts=400, media=30, seed=2).path
    posts = import_archive(path).posts
    site = [p for p in posts if any(t.startswith("https://www.villeneuve-sur-exemple.fr/")
                                    for _s, t, _d in p.links())]
    assert site and all(short in p.text for p in site for short, _t, _d in p.links())
    with_media = [p for p in posts if p.media]
    assert all(p.media_link and p.text.endswith(p.media_link) for p in with_media)
    assert 0 < sum(1 for p in with_media if p.alt_texts) < len(with_media)
