"""The structured release, its plain text and reading an edited text back."""

from __future__ import annotations

from exitplanner.press.release import PressRelease
from exitplanner.press.typography import NBSP, NNBSP


def sample() -> PressRelease:
    return PressRelease(
        authority_name="Ville des Lilas",
        place_date="Les Lilas, le 21 janvier 2025",
        headline="La Ville des Lilas quitte X",
        chapeau="Le compte est supprimé.",
        body=["Premier paragraphe.", f"Second paragraphe{NNBSP}!"],
        quote="Nous partons",
        quote_attribution="déclare Jeanne Martin, maire des Lilas.",
        follow_intro=f"Retrouvez-nous{NBSP}:",
        follow_lines=[f"Bluesky{NBSP}: @leslilas.bsky.social", f"Site internet{NBSP}: www.ville-leslilas.fr"],
        contact_lines=["Cabinet du maire", f"Tél.{NBSP}: 01 23 45 67 89", "presse@ville-leslilas.fr"],
    )


def test_plain_text_layout():
    text = sample().to_text()
    assert text.startswith("COMMUNIQUÉ DE PRESSE\n\nLes Lilas, le 21 janvier 2025\n\n"
                           "La Ville des Lilas quitte X\n\n")
    assert f"«{NNBSP}Nous partons{NNBSP}», déclare Jeanne Martin, maire des Lilas." in text
    assert "Pour nous suivre\nRetrouvez-nous" in text
    assert text.rstrip().endswith("presse@ville-leslilas.fr")


def test_edited_text_is_read_back_into_the_same_structure():
    original = sample()
    again = PressRelease.from_text(original.to_text(), original)
    for name in ("place_date", "headline", "chapeau", "body", "quote", "quote_attribution", "follow_intro",
                 "follow_lines", "contact_lines", "authority_name"):
        assert getattr(again, name) == getattr(original, name), name
    assert again.edited


def test_free_edits_are_never_lost():
    text = "Un titre libre\n\nUn chapeau\n\nDu texte\n\nEncore du texte\n\nContact presse\nMoi"
    release = PressRelease.from_text(text)
    assert (release.headline, release.chapeau, release.body) == ("Un titre libre", "Un chapeau",
                                                                 ["Du texte", "Encore du texte"])
    assert release.contact_lines == ["Moi"]


def test_email_parts():
    release = sample()
    assert release.email_subject() == "Communiqué de presse – La Ville des Lilas quitte X"
    assert release.email_body().startswith("Les Lilas, le 21 janvier 2025")


def test_dateline_without_a_place_is_recognised():
    original = sample()
    original.place_date = "Le 1er février 2025"
    again = PressRelease.from_text(original.to_text(), original)
    assert (again.place_date, again.headline) == ("Le 1er février 2025", original.headline)
