"""French filters for press release templates.

``{{ authority | de }}`` → « du Kremlin-Bicêtre », ``{{ decision_date | date(weekday=true) }}`` →
« le mardi 21 janvier 2025 », ``{{ labels | join_fr }}`` → « Facebook, Instagram et LinkedIn »,
``{{ text | typo }}``, ``{{ institution | capfirst }}`` → « La Ville ». Filters accept the view
objects of ``press.context`` or plain strings, so that a user template can also write
``{{ "Les Lilas" | de }}``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from jinja2 import Environment

from exitplanner.press.counting import camel_hashtag
from exitplanner.press.dates import french_date, french_time
from exitplanner.press.reasons import enumerate_fr
from exitplanner.press.typography import typographize


def _form(value: Any, which: str) -> str:
    if hasattr(value, which):
        return str(getattr(value, which))
    from exitplanner.press.grammar_bridge import name_forms

    return name_forms(str(value))[which]


def de(value: Any) -> str:
    return _form(value, "de")


def a(value: Any) -> str:
    return _form(value, "a")


def capfirst(value: Any) -> str:
    text = str(value)
    return text[:1].upper() + text[1:]


def date_filter(value: date | str, weekday: bool = False, article: bool = True, year: bool = True) -> str:
    return french_date(value, weekday=weekday, article=article, year=year)


def join_fr(values: Any) -> str:
    return enumerate_fr([str(v) for v in values])


def register(env: Environment) -> None:
    env.filters.update(
        de=de,
        a=a,
        capfirst=capfirst,
        date=date_filter,
        time=french_time,
        typo=typographize,
        join_fr=join_fr,
        hashtag=camel_hashtag,
    )
