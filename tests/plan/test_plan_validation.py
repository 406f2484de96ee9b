"""Validation of what users type: phones, domains, e-mails, handles."""

from __future__ import annotations

import pytest

from exitplanner.plan.model import Network
from exitplanner.plan.validation import (
    domain_problem,
    email_problem,
    normalise_email,
    normalise_french_phone,
    normalise_handle,
    phone_problem,
    validate_domain,
    validate_email,
    validate_handle,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0123456789", "01 23 45 67 89"),
        ("01 23 45 67 89", "01 23 45 67 89"),
        ("01.23.45.67.89", "01 23 45 67 89"),
        ("01-23-45-67-89", "01 23 45 67 89"),
        ("  01 23 45 67 89  ", "01 23 45 67 89"),
        ("01\u00a023\u202f45 67 89", "01 23 45 67 89"),
        ("+33 1 23 45 67 89", "01 23 45 67 89"),
        ("+33123456789", "01 23 45 67 89"),
        ("+33 (0)1 23 45 67 89", "01 23 45 67 89"),
        ("+33 01 23 45 67 89", "01 23 45 67 89"),
        ("0033 1 23 45 67 89", "01 23 45 67 89"),
        ("06 12 34 56 78", "06 12 34 56 78"),
        ("09 70 12 34 56", "09 70 12 34 56"),
        ("+262 262 12 34 56", "02 62 12 34 56"),  # La Réunion
        ("+262 639 12 34 56", "06 39 12 34 56"),  # Mayotte mobile
        ("+590 590 12 34 56", "05 90 12 34 56"),  # Guadeloupe
        ("+594 594 12 34 56", "05 94 12 34 56"),  # Guyane
        ("+596 596 12 34 56", "05 96 12 34 56"),  # Martinique
        ("0262 12 34 56", "02 62 12 34 56"),
        ("+269 269 61 23 45", "02 69 61 23 45"),  # Mayotte with its pre-2007 code
        ("+687 28 12 34", "+687 28 12 34"),  # New Caledonia
        ("+689 40 12 34 56", "+689 40 12 34 56"),  # French Polynesia
        ("+508 41 23 45", "+508 41 23 45"),  # Saint-Pierre-et-Miquelon
        ("+681 72 12 34", "+681 72 12 34"),  # Wallis-et-Futuna
        ("０１２３４５６７８９", "01 23 45 67 89"),  # full-width digits
    ],
)
def test_french_phone_numbers(text, expected):
    assert normalise_french_phone(text) == expected
    assert phone_problem(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "", "   ", "0123", "012345678", "01234567890", "1234567890", "0023456789", "00 00 00 00 00",
        "+33 0 12", "+33 1 23 45 67 8", "+44 20 7946 0958", "+1 212 555 0100", "+269 773 12 34",
        "+687 28 12 34 5", "+689 40 12 34", "01 23 45 67 89 poste 12", "abc", "01 23 45 67 8a", "+",
        "++33 1 23 45 67 89", "tel:0123456789", "01 23 45 67 89\n+33", "٠١٢٣٤٥٦٧٨٩x",
    ],
)
def test_not_french_phone_numbers(text):
    assert normalise_french_phone(text) is None
    if text.strip():
        assert "01 23 45 67 89" in phone_problem(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ville-exemple.fr", "ville-exemple.fr"),
        ("Ville-Exemple.FR", "ville-exemple.fr"),
        ("www.ville-exemple.fr", "www.ville-exemple.fr"),
        ("https://www.ville-exemple.fr/", "www.ville-exemple.fr"),
        ("http://ville-exemple.fr/actualites?page=2#top", "ville-exemple.fr"),
        ("ville-exemple.fr/contact", "ville-exemple.fr"),
        ("ville-exemple.fr.", "ville-exemple.fr"),
        ("  mairie.ville-exemple.fr  ", "mairie.ville-exemple.fr"),
        ("mairie-élancourt.fr", "mairie-élancourt.fr"),
        ("xn--mairie-lancourt-hnb.fr", "mairie-élancourt.fr"),
        ("MAIRIE-ÉLANCOURT.FR", "mairie-élancourt.fr"),
        ("ville.gouv.fr", "ville.gouv.fr"),
        ("a.b.c.d.e.example", "a.b.c.d.e.example"),
    ],
)
def test_valid_domains(text, expected):
    assert validate_domain(text) == expected
    assert domain_problem(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "", "ville", "localhost", "ville exemple.fr", "ville..fr", "-ville.fr", "ville-.fr", "192.168.1.1",
        "https://192.168.1.1/", "ville.fr:8080", "https://ville.fr:8443/", "ftp://ville.fr", "user@ville.fr",
        "https://user:pw@ville.fr", "ville_exemple.fr", "ville.f", "ville.123", "a" * 64 + ".fr",
        ".".join(["abcdefghij"] * 25) + ".fr", "http://", "ville.☃",
    ],
)
def test_invalid_domains(text):
    assert validate_domain(text) is None
    if text.strip():
        assert domain_problem(text) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("presse@ville-exemple.fr", "presse@ville-exemple.fr"),
        ("Prenom.Nom@Ville-Exemple.FR", "Prenom.Nom@ville-exemple.fr"),
        ("  mailto:presse@ville-exemple.fr ", "presse@ville-exemple.fr"),
        ("<presse@ville-exemple.fr>", "presse@ville-exemple.fr"),
        ("service.com+presse@mairie-élancourt.fr", "service.com+presse@mairie-élancourt.fr"),
        ("o'brien@ville.fr", "o'brien@ville.fr"),
    ],
)
def test_valid_emails(text, expected):
    assert validate_email(text)
    assert normalise_email(text) == expected
    assert email_problem(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "", "presse", "presse@", "@ville.fr", "presse@ville", "presse@@ville.fr", "pre sse@ville.fr",
        "presse@ville .fr", ".presse@ville.fr", "presse.@ville.fr", "pre..sse@ville.fr", "presse@192.168.0.1",
        "a" * 65 + "@ville.fr", "presse@ville.fr/x", "élodie@ville.fr", "presse@ville_exemple.fr",
        "presse(at)ville.fr", "presse@ville.fr, autre@ville.fr", "presse@ville.fr?subject=x",
        "presse@[10.0.0.1]", "presse@https://ville.fr",
    ],
)
def test_invalid_emails(text):
    assert not validate_email(text)
    if text.strip():
        assert "@" in email_problem(text)


