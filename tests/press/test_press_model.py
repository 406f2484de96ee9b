"""The press release model over real plans: grammar, strategies, edits, short versions, every template."""

from __future__ import annotations

import re
from datetime import date

import pytest

from exitplanner.plan.model import (
    Account,
    Authority,
    AuthorityKind,
    ElectedHead,
    Gender,
    Network,
    Plan,
    PressContact,
    Verdict,
)
from exitplanner.press.model import PressReleaseModel
from exitplanner.press.templates import STRATEGIES, list_templates, save_user_template
from exitplanner.press.typography import NNBSP

DAY = date(2025, 1, 21)


def kremlin_bicetre(strategy: str | None = "delete_account") -> Plan:
    plan = Plan(
        authority=Authority(kind=AuthorityKind.COMMUNE, code="94043", name="Le Kremlin-Bicêtre", tncc=2,
                            population=25000, website="www.ville-kremlin-bicetre.fr"),
        contact=PressContact(service="Cabinet du maire", phone="01 23 45 67 89",
                             email="cabinet@ville-kremlin-bicetre.fr"),
        head=ElectedHead(name="Jean Dupont", title="Maire", gender=Gender.MASCULINE),
        accounts=[
            Account(network=Network.X, handle="KremlinBicetre", verdict=Verdict.LEAVE),
            Account(network=Network.FACEBOOK, handle="kb", url="https://www.facebook.com/villekb",
                    verdict=Verdict.KEEP),
            Account(network=Network.INSTAGRAM, handle="villekb", verdict=Verdict.KEEP),
            Account(network=Network.TIKTOK, handle="kbtok", verdict=Verdict.LEAVE),
        ],
    )
    plan.sections["networks"] = {"bluesky": {"handle": "kremlinbicetre.bsky.social"},
                                 "mastodon": {"handle": "kremlinbicetre", "url": "https://mastodon.social"}}
    if strategy:
        plan.sections["decision"] = {"strategy": strategy, "date": "2025-01-21"}
    return plan


def herault() -> Plan:
    plan = Plan(
        authority=Authority(kind=AuthorityKind.DEPARTEMENT, code="34", name="Hérault", tncc=5,
                            website="herault.fr"),
        contact=PressContact(service="Service de presse", email="presse@herault.fr"),
        head=ElectedHead(name="Marie Martin", gender=Gender.FEMININE),
        accounts=[Account(network=Network.LINKEDIN, url="https://www.linkedin.com/company/herault",
                          verdict=Verdict.KEEP)],
    )
    plan.sections["decision"] = {"strategy": "delete_posts", "date": "2025-02-01"}
    plan.sections["record"] = {"path": "/archives/x"}
    return plan


def test_delete_account_release_for_le_kremlin_bicetre():
    model = PressReleaseModel(kremlin_bicetre(), reasons=["moderation", "hate_speech"],
                              quote="Quitter X est un acte démocratique.", today=DAY)
    release = model.render()
    assert release.template_id == "delete_account" and release.strategy == "delete_account"
    assert release.authority_name == "Ville du Kremlin-Bicêtre"
    assert release.place_date == "Le Kremlin-Bicêtre, le 21 janvier 2025"
    assert release.headline == "La Ville du Kremlin-Bicêtre quitte définitivement le réseau social X"
    assert "désactivé à compter du mardi 21 janvier 2025" in release.chapeau
    assert "soit le 20 février 2025" in release.chapeau
    assert "@KremlinBicetre" in release.chapeau
    body = " ".join(release.body)
    assert ("Cette décision est motivée par l’absence d’une modération effective des contenus et la "
            "prolifération des discours de haine.") in body
    assert "sera archivé" in body  # no archive of record yet
    assert "des comptes sur Bluesky et Mastodon et poursuit sa présence sur Facebook et Instagram" in body
    assert release.quote == "Quitter X est un acte démocratique"  # the incise replaces the full stop
    assert release.quote_attribution == "déclare Jean Dupont, maire du Kremlin-Bicêtre."
    assert release.follow_lines == [
        "Bluesky\u00a0: @kremlinbicetre.bsky.social", "Mastodon\u00a0: @kremlinbicetre@mastodon.social",
        "Facebook\u00a0: facebook.com/villekb", "Instagram\u00a0: @villekb",
        "Site internet\u00a0: www.ville-kremlin-bicetre.fr"]
    assert release.contact_lines[-1] == "cabinet@ville-kremlin-bicetre.fr"
    assert "TikTok" not in release.to_text()  # left networks are not advertised


