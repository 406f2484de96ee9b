"""The context fields typed on step 6: which values the release can use, and what they change in it."""

from __future__ import annotations

from datetime import date

import pytest
from test_press_model import DAY, herault, kremlin_bicetre

from exitplanner.press.fields import check_fields, usable_url
from exitplanner.press.model import PressReleaseModel
from exitplanner.press.typography import NBSP


@pytest.mark.parametrize(("typed", "expected"), [
    ("", ""),
    ("  www.ville.fr/quitter-x ", "https://www.ville.fr/quitter-x"),
    ("http://ville.fr", "http://ville.fr"),
    ("https://mairie-saint-étienne.fr/lettre", "https://mairie-saint-étienne.fr/lettre"),
    ("xn--mairie-saint-tienne-gwb.fr", "https://xn--mairie-saint-tienne-gwb.fr"),
])
def test_usable_urls(typed, expected):
    assert usable_url(typed) == expected


@pytest.mark.parametrize("typed", [
    "info@ville.fr", "javascript:alert(1)", "file:///etc/passwd", "www.ville .fr", "ville", "localhost",
    "https://ville.fr:99999/", "ftp://ville.fr", "https://user:pw@ville.fr", "x" * 600 + ".fr",
])
def test_not_web_addresses(typed):
    assert usable_url(typed) is None


def test_problems_name_the_field_and_keep_nothing_silent():
    section = {"place": "P" * 81, "date": "21/01/2025", "url": "info@ville.fr",
               "newsletter": "ville.fr/lettre"}
    problems = {p.key: p.message for p in check_fields(section)}
    assert set(problems) == {"place", "date", "url"}
    assert "80" in problems["place"] and "www.ville.fr/quitter-x" in problems["url"]
    assert check_fields({"date": "2025-01-21", "departure_date": "2026-06-01"})[0].key == "departure_date"
    assert check_fields({}) == []


def test_fields_reach_the_release_and_the_short_posts():
    plan = kremlin_bicetre("delete_account")
    model = PressReleaseModel(plan, today=DAY)
    model.set_field("place", "  Le   Kremlin-Bicêtre (94) ")
    model.set_field("date", date(2025, 1, 20))
    model.set_field("departure_date", "2025-02-03")
    model.set_field("url", "www.ville-kremlin-bicetre.fr/quitter-x")
    model.set_field("newsletter", "ville-kremlin-bicetre.fr/lettre")
    assert plan.sections["press"]["date"] == "2025-01-20"  # ISO in the plan
    release = model.render()
    assert release.place_date == "Le Kremlin-Bicêtre (94), le 20 janvier 2025"
    text = release.to_text()
    assert "lundi 3 février 2025" in text  # departure: « désactivé à compter du lundi 3 février 2025 »
    assert "5 mars 2025" in text  # deleted 30 days after the departure
    assert f"Lettre d’information{NBSP}: ville-kremlin-bicetre.fr/lettre" in text
    shorts = model.generated_short_versions()
    assert "https://www.ville-kremlin-bicetre.fr/quitter-x" in shorts["mastodon"].text
    assert model.departure_date() == date(2025, 2, 3)


def test_unset_fields_fall_back_and_bad_ones_are_kept_but_unused():
    plan = herault()
    model = PressReleaseModel(plan, today=date(2025, 2, 3))
    assert model.default_place() == "" and model.render().place_date == "Le 3 février 2025"
    model.set_field("newsletter", "presse@herault.fr")  # an e-mail, not a page
    model.set_field("url", "pas une adresse")
    assert plan.sections["press"]["newsletter"] == "presse@herault.fr"  # nothing typed is lost
    text = model.render().to_text()
    assert "presse@herault.fr" not in text.split("Contact presse")[0]
    assert "pas une adresse" not in text
    assert {p.key for p in model.field_problems()} == {"newsletter", "url"}
    model.set_field("url", "")
    assert "url" not in plan.sections["press"]
    model.set_field("date", None)
    assert model.release_date() == date(2025, 2, 3)
    with pytest.raises(KeyError):
        model.set_field("template", "x")


def test_departure_defaults_to_the_release_day_when_the_decision_has_no_date():
    plan = kremlin_bicetre("dormant")
    plan.sections["decision"] = {"strategy": "dormant", "decided_on": "2024-11-02"}  # what step 4 stores
    model = PressReleaseModel(plan, today=DAY)
    assert model.departure_date() == DAY
    model.set_field("date", "2025-01-24")
    assert model.departure_date() == date(2025, 1, 24)
    assert "vendredi 24 janvier 2025" in model.render().to_text()
    assert model.context().as_dict()["departure_date_text"] == "le vendredi 24 janvier 2025"
