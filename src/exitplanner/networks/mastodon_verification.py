"""Mastodon's link verification: the ``rel="me"`` snippet for the official site, and reading the site back.

Mastodon shows a profile field as verified (green tick, ``verified_at``) when the page the field links
to carries a link back to the profile with ``rel="me"``. The instance checks when the profile is saved;
reading the site ourselves tells "the link is missing on the site" from "Mastodon has not checked yet".
"""

from __future__ import annotations

import html.parser
from collections.abc import Iterable
from html import escape
from typing import Protocol
from urllib.parse import urlsplit

import requests

from exitplanner import __version__

USER_AGENT = f"ExitPlanner/{__version__}"


class _Field(Protocol):
    name: str
    value: str


def rel_me_snippet(profile_url: str, text: str = "Mastodon") -> str:
    """The link to put on the official site so that Mastodon shows the site field as verified."""
    return f'<a rel="me" href="{escape(profile_url, quote=True)}">{escape(text)}</a>'


class _RelMeParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("a", "link"):
            return
        values = dict(attrs)
        rel = (values.get("rel") or "").lower().split()
        if "me" in rel and values.get("href"):
            self.targets.append(str(values["href"]))


def _site_key(url: str) -> str:
    """Compare sites loosely: scheme, "www." and trailing slash do not matter."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    return host + parts.path.rstrip("/")


def field_link(html_value: str) -> str:
    """The visible text of a field value ("<a href=…><span>https://</span>…</a>" → the URL)."""

    class _Text(html.parser.HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []
            self.href: str | None = None

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "a" and self.href is None:
                self.href = dict(attrs).get("href")

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    parser = _Text()
    parser.feed(html_value)
    return parser.href or "".join(parser.parts)


def site_links_back(site_url: str, profile_url: str, *, session: requests.Session | None = None,
                    timeout: float = 10.0) -> bool | None:
    """Does the official site's page carry ``rel="me"`` to the profile? ``None`` when it cannot be read."""
    url = site_url if "://" in site_url else "https://" + site_url
    try:
        response = (session or requests).get(url, timeout=timeout, headers={"User-Agent": USER_AGENT})
        if not response.ok:
            return None
        parser = _RelMeParser()
        parser.feed(response.text[:2_000_000])
    except (requests.RequestException, OSError):
        return None
    wanted = profile_url.rstrip("/")
    return any(target.rstrip("/") == wanted for target in parser.targets)


def field_for_site(fields: Iterable[_Field], site_url: str) -> _Field | None:
    """The profile field whose value links to ``site_url`` (scheme, "www." and final slash ignored)."""
    wanted = _site_key(site_url)
    if not wanted:
        return None
    return next((f for f in fields if _site_key(field_link(f.value)) == wanted), None)
