"""Helpers shared by the archive of record tests (unique module name: tests folders are not packages)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def plan_for(archive: Path, imported, username: str | None = None, account_id: str | None = None):
    """A plan whose step 2 imported ``archive`` (optionally pretending another account)."""
    from exitplanner.plan.model import Plan
    from exitplanner.xarchive import plan_section

    plan = Plan()
    plan.authority.name = "Villeneuve-sur-Exemple"
    section = plan_section(archive, result=imported)
    if username is not None:
        section["summary"]["account"]["username"] = username
    if account_id is not None:
        section["summary"]["account"]["account_id"] = account_id
    plan.sections["x_archive"] = section
    return plan


class StrictHtml(HTMLParser):
    """Balanced, properly nested tags; collects links, ids and headings for the checks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.urls: list[tuple[str, str]] = []  # (tag.attr, value)
        self.ids: list[str] = []
        self.tags: list[str] = []
        self.img_without_alt = 0
        self.html_lang = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        values = dict(attrs)
        if tag == "html":
            self.html_lang = values.get("lang")
        if tag == "img" and not values.get("alt"):
            self.img_without_alt += 1
        if "id" in values:
            self.ids.append(values["id"])
        for name in ("href", "src", "poster", "action", "data"):
            if name in values:
                self.urls.append((f"{tag}.{name}", values[name]))
        if "style" in values and "url(" in values["style"]:
            self.errors.append("inline style with url()")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append(f"end tag for void element {tag}")
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}>, open: {self.stack[-3:]}")
            return
        self.stack.pop()


def parse_html(path: Path) -> StrictHtml:
    parser = StrictHtml()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    if parser.stack:
        parser.errors.append(f"unclosed: {parser.stack}")
    return parser


def is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme or parts.netloc)


def local_target(page: Path, url: str) -> Path:
    path = urlsplit(url).path
    return (page.parent / unquote(path)).resolve() if path else page.resolve()


def check_local_link(page: Path, url: str, ids: dict[Path, set[str]]) -> None:
    """The file exists, and the #fragment names an element of it."""
    target = local_target(page, url)
    assert target.is_file(), (page.name, url)
    fragment = urlsplit(url).fragment
    if fragment:
        if target not in ids:
            ids[target] = set(parse_html(target).ids)
        assert fragment in ids[target], (page.name, url)


URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'\u00a0\u202f\u3000]+", re.IGNORECASE)
