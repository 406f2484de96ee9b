"""French dates and numbers for the generated archive (HTML copy, note d'accompagnement).

The archive of record is a French document whatever the interface language, so these forms are
written here in French directly (not translated) and do not depend on the machine's locale:
« 1er mars 2024 », « 12 345 » with U+202F as thousands separator, « 10 h 05 ».
"""

from __future__ import annotations

from datetime import UTC, datetime

NNBSP = "\u202f"
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def number(value: int) -> str:
    """``12 345`` (U+202F between groups of three digits)."""
    return f"{value:,}".replace(",", NNBSP)


def utc(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def day(seconds: int, weekday: bool = False) -> str:
    """« 1er mars 2024 », or « vendredi 1er mars 2024 »."""
    when = utc(seconds)
    text = f"{'1er' if when.day == 1 else when.day} {MONTHS[when.month - 1]} {when.year}"
    return f"{WEEKDAYS[when.weekday()]} {text}" if weekday else text


def time_of_day(seconds: int) -> str:
    rest = seconds % 86400
    return f"{rest // 3600} h {rest // 60 % 60:02d}"


def month_title(key: str) -> str:
    """``2024-03`` → « mars 2024 »."""
    year, month = key.split("-")
    return f"{MONTHS[int(month) - 1]} {year}"


def plural(count: int, singular: str, plural_form: str) -> str:
    """« 1 publication », « 0 publication », « 12 345 publications » (French: 0 and 1 are singular)."""
    return f"{number(count)} {singular if count < 2 else plural_form}"


def day_from_iso(value: str) -> str:
    """``2026-11-22`` → « 22 novembre 2026 » (the value itself when it is not such a date)."""
    try:
        year, month, day_number = (int(x) for x in value[:10].split("-"))
        return f"{'1er' if day_number == 1 else day_number} {MONTHS[month - 1]} {year}"
    except (ValueError, IndexError):
        return value
