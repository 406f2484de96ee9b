"""French dates and times for press releases, without the system locale.

``strftime`` follows the machine's locale, which on a managed Windows laptop may be English, and
never writes « 1er ». Communiqués need the same French on every machine, so names are spelled
here: « le mardi 21 janvier 2025 », « le 1er février 2025 », « 14 h 30 », « 9 h ».
"""

from __future__ import annotations

from datetime import date, datetime, time

from exitplanner.press.typography import NBSP

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)


def as_date(value: date | datetime | str) -> date:
    """Accept a date, a datetime or an ISO 8601 string (plans store dates as ISO text)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text).date() if "T" in text else date.fromisoformat(text[:10])
    except ValueError as exc:
        raise ValueError(f"not an ISO date: {value!r}") from exc


def day_number(day: int) -> str:
    """« 1er » for the first of the month, the plain number otherwise."""
    return "1er" if day == 1 else str(day)


def french_date(value: date | datetime | str, *, weekday: bool = False, article: bool = True,
                year: bool = True) -> str:
    """« le mardi 21 janvier 2025 », « le 1er février 2025 », « samedi 1er mars 2025 »."""
    day = as_date(value)
    parts = []
    if article:
        parts.append("le")
    if weekday:
        parts.append(WEEKDAYS[day.weekday()])
    parts.append(day_number(day.day))
    parts.append(MONTHS[day.month - 1])
    if year:
        parts.append(str(day.year))
    return " ".join(parts)


def french_time(value: time | datetime | str, *, space: str = NBSP) -> str:
    """« 14 h 30 », « 9 h » (never « 09 h 00 »).

    The spaces are no-break spaces by default: a time split over two lines reads badly. Pass
    ``space=" "`` for plain spaces.
    """
    if isinstance(value, str):
        value = time.fromisoformat(value.strip())
    hours = f"{value.hour}{space}h"
    return hours if value.minute == 0 else f"{hours}{space}{value.minute:02d}"


def place_and_date(place: str, value: date | datetime | str) -> str:
    """The dateline of a communiqué: « Le Kremlin-Bicêtre, le 21 janvier 2025 »."""
    dated = french_date(value)
    return f"{place}, {dated}" if place else dated[0].upper() + dated[1:]
