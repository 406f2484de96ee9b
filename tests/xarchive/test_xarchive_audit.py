"""Audit figures, the JSON the plan stores, the plan section, and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from xarchive_builders import minimal, tweet, write_zip

from exitplanner.cli import main
from exitplanner.xarchive import (
    audit,
    audit_to_json,
    demo_archive_path,
    format_count,
    generate_archive,
    import_archive,
    plan_section,
    sha256_file,
)

REQUIRED = [
    "posts",
    "originals",
    "replies",
    "reposts",
    "quotes",
    "with_media",
    "likes",
    "followers",
    "following",
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    return generate_archive(tmp_path_factory.mktemp("a") / "a.zip", 400, seed=11, parts=2, media=6).path


def test_format_count_uses_narrow_no_break_space():
    assert format_count(12345) == "12\u202f345"
    assert format_count(1234567) == "1\u202f234\u202f567"
    assert format_count(999) == "999"


def test_audit_counts_dates_and_months(tmp_path):
    items = [
        tweet(1, "Tue Jan 31 23:59:59 +0000 2023", "Bonjour #Ville"),
        tweet(2, "Wed Feb 01 00:00:00 +0100 2023", "RT @Region: salut"),  # = Jan 31 23:00 UTC
        tweet(
            3,
            "Sat Apr 01 12:00:00 +0000 2023",
            "@Prefet merci",
            in_reply_to_status_id_str="9",
            favorite_count="40",
            retweet_count="2",
        ),
    ]
    result = import_archive(write_zip(tmp_path / "a.zip", minimal(items)))
    data = audit_to_json(audit(result))
    assert data["first_post"] == "2023-01-31T23:00:00Z"
    assert data["last_post"] == "2023-04-01T12:00:00Z"
    assert data["posts_per_month"] == {"2023-01": 2, "2023-02": 0, "2023-03": 0, "2023-04": 1}
    counts = data["counts"]
    assert (counts["posts"], counts["originals"], counts["reposts"], counts["replies"]) == (3, 1, 1, 1)
    assert data["top_posts"][0]["id"] == "3"
    assert all(post["kind"] != "repost" for post in data["top_posts"])


def test_audit_json_has_the_documented_keys_and_is_json(archive):
    data = audit_to_json(audit(import_archive(archive)))
    json.dumps(data)
    assert data["account"]["username"] == "VilleneuveSurEx"
    assert data["account"]["account_id"] == "1093847561029384756"
    for key in REQUIRED:
        assert isinstance(data["counts"][key], int)
    assert data["counts"]["posts"] == 400
    assert sum(data["counts"][k] for k in ("originals", "replies", "reposts", "quotes")) == 400
    assert data["counts"]["with_media"] == 6
    assert data["first_post"].endswith("Z") and data["last_post"] > data["first_post"]
    assert sum(data["posts_per_month"].values()) == 400
    assert data["reconciliation"]["tweets"] == {"expected": 400, "read": 400}
    assert data["reconciled"] is True
    assert data["media"]["files"] == 6 and data["media"]["bytes"] > 0
    assert {f["code"] for f in data["not_contained"]} >= {"bookmarks", "dms_not_audited"}
    assert {f["code"] for f in data["security"]} >= {"email", "phone", "apps_write"}
    assert data["hashtags"][0]["tag"].startswith("#")


def test_plan_section_has_path_sha256_and_summary(archive):
    section = plan_section(archive)
    assert section["path"] == str(archive.resolve())
    assert section["sha256"] == sha256_file(archive) and len(section["sha256"]) == 64
    assert section["summary"]["counts"]["posts"] == 400
    json.dumps(section)


def test_demo_archive_is_bundled_small_and_consistent():
    path = demo_archive_path()
    assert path.is_file() and path.stat().st_size < 1_500_000
    result = import_archive(path)
    assert result.account.username == "VilleneuveSurEx"
    assert 1000 <= len(result.posts) <= 2000 and len(result.media) >= 24 and result.reconciled


def test_cli_audit_json(archive, capsys):
    assert main(["audit", str(archive), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["account"]["username"] == "VilleneuveSurEx"
    for key in REQUIRED:
        assert key in data["counts"]
    assert {"first_post", "last_post", "posts_per_month", "reconciliation"} <= set(data)
    assert data["archive"]["sha256"] == sha256_file(archive)


def test_cli_audit_text_uses_french_number_format(archive, capsys):
    assert main(["audit", str(archive)]) == 0
    out = capsys.readouterr().out
    assert "VilleneuveSurEx" in out and "\u202f" in out


def test_cli_audit_bad_input_one_line_and_nonzero(tmp_path, capsys):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"nope")
    assert main(["audit", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_cli_generate_archive(tmp_path, capsys):
    out = tmp_path / "g.zip"
    assert (
        main(
            [
                "generate-archive",
                str(out),
                "--posts",
                "120",
                "--layout",
                "legacy",
                "--parts",
                "2",
                "--media",
                "3",
                "--seed",
                "4",
            ]
        )
        == 0
    )
    result = import_archive(out)
    assert result.layout == "legacy" and len(result.posts) == 120 and len(result.media) == 3
    assert main(["generate-archive", str(out), "--posts", "5"]) == 2  # refuses to overwrite


def test_generator_is_deterministic(tmp_path):
    first = generate_archive(tmp_path / "1.zip", 150, seed=8, parts=3, media=2)
    second = generate_archive(tmp_path / "2.zip", 150, seed=8, parts=3, media=2)
    assert first.path.read_bytes() == second.path.read_bytes()
    assert generate_archive(tmp_path / "3.zip", 150, seed=9).path.read_bytes() != first.path.read_bytes()
