"""``exitplanner cleanup``: dry run in French, the gate's refusal, a headless run against the fake X API."""

from __future__ import annotations

import json
import zipfile

import pytest

from exitplanner import cli
from exitplanner.cleanup.gate import GateResult
from exitplanner.cleanup.journal import Journal, journal_path
from exitplanner.networks.x import Tokens, token_key
from exitplanner.plan.demo import demo_plan
from exitplanner.plan.storage import save_plan
from exitplanner.secrets import CredentialStore
from fakes.x_api import FakeX
from fixtures.memory_keyring import memory_keyring_fixture  # noqa: F401


def _ytd(kind: str, items: list) -> str:
    return f"window.YTD.{kind}.part0 = " + json.dumps(items)


def _archive(path):
    tweets = [{"tweet": {"id_str": str(1000 + i), "id": str(1000 + i),
                         "created_at": f"Mon Mar {10 + i:02d} 08:00:00 +0000 2025",
                         "full_text": "RT @autre: bonjour" if i % 4 == 3 else f"Publication {i}",
                         "favorite_count": str(i), "retweet_count": "0",
                         "entities": {"hashtags": [], "user_mentions": [], "urls": []}}} for i in range(12)]
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("data/account.js", _ytd("account", [{"account": {
            "accountId": "1000", "username": "villeexemple", "accountDisplayName": "Ville",
            "createdAt": "2010-01-01T00:00:00.000Z"}}]))
        archive.writestr("data/tweets.js", _ytd("tweets", tweets))
        archive.writestr("data/like.js", _ytd("like", [{"like": {"tweetId": "555"}}]))
    return path


@pytest.fixture
def plan_file(tmp_path):
    plan = demo_plan()
    plan.sections["x_archive"] = {"path": str(_archive(tmp_path / "archive.zip"))}
    path = tmp_path / "ville.exitplan.json"
    save_plan(plan, path)
    return path


def test_dry_run_prints_selection_duration_and_cost_in_french(plan_file, capsys):
    assert cli.main(["cleanup", str(plan_file), "--dry-run", "--keep-top", "2", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "@villeexemple" in out
    assert "Simulation\u00a0: rien n’a été envoyé à X." in out
    assert "Publications à supprimer\u00a0: 7" in out  # 12 posts, 3 reposts, 2 most engaged kept
    assert "Republications à annuler\u00a0: 3" in out


def test_demo_dry_run_groups_thousands_french_style(capsys):
    assert cli.main(["cleanup", "--demo", "--likes", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "1\u202f252" in out or "1\u00a0252" in out
    assert "15,10" in out  # decimal comma


def test_run_is_refused_without_archive_of_record(plan_file, capsys):
    assert cli.main(["cleanup", str(plan_file), "--run"]) == 2
    assert capsys.readouterr().err.strip()


def test_headless_run_against_the_fake(plan_file, capsys, monkeypatch, memory_keyring, tmp_path):
    from exitplanner.commands import cleanup as command

    monkeypatch.setattr(command, "gate_for", lambda plan: lambda: GateResult(True, "verified (test)"))
    with FakeX() as fake:
        fake.add_posts([str(1000 + i) for i in range(12) if i % 4 != 3])
        for i in (3, 7, 11):
            fake.add_repost(str(1000 + i), str(7000 + i))
        fake.add_likes(["555"])
        token = fake.issue_token()
        CredentialStore().set(token_key("villeexemple"), Tokens(token, None, 4e9, fake.client_id).to_secret())
        code = cli.main(["cleanup", str(plan_file), "--run", "--likes", "--api-base", fake.base_url,
                         "--report-dir", str(tmp_path / "record")])
        assert code == 0, capsys.readouterr().err
        assert not fake.posts and not fake.likes and fake.rate_limited == 0
    reports = list((tmp_path / "record").glob("x-cleanup-report-villeexemple-*.csv"))
    assert len(reports) == 1
    with Journal(journal_path("villeexemple")) as journal:
        assert journal.counts()["deleted"] == 13
    capsys.readouterr()
    assert cli.main(["cleanup", str(plan_file), "--lang", "fr"]) == 0
    assert "13 supprimées, 0 déjà absentes, 0 en échec, 0 à faire" in capsys.readouterr().out


def test_a_narrower_run_leaves_what_an_earlier_choice_left_pending(plan_file, capsys, monkeypatch,
                                                                    memory_keyring, tmp_path):
    """Likes queued by an earlier run with --likes, never sent, are not removed by a run without it."""
    from exitplanner.cleanup.journal import ACTION_LIKE, Target
    from exitplanner.commands import cleanup as command

    monkeypatch.setattr(command, "gate_for", lambda plan: lambda: GateResult(True, "verified (test)"))
    with Journal(journal_path("villeexemple")) as journal:
        journal.add([Target(ACTION_LIKE, "555")])
    with FakeX() as fake:
        fake.add_posts([str(1000 + i) for i in range(12) if i % 4 != 3])
        for i in (3, 7, 11):
            fake.add_repost(str(1000 + i), str(7000 + i))
        fake.add_likes(["555"])
        token = fake.issue_token()
        CredentialStore().set(token_key("villeexemple"), Tokens(token, None, 4e9, fake.client_id).to_secret())
        code = cli.main(["cleanup", str(plan_file), "--run", "--api-base", fake.base_url,
                         "--report-dir", str(tmp_path / "record")])
        assert code == 0, capsys.readouterr().err
        assert not fake.posts and "555" in fake.likes
    with Journal(journal_path("villeexemple")) as journal:
        assert journal.counts()["deleted"] == 12 and journal.counts().get("pending", 0) == 0
