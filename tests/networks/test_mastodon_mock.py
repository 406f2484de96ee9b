"""Our Mastodon client against a real HTTP server: PyPI ``mastodon-mock`` started on 127.0.0.1.

Everything goes through Mastodon.py and HTTP as in production: app registration, OAuth with the
browser step played by an HTTP client (the mock's account picker, then its redirect to our loopback
catcher), profile with fields and images, media with description, post, pin, public look-up, and the
errors (401, 422, 429, 500, unreachable) produced by the mock's fault injection.
"""

from __future__ import annotations

import http.server
import json
import re
import socket
import threading
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from exitplanner.networks.errors import (
    AuthError,
    NotFound,
    RateLimited,
    ServerError,
    Unreachable,
    ValidationError,
)
from exitplanner.networks.mastodon import (
    ImageUpload,
    MastodonClient,
    ProfileUpdate,
    client_key,
    lookup_public_account,
    token_key,
)
from exitplanner.networks.mastodon_auth import MastodonAuthorizer
from exitplanner.networks.oauth_loopback import AuthorizationTimeout
from servers.mastodon_fixtures import browser_as, mastodon_mock_fixture  # noqa: F401

# A valid 1×1 PNG: enough for the server to store and serve back.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc00000030101009c1b4a6e0000000049454e44ae426082"
)


