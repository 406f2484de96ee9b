"""The elected head's title, agreeing with their grammatical gender (DESIGN §6).

« le maire » / « la maire » (the feminine article with the epicene noun, as the Académie
française accepts since 2019 and most councils now write), « le président » / « la présidente
du conseil départemental », « … du conseil régional », « le président » / « la présidente » of an
EPCI. Authorities with a special statute have their own head (« la maire de Paris » for the
département of Paris, « le président du conseil exécutif de Corse »…).

When the gender is not given (``Gender.UNSPECIFIED``) the masculine is used, the traditional
generic form; step 1 asks for the gender so that this only happens in drafts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from exitplanner.plan.model import AuthorityKind, Gender
from exitplanner.territories.grammar import article_forms, coerce_kind

# (kind, code) of special-statute authorities → (noun, the rest of the title after the noun).
_SPECIAL_HEADS: dict[tuple[AuthorityKind, str], tuple[str, str]] = {
    (AuthorityKind.DEPARTEMENT, "75"): ("maire", "de Paris"),
    (AuthorityKind.DEPARTEMENT, "2A"): ("président", "du conseil exécutif de Corse"),
    (AuthorityKind.DEPARTEMENT, "2B"): ("président", "du conseil exécutif de Corse"),
    (AuthorityKind.REGION, "94"): ("président", "du conseil exécutif de Corse"),
    (AuthorityKind.DEPARTEMENT, "972"): ("président", "du conseil exécutif de Martinique"),
    (AuthorityKind.REGION, "02"): ("président", "du conseil exécutif de Martinique"),
    (AuthorityKind.DEPARTEMENT, "973"): ("président", "de l'Assemblée de Guyane"),
    (AuthorityKind.REGION, "03"): ("président", "de l'Assemblée de Guyane"),
    (AuthorityKind.REGION, "06"): ("président", "du conseil départemental de Mayotte"),
    (AuthorityKind.OTHER, "975"): ("président", "du conseil territorial de Saint-Pierre-et-Miquelon"),
    (AuthorityKind.OTHER, "977"): ("président", "du conseil territorial de Saint-Barthélemy"),
    (AuthorityKind.OTHER, "978"): ("président", "du conseil territorial de Saint-Martin"),
    (AuthorityKind.OTHER, "986"): ("président", "de l'Assemblée territoriale des îles Wallis et Futuna"),
    (AuthorityKind.OTHER, "987"): ("président", "de la Polynésie française"),
    (AuthorityKind.OTHER, "988"): ("président", "du gouvernement de la Nouvelle-Calédonie"),
}

# The assembly a head presides, between the noun and the authority's name.
_ASSEMBLY = {
    AuthorityKind.DEPARTEMENT: "du conseil départemental",
    AuthorityKind.REGION: "du conseil régional",
}

_FEMININE = {"maire": "maire", "président": "présidente"}


@dataclass(frozen=True)
class HeadTitle:
    """Every form of one head's title.

    ``noun`` « présidente »; ``short`` « la présidente du conseil départemental » (without the
    authority); ``function`` « présidente du conseil départemental de l'Hérault » (after a name:
    « Marie Dupont, présidente… »); ``full`` « la présidente du conseil départemental de
    l'Hérault »; ``signature`` « Présidente du conseil départemental de l'Hérault »;
    ``salutation`` « Madame la Présidente ».
    """

    noun: str
    short: str
    function: str
    full: str
    signature: str
    salutation: str


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def head_title_forms(
    kind: Any,
    gender: Gender | str | None,
    name: str = "",
    tncc: int | None = None,
    *,
    code: str = "",
    override_de: str | None = None,
) -> HeadTitle:
    """The title of the head of an authority of ``kind`` named ``name`` (may be empty).

    ``code`` selects the special statutes (Paris, Corse, Martinique, Guyane, Mayotte, overseas
    collectivities); ``override_de`` is the authority's own « de » form when the user set one.
    """
    kind = coerce_kind(kind)
    feminine = str(gender or "") == Gender.FEMININE.value
    special = _SPECIAL_HEADS.get((kind, (code or "").upper()))
    if special:
        noun, rest = special
        assembly, complement = "", rest
    else:
        noun = "maire" if kind == AuthorityKind.COMMUNE else "président"
        assembly = _ASSEMBLY.get(kind, "")
        complement = (override_de or article_forms(name, tncc, kind).de) if name else ""
    if feminine:
        noun = _FEMININE[noun]
    article = "la" if feminine else "le"
    courtesy = "Madame" if feminine else "Monsieur"
    short_tail = f" {assembly}" if assembly else ""
    function = " ".join(part for part in (noun, assembly, complement) if part)
    return HeadTitle(
        noun=noun,
        short=f"{article} {noun}{short_tail}",
        function=function,
        full=f"{article} {function}",
        signature=_capitalise(function),
        salutation=f"{courtesy} {article} {_capitalise(noun)}",
    )


def title_for(authority: Any, gender: Gender | str | None) -> HeadTitle:
    """``head_title_forms`` for a ``Territory`` or a plan ``Authority`` (honouring its override)."""
    return head_title_forms(
        authority.kind,
        gender,
        authority.name,
        authority.tncc,
        code=getattr(authority, "code", "") or "",
        override_de=getattr(authority, "override_de", "") or None,
    )


def title_suggestions(
    kind: Any, gender: Gender | str | None, name: str = "", tncc: int | None = None, *, code: str = ""
) -> list[str]:
    """Titles to offer in step 1's « title » field, most complete first, without duplicates.

    « Maire du Kremlin-Bicêtre », « Maire »; « Présidente du conseil départemental de l'Hérault »,
    « Présidente du Département de l'Hérault », « Présidente du conseil départemental »,
    « Présidente ».
    """
    kind = coerce_kind(kind)
    forms = head_title_forms(kind, gender, name, tncc, code=code)
    suggestions = [forms.signature]
    if name and kind in _ASSEMBLY and (kind, (code or "").upper()) not in _SPECIAL_HEADS:
        institution = "Département" if kind == AuthorityKind.DEPARTEMENT else "Région"
        de = article_forms(name, tncc, kind).de
        place = f"du {institution} {de}" if kind == AuthorityKind.DEPARTEMENT else f"de la Région {name}"
        suggestions.append(f"{_capitalise(forms.noun)} {place}")
    suggestions.append(_capitalise(forms.short.split(" ", 1)[1]))
    suggestions.append(_capitalise(forms.noun))
    return list(dict.fromkeys(suggestions))


def head_title(plan: Any) -> str:
    """« maire du Kremlin-Bicêtre »: the head's function in the plan, to follow their name."""
    return title_for(plan.authority, plan.head.gender).function


def head_title_short(plan: Any) -> str:
    """« le maire », « la présidente du conseil départemental »: the head without the authority."""
    return title_for(plan.authority, plan.head.gender).short
