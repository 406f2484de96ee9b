"""X client against the local fake: PKCE authorisation, token refresh and rotation, deletes, errors."""

from __future__ import annotations

import threading

import httpx
import pytest

from exitplanner.networks.errors import AuthError, NetworkError, PermissionDenied, ServerError, Unreachable
from exitplanner.networks.x import (
    SCOPES,
    AnswerLost,
    TokenKeeper,
    Tokens,
    XClient,
    XOAuth,
    XRateLimited,
    token_key,
)
from exitplanner.secrets import CredentialStore
from fakes.x_api import USER_ID, FakeX, Fault
from fixtures.memory_keyring import memory_keyring_fixture  # noqa: F401


class Wall:
    def __init__(self, start: float = 1_800_000_000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def fake():
    with FakeX() as server:
        yield server


def _authorise(fake: FakeX, wall=None, deny=False) -> Tokens:
    oauth = XOAuth(fake.client_id, api_base=fake.base_url, authorize_url=fake.authorize_url,
                   **({"wall": wall} if wall else {}))
    answers: list[httpx.Response] = []
    # The "browser" must answer from another thread: authorize() blocks until the redirect arrives.
    return oauth.authorize(lambda url: threading.Thread(
        target=lambda: answers.append(fake.approve(url, deny=deny)), daemon=True).start(), port=0, timeout=10)


def test_pkce_authorisation_gives_tokens_with_the_requested_scopes(fake):
    tokens = _authorise(fake)
    assert tokens.access_token and tokens.refresh_token
    assert set(tokens.scope.split()) == set(SCOPES)
    assert "access_token" not in repr(tokens) and tokens.access_token not in repr(tokens)


def test_authorization_url_carries_s256_challenge_and_state(fake):
    oauth = XOAuth(fake.client_id, api_base=fake.base_url, authorize_url=fake.authorize_url)
    url = oauth.authorization_url("http://127.0.0.1:8765/callback", "st4te", "chall")
    assert "code_challenge_method=S256" in url and "state=st4te" in url and "code_challenge=chall" in url
    assert "scope=tweet.read+tweet.write+users.read+like.write+offline.access" in url


def test_wrong_verifier_is_refused(fake):
    oauth = XOAuth(fake.client_id, api_base=fake.base_url, authorize_url=fake.authorize_url)
    with pytest.raises(AuthError):
        oauth.exchange("no-such-code", "verifier", "http://127.0.0.1:1/callback")


def test_refused_consent_is_an_auth_error(fake):
    with pytest.raises(AuthError):
        _authorise(fake, deny=True)


def test_empty_client_id_is_a_validation_error():
    with pytest.raises(NetworkError):
        XOAuth("  ")


def test_tokens_are_refreshed_before_expiry_and_saved(fake, memory_keyring):
    wall = Wall()
    fake.clock = wall
    tokens = _authorise(fake, wall)
    store = CredentialStore()
    keeper = TokenKeeper(XOAuth(fake.client_id, api_base=fake.base_url, wall=wall), tokens, wall=wall)
    keeper.save_as(store, "VilleExemple")
    first = keeper.access_token()
    wall.now += 7200 - 100  # inside the refresh margin
    second = keeper.access_token()
    assert second != first
    saved = Tokens.from_secret(store.get(token_key("villeexemple")))
    assert saved.access_token == second and saved.refresh_token != tokens.refresh_token
    loaded = TokenKeeper.load(store, "VilleExemple", api_base=fake.base_url, wall=wall)
    assert loaded.access_token() == second


def test_401_mid_run_refreshes_once_and_retries(fake):
    tokens = _authorise(fake)
    keeper = TokenKeeper(XOAuth(fake.client_id, api_base=fake.base_url), tokens)
    with XClient(keeper, api_base=fake.base_url) as client:
        fake.add_posts(["11", "12"])
        assert client.delete_post("11").gone is False
        fake.expire_tokens()
        assert client.delete_post("12").gone is False
        assert keeper.tokens.access_token != tokens.access_token


def test_spent_refresh_token_asks_to_log_in_again(fake):
    tokens = _authorise(fake)
    XOAuth(fake.client_id, api_base=fake.base_url).refresh(tokens.refresh_token)  # rotates
    keeper = TokenKeeper(XOAuth(fake.client_id, api_base=fake.base_url), tokens)
    fake.expire_tokens()
    with XClient(keeper, api_base=fake.base_url) as client, pytest.raises(AuthError):
        client.delete_post("1")


@pytest.fixture
def client(fake):
    keeper = TokenKeeper(XOAuth(fake.client_id, api_base=fake.base_url), _authorise(fake))
    with XClient(keeper, api_base=fake.base_url, timeout=1.0) as client:
        yield client


def test_delete_and_already_gone(fake, client):
    fake.add_posts(["101"])
    first = client.delete_post("101")
    assert first.gone is False and first.rate.limit == 50 and first.rate.remaining == 49 and first.rate.reset
    assert client.delete_post("101").gone is True
    assert fake.deleted["post:101"] == 1 and fake.requests["post:101"] == 2
    fake.gone_style = "false"
    assert client.delete_post("101").gone is True
    fake.gone_style = "errors"
    assert client.delete_post("101").gone is True


def test_unrepost_unlike_lookup_and_me(fake, client):
    fake.add_repost("201", "900")
    fake.add_posts(["202"])
    fake.add_likes(["300"])
    assert client.me().id == USER_ID
    found, rate = client.repost_sources(["201", "202", "203"])
    assert found == {"201": "900", "202": "", "203": None} and rate.remaining == 899
    assert client.unrepost(USER_ID, "900").gone is False
    assert client.unlike(USER_ID, "300").gone is False
    assert fake.deleted["repost:900"] == 1 and fake.deleted["like:300"] == 1
    created = client.create_post("Au revoir X, retrouvez-nous sur Bluesky et Mastodon.")
    assert created and fake.created == ["Au revoir X, retrouvez-nous sur Bluesky et Mastodon."]


def test_typed_errors(fake, client):
    fake.add_posts(["1", "2", "3", "4", "5"])
    fake.inject(Fault("503"))
    with pytest.raises(ServerError):
        client.delete_post("1")
    fake.inject(Fault("drop_after"))
    with pytest.raises(AnswerLost):
        client.delete_post("1")
    assert fake.deleted["post:1"] == 1  # done on the server although the answer was lost
    fake.inject(Fault("slow", delay=1.5))
    with pytest.raises(AnswerLost):
        client.delete_post("2")
    fake.inject(Fault("429"))
    with pytest.raises(XRateLimited) as raised:
        client.delete_post("3")
    assert raised.value.rate.reset is not None and raised.value.retry_after is not None
    with pytest.raises(PermissionDenied):
        client.unlike("999", "1")
    with pytest.raises(NetworkError):
        client.delete_post("../etc")


def test_connection_refused_is_unreachable_not_answer_lost():
    keeper = TokenKeeper(XOAuth("cid", api_base="http://127.0.0.1:9"), Tokens("a", "r", 4e9, "cid"))
    with XClient(keeper, api_base="http://127.0.0.1:9") as client, pytest.raises(Unreachable) as raised:
        client.delete_post("1")
    assert not isinstance(raised.value, AnswerLost)
