"""French typography pass: spaces, guillemets, apostrophes, protected spans, idempotence."""

from __future__ import annotations

import random

import pytest

from exitplanner.press.typography import NBSP, NNBSP, typographize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Bonjour !", f"Bonjour{NNBSP}!"),
        ("Vraiment?!", f"Vraiment{NNBSP}?!"),
        ("Un ; deux", f"Un{NNBSP}; deux"),
        ("Contact : presse", f"Contact{NBSP}: presse"),
        ("Contact: presse", f"Contact{NBSP}: presse"),
        ("un , deux .", "un, deux."),
        ('Il a dit "quitter X" hier', f"Il a dit «{NNBSP}quitter X{NNBSP}» hier"),
        ("«  mal espacé»", f"«{NNBSP}mal espacé{NNBSP}»"),
        ("l'Hérault et d'Ivry", "l’Hérault et d’Ivry"),
        ("À 14:30 précises", "À 14:30 précises"),
        ("le domaine .fr reste", "le domaine .fr reste"),
        ("Attendez ...", "Attendez..."),
    ],
)
def test_rules(raw, expected):
    assert typographize(raw) == expected


@pytest.mark.parametrize(
    "protected",
    [
        "https://www.ville.fr/actu?id=3;x=4&l'a=b",
        "http://exemple.fr/a:b",
        "presse@ville-exemple.fr",
        "@ville",
        "@ville.bsky.social",
        "@villeneuve@social.example",
        "www.ville.fr/l'agenda",
        "mailto:cabinet@ville.fr",
    ],
)
def test_urls_addresses_and_handles_are_left_alone(protected):
    text = f"Voir {protected} ; merci !"
    out = typographize(text)
    assert protected in out
    assert out.endswith(f"{NNBSP}; merci{NNBSP}!")


def test_sentence_punctuation_after_a_url_is_not_part_of_it():
    assert typographize("Lisez https://ville.fr/communique.") == "Lisez https://ville.fr/communique."
    assert typographize("Lu sur https://ville.fr?") == f"Lu sur https://ville.fr{NNBSP}?"


def test_no_break_space_setting_replaces_every_narrow_space():
    out = typographize('Oui ! "Non" ; peut-être ?', narrow=False)
    assert NNBSP not in out
    assert out == f"Oui{NBSP}! «{NBSP}Non{NBSP}»{NBSP}; peut-être{NBSP}?"


def test_line_starts_and_newlines_are_kept():
    text = "Titre\n: liste\n! note\n\nParagraphe ?"
    assert typographize(text) == f"Titre\n: liste\n! note\n\nParagraphe{NNBSP}?"


def test_running_twice_changes_nothing():
    text = 'L\'élu a dit : "Quittons X !" Voir https://x.fr/?a=1 ; @v@m.social , merci .'
    once = typographize(text)
    assert typographize(once) == once
    assert typographize(once, narrow=False) == typographize(typographize(once, narrow=False), narrow=False)


def test_idempotent_over_many_random_strings():
    alphabet = [*"ab éL'\":;!?,.«»@/\n\t", " ", NBSP, NNBSP, "https://v.fr/x?y", "a@b.fr", "@h.bsky.social",
                "14:30", "www.v.fr"]
    rng = random.Random(20250121)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        for narrow in (True, False):
            once = typographize(text, narrow=narrow)
            assert typographize(once, narrow=narrow) == once, repr(text)
