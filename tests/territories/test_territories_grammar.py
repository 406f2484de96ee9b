"""Article and charnière for every INSEE TNCC code, with real names from the bundled data."""

from __future__ import annotations

import pytest

from exitplanner.plan.model import Authority, AuthorityKind
from exitplanner.territories import data
from exitplanner.territories.grammar import article_forms, forms_of, infer_tncc, official_name

COMMUNE, DEP, REG, EPCI = (AuthorityKind.COMMUNE, AuthorityKind.DEPARTEMENT, AuthorityKind.REGION,
                           AuthorityKind.EPCI)


def _bundled(code: str, kind: AuthorityKind):
    territory = data.get(code, kind)
    assert territory is not None, code
    return territory


@pytest.mark.parametrize(
    ("code", "name", "tncc", "le", "de", "a"),
    [
        ("75056", "Paris", 0, "Paris", "de Paris", "à Paris"),
        ("94041", "Ivry-sur-Seine", 1, "Ivry-sur-Seine", "d'Ivry-sur-Seine", "à Ivry-sur-Seine"),
        ("94043", "Le Kremlin-Bicêtre", 2, "Le Kremlin-Bicêtre", "du Kremlin-Bicêtre", "au Kremlin-Bicêtre"),
        ("93027", "La Courneuve", 3, "La Courneuve", "de La Courneuve", "à La Courneuve"),
        ("17300", "La Rochelle", 3, "La Rochelle", "de La Rochelle", "à La Rochelle"),
        ("93045", "Les Lilas", 4, "Les Lilas", "des Lilas", "aux Lilas"),
        ("94038", "L'Haÿ-les-Roses", 5, "L'Haÿ-les-Roses", "de L'Haÿ-les-Roses", "à L'Haÿ-les-Roses"),
        ("60703", "Aux Marais", 6, "Aux Marais", "des Marais", "aux Marais"),
        ("66104", "Los Masos", 8, "Los Masos", "de Los Masos", "à Los Masos"),
    ],
)
def test_communes_every_tncc_code_with_real_names(code, name, tncc, le, de, a):
    territory = _bundled(code, COMMUNE)
    assert (territory.name, territory.tncc) == (name, tncc)
    forms = forms_of(territory)
    assert (forms.bare, forms.le, forms.de, forms.a) == (name, le, de, a)


def test_tncc_7_las_keeps_its_capital():
    # No current commune has the article « Las » (the last ones merged); the rule still holds.
    forms = article_forms("Las Illas", 7, COMMUNE)
    assert (forms.le, forms.de, forms.a) == ("Las Illas", "de Las Illas", "à Las Illas")
    assert article_forms("Illas", 7, COMMUNE).de == "de Las Illas"


@pytest.mark.parametrize(
    ("code", "le", "de", "a", "official"),
    [
        ("01", "l'Ain", "de l'Ain", "dans l'Ain", "Département de l'Ain"),
        ("16", "la Charente", "de la Charente", "en Charente", "Département de la Charente"),
        ("59", "le Nord", "du Nord", "dans le Nord", "Département du Nord"),
        ("92", "les Hauts-de-Seine", "des Hauts-de-Seine", "dans les Hauts-de-Seine",
         "Département des Hauts-de-Seine"),
        ("34", "l'Hérault", "de l'Hérault", "dans l'Hérault", "Département de l'Hérault"),
        ("33", "la Gironde", "de la Gironde", "en Gironde", "Département de la Gironde"),
        ("35", "Ille-et-Vilaine", "d'Ille-et-Vilaine", "en Ille-et-Vilaine", "Département d'Ille-et-Vilaine"),
        ("47", "le Lot-et-Garonne", "du Lot-et-Garonne", "en Lot-et-Garonne",
         "Département du Lot-et-Garonne"),
        ("77", "Seine-et-Marne", "de Seine-et-Marne", "en Seine-et-Marne", "Département de Seine-et-Marne"),
        ("974", "La Réunion", "de La Réunion", "à La Réunion", "Département de La Réunion"),
        ("80", "la Somme", "de la Somme", "dans la Somme", "Département de la Somme"),
    ],
)
def test_departements_take_a_lower_case_article(code, le, de, a, official):
    territory = _bundled(code, DEP)
    forms = forms_of(territory)
    assert (forms.le, forms.de, forms.a) == (le, de, a)
    assert official_name(territory) == official


