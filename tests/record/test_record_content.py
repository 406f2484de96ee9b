"""What the archive of record says: CSV for French spreadsheets, strict offline HTML, the PDF note."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from record_helpers import URL_IN_TEXT, check_local_link, is_external, local_target, parse_html

from exitplanner.record import export_record, verify
from exitplanner.record import html_copy as html_module
from exitplanner.record.tables import CSV_COLUMNS, safe_cell
from exitplanner.xarchive.model import Account, ImportResult, MediaFile, Post


def _t(year, month, day, hour=10, minute=5):
    return int(datetime(year, month, day, hour, minute, tzinfo=UTC).timestamp())


TRICKY = [
    Post(1001, _t(2023, 3, 1), "original",
         '=SUM(A1:A2) ; "entre guillemets"\nseconde ligne https://example.org/page?a=1&b=2. Fin',
         likes=12, reposts=3, media=("img.jpg",), hashtags=("Ville",)),
    Post(1002, _t(2023, 3, 1, 11), "reply", "@habitant merci ; <script>alert(1)</script> javascript:alert(1)",
         mentions=("habitant",), reply_to=1001),
    Post(1003, _t(2023, 3, 2), "repost", "RT @Prefecture_Ex: +33 1 23 45 67 89 (voir http://t.co/abc)"),
    Post(1004, _t(2023, 4, 5), "quote", "-5 °C ce matin https://x.com/other/status/999", quoted=999,
         media=("clip.jpg",)),
    Post(1005, _t(2023, 4, 6), "original", "مرحبا بالجميع 🎉 #Fête", hashtags=("Fête",)),
    Post(1006, _t(2023, 5, 1), "original", "\tUne longue publication " + "très longue " * 40, is_note=True),
    Post(1007, _t(2023, 5, 2), "original", "@Mairie annonce sans lien", media=("lost.png",)),
]
DELETED = [Post(1008, _t(2023, 3, 3), "original", "Publication supprimée depuis")]
USERNAME = "VilleTest"


@pytest.fixture(scope="module")
def tricky_bag(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tricky")
    archive = folder / "archive.zip"
    members = {"data/tweets_media/1001-img.jpg": b"\xff\xd8\xff fake jpeg",
               "data/tweets_media/1004-clip.mp4": b"fake mp4",
               "data/account.js": b"window.YTD.account.part0 = []"}
    with zipfile.ZipFile(archive, "w") as zipped:
        for name, data in members.items():
            zipped.writestr(name, data)
    imported = ImportResult(
        path=archive, layout="modern",
        account=Account(account_id="42", username=USERNAME, display_name="Ville de Test",
                        created_at=_t(2010, 1, 1)),
        posts=list(TRICKY), deleted_posts=list(DELETED),
        media=[MediaFile(name, len(data), int(name.rsplit("/", 1)[1].split("-")[0]), "data/tweets_media")
               for name, data in members.items() if "media" in name],
    )
    target = folder / "bag"
    export_record(archive, target, producer="Ville de Test ; « officielle »", imported=imported)
    return target


def test_csv_reads_back_with_semicolons_bom_and_crlf(tricky_bag):
    raw = (tricky_bag / "data" / "posts.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw and raw.count(b"\r\n") >= len(TRICKY) + len(DELETED) + 1
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert tuple(rows[0]) == CSV_COLUMNS
    body = rows[1:]
    assert len(body) == len(TRICKY) + len(DELETED)
    by_id = {row[0]: dict(zip(CSV_COLUMNS, row, strict=True)) for row in body}
    for post in TRICKY:
        row = by_id[str(post.id)]
        assert row["texte"] == safe_cell(post.text)
        assert row["j_aime"] == str(post.likes)
        assert row["adresse"] == f"https://x.com/{USERNAME}/status/{post.id}"
    # Formula injection: every cell that a spreadsheet would evaluate starts with an apostrophe.
    assert by_id["1001"]["texte"].startswith("'=SUM")
    assert by_id["1002"]["texte"].startswith("'@habitant")
    assert by_id["1003"]["texte"].startswith("RT @")
    assert by_id["1004"]["texte"].startswith("'-5")
    assert by_id["1006"]["texte"].startswith("'\t")
    assert by_id["1002"]["mentions"] == "'@habitant"
    assert "\nseconde ligne" in by_id["1001"]["texte"]  # line breaks kept inside the quoted cell
    assert by_id["1002"]["en_réponse_à"] == "1001"
    assert by_id["1002"]["type"] == "réponse"
    assert by_id["1008"]["collection"] == "deleted"
    for row in body:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def _pages(bag: Path) -> list[Path]:
    return sorted((bag / "data").rglob("*.html"))


def test_every_page_is_well_formed_accessible_html(tricky_bag):
    pages = _pages(tricky_bag)
    assert [p.name for p in pages] == ["2023-03.html", "2023-04.html", "2023-05.html", "index.html"]
    for page in pages:
        parsed = parse_html(page)
        assert not parsed.errors, (page.name, parsed.errors)
        assert parsed.html_lang == "fr"
        assert {"header", "main", "footer", "nav", "h1"} <= set(parsed.tags), page.name
        assert parsed.tags.count("main") == 1 and parsed.tags.count("h1") == 1
        assert len(parsed.ids) == len(set(parsed.ids)), "duplicate ids"
        assert parsed.img_without_alt == 0
        assert "iframe" not in parsed.tags
        # The only script is the index's search, inline and admitted by its hash in a strict CSP.
        assert parsed.tags.count("script") == (1 if page.name == "index.html" else 0), page.name
        head = page.read_text(encoding="utf-8").split("</head>", 1)[0]
        assert "Content-Security-Policy" in head and "default-src 'none'" in head
        assert ("script-src 'none'" in head) == (page.name != "index.html")
    march = (tricky_bag / "data" / "html" / "2023-03.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in march
    assert 'href="javascript' not in march
    assert '<span class="type">Réponse</span>' in march
    assert '<span class="type">Republication</span>' in march
    assert '<span class="type">Supprimée</span>' in march
    assert 'href="2023-03.html#p1001"' in march  # the reply points to its post, locally
    assert '<a href="https://example.org/page?a=1&amp;b=2" rel="noopener noreferrer nofollow">' in march
    april = (tricky_bag / "data" / "html" / "2023-04.html").read_text(encoding="utf-8")
    assert '<span class="type">Citation</span>' in april
    assert 'dir="auto"' in april
    assert "<video" in april and 'preload="none"' in april
    may = (tricky_bag / "data" / "html" / "2023-05.html").read_text(encoding="utf-8")
    assert "absent de l'archive" in may  # lost.png announced, not in the zip


def test_no_external_resource_only_the_posts_own_links(tricky_bag):
    allowed = set()
    for post in [*TRICKY, *DELETED]:
        allowed.update(u.rstrip(".,;:!?»…\"')") for u in URL_IN_TEXT.findall(post.text))
        allowed.add(f"https://x.com/{USERNAME}/status/{post.id}")
        for other in (post.reply_to, post.quoted):
            if other:
                allowed.add(f"https://x.com/i/web/status/{other}")
    seen_external = set()
    ids: dict[Path, set[str]] = {}
    for page in _pages(tricky_bag):
        parsed = parse_html(page)
        for where, url in parsed.urls:
            if is_external(url):
                assert where == "a.href", (page.name, where, url)  # never a resource, only links
                assert url in allowed, (page.name, url)
                seen_external.add(url)
            else:
                check_local_link(page, url, ids)
                assert local_target(page, url).is_relative_to(tricky_bag / "data")
        text = page.read_text(encoding="utf-8")
        assert "@import" not in text and "url(" not in text
    assert "https://example.org/page?a=1&b=2" in seen_external
    assert "https://x.com/i/web/status/999" in seen_external
    css = (tricky_bag / "data" / "html" / "style.css").read_text()
    assert "http" not in css and "url(" not in css


def test_busy_months_are_split_into_pages(tmp_path, small_archive, small_import, monkeypatch):
    monkeypatch.setattr(html_module, "PAGE_SIZE", 1)
    target = tmp_path / "bag"
    export_record(small_archive, target, imported=small_import)
    html_dir = target / "data" / "html"
    split = sorted(p.name for p in html_dir.glob("*-*-2.html"))
    ids: dict[Path, set[str]] = {}
    assert split, "no month was split"
    for page in html_dir.glob("*.html"):
        parsed = parse_html(page)
        assert not parsed.errors
        for _where, url in parsed.urls:
            if not is_external(url):
                check_local_link(page, url, ids)
    total = sum(page.read_text(encoding="utf-8").count("<article ") for page in html_dir.glob("*.html"))
    imported = small_import
    assert total == len(imported.posts) + len(imported.deleted_posts) + len(imported.community_posts)
    assert verify(target).ok


def test_pdf_note_reads_back_in_french_with_narrow_spaces(tricky_bag):
    from pypdf import PdfReader

    reader = PdfReader(tricky_bag / "data" / "note-accompagnement.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.replace("\u202f", "<NNBSP>").split()).replace("<NNBSP>", "\u202f")
    assert "Note d’accompagnement" in flat
    assert "Ville de Test" in flat
    assert "\u202f;" in flat  # « archives publiques (…) ; leur destruction »
    assert "Dates extrêmes" in flat and "1er mars 2023" in flat
    sha = next(line for line in (tricky_bag / "manifest-sha256.txt").read_text().splitlines()
               if line.endswith("data/original/archive.zip")).split()[0]
    assert sha in flat.replace(" ", "")
    assert "fichier" in flat and not any("\ufb00" <= c <= "\ufb06" for c in flat)  # no ligature glyphs
    note = (tricky_bag / "data" / "note-accompagnement.txt").read_text(encoding="utf-8")
    assert "Producteur" in note and "8 publications" in note and sha in note
    assert "\u202f;" in note and "\u00a0:" in note


def test_fast_dates_match_the_reader_s():
    import random

    from exitplanner.record.posts import iso_utc, month_key
    from exitplanner.xarchive.model import iso_utc as reference

    rng = random.Random(5)
    samples = [0, 86399, 86400, 951782400, 4102444799]
    samples += [rng.randrange(0, 4_102_444_800) for _ in range(2000)]
    for seconds in samples:
        assert iso_utc(seconds) == reference(seconds)
        assert month_key(seconds) == reference(seconds)[:7]


def test_odt_note_is_an_opendocument_with_the_same_text(tricky_bag):
    odt = tricky_bag / "data" / "note-accompagnement.odt"
    with zipfile.ZipFile(odt) as document:
        assert document.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = document.read("content.xml").decode("utf-8")
    assert "Dates extrêmes" in content and "Ville de Test" in content
    assert "\u202f;" in content
