"""Bluesky parts that need no PDS: limits, facets (UTF-8 offsets), images, handles, errors, public lookup."""

from __future__ import annotations

import http.server
import json
import socket
import threading

import pytest
from atproto_client import exceptions as at_errors
from atproto_client.request import Response
from bluesky_servers import loopback_only_fixture  # noqa: F401
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from exitplanner.networks.bluesky import (
    app_password_help,
    description_with_website,
    lookup_public,
    parse_at_uri,
    translate_error,
)
from exitplanner.networks.bluesky_facets import detect_facets, facet_text
from exitplanner.networks.bluesky_handle import HandleCheck, normalise_handle
from exitplanner.networks.errors import (
    AuthError,
    NotFound,
    RateLimited,
    ServerError,
    Unreachable,
    ValidationError,
)
from exitplanner.networks.images import fit_image
from exitplanner.networks.limits import BLUESKY, graphemes


def test_graphemes_count_what_readers_see():
    assert graphemes("e\u0301") == 1  # e + combining accent
    assert graphemes("👨‍👩‍👧") == 1 and graphemes("🇫🇷") == 1
    BLUESKY.display_name.check("display_name", "🇫🇷" * 64)
    with pytest.raises(ValidationError) as caught:
        BLUESKY.display_name.check("display_name", "🇫🇷" * 65)
    assert (caught.value.limit, caught.value.actual) == (64, 65)
    # Under the grapheme limit but over the byte limit: long clusters.
    with pytest.raises(ValidationError) as caught:
        BLUESKY.display_name.check("display_name", "👨‍👩‍👧‍👦" * 30)
    assert caught.value.limit == 640


def test_facets_use_utf8_byte_offsets_in_french_text():
    text = ("Départ\u202f: « #Mairie » → https://ville.fr/actu. Écrivez à contact@ville.fr, "
            "@Ville.bsky.social\u202f!")
    facets = detect_facets(text, lambda handle: "did:plc:ville" if handle == "ville.bsky.social" else None)
    spans = [(facet["features"][0]["$type"].rsplit("#")[-1], facet_text(text, facet)) for facet in facets]
    assert spans == [("tag", "#Mairie"), ("link", "https://ville.fr/actu"), ("mention", "@Ville.bsky.social")]
    first = facets[0]["index"]
    assert first["byteStart"] == len("Départ\u202f: « ".encode()) != text.index("#")


def test_facets_edge_cases():
    text = ("Voir ville-exemple.fr/presse et (https://fr.wikipedia.org/wiki/Paris_(France)). "
            "#2025 #X! @inconnu.test")
    facets = detect_facets(text, lambda handle: None)
    spans = [facet_text(text, facet) for facet in facets]
    assert spans == ["ville-exemple.fr/presse", "https://fr.wikipedia.org/wiki/Paris_(France)", "#X"]
    assert facets[0]["features"][0]["uri"] == "https://ville-exemple.fr/presse"
    assert detect_facets("#" + "a" * 65) == []


def test_description_with_website():
    assert description_with_website("Compte.", "https://ville.fr") == "Compte.\nhttps://ville.fr"
    assert description_with_website("Voir https://ville.fr", "https://ville.fr") == "Voir https://ville.fr"
    assert description_with_website("", "https://ville.fr") == "https://ville.fr"


def _encoded(image: QImage, fmt: str) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt)
    return bytes(array.data())


def test_images_are_resized_and_kept_transparent_when_they_fit():
    photo = QImage(3000, 2000, QImage.Format.Format_RGB32)
    photo.fill(QColor(10, 120, 200))
    result = fit_image(_encoded(photo, "BMP"), max_bytes=BLUESKY.image_bytes, max_width=1000, max_height=1000)
    assert (result.width, result.height) == (1000, 666) and len(result.data) <= BLUESKY.image_bytes
    logo = QImage(400, 400, QImage.Format.Format_ARGB32)
    logo.fill(QColor(0, 0, 0, 0))
    kept = fit_image(_encoded(logo, "PNG"), max_bytes=BLUESKY.image_bytes, max_width=1000, max_height=1000)
    assert kept.mime_type == "image/png"
    with pytest.raises(ValidationError):
        fit_image(b"GIF89a broken", max_bytes=1000, max_width=10, max_height=10, field="avatar")


