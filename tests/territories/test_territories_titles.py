"""Gendered titles of the elected head."""

from __future__ import annotations

from types import SimpleNamespace

from exitplanner.plan.model import Authority, AuthorityKind, ElectedHead, Gender
from exitplanner.territories import data
from exitplanner.territories.titles import head_title, head_title_forms, title_for, title_suggestions

F, M = Gender.FEMININE, Gender.MASCULINE


def test_commune_head():
    kremlin = data.get("94043")
    she, he = title_for(kremlin, F), title_for(kremlin, M)
    assert (she.short, he.short) == ("la maire", "le maire")
    assert (she.salutation, he.salutation) == ("Madame la Maire", "Monsieur le Maire")
    assert she.full == "la maire du Kremlin-Bicêtre"
    assert he.signature == "Maire du Kremlin-Bicêtre"


def test_departement_region_and_epci_heads():
    herault = data.get("34", AuthorityKind.DEPARTEMENT)
    assert title_for(herault, F).short == "la présidente du conseil départemental"
    assert title_for(herault, M).short == "le président du conseil départemental"
    assert title_for(herault, F).signature == "Présidente du conseil départemental de l'Hérault"
    idf = data.get("11", AuthorityKind.REGION)
    assert title_for(idf, F).full == "la présidente du conseil régional d'Île-de-France"
    assert title_for(idf, M).salutation == "Monsieur le Président"
    mgp = data.get("200054781")
    assert title_for(mgp, M).full == "le président de la Métropole du Grand Paris"
    assert title_for(mgp, F).short == "la présidente"


def test_special_statutes():
    assert title_for(data.get("75", AuthorityKind.DEPARTEMENT), F).full == "la maire de Paris"
    corse = data.get("94", AuthorityKind.REGION)
    assert title_for(corse, M).full == "le président du conseil exécutif de Corse"
    assert title_for(data.get("75111"), F).full == "la maire du 11e arrondissement de Paris"


def test_unspecified_gender_uses_the_generic_masculine_and_overrides_are_honoured():
    assert head_title_forms("commune", Gender.UNSPECIFIED, "Les Lilas", 4).full == "le maire des Lilas"
    assert head_title_forms("commune", None).short == "le maire"
    authority = Authority(
        kind=AuthorityKind.COMMUNE, name="Les Lilas", tncc=4, override_de="de la Ville des Lilas"
    )
    assert title_for(authority, F).function == "maire de la Ville des Lilas"


def test_suggestions_and_plan_helpers():
    kremlin = title_suggestions(AuthorityKind.COMMUNE, F, "Le Kremlin-Bicêtre", 2)
    assert kremlin == ["Maire du Kremlin-Bicêtre", "Maire"]
    suggestions = title_suggestions("departement", F, "Hérault", 5)
    assert suggestions[:2] == [
        "Présidente du conseil départemental de l'Hérault",
        "Présidente du Département de l'Hérault",
    ]
    assert "Présidente" in suggestions
    plan = SimpleNamespace(
        authority=Authority(kind=AuthorityKind.COMMUNE, name="La Courneuve", tncc=3),
        head=ElectedHead(name="Gilles Poux", gender=M),
    )
    assert head_title(plan) == "maire de La Courneuve"
