"""Article and *charnière* of French authority names, from the INSEE TNCC code (DESIGN §6).

INSEE gives every commune, département and région a ``TNCC`` (« type de nom en clair »,
``typeLiaison`` in the Etalab data) saying which article the name takes and how « de » joins
it::

    0  no article, « de »          Paris         → de Paris
    1  no article, « d' »          Ivry-sur-Seine → d'Ivry-sur-Seine
    2  Le,  « du »                 Le Kremlin-Bicêtre → du Kremlin-Bicêtre
    3  La,  « de la »              La Courneuve  → de La Courneuve
    4  Les, « des »                Les Lilas     → des Lilas
    5  L',  « de l' »              L'Haÿ-les-Roses → de L'Haÿ-les-Roses
    6  Aux, « des »                Aux Marais    → des Marais
    7  Las, « de las »
    8  Los, « de los »             Los Masos     → de Los Masos

Two conventions meet here, and the code handles both because the data mixes them:

* a commune's article is part of its official name (« Le Kremlin-Bicêtre », « La Rochelle »), so
  it keeps its capital after a preposition that does not absorb it: « de La Rochelle »,
  « à L'Haÿ-les-Roses »; « du » and « au » absorb « Le » (« du Kremlin-Bicêtre »);
* a département's or région's article is not part of its name (« Charente », tncc 3): it is
  added in lower case, « de la Charente », « l'Hérault », « des Hauts-de-Seine ».

Which convention applies is read from the name itself: when the name starts with an article
(« Le », « La », « Les », « L' », « Aux », « Las », « Los ») that article is kept as written,
whatever the kind (« de La Réunion »); otherwise the TNCC code supplies it, capitalised for a
commune typed without its article, lower case for everything else.

The « à » form (where something happens) follows well-established usage:

* communes: « à Paris », « au Kremlin-Bicêtre », « aux Lilas », « à La Courneuve »,
  « à L'Haÿ-les-Roses »; the arrondissements of Paris, Lyon and Marseille « dans le 11e
  arrondissement de Paris »;
* départements and régions: « en » before a feminine name or one without article
  (« en Charente », « en Gironde », « en Normandie », « en Île-de-France », « en Occitanie »;
  but « dans la Somme », « dans la Vienne » for six river and sea names where « en » misleads) and
  before names joined by « et » (« en Ille-et-Vilaine », « en Lot-et-Garonne », the rule of the
  Académie française); « dans » with the article otherwise (« dans le Nord », « dans les
  Hauts-de-Seine », « dans l'Hérault » — « en Hérault » is common in speech but disputed, « dans
  l'Ain », « dans l'Isère » are correct for every name with « l' », masculine or feminine);
  islands and cities take « à » (« à La Réunion », « à Mayotte », « à Paris »);
* EPCI and other institutions: « à » with their article (« à la Métropole du Grand Paris »,
  « à Bordeaux Métropole »).

Anything a user finds wrong for their authority is fixed with the per-authority overrides
(``Authority.override_de`` / ``override_a``) that every function here accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from exitplanner.plan.model import AuthorityKind

# Letters before which « de » and « le/la » elide. An initial « h » is taken as mute only when the
# TNCC code says so (1 or 5); ``infer_tncc`` treats it as aspirated, the safer guess for a name
# that is not in the official list.
VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿœæ")
_ELIDING = VOWELS | {"h"}

# Article written at the start of a name → its TNCC code. Order matters: « Les » before « Le »,
# « Las » before « La ».
_WRITTEN_ARTICLES: tuple[tuple[str, int], ...] = (
    ("L'", 5),
    ("L’", 5),
    ("Les ", 4),
    ("Le ", 2),
    ("Las ", 7),
    ("La ", 3),
    ("Los ", 8),
    ("Aux ", 6),
)

# The article a TNCC code stands for when the name does not carry it (lower case).
_ARTICLE_OF_TNCC = {2: "le", 3: "la", 4: "les", 5: "l'", 6: "aux", 7: "las", 8: "los"}

# Places (départements, régions, overseas collectivities) that take « à » like a town or island.
_A_PLACES = frozenset(
    {
        "Paris",
        "La Réunion",
        "Mayotte",
        "Saint-Pierre-et-Miquelon",
        "Saint-Barthélemy",
        "Saint-Martin",
        "Wallis et Futuna",
        "Wallis-et-Futuna",
    }
)

# Départements named after a river or the sea where « en » reads as something else (« en Vienne »
# is Austria, « en Somme » an adverb): usage keeps « dans la ».
_DANS_LA = frozenset({"Loire", "Somme", "Marne", "Manche", "Meuse", "Vienne"})

# Kinds whose names are places spoken of with « en / dans » rather than « à ».
_TERRITORIAL_KINDS = frozenset({AuthorityKind.DEPARTEMENT, AuthorityKind.REGION})

# Overseas collectivities carried as ``AuthorityKind.OTHER`` that are places, not institutions.
_OVERSEAS_PLACES = frozenset(
    {"Polynésie française", "Nouvelle-Calédonie", "Saint-Pierre-et-Miquelon", "Saint-Barthélemy",
     "Saint-Martin", "Wallis et Futuna", "Wallis-et-Futuna"}
)

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class NameForms:
    """The forms of one authority's name used in sentences.

    ``bare`` is the name as written; ``le`` the subject form with its article (« Le
    Kremlin-Bicêtre », « la Charente », « l'Hérault », « Paris »); ``de`` the complement form
    (« du Kremlin-Bicêtre »); ``a`` the place form (« au Kremlin-Bicêtre », « en Charente »).
    """

    bare: str
    le: str
    de: str
    a: str


def coerce_kind(kind: Any) -> AuthorityKind:
    """``AuthorityKind`` from an enum member or its value (``"commune"``); unknown → OTHER."""
    if isinstance(kind, AuthorityKind):
        return kind
    try:
        return AuthorityKind(str(kind))
    except ValueError:
        return AuthorityKind.OTHER


def clean_name(name: str) -> str:
    """Trim and collapse the spaces of a name typed by hand; the spelling itself is kept."""
    return _SPACES.sub(" ", name or "").strip()


def written_article(name: str) -> tuple[int | None, str, str]:
    """(TNCC of the article written at the start of ``name``, that article, the rest).

    « Le Kremlin-Bicêtre » → (2, "Le", "Kremlin-Bicêtre"); « L'Haÿ-les-Roses » → (5, "L'",
    "Haÿ-les-Roses"); « Charente » → (None, "", "Charente"). Only a capitalised article counts,
    so a name that merely starts with the letters is left alone.
    """
    for prefix, code in _WRITTEN_ARTICLES:
        if name.startswith(prefix) and len(name) > len(prefix):
            rest = name[len(prefix) :]
            article = prefix.rstrip()
            if article.endswith("’"):
                article = article[:-1] + "'"
            return code, article, rest
    return None, "", name


def starts_with_vowel(text: str) -> bool:
    return bool(text) and text[0].casefold() in VOWELS


def infer_tncc(name: str) -> int:
    """A TNCC code for a name that has none (typed by hand, or missing from the source).

    The written article decides when there is one; otherwise « d' » before a vowel and « de »
    before anything else, including « h » (aspirated and mute h cannot be told apart from the
    spelling; the user can override the result).
    """
    name = clean_name(name)
    code, _article, _rest = written_article(name)
    if code is not None:
        return code
    return 1 if starts_with_vowel(name) else 0


def _capital_article(kind: AuthorityKind, core: str) -> bool:
    """Whether an article missing from the name is written with a capital (communes only).

    The arrondissements of Paris, Lyon and Marseille (« 11e arrondissement de Paris ») are
    communes in the data but their name is a common noun phrase: lower-case article.
    """
    return kind == AuthorityKind.COMMUNE and not core[:1].isdigit()


def _join(article: str, core: str) -> str:
    return f"{article}{core}" if article.endswith("'") else f"{article} {core}"


def article_forms(
    name: str,
    tncc: int | None,
    kind: Any = AuthorityKind.COMMUNE,
    *,
    override_de: str | None = None,
    override_a: str | None = None,
) -> NameForms:
    """The ``bare``, ``le``, ``de`` and ``a`` forms of an authority's name (see the module doc).

    ``tncc`` may be None (typed by hand): it is then inferred from the spelling. A written
    article always wins over a contradicting code, so « Le Vernet-Chaméane » coded 0 still gives
    « du Vernet-Chaméane ». Non-empty overrides replace the computed ``de`` / ``a`` forms as
    they are.
    """
    kind = coerce_kind(kind)
    bare = clean_name(name)
    if not bare:
        return NameForms("", "", override_de or "", override_a or "")

    code, article, core = written_article(bare)
    if code is None:
        code = tncc if tncc in range(9) else infer_tncc(bare)
        if code in (0, 1):
            # Elision follows the first letter: a wrong code must not give « d'Paris » or « de Ivry ».
            if code == 1 and bare[0].casefold() not in _ELIDING:
                code = 0
            elif code == 0 and starts_with_vowel(bare):
                code = 1
            article = ""
        elif code == 5 and bare[0].casefold() not in _ELIDING:
            code = 3  # « l' » before a consonant cannot be right; « la » is the likeliest intent
            article = "la"
        else:
            article = _ARTICLE_OF_TNCC[code]
        if article and _capital_article(kind, bare):
            article = article[0].upper() + article[1:]

    le = _join(article, core) if article else core
    de = _de_form(code, article, core, le)
    a = _a_form(kind, code, article, core, le)
    return NameForms(bare=bare, le=le, de=override_de or de, a=override_a or a)


def _de_form(code: int, article: str, core: str, le: str) -> str:
    if code == 0:
        return f"de {le}"
    if code == 1:
        return f"d'{core}"
    if code == 2:
        return f"du {core}"
    if code in (4, 6):
        return f"des {core}"
    return f"de {le}"  # 3, 5, 7, 8: « de La Rochelle », « de l'Hérault », « de Los Masos »


def _town_a_form(code: int, core: str, le: str) -> str:
    if code == 2:
        return f"au {core}"
    if code in (4, 6):
        return f"aux {core}"
    return f"à {le}"


def _a_form(kind: AuthorityKind, code: int, article: str, core: str, le: str) -> str:
    if kind == AuthorityKind.COMMUNE:
        if core[:1].isdigit():
            return f"dans {le}"  # « dans le 11e arrondissement de Paris »
        return _town_a_form(code, core, le)
    territorial = kind in _TERRITORIAL_KINDS or (kind == AuthorityKind.OTHER and core in _OVERSEAS_PLACES)
    if not territorial:
        return _town_a_form(code, core, le)  # « à la Métropole … », « au Grand … », « à Bordeaux Métropole »
    if le in _A_PLACES:
        return f"à {le}"
    if code == 3 and core in _DANS_LA:
        return f"dans {le}"
    if "-et-" in core or code in (0, 1, 3):
        return f"en {core}"
    return f"dans {le}"


# ---- official names ----------------------------------------------------------------------------

# Authorities whose institution is not « Département de … » / « Région … » (statutes of Paris,
# Corsica, Martinique, Guyane, Mayotte and the overseas collectivities). Keyed by (kind, code).
_INSTITUTIONS: dict[tuple[AuthorityKind, str], str] = {
    (AuthorityKind.DEPARTEMENT, "75"): "Ville de Paris",
    (AuthorityKind.DEPARTEMENT, "2A"): "Collectivité de Corse",
    (AuthorityKind.DEPARTEMENT, "2B"): "Collectivité de Corse",
    (AuthorityKind.DEPARTEMENT, "972"): "Collectivité territoriale de Martinique",
    (AuthorityKind.DEPARTEMENT, "973"): "Collectivité territoriale de Guyane",
    (AuthorityKind.REGION, "94"): "Collectivité de Corse",
    (AuthorityKind.REGION, "02"): "Collectivité territoriale de Martinique",
    (AuthorityKind.REGION, "03"): "Collectivité territoriale de Guyane",
    (AuthorityKind.REGION, "04"): "Région Réunion",
    (AuthorityKind.REGION, "06"): "Département de Mayotte",
    (AuthorityKind.OTHER, "975"): "Collectivité territoriale de Saint-Pierre-et-Miquelon",
    (AuthorityKind.OTHER, "977"): "Collectivité de Saint-Barthélemy",
    (AuthorityKind.OTHER, "978"): "Collectivité de Saint-Martin",
    (AuthorityKind.OTHER, "986"): "Territoire des îles Wallis et Futuna",
    (AuthorityKind.OTHER, "987"): "Polynésie française",
    (AuthorityKind.OTHER, "988"): "Nouvelle-Calédonie",
}

# Below this population a commune is « Commune de … » rather than « Ville de … » (2,000 is INSEE's
# threshold between rural and urban communes, and the one most councils follow on their letterhead).
URBAN_THRESHOLD = 2000


def institution_key(kind: Any, code: str) -> tuple[AuthorityKind, str] | None:
    """The key of the special-statute table for (kind, code), or None for the general case."""
    key = (coerce_kind(kind), code or "")
    return key if key in _INSTITUTIONS else None


def official_name(*args: Any, override_de: str | None = None, **kwargs: Any) -> str:
    """The institution's full name: « Ville du Kremlin-Bicêtre », « Département de l'Hérault »…

    Accepts a ``Territory`` or an ``Authority`` (anything with ``kind``, ``name``, ``tncc`` and
    optionally ``code``, ``population``, ``override_de``), or ``(kind, name, tncc)``, or
    ``(name, tncc, kind)`` — callers grew up with both orders; the kind is recognised wherever
    it is. Keywords ``code`` and ``population`` refine the answer (special statutes, « Commune »
    for small villages).

    Régions take no « de » (« Région Normandie », « Région Grand Est »); an EPCI's name already is
    its institution (« Communauté d'agglomération … », « Bordeaux Métropole »); an arrondissement
    of Paris, Lyon or Marseille is its « Mairie du 11e arrondissement de Paris ».
    """
    kind, name, tncc, code, population, override = _unpack(args, kwargs)
    override = override_de or override
    name = clean_name(name)
    if not name:
        return ""
    special = _INSTITUTIONS.get((kind, code or ""))
    if special:
        return special
    if kind == AuthorityKind.REGION:
        return f"Région {name}"
    if kind in (AuthorityKind.EPCI, AuthorityKind.OTHER):
        return name
    de = override or article_forms(name, tncc, kind).de
    if kind == AuthorityKind.DEPARTEMENT:
        return f"Département {de}"
    if name[:1].isdigit():
        return f"Mairie {de}"
    if population is not None and population < URBAN_THRESHOLD:
        return f"Commune {de}"
    return f"Ville {de}"


def _unpack(args: tuple[Any, ...], kwargs: dict[str, Any]):
    """(kind, name, tncc, code, population, override_de) from the accepted call shapes."""
    code = kwargs.get("code", "") or ""
    population = kwargs.get("population")
    if len(args) == 1 and hasattr(args[0], "name"):
        obj = args[0]
        code = code or getattr(obj, "code", "") or ""
        population = population if population is not None else getattr(obj, "population", None)
        override = getattr(obj, "override_de", "") or ""
        return coerce_kind(obj.kind), obj.name, obj.tncc, code, population, override
    if not args and "name" in kwargs:
        kind = kwargs.get("kind", AuthorityKind.COMMUNE)
        return coerce_kind(kind), kwargs["name"], kwargs.get("tncc"), code, population, ""
    if len(args) not in (2, 3):
        raise TypeError("official_name() needs a territory, or kind, name and tncc")
    first, second = args[0], args[1]
    third = args[2] if len(args) == 3 else kwargs.get("tncc")
    if _is_kind(third) and not _is_kind(first):
        return coerce_kind(third), first, second, code, population, ""  # (name, tncc, kind)
    return coerce_kind(first), second, third, code, population, ""  # (kind, name, tncc)


def _is_kind(value: Any) -> bool:
    if isinstance(value, AuthorityKind):
        return True
    return isinstance(value, str) and value in AuthorityKind._value2member_map_


def forms_of(obj: Any) -> NameForms:
    """``article_forms`` for a ``Territory`` or an ``Authority``, honouring its overrides."""
    return article_forms(
        obj.name,
        obj.tncc,
        obj.kind,
        override_de=getattr(obj, "override_de", "") or None,
        override_a=getattr(obj, "override_a", "") or None,
    )