class MemoryStore:
    """The CredentialStore interface over a dict (the real one is tested with its own backends)."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.data.get(key)

    def set(self, key: str, value: str) -> None:
        self.data[key] = value

    def delete(self, key: str) -> None:
        self.data.pop(key, None)

    def forget(self, prefix: str) -> list[str]:
        gone = [k for k in self.data if k.startswith(prefix)]
        for key in gone:
            del self.data[key]
        return gone


@pytest.fixture
def mock(mastodon_mock):
    yield mastodon_mock
    mastodon_mock.clear_faults()


# --- connecting ---------------------------------------------------------------------------------------


def test_connect_registers_once_authorises_in_the_browser_and_keeps_the_token(mock):
    store = MemoryStore()
    seen: list[str] = []
    authorizer = MastodonAuthorizer(store, browser_as("alice", seen), timeout=10)
    client, account = authorizer.connect(mock.base)
    assert account.username == "alice"
    assert client.verify_credentials().id == account.id

    query = parse_qs(urlsplit(seen[0]).query)
    registration = store.get(client_key(mock.base))
    assert registration and query["client_id"][0] in registration
    assert query["state"][0] and query["force_login"] == ["True"]
    assert set(query["scope"][0].split()) == {
        "read:accounts", "read:statuses", "write:accounts", "write:media", "write:statuses"}
    redirect = query["redirect_uri"][0]
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/callback", redirect)
    token = store.get(token_key(mock.base, "alice"))
    assert token and token not in repr(account)

    # a second account on the same instance reuses the registration and its port
    _client, bob = MastodonAuthorizer(store, browser_as("bob", seen), timeout=10).connect(mock.base)
    assert bob.username == "bob"
    assert store.get(client_key(mock.base)) == registration
    assert parse_qs(urlsplit(seen[1]).query)["redirect_uri"][0] == redirect

    again = MastodonClient.from_store(store, mock.base, "alice")
    assert again is not None and again.verify_credentials().username == "alice"

    # "forget this account": token revoked on the server and removed from the store
    authorizer.disconnect(mock.base, "alice")
    assert store.get(token_key(mock.base, "alice")) is None
    with pytest.raises(AuthError):
        MastodonClient(mock.base, token).verify_credentials()
    assert MastodonClient.from_store(store, mock.base, "alice") is None
    assert sorted(authorizer.forget_instance(mock.base)) == sorted(
        [client_key(mock.base), token_key(mock.base, "bob")])


def test_app_deleted_on_the_server_is_registered_again(mock):
    store = MemoryStore()
    MastodonAuthorizer(store, browser_as("carol", []), timeout=10).connect(mock.base)
    first = store.get(client_key(mock.base))
    # the admin deleted our app: Mastodon answers the app-only token request with invalid_client
    mock.fault("/oauth/token", "POST", 401, body={"error": "invalid_client",
                                                  "error_description": "Client authentication failed"})
    _client, account = MastodonAuthorizer(store, browser_as("carol", []), timeout=10).connect(mock.base)
    assert account.username == "carol"
    assert store.get(client_key(mock.base)) != first


def test_connect_refused_in_the_browser(mock):
    def refuse(url: str) -> None:
        query = parse_qs(urlsplit(url).query)
        requests.get(query["redirect_uri"][0], params={"error": "access_denied", "state": query["state"][0]},
                     timeout=5)

    store = MemoryStore()
    with pytest.raises(AuthError):
        MastodonAuthorizer(store, refuse, timeout=10).connect(mock.base)
    assert not any(key.endswith(":token") for key in store.data)


def test_connect_times_out_when_the_browser_never_comes_back(mock):
    with pytest.raises(AuthorizationTimeout):
        MastodonAuthorizer(MemoryStore(), lambda url: None, timeout=0.5).connect(mock.base)


def test_connect_with_a_code_the_server_does_not_know(mock):
    def forge(url: str) -> None:
        query = parse_qs(urlsplit(url).query)
        forged = {"code": "made-up", "state": query["state"][0]}
        requests.get(query["redirect_uri"][0], params=forged, timeout=5)

    with pytest.raises(AuthError):
        MastodonAuthorizer(MemoryStore(), forge, timeout=10).connect(mock.base)


# --- profile ------------------------------------------------------------------------------------------


def test_profile_with_fields_and_images(mock):
    client = MastodonClient(mock.base, "carol_token")
    fields = [("Site officiel", "https://www.ville-exemple.fr"), ("Presse", "presse@ville-exemple.fr"),
              ("Adresse", "1 place de la Mairie"), ("Téléphone", "01 23 45 67 89")]
    account = client.update_profile(ProfileUpdate(
        display_name="Ville d’Exemple",
        note="Compte officiel de la ville. https://www.ville-exemple.fr",
        fields=fields,
        avatar=ImageUpload(PNG, "image/png", "Logo de la ville"),
        header=ImageUpload(PNG, "image/png", "La mairie"),
    ))
    assert account.display_name == "Ville d’Exemple"
    assert [(f.name, f.value) for f in account.fields] == fields
    assert all(f.verified_at is None for f in account.fields)
    # the images were stored (this needs the UploadFile patch of the fixture) and are served back
    assert "/media/profile/avatar_" in account.avatar_url
    assert "/media/profile/header_" in account.header_url
    assert requests.get(account.avatar_url, timeout=5).content == PNG
    # this instance does not announce profile image descriptions: they are not sent
    assert account.avatar_description is None
    assert client.verify_credentials().display_name == "Ville d’Exemple"


def test_limits_are_enforced_before_calling(mock):
    client = MastodonClient(mock.base, "carol_token")
    before = client.verify_credentials()
    with pytest.raises(ValidationError) as raised:
        client.update_profile(ProfileUpdate(display_name="D" * 31, avatar=ImageUpload(PNG, "image/png")))
    assert (raised.value.field, raised.value.limit, raised.value.actual) == ("display_name", 30, 31)
    with pytest.raises(ValidationError):
        client.update_profile(ProfileUpdate(fields=[("a", "b")] * 5))
    after = client.verify_credentials()
    assert (after.display_name, after.avatar_url, after.fields) == (before.display_name, before.avatar_url,
                                                                   before.fields)
    with pytest.raises(ValidationError):
        client.post("x" * 501)
    with pytest.raises(ValidationError):
        client.upload_media(ImageUpload(PNG, "image/png", description=""))


def test_field_verification_and_site_check(mock):
    client = MastodonClient(mock.base, "bob_token")
    profile_url = client.verify_credentials().url
    pages = {"/": f'<html><body><a rel="me noopener" href="{profile_url}">Mastodon</a></body></html>',
             "/other": "<html><body>nothing here</body></html>"}

    class Site(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path, "").encode()
            self.send_response(200 if self.path in pages else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    try:
        site_url = f"http://127.0.0.1:{site.server_address[1]}/"
        client.update_profile(ProfileUpdate(fields=[("Site officiel", site_url)]))
        state = client.field_verification(site_url)
        assert state.field is not None and state.field.name == "Site officiel"
        assert state.verified is False  # the mock never verifies; a real instance sets verified_at
        assert state.site_has_link is True
        assert client.field_verification(site_url + "other").site_has_link is False
        assert client.field_verification("https://elsewhere.example", check_site=False).field is None
    finally:
        site.shutdown()
        site.server_close()


# --- media, post, pin -----------------------------------------------------------------------------------


def test_media_with_description_post_and_pin(mock):
    client = MastodonClient(mock.base, "bob_token")
    media = client.upload_media(ImageUpload(PNG, "image/png", "Le maire devant la mairie", "annonce.png"))
    assert media.url and media.description == "Le maire devant la mairie" and media.type == "image"
    status = client.post("Nous arrivons sur Mastodon ! https://ville-exemple.fr/communique", media=[media])
    assert status.media_ids == (media.id,)
    assert status.pinned is False
    pinned = client.pin(status)
    assert pinned.id == status.id and pinned.pinned is True
    account = client.verify_credentials()
    listed = requests.get(f"{mock.base}/api/v1/accounts/{account.id}/statuses", params={"pinned": "true"},
                          headers={"Authorization": "Bearer bob_token"}, timeout=5).json()
    assert status.id in [s["id"] for s in listed]


def test_media_accepted_for_processing_is_polled(mock):
    client = MastodonClient(mock.base, "bob_token", sleep=lambda s: sleeps.append(s))
    sleeps: list[float] = []
    first = client.upload_media(ImageUpload(PNG, "image/png", "première"))
    mock.fault("/api/v2/media", "POST", 202, body={
        "id": first.id, "type": "image", "url": None, "preview_url": None, "description": "première"})
    media = client.upload_media(ImageUpload(PNG, "image/png", "première"), poll_interval=0.5)
    assert media.id == first.id and media.url == first.url
    assert sleeps == [0.5]


# --- errors ----------------------------------------------------------------------------------------------


def test_revoked_or_wrong_token_is_an_auth_error(mock):
    with pytest.raises(AuthError):
        MastodonClient(mock.base, "not-a-token").verify_credentials()
    revoked = {"error": "The access token was revoked"}
    mock.fault("/api/v1/accounts/verify_credentials", "GET", 401, body=revoked)
    with pytest.raises(AuthError) as raised:
        MastodonClient(mock.base, "bob_token").verify_credentials()
    assert "bob_token" not in raised.value.message


def test_rate_limit_throws_with_the_wait(mock):
    client = MastodonClient(mock.base, "bob_token")
    client.limits()
    mock.fault("/api/v1/statuses", "POST", 429, kind="ratelimit", headers={"Retry-After": "120"})
    with pytest.raises(RateLimited) as raised:
        client.post("Bonjour")
    assert raised.value.retry_after == 120


def test_server_validation_error_names_the_field(mock):
    client = MastodonClient(mock.base, "bob_token")
    client.limits()
    mock.fault("/api/v1/accounts/update_credentials", "PATCH", 422, body={
        "error": "Validation failed: Fields is too long",
        "details": {"fields": [{"error": "ERR_TOO_LONG", "description": "is too long"}]}})
    with pytest.raises(ValidationError) as raised:
        client.update_profile(ProfileUpdate(fields=[("a", "b")]))
    assert raised.value.field == "fields"


def test_server_failure(mock):
    client = MastodonClient(mock.base, "bob_token")
    client.limits()
    mock.fault("/api/v1/statuses", "POST", 503)
    with pytest.raises(ServerError):
        client.post("Bonjour")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_instance():
    base = f"http://127.0.0.1:{_closed_port()}"
    with pytest.raises(Unreachable):
        MastodonClient(base, "t", timeout=3).verify_credentials()
    with pytest.raises(Unreachable):
        MastodonAuthorizer(MemoryStore(), lambda url: None, timeout=1, request_timeout=3).connect(base)
    with pytest.raises(Unreachable):
        lookup_public_account(f"{base}/@ville", timeout=3)


# --- public look-up ----------------------------------------------------------------------------------


def test_public_lookup(mock):
    account = lookup_public_account(f"{mock.base}/@alice")
    assert account.username == "alice"
    assert account.following == 1 and account.followers >= 0 and account.statuses >= 0
    assert account.created_at is not None and account.created_at.tzinfo is not None
    assert account.instance == mock.base
    with pytest.raises(NotFound):
        lookup_public_account(f"{mock.base}/@nobody-here")


def test_public_lookup_follows_webfinger_when_the_handle_domain_is_not_the_server(mock):
    class Domain(http.server.BaseHTTPRequestHandler):
        """ville.fr: a plain web site that delegates its accounts to a Mastodon server (WebFinger)."""

        def do_GET(self):
            if self.path.startswith("/.well-known/webfinger?resource=acct%3Aalice%40"):
                link = {"rel": "self", "href": mock.base + "/users/alice"}
                body = json.dumps({"subject": "acct:alice@ville.fr", "links": [link]}).encode()
                self.send_response(200)
            else:
                body = b"<html>not Mastodon</html>"
                self.send_response(404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Domain)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    try:
        domain = f"http://127.0.0.1:{site.server_address[1]}"
        account = lookup_public_account(f"{domain}/@alice")
        assert account.username == "alice" and account.instance == mock.base
        with pytest.raises(NotFound):
            lookup_public_account(f"{domain}/@bob")  # WebFinger does not know bob there
    finally:
        site.shutdown()
        site.server_close()


# --- public figures -------------------------------------------------------------------------------------


def test_public_figures_follow_what_the_account_publishes(mock):
    client = MastodonClient(mock.base, "bob_token")
    before = client.public_figures("https://www.ville-exemple.fr")
    assert before.followers is not None and before.following is not None and before.posts is not None
    assert before.verified is False and before.verified_link == ""  # the mock never verifies a field
    client.post("Un message de plus pour compter.")
    after = client.public_figures()
    assert after.posts == before.posts + 1
    assert after.last_activity is not None
    mock.fault("/api/v1/accounts/verify_credentials", "GET", 401, body={"error": "invalid token"})
    with pytest.raises(AuthError):
        client.public_figures()