@pytest.mark.parametrize(
    ("network", "text"),
    [
        (Network.X, "VilleneuveSurEx"), (Network.X, "@Ville_92"), (Network.X, "a"), (Network.X, "A" * 15),
        (Network.X, "https://x.com/VilleExemple"), (Network.X, "https://twitter.com/VilleExemple/"),
        (Network.BLUESKY, "ville-exemple.bsky.social"), (Network.BLUESKY, "@ville-exemple.fr"),
        (Network.BLUESKY, "Ville-Exemple.FR"), (Network.BLUESKY, "https://bsky.app/profile/ville.bsky.social"),
        (Network.MASTODON, "@ville@social.example"), (Network.MASTODON, "ville@mastodon.social"),
        (Network.MASTODON, "https://piaille.fr/@VilleExemple"), (Network.MASTODON, "@ville.exemple@a.b.fr"),
        (Network.INSTAGRAM, "villeneuve_sur_exemple"), (Network.INSTAGRAM, "ville.exemple"),
        (Network.THREADS, "@ville.exemple"), (Network.FACEBOOK, "Ville de Villeneuve (page officielle)"),
        (Network.OTHER, "anything at all"), (Network.X, ""), (Network.MASTODON, "  "),
    ],
)
def test_valid_handles(network, text):
    assert validate_handle(network, text) is None
    assert validate_handle(network.value, text) is None  # the plain string value works too


@pytest.mark.parametrize(
    ("network", "text"),
    [
        (Network.X, "A" * 16), (Network.X, "ville exemple"), (Network.X, "ville-exemple"), (Network.X, "@"),
        (Network.X, "villé"), (Network.BLUESKY, "ville"), (Network.BLUESKY, "ville_exemple.bsky.social"),
        (Network.BLUESKY, "ville.123"), (Network.BLUESKY, "villé.fr"),
        (Network.BLUESKY, "-ville.bsky.social"),
        (Network.MASTODON, "@ville"), (Network.MASTODON, "ville@"), (Network.MASTODON, "@ville@instance"),
        (Network.MASTODON, "@vi lle@social.example"), (Network.MASTODON, "@a@b@c.fr"),
        (Network.INSTAGRAM, "ville..exemple"), (Network.INSTAGRAM, ".ville"), (Network.INSTAGRAM, "a" * 31),
    ],
)
def test_invalid_handles(network, text):
    message = validate_handle(network, text)
    assert message and message.endswith(".")


def test_normalised_handles():
    assert normalise_handle(Network.X, "https://x.com/VilleExemple?lang=fr") == "VilleExemple"
    assert normalise_handle(Network.BLUESKY, "@Ville-Exemple.FR") == "ville-exemple.fr"
    assert normalise_handle(Network.MASTODON, "https://Piaille.fr/@Ville") == "@Ville@piaille.fr"
    assert normalise_handle(Network.MASTODON, "ville@Social.Example") == "@ville@social.example"
    assert normalise_handle("tiktok", "  @ville ") == "@ville"