def test_departement_with_a_woman_president_and_masculine_institution():
    release = PressReleaseModel(herault(), today=date(2025, 2, 3)).render()
    assert release.headline == "Le Département de l’Hérault retire ses publications du réseau social X"
    assert release.authority_name == "Département de l’Hérault"
    expected = "déclare Marie Martin, présidente du conseil départemental de l’Hérault."
    assert release.quote_attribution == expected
    body = " ".join(release.body)
    assert "Le Département reste présent sur LinkedIn." in body  # agreement with « le Département »
    assert "ont été intégralement archivées" in body
    assert "À compter du samedi 1er février 2025" in release.chapeau
    assert release.place_date == "Le 3 février 2025"  # no place for a département unless given


def test_missing_decision_defaults_to_dormant_and_says_so():
    model = PressReleaseModel(kremlin_bicetre(strategy=None), today=DAY)
    assert model.strategy == "dormant" and model.strategy_defaulted
    assert model.template_id == "dormant"
    assert model.strategy_note() in (
        "No strategy has been recorded at the decision step yet: the text assumes the X account is put "
        "to sleep (kept but no longer used).",
        "Aucune stratégie n’a encore été enregistrée à l’étape Décision\u00a0: le texte suppose que le "
        "compte X est mis en sommeil (conservé mais plus alimenté).")
    assert PressReleaseModel(kremlin_bicetre(), today=DAY).strategy_note() == ""


def _check_french(text: str) -> None:
    assert "{{" not in text and "{%" not in text
    assert "'" not in text and '"' not in text, "straight quotes left"
    assert "  " not in text, "double space"
    assert not re.search(r"\s[,.](?!\w)", text), "space before , or ."
    assert not re.search(r"[^\s\u202f]([;!?])", text.replace("?!", "")), "missing thin space"
    assert not re.search(r"\.\.(?!\.)|,\.|\.,|\s\(\)", text)
    assert "de le " not in text and "de les " not in text and "à le " not in text


@pytest.mark.parametrize("strategy", STRATEGIES)
@pytest.mark.parametrize("make", [kremlin_bicetre, herault])
def test_every_builtin_template_reads_well(strategy, make):
    plan = make()
    plan.sections["decision"]["strategy"] = strategy
    model = PressReleaseModel(plan, template_id=strategy, reasons=["disinformation", "dsa_non_compliance"],
                              free_text="le manque de transparence de la plateforme", today=DAY)
    release = model.render()
    assert release.headline and release.chapeau and len(release.body) >= 3 and release.quote
    _check_french(release.to_text().replace("cabinet@", "").replace("www.", ""))
    for short in model.short_versions().values():
        assert short.within_limit


def test_demo_plan_renders_with_every_template():
    from exitplanner.plan.demo import demo_plan

    for info in list_templates():
        release = PressReleaseModel(demo_plan(), template_id=info.id, today=DAY).render()
        assert "Villeneuve-sur-Exemple" in release.headline
        assert release.logo_path  # the demo has a logo
        assert f"{NNBSP}»" in release.to_text()


def test_edits_are_kept_and_trigger_the_regeneration_warning():
    plan = kremlin_bicetre()
    model = PressReleaseModel(plan, today=DAY)
    generated = model.render().to_text()
    assert not model.needs_regeneration_warning()
    model.set_edited_text(generated)
    assert not model.needs_regeneration_warning()  # nothing changed by hand
    edited = generated.replace("quitte définitivement le réseau social X", "dit adieu à X")
    model.set_edited_text(edited)
    assert plan.sections["press"]["edited_text"] == edited
    assert model.needs_regeneration_warning()
    assert model.release().headline == "La Ville du Kremlin-Bicêtre dit adieu à X"
    assert model.release().logo_path == model.render().logo_path
    model.set_edited_text(None)
    assert not model.needs_regeneration_warning()


def test_choices_are_saved_in_the_plan_and_read_back():
    plan = kremlin_bicetre()
    model = PressReleaseModel(plan, template_id="dormant", reasons=["harassment"], free_text="Libre.",
                              quote="Citation", today=DAY)
    model.save()
    assert plan.sections["press"] == {"template": "dormant", "reasons": ["harassment"], "free_text": "Libre.",
                                      "quote": "Citation"}
    again = PressReleaseModel(plan, today=DAY)
    assert (again.template_id, again.reasons, again.free_text, again.quote) == ("dormant", ["harassment"],
                                                                                "Libre.", "Citation")


