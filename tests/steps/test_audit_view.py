"""The audit dashboard's content, built from the stored summary (no widgets, no archive)."""

from __future__ import annotations

import pytest

from exitplanner import i18n
from exitplanner.plan.demo import demo_x_archive_section
from exitplanner.steps.audit_view import (
    build_view,
    chart_summary,
    finding_message,
    format_date,
    format_month,
    format_size,
    neutral_summary,
    reconciliation_rows,
)

NNBSP = "\u202f"


@pytest.fixture(autouse=True)
def english(qapp):
    """Earlier tests may have left French translators installed: these tests read English sources."""
    i18n.install_translators("en")
    yield
    i18n.install_translators("en")


def test_nothing_before_an_import():
    assert build_view(None) is None
    assert build_view({}) is None
    assert build_view({"path": "x.zip"}) is None


def test_french_formats():
    assert format_date("2011-05-12T09:30:00Z") == "12/05/2011"
    assert format_date(None) == "—"
    assert format_month("2012-03") == "03/2012"
    assert format_size(999) == "999 bytes"
    assert format_size(1_536_000) == "1,5 MB"
    assert format_size(2_000_000_000) == "2 GB"
    assert format_size(12_345_678) == "12,3 MB"


def test_demo_section_gives_every_figure():
    section = demo_x_archive_section()
    summary = section["summary"]
    view = build_view(section)
    assert "@VilleneuveSurEx" in view.identity and summary["account"]["account_id"] in view.identity
    assert view.created == "12/05/2011"
    totals = dict(view.totals)
    assert totals["Posts (reposts included)"] == f"1{NNBSP}500"
    assert totals["Followers"] == f"3{NNBSP}150"
    assert totals["Original posts"] == str(summary["counts"]["originals"])
    assert view.first_post == "01/03/2012" and view.last_post == "01/01/2025"
    assert view.months == list(summary["posts_per_month"].items())
    assert len(view.top_posts) == len(summary["top_posts"]) > 0
    date, kind, likes, reposts, text = view.top_posts[0]
    assert (date, kind, likes, reposts) == ("12/10/2016", "quote", "102", "32") and text.startswith("À lire")
    assert view.hashtags and all(tag.startswith("#") for tag, _ in view.hashtags)
    assert view.mentions and all(handle.startswith("@") for handle, _ in view.mentions)
    assert "36 media files" in view.media
    assert len(view.apps) == summary["counts"]["connected_apps"]
    assert any("communication@villeneuve-sur-exemple.fr" in f.text for f in view.security)
    assert any(f.text == "Bookmarks are not in the archive." for f in view.not_contained)


def test_chart_summary_in_words():
    months = [("2024-11", 3), ("2024-12", 0), ("2025-01", 1200)]
    text = chart_summary(months)
    assert text == (
        f"1{NNBSP}203 posts over 3 months, from 11/2024 to 01/2025; busiest month 01/2025 with 1{NNBSP}200 "
        "posts; 401 posts a month on average."
    )
    assert chart_summary([]) == "No posts: nothing to chart."


def test_reconciliation_differences_in_words():
    rows = reconciliation_rows(
        {
            "reconciliation": {
                "tweets": {"expected": 1500, "read": 1498},
                "like": {"expected": 10, "read": 12},
                "follower": {"expected": None, "read": 4},
                "media": {"expected": 3, "read": 3, "missing_files": ["data/tweets-part1.js"]},
                "following": {"expected": 7, "read": 7},
            }
        }
    )
    by_type = {row.data_type: row for row in rows}
    assert by_type["tweets"].differs and by_type["tweets"].sentence == (
        f"Posts: 1{NNBSP}500 expected, 1{NNBSP}498 read — 2 missing."
    )
    assert by_type["like"].sentence == "Likes: 10 expected, 12 read — 2 more than announced."
    assert by_type["tweets"].label == "Posts" and by_type["media"].label == "media"  # unknown: as X names it
    assert not by_type["follower"].differs and by_type["follower"].expected == "—"
    assert "data/tweets-part1.js" in by_type["media"].sentence
    assert not by_type["following"].differs and by_type["following"].sentence == ""


def test_findings_are_rendered_again_from_their_codes():
    summary = {
        "account": {"email": "jean.dupont@gmail.com", "phone": "•••••••42"},
        "counts": {"likes": 12000},
        "connected_apps": [{"permissions": ["read", "write"]}, {"permissions": ["read", "directmessages"]}],
    }
    stored = {"code": "personal_email", "severity": "warning", "message": "ancien texte"}
    assert finding_message(stored, summary) == (
        "The account's e-mail address (jean.dupont@gmail.com) looks personal: "
        "the authority should control it."
    )
    assert finding_message({"code": "phone"}, summary).startswith("A phone number ending in 42")
    assert finding_message({"code": "likes_not_removable"}, summary).startswith(f"12{NNBSP}000 likes")
    assert finding_message({"code": "apps_write"}, summary, translate=False).startswith("1 connected")
    assert finding_message({"code": "something_new", "message": "kept as is"}, summary) == "kept as is"


def test_findings_follow_the_current_language():
    """A summary stored in English (command line, demo file) reads in French in the French GUI."""
    section = demo_x_archive_section()
    i18n.install_translators("fr")
    view = build_view(section)
    assert "Les signets ne figurent pas dans l’archive." in [f.text for f in view.not_contained]
    assert all("Bookmarks" not in f.text for f in view.not_contained)
    assert dict(view.totals)["Abonnés"] == f"3{NNBSP}150"
    # and the demo plan's stored messages stay in English whatever the translators
    summary = neutral_summary(section["summary"])
    assert "Bookmarks are not in the archive." in [f["message"] for f in summary["not_contained"]]


def test_app_permissions_in_words():
    from exitplanner.steps.audit_view import permission_label

    assert [permission_label(p) for p in ("read", "write", "DirectMessages", "emailAddress")] == [
        "read", "post", "private messages", "emailAddress"]
