"""BlueskyClient against the reference PDS (npm @atproto/pds) on loopback, one fresh account per test."""

from __future__ import annotations

import base64
import json
import socket
from datetime import UTC, datetime

import dns.resolver
import pytest
from bluesky_servers import (  # noqa: F401
    dns_responder_fixture,
    loopback_only_fixture,
    pds_fixture,
    well_known_server_fixture,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from exitplanner.networks.bluesky import (
    BlueskyClient,
    PostImage,
    ProfileUpdate,
    session_key,
)
from exitplanner.networks.bluesky_facets import facet_text
from exitplanner.networks.errors import AuthError, NotFound, Unreachable, ValidationError
from exitplanner.networks.public_figures import FiguresSource
from exitplanner.secrets import CredentialStore
from fixtures.memory_keyring import memory_keyring_fixture  # noqa: F401


def _png(width: int, height: int, color: str = "#1185fe") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(array.data())


@pytest.fixture
def store(memory_keyring):
    return CredentialStore()


@pytest.fixture
def account(pds):
    """A fresh account with an app password, as a town would create for ExitPlanner."""
    created = pds.create_account()
    created["app_password"] = pds.create_app_password(created["access_jwt"])
    return created


def _resolver(dns_responder) -> dns.resolver.Resolver:
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = ["127.0.0.1"]
    resolver.nameserver_ports = {"127.0.0.1": dns_responder.port}
    return resolver


@pytest.fixture
def client(pds, store, account, dns_responder, well_known_server):
    """Logged in; handle checks ask the loopback DNS responder and web server, never the real ones."""
    bluesky = BlueskyClient(store, service=pds.url, timeout=10, dns_resolver=_resolver(dns_responder),
                            well_known_url=well_known_server.url_for)
    bluesky.login(account["handle"], account["app_password"])
    return bluesky


def test_login_with_app_password_stores_the_session_not_the_password(pds, store, account, memory_keyring):
    bluesky = BlueskyClient(store, service=pds.url, timeout=10)
    logged = bluesky.login("@" + account["handle"].upper(), account["app_password"])
    assert (logged.handle, logged.did) == (account["handle"], account["did"])
    assert logged.service.startswith("http://localhost:")
    stored = store.get(session_key(account["handle"]))
    assert stored and account["did"] in stored
    values = "".join(memory_keyring.entries.values())
    assert account["app_password"] not in values and account["password"] not in values


def test_main_password_is_refused_before_any_request(pds, store, account):
    bluesky = BlueskyClient(store, service=pds.url, timeout=10)
    with pytest.raises(ValidationError) as caught:
        bluesky.login(account["handle"], account["password"])
    assert caught.value.field == "app_password" and account["password"] not in caught.value.message
    assert store.get(session_key(account["handle"])) is None


def test_wrong_app_password_is_an_auth_error(pds, store, account):
    bluesky = BlueskyClient(store, service=pds.url, timeout=10)
    with pytest.raises(AuthError) as caught:
        bluesky.login(account["handle"], "abcd-efgh-ijkl-mnop")
    assert "abcd-efgh-ijkl-mnop" not in caught.value.message
    assert store.get(session_key(account["handle"])) is None


def test_closed_port_is_unreachable(store):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again when the block ends: nothing listens there
    bluesky = BlueskyClient(store, service=f"http://127.0.0.1:{port}", timeout=3)
    with pytest.raises(Unreachable):
        bluesky.login("someone.test", "abcd-efgh-ijkl-mnop")


def _expired_looking(access_jwt: str) -> str:
    """The same token with an ``exp`` in the past: the SDK must refresh before using it (never sent)."""
    header, payload, signature = access_jwt.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["exp"] = claims["iat"] - 60
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"{header}.{forged}.{signature}"


def test_resume_refreshes_an_old_session_and_stores_the_new_tokens(pds, store, client, account):
    key = session_key(account["handle"])
    handle, did, access, refresh, endpoint = store.get(key).split(":::")
    store.set(key, ":::".join([handle, did, _expired_looking(access), refresh, endpoint]))

    again = BlueskyClient(store, service=pds.url, timeout=10)
    assert again.resume(account["handle"]).did == account["did"]
    _, _, new_access, new_refresh, _ = store.get(key).split(":::")
    assert new_refresh != refresh and new_access != _expired_looking(access)
    assert again.get_profile().display_name == ""  # the refreshed session works

    # A stored session the server no longer accepts (revoked app password, expired refresh token) is
    # refused on resume, and forgotten so that the UI asks to log in again.
    store.set(key, ":::".join([handle, did, _expired_looking(access), refresh + "x", endpoint]))
    with pytest.raises(AuthError):
        BlueskyClient(store, service=pds.url, timeout=10).resume(account["handle"])
    assert store.get(key) is None


def test_resume_without_stored_session_and_logout(pds, store, client, account):
    assert BlueskyClient(store, service=pds.url).resume("nobody.test") is None
    client.logout()
    assert store.get(session_key(account["handle"])) is None
    with pytest.raises(AuthError):
        client.get_profile()


def test_profile_round_trip_with_avatar_and_banner(pds, client, account):
    update = ProfileUpdate(display_name="Ville d’Exemple 🏛️", description="Compte officiel de la ville.",
                           website="https://www.ville-exemple.fr", avatar=_png(1600, 1600),
                           banner=_png(3500, 900))
    profile = client.put_profile(update)
    assert profile.display_name == "Ville d’Exemple 🏛️"
    assert profile.description == "Compte officiel de la ville.\nhttps://www.ville-exemple.fr"
    assert profile.avatar["mimeType"] == "image/jpeg" and profile.avatar["size"] <= 1_000_000
    assert profile.banner is not None
    # Read back independently, from the PDS's own record.
    record = pds.get_record(account["did"], "app.bsky.actor.profile", "self").json()["value"]
    assert record["avatar"]["ref"] == profile.avatar["ref"]
    # The blob is really stored, as a JPEG within the avatar size.
    blob = pds.get_blob(account["did"], profile.avatar["ref"]["$link"])
    image = QImage.fromData(blob)
    assert (image.width(), image.height()) == (1000, 1000)

    # A later partial update keeps the avatar and the rest.
    again = client.put_profile(ProfileUpdate(display_name="Ville d’Exemple"))
    assert again.avatar == profile.avatar and again.description == profile.description
    without_banner = client.put_profile(ProfileUpdate(remove_banner=True))
    assert without_banner.banner is None and without_banner.avatar == profile.avatar


def test_profile_limits_are_checked_before_calling(pds, client, account):
    with pytest.raises(ValidationError) as caught:
        client.put_profile(ProfileUpdate(display_name="é" * 65))
    assert (caught.value.field, caught.value.limit, caught.value.actual) == ("display_name", 64, 65)
    with pytest.raises(ValidationError):
        client.put_profile(ProfileUpdate(avatar=b"not a picture"))
    nothing = pds.get_record(account["did"], "app.bsky.actor.profile", "self")
    assert nothing.status_code == 400  # nothing was written


def test_post_with_facets_and_described_image_then_pin_and_delete(pds, client, account):
    friend = pds.create_account()
    text = (f"Bonjour\u202f! « Ville d’Exemple » quitte X 🎉 pour #Bluesky. Suivez @{friend['handle']} "
            "et lisez https://www.ville-exemple.fr/communiqué.")
    ref = client.create_post(text, [PostImage(_png(2400, 1200), "Le logo de la ville sur fond bleu")])
    post = client.get_post(ref.uri)
    assert post.text == text and post.langs == ["fr"]
    covered = {facet["features"][0]["$type"].rsplit("#")[-1]: facet_text(text, facet)
               for facet in post.facets}
    assert covered == {"tag": "#Bluesky", "mention": f"@{friend['handle']}",
                       "link": "https://www.ville-exemple.fr/communiqué"}
    mention = next(f for f in post.facets if f["features"][0]["$type"].endswith("#mention"))
    assert mention["features"][0]["did"] == friend["did"]
    [(alt, blob)] = post.images
    assert alt == "Le logo de la ville sur fond bleu" and blob["size"] <= 1_000_000

    profile = client.pin_post(ref)
    assert profile.pinned_post == ref
    client.delete_post(ref.uri)
    assert client.get_profile().pinned_post is None  # unpinned before deletion
    with pytest.raises(NotFound):
        client.get_post(ref.uri)


def test_image_without_alt_text_is_refused_before_upload(pds, client, account):
    with pytest.raises(ValidationError) as caught:
        client.create_post("Une image", [PostImage(_png(100, 100), "  ")])
    assert caught.value.field == "images[0].alt"
    with pytest.raises(ValidationError) as caught:
        client.create_post("x" * 301)
    assert (caught.value.limit, caught.value.actual) == (300, 301)


def test_switch_to_a_domain_handle_proven_by_dns(pds, store, client, account, dns_responder):
    domain = f"{account['handle'].split('.')[0]}-ville.fr"
    instructions = client.handle_instructions(domain)
    assert instructions.dns_name == f"_atproto.{domain}"
    assert instructions.dns_value == f"did={account['did']}"
    dns_responder.txt[instructions.dns_name] = [instructions.dns_value]

    assert client.check_handle(domain).dns_ok
    switched = client.switch_handle(domain)
    assert switched.handle == domain
    assert client.ensure_fresh().handle == domain  # the server now knows the account by its domain
    assert store.get(session_key(domain)) and store.get(session_key(account["handle"])) is None
    assert BlueskyClient(store, service=pds.url).resume(domain).did == account["did"]


def test_switch_is_refused_when_the_record_is_missing_or_wrong(pds, client, account, dns_responder):
    domain = f"{account['handle'].split('.')[0]}-absent.fr"
    with pytest.raises(ValidationError) as caught:
        client.switch_handle(domain)
    assert caught.value.field == "handle"
    dns_responder.txt[f"_atproto.{domain}"] = ["did=did:plc:someoneelse"]
    check = client.check_handle(domain)
    assert not check.ok and check.dns_values == ["did:plc:someoneelse"]
    assert "another account" in check.explanation()
    assert client.ensure_fresh().handle == account["handle"]


def test_well_known_file_is_checked_over_http(pds, client, account, dns_responder, well_known_server):
    domain = f"{account['handle'].split('.')[0]}-web.fr"
    assert not client.check_handle(domain).ok
    well_known_server.dids[domain] = account["did"]
    check = client.check_handle(domain)
    assert check.well_known_ok and not check.dns_ok and check.ok


def test_public_figures_from_the_repository_when_the_server_has_no_appview(pds, client, account):
    """The reference PDS alone answers getProfile with 400 "No service configured": the posts and
    follows are counted in the repository, the followers stay unknown (None), never 0."""
    fresh = client.public_figures()
    assert fresh.source == FiguresSource.REPOSITORY
    assert (fresh.followers, fresh.following, fresh.posts) == (None, 0, 0)
    assert fresh.verified is False and fresh.verified_link == ""  # a *.test handle is the server's own
    assert fresh.last_activity is None
    for text in ("Premier message", "Deuxième message"):
        client.create_post(text)
    client._procedure("com.atproto.repo.createRecord", {
        "repo": account["did"], "collection": "app.bsky.graph.follow",
        "record": {"$type": "app.bsky.graph.follow", "subject": "did:plc:ewvi7nxzyoun6zhxrhs64oiz",
                   "createdAt": "2026-11-20T10:00:00.000Z"}}, "createRecord")
    figures = client.public_figures()
    assert (figures.followers, figures.following, figures.posts) == (None, 1, 2)
    assert figures.last_activity == datetime.now(UTC).date()
    capped = client.public_figures(max_records=1)  # more records than we agree to read: unknown, not 1
    assert capped.posts is None and capped.following == 1


def test_public_figures_say_verified_once_the_handle_is_the_domain(pds, client, account, dns_responder):
    domain = f"{account['handle'].split('.')[0]}-verifie.fr"
    dns_responder.txt[f"_atproto.{domain}"] = [f"did={account['did']}"]
    client.switch_handle(domain)
    figures = client.public_figures()
    assert figures.verified is True and figures.verified_link == domain


def test_public_figures_from_the_appview_when_the_server_forwards_to_one(pds, client, account, monkeypatch):
    """A PDS with an AppView (bsky.social) answers getProfile with every count: those are used."""
    real = client._query

    def with_appview(nsid, params):
        if nsid == "app.bsky.actor.getProfile":
            assert params == {"actor": account["did"]}
            return {"did": account["did"], "handle": account["handle"], "followersCount": 1234,
                    "followsCount": 5, "postsCount": 17}
        return real(nsid, params)

    monkeypatch.setattr(client, "_query", with_appview)
    figures = client.public_figures()
    assert figures.source == FiguresSource.APPVIEW
    assert (figures.followers, figures.following, figures.posts) == (1234, 5, 17)


def test_public_figures_offline_is_unreachable(pds, client, account, monkeypatch):
    def offline(nsid, params):
        raise Unreachable()

    monkeypatch.setattr(client, "_query", offline)
    with pytest.raises(Unreachable):
        client.public_figures()
