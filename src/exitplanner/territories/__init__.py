"""French local authorities: the official list, their names in sentences, their heads' titles.

Plain Python (no Qt), shared by the GUI (step 1), the press release and ``exitplanner territory``.

Public API (keep these names; the GUI and ``press`` call them):

- ``territories.search.search(text, limit=20, kinds=None) -> list[Territory]``: by name (accents,
  case, hyphens, apostrophes ignored; « st » = « saint »), postal code, INSEE code or SIREN.
  ``territories.search.prepare()`` builds the index ahead of time; ``search.get(code, kind)``.
- ``territories.data.Territory``: frozen dataclass (code, kind, name, tncc, population,
  departement, region, postal_codes, epci, short_name, parent); ``data.get(code, kind=None)``.
- ``territories.grammar.article_forms(name, tncc, kind, override_de=None, override_a=None) ->
  NameForms(bare, le, de, a)``: « Le Kremlin-Bicêtre », « du Kremlin-Bicêtre », « au
  Kremlin-Bicêtre »; ``grammar.forms_of(territory_or_authority)``.
- ``territories.grammar.official_name(territory_or_authority)`` or ``official_name(kind, name,
  tncc)``: « Ville du Kremlin-Bicêtre », « Département de l'Hérault », « Région Normandie ».
- ``territories.titles.head_title_forms(kind, gender, name, tncc, code=…) -> HeadTitle(noun, short,
  function, full, signature, salutation)``; ``titles.title_for(territory_or_authority, gender)``;
  ``titles.title_suggestions(kind, gender, name, tncc)``; ``titles.head_title(plan)`` /
  ``titles.head_title_short(plan)``.

The data come from ``resources/territories/`` (built by ``scripts/build_territories.py``);
``SOURCE_CREDIT`` is the credit line the README and the About box show.
"""

from __future__ import annotations

SOURCE_VERSION = "6.0.0"

# Shown as is in the About box and the README (generated French text, not a UI string).
SOURCE_CREDIT = (
    "Liste des collectivités : Code officiel géographique (INSEE), liste des EPCI à fiscalité propre "
    "(DGCL), populations légales (INSEE) et codes postaux (La Poste), via le paquet "
    f"@etalab/decoupage-administratif {SOURCE_VERSION} d’Etalab, sous Licence Ouverte / Open Licence "
    "(Etalab)."
)
