"""The context fields of the press release a user types on step 6, and their checks.

The release reads a few facts that no other step knows: the place of the dateline, the date of the
release, the date the departure from X takes effect, the address of a web page about the change
(linked from the short posts) and the newsletter's address. They live in ``plan.sections["press"]``
as the user typed them (``place``, ``date``, ``departure_date``, ``url``, ``newsletter``), so that a
half-typed address is never lost; this module says which values are usable and, when one is not,
why — in a sentence for the user. The release only uses the values that pass (``usable_url``).

Plain Python: QtCore only for translated messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlparse

from PySide6.QtCore import QCoreApplication

from exitplanner.press.dates import as_date

FIELD_KEYS = ("place", "date", "departure_date", "url", "newsletter")
DATE_KEYS = ("date", "departure_date")
URL_KEYS = ("url", "newsletter")
MAX_PLACE = 80
MAX_URL = 500
# Letters (accented ones too: IDN domains), digits and hyphens, dot-separated, with a top-level label.
_HOST = re.compile(r"^(?:[\w-]+\.)+[^\W\d_]{2,}$|^(?:[\w-]+\.)+xn--[a-z0-9-]+$", re.IGNORECASE)


@dataclass(frozen=True)
class FieldProblem:
    """One field the release cannot use as typed: ``key`` of the section, message for the user."""

    key: str
    message: str


def usable_url(text: str) -> str | None:
    """``www.ville.fr/x`` → ``https://www.ville.fr/x``; ``""`` when empty; ``None`` when not a web address.

    Refused: spaces, e-mail addresses (``info@ville.fr`` — the newsletter field wants the
    subscription page), other schemes (``javascript:``, ``file:``) and hosts without a domain.
    """
    text = (text or "").strip()
    if not text:
        return ""
    if len(text) > MAX_URL or any(c.isspace() for c in text):
        return None
    url = text if "://" in text else "https://" + text.lstrip("/")
    parsed = urlparse(url)
    if parsed.scheme.lower() not in ("http", "https") or "@" in parsed.netloc:
        return None
    try:
        port_ok = parsed.port is None or parsed.port > 0
    except ValueError:
        return None
    host = parsed.hostname or ""
    if not port_ok or not _HOST.match(host):
        return None
    return url


def stored_date(value: Any) -> date | None:
    """A date the plan holds as ISO text, or None when missing or unreadable."""
    if not value:
        return None
    try:
        return as_date(value)
    except ValueError:
        return None


def check_fields(section: dict[str, Any]) -> list[FieldProblem]:
    """What the release cannot use among the typed fields (empty list: everything is fine)."""
    problems: list[FieldProblem] = []
    place = str(section.get("place") or "")
    if len(place) > MAX_PLACE:
        problems.append(FieldProblem("place", QCoreApplication.translate(
            "press", "The place is too long (%1 characters at most).").replace("%1", str(MAX_PLACE))))
    for key in DATE_KEYS:
        if section.get(key) and stored_date(section.get(key)) is None:
            problems.append(FieldProblem(key, QCoreApplication.translate(
                "press", "The date stored in the plan cannot be read; pick the date again.")))
    labels = {
        "url": QCoreApplication.translate("press", "The address of the web page"),
        "newsletter": QCoreApplication.translate("press", "The address of the newsletter"),
    }
    for key in URL_KEYS:
        if usable_url(str(section.get(key) or "")) is None:
            problems.append(FieldProblem(key, QCoreApplication.translate(
                "press", "%1 is not valid: write it like www.ville.fr/quitter-x (it stays out of the "
                         "release until then).").replace("%1", labels[key])))
    release, departure = stored_date(section.get("date")), stored_date(section.get("departure_date"))
    if release and departure and (departure - release).days > 366:
        problems.append(FieldProblem("departure_date", QCoreApplication.translate(
            "press", "The departure is more than a year after the release: check the year.")))
    return problems
