"""The one place where the press release reads the territory grammar (article, charnière, titles).

``exitplanner.territories.grammar`` and ``.titles`` own the rules (INSEE TNCC, contractions,
gendered titles, per-authority overrides). This module only adapts their answers to what the
templates need, so that a change in that API touches one file here.
"""

from __future__ import annotations

from exitplanner.plan.model import Authority, AuthorityKind, Plan

_VOWELS = tuple("aeiouyhâàéèêëîïôöûüAEIOUYHÂÀÉÈÊËÎÏÔÖÛÜ")


def institution_forms(noun: str, feminine: bool) -> tuple[str, str]:
    """« la Ville » / « de la Ville », « le Département » / « du Département », « l’intercommunalité »."""
    if noun.startswith(_VOWELS):
        return f"l’{noun}", f"de l’{noun}"
    return (f"la {noun}", f"de la {noun}") if feminine else (f"le {noun}", f"du {noun}")


def authority_forms(authority: Authority) -> dict[str, str]:
    """bare/de/a/le forms of the authority's name, plus its full institutional name with article.

    ``full`` is how the communiqué names the institution in a sentence (« la Ville du
    Kremlin-Bicêtre », « le Département de l’Hérault », « la Région Occitanie ») and ``full_de``
    the same after « de » (« de la Ville du Kremlin-Bicêtre », « du Département de l’Hérault »).
    """
    from exitplanner.territories.grammar import forms_of, official_name

    forms = forms_of(authority)
    official = official_name(authority) if authority.name else ""
    result = {"bare": forms.bare, "de": forms.de, "a": forms.a, "le": forms.le, "official": official}
    result.update(_full_forms(authority.kind, official))
    return result


def _full_forms(kind: AuthorityKind, official: str) -> dict[str, str]:
    """Add the article to the official name: « Ville du X » → « la Ville du X » / « de la Ville du X »."""
    first = official.split(" ", 1)[0]
    feminine_nouns = {"Ville", "Région", "Commune", "Communauté", "Métropole", "Collectivité",
                      "Eurométropole", "Mairie"}
    masculine_nouns = {"Département", "Conseil", "Territoire", "Syndicat", "Établissement"}
    if first in feminine_nouns:
        return {"full": f"la {official}", "full_de": f"de la {official}"}
    if first in masculine_nouns:
        return {"full": f"le {official}", "full_de": f"du {official}"}
    # A name used without a common noun (« Nantes Métropole »): the forms of the name itself.
    from exitplanner.territories.grammar import article_forms

    if not official:
        # Step 1 not filled yet: a neutral noun keeps every sentence grammatical.
        return {"full": "la collectivité", "full_de": "de la collectivité"}
    forms = article_forms(official, None, kind)
    return {"full": forms.le or forms.bare, "full_de": forms.de}


def name_forms(name: str) -> dict[str, str]:
    """Forms of a bare place name typed in a user template (``{{ "Les Lilas" | de }}``)."""
    from exitplanner.territories.grammar import article_forms

    forms = article_forms(name, None, "commune")
    return {"bare": forms.bare, "de": forms.de, "a": forms.a, "le": forms.le}


def head_titles(plan: Plan) -> tuple[str, str]:
    """(« maire du Kremlin-Bicêtre », « le maire ») for the elected head, agreeing with their gender."""
    from exitplanner.territories import titles

    return titles.head_title(plan), titles.head_title_short(plan)
