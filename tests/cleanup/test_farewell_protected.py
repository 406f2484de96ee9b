"""The clean-up never selects the farewell post recorded in step 7, whatever the filters (GUI and CLI)."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass

from exitplanner import cli
from exitplanner.cleanup.selection import Filters, protected_ids, select
from exitplanner.plan.demo import demo_plan
from exitplanner.plan.storage import save_plan


@dataclass
class P:
    id: str
    created: int
    kind: str = "original"
    likes: int = 0
    reposts: int = 0


def test_protected_ids_reads_the_recorded_farewell_only():
    assert protected_ids({}) == set()
    assert protected_ids({"execution": {"items": {}}}) == set()
    assert protected_ids({"execution": {"farewell": {"state": "sending"}}}) == set()
    published = {"execution": {"farewell": {"state": "published", "post_id": "9000001"}}}
    assert protected_ids(published) == {"9000001"}
    assert protected_ids({"execution": {"farewell": {"post_id": "../1"}}}) == set()


def test_select_keeps_the_protected_post_as_a_post_to_keep():
    posts = [P("1", 100), P("2", 200), P("3", 300)]
    plain = select(posts, Filters())
    assert [t.target for t in plain.targets] == ["1", "2", "3"]
    kept = select(posts, Filters(keep_ids={"1"}), protect={"3"})
    assert [t.target for t in kept.targets] == ["2"]
    assert kept.kept_ids == 2


def _archive(path):
    def ytd(kind: str, items: list) -> str:
        return f"window.YTD.{kind}.part0 = " + json.dumps(items)

    tweets = [{"tweet": {"id_str": str(1000 + i), "id": str(1000 + i),
                         "created_at": f"Mon Mar {10 + i:02d} 08:00:00 +0000 2025",
                         "full_text": f"Publication {i}", "favorite_count": "0", "retweet_count": "0",
                         "entities": {"hashtags": [], "user_mentions": [], "urls": []}}} for i in range(4)]
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("data/account.js", ytd("account", [{"account": {
            "accountId": "1000", "username": "villeexemple", "accountDisplayName": "Ville",
            "createdAt": "2010-01-01T00:00:00.000Z"}}]))
        archive.writestr("data/tweets.js", ytd("tweets", tweets))
    return path


def test_cli_dry_run_leaves_the_farewell_out(tmp_path, capsys):
    plan = demo_plan()
    plan.sections["x_archive"] = {"path": str(_archive(tmp_path / "archive.zip"))}
    path = tmp_path / "ville.exitplan.json"
    save_plan(plan, path)
    assert cli.main(["cleanup", str(path), "--dry-run", "--lang", "fr"]) == 0
    assert "Publications à supprimer\u00a0: 4" in capsys.readouterr().out
    plan.sections["execution"] = {"items": {}, "farewell": {"state": "published", "post_id": "1003"}}
    save_plan(plan, path)
    assert cli.main(["cleanup", str(path), "--dry-run", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "Publications à supprimer\u00a0: 3" in out
    assert "4 publications dans l’archive, 1 gardées par les filtres" in out