@pytest.mark.parametrize(
    ("code", "de", "a", "official"),
    [
        ("11", "d'Île-de-France", "en Île-de-France", "Région Île-de-France"),
        ("28", "de Normandie", "en Normandie", "Région Normandie"),
        ("44", "du Grand Est", "dans le Grand Est", "Région Grand Est"),
        ("84", "d'Auvergne-Rhône-Alpes", "en Auvergne-Rhône-Alpes", "Région Auvergne-Rhône-Alpes"),
        ("32", "des Hauts-de-France", "dans les Hauts-de-France", "Région Hauts-de-France"),
        ("75", "de la Nouvelle-Aquitaine", "en Nouvelle-Aquitaine", "Région Nouvelle-Aquitaine"),
        ("01", "de la Guadeloupe", "en Guadeloupe", "Région Guadeloupe"),
        ("94", "de Corse", "en Corse", "Collectivité de Corse"),
    ],
)
def test_regions_take_no_de_in_their_official_name(code, de, a, official):
    territory = _bundled(code, REG)
    forms = forms_of(territory)
    assert (forms.de, forms.a) == (de, a)
    assert official_name(territory) == official


def test_overseas_collectivities():
    polynesia = _bundled("987", AuthorityKind.OTHER)
    forms = forms_of(polynesia)
    assert (forms.de, forms.a) == ("de la Polynésie française", "en Polynésie française")
    assert forms_of(_bundled("978", AuthorityKind.OTHER)).a == "à Saint-Martin"
    assert official_name(_bundled("977", AuthorityKind.OTHER)) == "Collectivité de Saint-Barthélemy"


def test_official_names_of_communes_epci_and_arrondissements():
    assert official_name(_bundled("94043", COMMUNE)) == "Ville du Kremlin-Bicêtre"
    assert official_name(_bundled("75056", COMMUNE)) == "Ville de Paris"
    assert official_name(_bundled("75", DEP)) == "Ville de Paris"
    assert official_name(_bundled("75111", COMMUNE)) == "Mairie du 11e arrondissement de Paris"
    village = _bundled("01001", COMMUNE)  # L'Abergement-Clémenciat, under 2,000 inhabitants
    assert official_name(village) == "Commune de L'Abergement-Clémenciat"
    grand_paris_sud = _bundled("200059228", EPCI)
    assert grand_paris_sud.short_name == "CA Grand Paris Sud Seine Essonne Sénart"
    assert official_name(grand_paris_sud) == "Communauté d'agglomération Grand Paris Sud Seine Essonne Sénart"
    assert forms_of(grand_paris_sud).de == "de la " + official_name(grand_paris_sud)
    assert forms_of(_bundled("200054781", EPCI)).de == "de la Métropole du Grand Paris"
    assert forms_of(_bundled("243300316", EPCI)).de == "de Bordeaux Métropole"
    assert forms_of(_bundled("200057867", EPCI)).de == "de l'Établissement public territorial Plaine Commune"
    assert forms_of(_bundled("200057875", EPCI)).le == "l'Établissement public territorial Est Ensemble"


def test_official_name_accepts_every_call_shape():
    assert official_name(COMMUNE, "Le Kremlin-Bicêtre", 2) == "Ville du Kremlin-Bicêtre"
    assert official_name("Le Kremlin-Bicêtre", 2, "commune") == "Ville du Kremlin-Bicêtre"
    assert official_name("departement", "Hérault", 5) == "Département de l'Hérault"
    authority = Authority(kind=COMMUNE, name="Les Lilas", tncc=4, override_de="de la Ville-des-Lilas")
    assert official_name(authority) == "Ville de la Ville-des-Lilas"
    assert official_name(COMMUNE, "", None) == ""


def test_names_typed_by_hand_get_an_inferred_article():
    assert infer_tncc("Le Pré-Saint-Gervais") == 2
    assert infer_tncc("Orly") == 1
    assert infer_tncc("Hautmont") == 0  # an h is taken as aspirated when nothing says otherwise
    assert article_forms("  Les   Lilas ", None, COMMUNE).de == "des Lilas"
    assert article_forms("Kremlin-Bicêtre", 2, COMMUNE).le == "Le Kremlin-Bicêtre"  # commune: capital
    assert article_forms("Charente", 3, DEP).le == "la Charente"
    # A code contradicting the spelling cannot produce « d'Paris » or « de Ivry ».
    assert article_forms("Paris", 1, COMMUNE).de == "de Paris"
    assert article_forms("Ivry-sur-Seine", 0, COMMUNE).de == "d'Ivry-sur-Seine"
    assert article_forms("Le Vernet", 0, COMMUNE).de == "du Vernet"


def test_overrides_replace_the_computed_forms():
    forms = article_forms("Les Lilas", 4, COMMUNE, override_de="de la commune des Lilas", override_a="")
    assert forms.de == "de la commune des Lilas"
    assert forms.a == "aux Lilas"
    authority = Authority(kind=DEP, name="Hérault", tncc=5, override_a="en Hérault")
    assert forms_of(authority).a == "en Hérault"
