"""The HTML copy's real link targets, authors' alt texts and offline search (data files, CSP, browser)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import pytest
from record_helpers import parse_html

from exitplanner.record import export_record, verify
from exitplanner.record import html_copy as html_module
from exitplanner.record.html_search import SEARCH_SCRIPT
from exitplanner.xarchive.model import Account, ImportResult, MediaFile, Post


def _t(year, month, day, hour=10):
    return int(datetime(year, month, day, hour, tzinfo=UTC).timestamp())


HOSTILE = ("<img src=x onerror=\"document.title='pirate'\"> l'école \u202eenil\u202c "
           "</script><script>document.title='pirate2'</script> \" ' & \u2028fin")
POSTS = [
    Post(2001, _t(2024, 1, 8), "original", "Rentrée à l’École Jules-Ferry https://t.co/site https://t.co/pic",
         media=("AAA.jpg",),
         urls=("https://t.co/site", "https://ville.fr/ecoles?a=1&b=2", "ville.fr/ecoles…"),
         media_link="https://t.co/pic", alt_texts=("Des enfants entrent dans la cour",)),
    Post(2002, _t(2024, 1, 9), "original", "Voir https://t.co/bad et https://t.co/other",
         media=("gone.jpg",), urls=("https://t.co/bad", "javascript:alert(1)", "javascript:alert(1)"),
         media_link="https://t.co/other"),
    Post(2003, _t(2024, 2, 1), "reply", HOSTILE, reply_to=2001),
    Post(2004, _t(2025, 3, 1), "original", "Chef-d’œuvre restauré près de l'ecole, photo sans texte https://t.co/p3",
         media=("CCC.png",), media_link="https://t.co/p3"),
    Post(2005, _t(2025, 3, 2), "original", "Rien à voir"),
]
DELETED = [Post(2005, _t(2025, 3, 2), "original", "Rien à voir")]  # the same post in two collections
MEMBERS = {"data/tweets_media/2001-AAA.jpg": b"\xff\xd8\xff jpeg", "data/tweets_media/2004-CCC.png": b"png"}
DATA_LINE = re.compile(r'exitplannerRecherche\("(\d{4}-\d{2})",(.*)\);\Z')


def _export(folder: Path) -> Path:
    archive = folder / "archive.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name, data in MEMBERS.items():
            zipped.writestr(name, data)
        zipped.writestr("data/account.js", "window.YTD.account.part0 = []")
    imported = ImportResult(
        path=archive, layout="modern", account=Account(account_id="7", username="VilleTest"),
        posts=list(POSTS), deleted_posts=list(DELETED),
        media=[MediaFile(name, len(data), int(name.rsplit("/", 1)[1].split("-")[0]), "data/tweets_media")
               for name, data in MEMBERS.items()],
    )
    target = folder / "bag"
    export_record(archive, target, producer="Ville de Test", imported=imported)
    return target


@pytest.fixture(scope="module")
def bag(tmp_path_factory) -> Path:
    return _export(tmp_path_factory.mktemp("search"))


def _data_files(bag: Path) -> dict[str, list]:
    """month -> entries, from the yearly data files (one line per month, in order)."""
    found = {}
    for path in sorted((bag / "data" / "html" / "recherche").glob("*.js")):
        text = path.read_text(encoding="utf-8")
        assert text.endswith(");\n")
        for line in text[:-1].split("\n"):
            match = DATA_LINE.match(line)
            assert match, path.name
            assert match.group(1)[:4] == path.stem
            found[match.group(1)] = json.loads(match.group(2))
    return found


def test_links_lead_to_their_expanded_target_and_media_links_go(bag):
    january = (bag / "data" / "html" / "2024-01.html").read_text(encoding="utf-8")
    assert ('<a href="https://ville.fr/ecoles?a=1&amp;b=2" rel="noopener noreferrer nofollow">'
            "https://ville.fr/ecoles?a=1&amp;b=2</a>") in january
    assert "t.co/site" not in january
    assert "https://t.co/pic" not in january  # the media is shown: its short link is left out
    assert 'alt="Des enfants entrent dans la cour"' in january  # the author's own alternative
    # A target that is not http(s) stays text; the media link of a post whose file is missing stays.
    assert 'href="javascript' not in january and "Voir javascript:alert(1) et" in january
    assert '<a href="https://t.co/other" rel="noopener noreferrer nofollow">' in january
    march = (bag / "data" / "html" / "2025-03.html").read_text(encoding="utf-8")
    assert "texte alternatif d&#x27;origine non fourni" in march  # the generic one when none
    assert "t.co/p3" not in march


def test_one_data_file_per_month_listed_by_the_index(bag):
    index = (bag / "data" / "index.html").read_text(encoding="utf-8")
    months = re.search(r'data-mois="([^"]*)"', index).group(1).split()
    years = re.search(r'data-annees="([^"]*)"', index).group(1).split()
    data = _data_files(bag)
    assert months == list(data) == ["2024-01", "2024-02", "2025-03"]
    assert years == ["2024", "2025"]
    assert sorted(p.name for p in (bag / "data" / "html" / "recherche").iterdir()) == ["2024.js", "2025.js"]
    assert [e[0] for e in data["2025-03"]] == ["2004", "2005", "2005"]
    assert data["2025-03"][2][4] == "-deleted" and len(data["2025-03"][1]) == 4  # anchor of the duplicate
    assert data["2024-01"][0][3] == ("Rentrée à l’École Jules-Ferry https://ville.fr/ecoles?a=1&b=2")
    assert data["2024-02"][0][1:4] == [POSTS[2].created, 1, HOSTILE]  # exact text, reply code
    assert data["2025-03"][2][2] == 4  # original (0) + deleted collection (4)
    for month, entries in data.items():
        page = (bag / "data" / "html" / f"{month}.html").read_text(encoding="utf-8")
        for entry in entries:
            assert f'id="p{entry[0]}{entry[4] if len(entry) > 4 else ""}"' in page


def test_hostile_text_is_inert_in_the_data_files_and_the_pages(bag):
    raw = (bag / "data" / "html" / "recherche" / "2024.js").read_text(encoding="utf-8")
    assert "<" not in raw and ">" not in raw and "&" not in raw and "\u2028" not in raw
    assert "\\u003c/script\\u003e" in raw
    page = (bag / "data" / "html" / "2024-02.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror" in page and "&lt;/script&gt;&lt;script&gt;" in page
    parsed = parse_html(bag / "data" / "html" / "2024-02.html")
    assert not parsed.errors and "script" not in parsed.tags and parsed.tags.count("img") == 0


def test_the_csp_admits_exactly_the_inline_search_script(bag):
    index = (bag / "data" / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", index, re.DOTALL)
    assert scripts == [SEARCH_SCRIPT]
    digest = base64.b64encode(hashlib.sha256(SEARCH_SCRIPT.encode()).digest()).decode()
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', index).group(1)
    assert f"script-src 'self' 'sha256-{digest}';" in policy
    assert "default-src 'none'" in policy and "form-action 'none'" in policy and "http" not in policy
    assert "innerHTML" not in SEARCH_SCRIPT and "eval(" not in SEARCH_SCRIPT


def test_verify_covers_the_search_files(bag, tmp_path):
    assert verify(bag).ok
    manifest = (bag / "manifest-sha256.txt").read_text(encoding="utf-8")
    assert "data/html/recherche/2024.js" in manifest
    copy = tmp_path / "copy"
    shutil.copytree(bag, copy)
    (copy / "data" / "html" / "recherche" / "2024.js").write_text("window.x=1", encoding="utf-8")
    report = verify(copy)
    assert not report.ok and "data/html/recherche/2024.js" in str(report.altered)


def test_busy_month_results_point_to_the_right_part(tmp_path, monkeypatch):
    monkeypatch.setattr(html_module, "PAGE_SIZE", 1)
    bag = _export(tmp_path)
    index = (bag / "data" / "index.html").read_text(encoding="utf-8")
    assert 'data-taille-page="1"' in index
    for month, entries in _data_files(bag).items():
        for rank, entry in enumerate(entries):  # the script's formula: part = rank // page size + 1
            part = rank + 1
            page = bag / "data" / "html" / (f"{month}.html" if part == 1 else f"{month}-{part}.html")
            assert f'id="p{entry[0]}{entry[4] if len(entry) > 4 else ""}"' in page.read_text(encoding="utf-8")


# -- in a real browser (skipped without chromium) -----------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _results(dom: str) -> list[str]:
    listing = re.search(r'<ol id="recherche-resultats"[^>]*>(.*?)</ol>', dom, re.DOTALL).group(1)
    return re.findall(r'<li><a href="([^"]+)"', listing)


def _dump_dom(page: Path, query: str, profile: Path) -> str:
    url = page.as_uri() + "?q=" + quote(query)
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", url],
        capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_search_in_headless_chromium_from_file_url(bag, tmp_path):
    index = bag / "data" / "index.html"
    dom = _dump_dom(index, "L'ÉCOLE", tmp_path / "profile-1")
    status = re.search(r'id="recherche-etat"[^>]*>([^<]*)<', dom).group(1)
    assert status == "3&nbsp;publications trouvées.", status  # accents, case, ’ vs ' folded; across months
    assert _results(dom) == ["html/2024-01.html#p2001", "html/2024-02.html#p2003", "html/2025-03.html#p2004"]
    # The hostile post is shown as text: nothing it holds became an element or ran.
    assert "<title>Archives du compte X @VilleTest</title>" in dom
    assert "pirate" not in dom.split("<body", 1)[0]
    assert "&lt;img src=x onerror=" in dom and "&lt;/script&gt;&lt;script&gt;" in dom
    assert dom.count("<img") == 0
    assert re.findall(r"<script[^>]*>", dom).count("<script>") == 1  # only the search script inline
    assert "R\u00e9ponse" in dom
    dom = _dump_dom(index, "ecole oeuvre", tmp_path / "profile-2")  # every word; œ folded to oe
    assert _results(dom) == ["html/2025-03.html#p2004"]
    dom = _dump_dom(index, "voir ecole", tmp_path / "profile-3")  # in two neighbouring posts, not in one
    assert _results(dom) == [] and "Aucune publication ne contient tous ces mots." in dom


def test_csv_json_and_note_carry_the_links_and_alt_texts(bag):
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO((bag / "data" / "posts.csv").read_text(encoding="utf-8-sig"),
                                           newline=""), delimiter=";"))
    first = next(r for r in rows if r["identifiant"] == "2001")
    assert first["liens"] == "https://ville.fr/ecoles?a=1&b=2"
    assert first["textes_alternatifs"] == "Des enfants entrent dans la cour"
    posts = json.loads((bag / "data" / "posts.json").read_text(encoding="utf-8"))["posts"]
    assert posts[0]["links"] == [{"url": "https://t.co/site", "expanded_url": "https://ville.fr/ecoles?a=1&b=2",
                                  "display_url": "ville.fr/ecoles…"}]
    assert posts[0]["media_link"] == "https://t.co/pic"
    note = (bag / "data" / "note-accompagnement.txt").read_text(encoding="utf-8")
    assert "html/recherche/" in note and "t.co" in note