def test_handles_are_normalised():
    assert normalise_handle(" @Ville-Exemple.FR ") == "ville-exemple.fr"
    assert normalise_handle("https://www.ville.fr/") == "www.ville.fr"
    assert normalise_handle("Créteil.fr") == "xn--crteil-cva.fr"
    for bad in ("ville", "ville..fr", "-ville.fr", "ville.123", ""):
        with pytest.raises(ValidationError):
            normalise_handle(bad)


def test_handle_check_requires_exactly_one_matching_value():
    assert HandleCheck("v.fr", "did:plc:a", ["did:plc:a"]).ok
    several = HandleCheck("v.fr", "did:plc:a", ["did:plc:a", "did:plc:b"])
    assert not several.ok and "one" in several.explanation()


def test_at_uris():
    assert parse_at_uri("at://did:plc:a/app.bsky.feed.post/3k") == ("did:plc:a", "app.bsky.feed.post", "3k")
    with pytest.raises(ValidationError):
        parse_at_uri("https://bsky.app/profile/x/post/3k2")


def _sdk_error(cls, status: int, error: str, message: str = "", headers: dict | None = None):
    return cls(Response(success=False, status_code=status, content={"error": error, "message": message},
                        headers=headers or {}))


def test_sdk_errors_become_typed_errors_without_secrets():
    wrong = translate_error(_sdk_error(at_errors.UnauthorizedError, 401, "AuthenticationRequired",
                                       "Invalid identifier or password"), "login")
    assert isinstance(wrong, AuthError)
    limited = translate_error(_sdk_error(at_errors.RateLimitExceededError, 429, "RateLimitExceeded",
                                         headers={"retry-after": "120"}), "post")
    assert isinstance(limited, RateLimited) and limited.retry_after == 120
    assert isinstance(translate_error(at_errors.NetworkError(), "post"), Unreachable)
    assert isinstance(translate_error(_sdk_error(at_errors.BadRequestError, 400, "InvalidRequest",
                                                 "Could not locate record: at://x"), "get"), NotFound)
    failed = translate_error(_sdk_error(at_errors.RequestException, 500, "InternalServerError"), "x")
    assert isinstance(failed, ServerError)


def test_app_password_help_explains_why():
    text = app_password_help()
    assert "App passwords" in text and "main password" in text


class _FakeAppView:
    """A loopback stand-in for the public AppView: answers getProfile from a dict (lexicon field names)."""

    def __init__(self, profiles: dict[str, dict]):
        owner = profiles

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                actor = self.path.split("actor=")[-1]
                if actor not in owner:
                    body, status = {"error": "InvalidRequest", "message": "Profile not found"}, 400
                else:
                    body, status = owner[actor], 200
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def test_public_lookup_reads_the_figures_and_fails_gracefully():
    appview = _FakeAppView({"ville-exemple.fr": {
        "did": "did:plc:ville", "handle": "ville-exemple.fr", "displayName": "Ville d’Exemple",
        "followersCount": 1234, "followsCount": 12, "postsCount": 56,
        "createdAt": "2024-11-12T09:30:00.000Z"}})
    try:
        profile = lookup_public("@Ville-Exemple.fr", appview=appview.url)
        assert (profile.did, profile.followers, profile.posts) == ("did:plc:ville", 1234, 56)
        assert profile.created_at.year == 2024 and profile.display_name == "Ville d’Exemple"
        with pytest.raises(NotFound):
            lookup_public("absent.fr", appview=appview.url)
    finally:
        appview.server.shutdown()
        appview.server.server_close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    with pytest.raises(Unreachable) as caught:
        lookup_public("ville-exemple.fr", appview=closed, timeout=2)
    assert caught.value.message


def test_public_lookup_offline_with_the_real_address():
    """The default public AppView, with name resolution failing as it does offline (loopback_only)."""
    with pytest.raises(Unreachable):
        lookup_public("ville-exemple.fr", timeout=2)
