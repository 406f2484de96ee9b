"""Search by name (accents, case, hyphens, « st »), postal code, INSEE code and SIREN."""

from __future__ import annotations

import pytest

from exitplanner.plan.model import AuthorityKind
from exitplanner.territories.search import get, normalise, search


def codes(query: str, limit: int = 5, **kwargs) -> list[str]:
    return [t.code for t in search(query, limit, **kwargs)]


def test_normalise_folds_accents_case_hyphens_and_apostrophes():
    assert normalise("L'Haÿ-les-Roses") == "l hay les roses"
    assert normalise("  Le  KREMLIN–Bicêtre ") == "le kremlin bicetre"
    assert normalise("Cœur d’Essonne") == "coeur d essonne"


@pytest.mark.parametrize(
    "query", ["kremlin bicetre", "Le Kremlin-Bicêtre", "KREMLIN", "le kremlin", "kremlin-bicêtre", "bicetre"]
)
def test_name_search_ignores_accents_case_hyphens_and_the_article(query):
    assert codes(query)[0] == "94043"


def test_saint_abbreviations_and_population_order():
    found = search("st denis", 5)
    assert {t.code for t in found[:2]} == {"93066", "97411"}  # Saint-Denis (93) and Saint-Denis (Réunion)
    assert all(t.name.startswith("Saint-Denis") for t in found)
    assert codes("ste genevieve des bois", 1) == codes("sainte-geneviève-des-bois", 1)


def test_prefix_matches_come_before_word_matches():
    found = search("ivry", 5)
    assert found[0].name == "Ivry-sur-Seine"
    names = [t.name for t in found]
    assert names.index("Ivry-sur-Seine") < names.index("Ivry-la-Bataille")


def test_apostrophes_may_be_typed_or_not():
    assert codes("l'hay les roses", 1) == ["94038"]
    assert codes("lhay", 1) == ["94038"]
    assert codes("hay les roses", 1) == ["94038"]


def test_departements_by_number_and_name_regions_by_name():
    assert search("94", 1)[0].kind == AuthorityKind.DEPARTEMENT
    assert codes("94", 1) == ["94"]
    assert codes("2a", 1) == ["2A"]
    assert search("hérault", 1)[0].kind == AuthorityKind.DEPARTEMENT
    assert codes("herault", 1) == ["34"]
    normandie = search("normandie", 1)[0]
    assert (normandie.kind, normandie.code) == (AuthorityKind.REGION, "28")
    assert codes("ile de france", 1, kinds={AuthorityKind.REGION}) == ["11"]
    # A région's number counts only when régions alone are searched (11 is also the Aude).
    assert codes("11", 1) == ["11"] and search("11", 1)[0].kind == AuthorityKind.DEPARTEMENT
    assert search("11", 1, kinds={"region"})[0].name == "Île-de-France"


def test_postal_codes_complete_or_started_and_insee_codes():
    assert codes("94270") == ["94043"]
    assert codes("94 270") == ["94043"]
    assert codes("94043") == ["94043"]
    started = search("9427", 10)
    assert started and all(any(p.startswith("9427") for p in t.postal_codes) for t in started)
    assert codes("200054781") == ["200054781"]  # SIREN of the Métropole du Grand Paris


def test_epci_by_expanded_or_short_name():
    assert codes("grand paris", 1) == ["200054781"]
    assert codes("plaine commune", 1) == ["200057867"]
    assert search("bordeaux metropole", 1)[0].kind == AuthorityKind.EPCI
    assert search("cc faucigny", 1)[0].short_name == "CC Faucigny - Glières"


def test_kinds_limit_and_nonsense():
    assert all(t.kind == AuthorityKind.EPCI for t in search("paris", 10, kinds={AuthorityKind.EPCI}))
    assert len(search("saint", 7)) == 7
    assert search("", 5) == [] and search("   ", 5) == [] and search("paris", 0) == []
    assert search("zzqxw", 5) == [] and search("99999", 5) == [] and search("-'", 5) == []


def test_get_by_code_and_kind():
    assert get("94043").name == "Le Kremlin-Bicêtre"
    assert get("11").kind == AuthorityKind.DEPARTEMENT
    assert get("11", AuthorityKind.REGION).name == "Île-de-France"
    assert get("00000") is None
