"""French dates and times without the system locale."""

from __future__ import annotations

from datetime import date, datetime, time

from exitplanner.press.dates import french_date, french_time, place_and_date
from exitplanner.press.typography import NBSP


def test_long_dates():
    assert french_date(date(2025, 1, 21), weekday=True) == "le mardi 21 janvier 2025"
    assert french_date(date(2025, 2, 1)) == "le 1er février 2025"
    assert french_date("2025-03-01", weekday=True, article=False) == "samedi 1er mars 2025"
    assert french_date(datetime(2025, 8, 15, 10, 0), year=False) == "le 15 août"
    assert french_date("2025-12-07T09:00:00+00:00") == "le 7 décembre 2025"


def test_every_month_and_weekday_is_french():
    days = {french_date(date(2024, m, 1), weekday=True).split()[1] for m in range(1, 13)}
    assert days <= {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
    assert french_date(date(2024, 12, 25)).endswith("décembre 2024")


def test_times():
    assert french_time(time(14, 30)) == f"14{NBSP}h{NBSP}30"
    assert french_time(time(9, 0)) == f"9{NBSP}h"
    assert french_time(time(9, 5), space=" ") == "9 h 05"
    assert french_time("18:00") == f"18{NBSP}h"


def test_dateline():
    assert place_and_date("Le Kremlin-Bicêtre", date(2025, 1, 21)) == "Le Kremlin-Bicêtre, le 21 janvier 2025"
    assert place_and_date("", date(2025, 2, 1)) == "Le 1er février 2025"