def test_short_versions_use_the_release_url_and_keep_user_edits():
    plan = kremlin_bicetre()
    plan.sections["press"] = {"url": "https://www.ville-kremlin-bicetre.fr/communique-x"}
    model = PressReleaseModel(plan, today=DAY)
    versions = model.short_versions()
    assert all("https://www.ville-kremlin-bicetre.fr/communique-x" in v.text for v in versions.values())
    model.set_short_version("x", "Au revoir X " * 40)
    edited = model.short_versions()["x"]
    assert edited.edited and not edited.within_limit
    model.set_short_version("x", None)
    assert not model.short_versions()["x"].edited


def test_user_template_through_the_model():
    save_user_template("maison", "{#\nname: Maison\nstrategy: dormant\n#}\n"
                       '{% extends "builtin/_base.txt.j2" %}\n'
                       "{% block headline %}{{ authority.full | capfirst }} part{% endblock %}\n"
                       "{% block body %}{{ reasons }}{% endblock %}\n")
    release = PressReleaseModel(kremlin_bicetre(), template_id="user:maison", reasons=["harassment"],
                                today=DAY).render()
    assert release.headline == "La Ville du Kremlin-Bicêtre part"
    assert release.body == ["Cette décision est motivée par le cyberharcèlement subi par les agents "
                            "comme par les habitants."]


def test_no_break_space_setting_reaches_every_generated_text():
    model = PressReleaseModel(kremlin_bicetre(), reasons=["hate_speech"], narrow=False, today=DAY)
    text = model.render().to_text()
    assert NNBSP not in text and "«\u00a0" in text and "\u00a0»" in text
    assert all(NNBSP not in short.text for short in model.short_versions().values())


AUTHORITIES = [
    Authority(kind=AuthorityKind.COMMUNE, name="Les Lilas", tncc=4, population=23000),
    Authority(kind=AuthorityKind.COMMUNE, name="Ivry-sur-Seine", tncc=1, population=60000,
              website="ivry94.fr"),
    Authority(kind=AuthorityKind.COMMUNE, name="La Courneuve", tncc=3, population=45000),
    Authority(kind=AuthorityKind.COMMUNE, name="L'Haÿ-les-Roses", tncc=5, population=31000),
    Authority(kind=AuthorityKind.COMMUNE, name="Saint-Martin-d'Oydes", tncc=0, population=200),
    Authority(kind=AuthorityKind.DEPARTEMENT, name="Charente", tncc=3, code="16"),
    Authority(kind=AuthorityKind.DEPARTEMENT, name="Hauts-de-Seine", tncc=4, code="92"),
    Authority(kind=AuthorityKind.REGION, name="Grand Est", tncc=0, code="44"),
    Authority(kind=AuthorityKind.EPCI, name="Communauté d'agglomération Plaine Vallée"),
    Authority(kind=AuthorityKind.EPCI, name="Bordeaux Métropole"),
    Authority(kind=AuthorityKind.OTHER, name=""),
]
NETWORK_SETS = [
    {},
    {"bluesky": {"handle": "ville.fr"}},
    {"bluesky": {"handle": "ville.bsky.social"}, "mastodon": {"handle": "@ville@social.example"}},
]


@pytest.mark.parametrize("authority", AUTHORITIES, ids=lambda a: a.name or "empty")
@pytest.mark.parametrize("networks", range(len(NETWORK_SETS)))
def test_generated_text_is_grammatical_for_many_authorities(authority, networks):
    for strategy in STRATEGIES:
        plan = Plan(authority=authority, head=ElectedHead(name="Camille Roux", gender=Gender.FEMININE))
        plan.sections["networks"] = NETWORK_SETS[networks]
        plan.sections["decision"] = {"strategy": strategy, "date": "2025-03-01"}
        release = PressReleaseModel(plan, reasons=["moderation"], today=DAY).render()
        text = release.to_text()
        _check_french(text.replace("www.", ""))
        assert " des comptes sur Bluesky." not in text and "sur Bluesky, des réseaux" not in text
        if authority.name:
            assert authority.name.replace("'", "’") in text
        else:
            assert release.headline.startswith("La collectivité")
