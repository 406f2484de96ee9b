"""Every commune, département and région of the bundled data gets well-formed French forms."""

from __future__ import annotations

import re

from exitplanner.plan.model import AuthorityKind, Gender
from exitplanner.territories import data
from exitplanner.territories.grammar import VOWELS, forms_of, official_name
from exitplanner.territories.titles import title_for

ELIDING = VOWELS | {"h"}
# Contractions that French never leaves undone, with either case of the article.
FORBIDDEN = re.compile(r"\b(?:de|à) (?:[Ll]e|[Ll]es|[Aa]ux) |  |^ | $")
ARTICLE_AFTER = re.compile(r"^(?:de|à|dans|en) (?P<article>le|la|les|l'|Le|La|Les|L')")


def _problems(territory) -> list[str]:
    forms = forms_of(territory)
    found = []
    texts = {"le": forms.le, "de": forms.de, "a": forms.a, "official": official_name(territory)}
    for label, text in texts.items():
        if FORBIDDEN.search(text) or "\n" in text or "\t" in text:
            found.append(f"{label}: {text!r}")
    if forms.bare != territory.name:
        found.append(f"bare {forms.bare!r}")
    de = forms.de
    if de.startswith("d'"):
        if de[2:3].casefold() not in ELIDING:
            found.append(f"elision before a consonant: {de!r}")
    elif de.startswith("du "):
        if de[3:4].casefold() in VOWELS:
            found.append(f"« du » before a vowel: {de!r}")
    elif de.startswith("des "):
        pass
    elif de.startswith("de "):
        rest = de[3:]
        if rest[:1].casefold() in VOWELS:
            found.append(f"« de » before a vowel: {de!r}")
        if rest.startswith(("l'", "L'")) and rest[2:3].casefold() not in ELIDING:
            found.append(f"« l' » before a consonant: {de!r}")
    else:
        found.append(f"unexpected « de » form: {de!r}")
    # The article's case: communes keep the capital of their official name; the others write it
    # in lower case unless their name carries it (« La Réunion »).
    match = ARTICLE_AFTER.match(de)
    if match:
        article = match.group("article")
        name_has_it = territory.name.startswith(article)
        if territory.kind == AuthorityKind.COMMUNE and not territory.parent:
            if article[0].islower():
                found.append(f"commune article lower-cased: {de!r}")
        elif article[0].isupper() and not name_has_it:
            found.append(f"capital article not in the name: {de!r}")
    if not forms.a.startswith(("à ", "au ", "aux ", "en ", "dans ")):
        found.append(f"unexpected « à » form: {forms.a!r}")
    if not forms.le.endswith(territory.name.split(" ", 1)[-1].split("'", 1)[-1]):
        found.append(f"subject form loses the name: {forms.le!r}")
    return found


def test_every_bundled_authority_has_well_formed_forms():
    kinds = {AuthorityKind.COMMUNE, AuthorityKind.DEPARTEMENT, AuthorityKind.REGION, AuthorityKind.EPCI,
             AuthorityKind.OTHER}
    walked = [t for t in data.territories() if t.kind in kinds]
    assert len(walked) > 36000
    problems = {f"{t.kind.value} {t.code} {t.name}": p for t in walked if (p := _problems(t))}
    assert not problems, list(problems.items())[:20]


def test_every_head_title_is_well_formed():
    for territory in data.territories():
        for gender in (Gender.FEMININE, Gender.MASCULINE):
            title = title_for(territory, gender)
            assert title.full.startswith("la " if gender == Gender.FEMININE else "le "), title
            assert "  " not in title.full and not FORBIDDEN.search(title.full), title
            assert title.signature[0].isupper(), title
