"""``posts.csv`` (for spreadsheets) and ``posts.json`` (for programs), one record per post.

CSV for *French* Excel and LibreOffice: UTF-8 with a byte order mark (without it Excel reads
ANSI and garbles accents), ``;`` as separator (French Excel's list separator, since the comma is
the decimal mark), CRLF line ends, fields quoted when needed (texts hold ``;``, quotes and line
breaks). A cell starting with ``=``, ``+``, ``-``, ``@`` (or a tab / carriage return) would be
run as a formula by the spreadsheet (CSV injection): such cells get a leading apostrophe, which
the note explains. Replies start with ``@`` so this is common, and the JSON keeps the exact text.

Post ids have 19 digits, more than a spreadsheet number keeps (15): the ``adresse`` column holds
the exact id inside the post's address, which spreadsheets leave as text. ``liens`` holds the
real targets of the text's ``t.co`` links (the JSON has the short link and display text too),
``textes_alternatifs`` the authors' text alternatives of the media, when the archive has them.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable

import orjson

from exitplanner.record.bagit import BagWriter
from exitplanner.record.facts import RecordFacts
from exitplanner.record.posts import KIND_LABELS, status_url
from exitplanner.record.posts import iso_utc as fast_iso
from exitplanner.xarchive.model import Post, iso_utc

CSV_PATH = "data/posts.csv"
JSON_PATH = "data/posts.json"
CSV_COLUMNS = (
    "identifiant", "date_utc", "type", "collection", "texte", "j_aime", "republications", "medias",
    "mots_dièse", "mentions", "en_réponse_à", "cite", "publication_longue", "adresse",
    "liens", "textes_alternatifs",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_REPORT_EVERY = 1000


def safe_cell(value: str) -> str:
    """Neutralise a cell a spreadsheet would evaluate as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_row(collection: str, post: Post, username: str) -> list[str | int]:
    return [
        str(post.id),
        fast_iso(post.created),
        KIND_LABELS.get(post.kind, post.kind),
        collection,
        safe_cell(post.text),
        post.likes,
        post.reposts,
        safe_cell(" ".join(post.media)),
        safe_cell(" ".join("#" + h for h in post.hashtags)),
        safe_cell(" ".join("@" + m for m in post.mentions)),
        str(post.reply_to) if post.reply_to else "",
        str(post.quoted) if post.quoted else "",
        "oui" if post.is_note else "non",
        status_url(username, post.id),
        safe_cell(" ".join(expanded for _short, expanded, _display in post.links())) if post.urls else "",
        safe_cell(" | ".join(post.alt_texts)) if post.alt_texts else "",
    ]


def write_csv(bag: BagWriter, posts: list[tuple[str, Post]], facts: RecordFacts,
              on_posts: Callable[[int], None]) -> None:
    with bag.open_text(CSV_PATH, newline="") as handle:
        handle.write("\ufeff")
        writer = csv.writer(handle, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                            lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        username = facts.username
        batch = []
        for collection, post in posts:
            batch.append(csv_row(collection, post, username))
            if len(batch) == _REPORT_EVERY:
                writer.writerows(batch)
                on_posts(len(batch))
                batch.clear()
        writer.writerows(batch)
        on_posts(len(batch))


def post_record(collection: str, post: Post, username: str) -> dict:
    record = post.to_json()
    record["collection"] = collection
    record["url"] = status_url(username, post.id)
    return record


def _dumps(record: dict) -> bytes:
    try:
        return orjson.dumps(record)
    except orjson.JSONEncodeError:  # a lone surrogate in a text: escaped exactly by the standard library
        return json.dumps(record, ensure_ascii=True).encode("ascii")


def write_json(bag: BagWriter, posts: list[tuple[str, Post]], facts: RecordFacts,
               on_posts: Callable[[int], None]) -> None:
    """A JSON object with the account and a ``posts`` array, one post per line (streamed)."""
    head = {
        "format": "exitplanner-archive-posts",
        "version": 1,
        "producer": facts.producer,
        "account": {"username": facts.username, "account_id": facts.account_id,
                    "display_name": facts.display_name, "created_at": iso_utc(facts.account_created)},
        "exported_at": facts.exported_at,
        "count": len(posts),
        "first_post": facts.first_post_iso,
        "last_post": facts.last_post_iso,
    }
    with bag.open_binary(JSON_PATH) as handle:
        opening = orjson.dumps(head)
        handle.write(opening[:-1] + b',"posts":[')
        username = facts.username
        separator = b"\n"
        for number, (collection, post) in enumerate(posts, 1):
            handle.write(separator)
            handle.write(_dumps(post_record(collection, post, username)))
            separator = b",\n"
            if number % _REPORT_EVERY == 0:
                on_posts(_REPORT_EVERY)
        handle.write(b"\n]}\n")
        on_posts(len(posts) % _REPORT_EVERY)
