"""X (formerly Twitter) API v2: OAuth 2.0 with PKCE, the delete calls of the clean-up, the farewell post.

Why httpx and not tweepy: the clean-up lives on X's rate-limit headers (``x-rate-limit-*`` on every
answer, including errors), needs to tell "the request never left" from "the answer was lost" (see
:class:`AnswerLost`), and makes a handful of calls only. httpx gives typed exceptions, per-phase
timeouts and HTTP/1.1 keep-alive in a small, well-kept package; tweepy would add weight and hide or
sleep through the very headers we pace with.

Authorisation is OAuth 2.0 Authorization Code + PKCE (S256) as a *public client*: the user's own X
developer app client id, no secret. The redirect comes back to a loopback port through
:class:`~exitplanner.networks.oauth_loopback.LoopbackRedirect` (which checks ``state``). Tokens go to
the credential store under ``x:<username>:token`` as one JSON entry (access token, refresh token,
expiry as a wall-clock epoch, client id: the refresh needs it). They are refreshed a few minutes
before they expire and once more on a 401.

Nothing here touches the plan file; every failure is a typed error from :mod:`.errors` whose message
never holds a token or the server's raw answer.
"""

from __future__ import annotations

import email.utils
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlencode

import httpx
from PySide6.QtCore import QCoreApplication

from exitplanner.networks.errors import (
    AuthError,
    NetworkError,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    Unreachable,
    ValidationError,
)
from exitplanner.networks.oauth_loopback import DEFAULT_TIMEOUT, LoopbackRedirect, pkce_pair
from exitplanner.progress import Progress

log = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://api.x.com"
DEFAULT_AUTHORIZE_URL = "https://x.com/i/oauth2/authorize"
TOKEN_PATH = "/2/oauth2/token"
SCOPES = ("tweet.read", "tweet.write", "users.read", "like.write", "offline.access")
#: Fixed by default because X compares the redirect URI with the one registered in the app, exactly.
DEFAULT_REDIRECT_PORT = 8765
#: Refresh this long before the access token expires (X's tokens live two hours).
REFRESH_MARGIN = 300.0
LOOKUP_BATCH = 100  # GET /2/tweets?ids= takes at most 100 ids

# Buckets: one per rate-limited endpoint family, as X counts them.
BUCKET_POST = "post"  # DELETE /2/tweets/:id
BUCKET_REPOST = "repost"  # DELETE /2/users/:id/retweets/:source_tweet_id
BUCKET_LIKE = "like"  # DELETE /2/users/:id/likes/:tweet_id
BUCKET_LOOKUP = "lookup"  # GET /2/tweets
BUCKET_ME = "me"
BUCKET_CREATE = "create"


def token_key(username: str) -> str:
    """Credential-store key of an account's tokens."""
    return f"x:{username.lower()}:token"


class AnswerLost(Unreachable):
    """The request may have reached X but no answer came back (read timeout, dropped connection).

    The clean-up journal treats the item as "maybe done": the next attempt settles it (a repeated
    DELETE of something already deleted answers 404, which X treats as harmless).
    """


class PaymentRequired(PermissionDenied):
    """X refused because the app's credits are used up (HTTP 402)."""

    @classmethod
    def default_message(cls) -> str:
        return QCoreApplication.translate(
            "XClient",
            "X refused the request because the credits of your developer app are used up. "
            "Add credits in the X Developer Console, then resume.")


class DuplicatePost(PermissionDenied):
    """X refused a new post because the account already has one with the same text (HTTP 403)."""

    @classmethod
    def default_message(cls) -> str:
        return QCoreApplication.translate(
            "XClient",
            "X refused the post: the account already published a post with exactly this text.")


class XRateLimited(RateLimited):
    """A 429, with the window X announced (``rate``) so the pacer can wait exactly until its reset."""

    def __init__(self, rate: RateWindow, retry_after: float | None):
        self.rate = rate
        super().__init__(retry_after)


@dataclass(frozen=True)
class RateWindow:
    """The rate-limit headers of one answer. ``reset`` and ``daily_reset`` are wall-clock epochs.

    ``server_time`` is the answer's ``Date`` header (seconds, whole) and ``received`` our wall clock
    when the answer arrived: together they reveal a wrong local clock (see ``cleanup.pacing``).
    """

    limit: int | None = None
    remaining: int | None = None
    reset: float | None = None
    daily_limit: int | None = None
    daily_remaining: int | None = None
    daily_reset: float | None = None
    server_time: float | None = None
    received: float = 0.0

    @property
    def known(self) -> bool:
        return self.remaining is not None and self.reset is not None

    @classmethod
    def from_headers(cls, headers: httpx.Headers, received: float) -> RateWindow:
        def number(name: str) -> int | None:
            value = headers.get(name)
            try:
                return int(value) if value is not None else None
            except ValueError:
                return None

        server_time = None
        if "date" in headers:
            try:
                server_time = email.utils.parsedate_to_datetime(headers["date"]).timestamp()
            except (TypeError, ValueError):
                server_time = None
        reset = number("x-rate-limit-reset")
        daily_reset = number("x-user-limit-24hour-reset")
        return cls(
            limit=number("x-rate-limit-limit"),
            remaining=number("x-rate-limit-remaining"),
            reset=float(reset) if reset is not None else None,
            daily_limit=number("x-user-limit-24hour-limit"),
            daily_remaining=number("x-user-limit-24hour-remaining"),
            daily_reset=float(daily_reset) if daily_reset is not None else None,
            server_time=server_time,
            received=received,
        )


@dataclass
class Tokens:
    """What the token endpoint gave; ``expires_at`` is a wall-clock epoch (survives restarts and sleep)."""

    access_token: str
    refresh_token: str | None
    expires_at: float
    client_id: str
    scope: str = ""

    def to_secret(self) -> str:
        return json.dumps({"access_token": self.access_token, "refresh_token": self.refresh_token,
                           "expires_at": self.expires_at, "client_id": self.client_id, "scope": self.scope})

    @classmethod
    def from_secret(cls, text: str) -> Tokens:
        try:
            data = json.loads(text)
            return cls(str(data["access_token"]), data.get("refresh_token"), float(data["expires_at"]),
                       str(data["client_id"]), str(data.get("scope", "")))
        except (ValueError, KeyError, TypeError):
            message = QCoreApplication.translate(
                "XClient",
                "The saved X connection is unreadable. Please connect the X account again.")
            raise AuthError(message) from None

    def __repr__(self) -> str:  # never print a token
        return f"Tokens(expires_at={self.expires_at}, client_id={self.client_id!r}, scope={self.scope!r})"


@dataclass(frozen=True)
class XUser:
    id: str
    username: str
    name: str = ""


@dataclass(frozen=True)
class Outcome:
    """Result of one delete call: ``gone`` is False when X said it removed something, True when the
    thing was already absent (404 or ``deleted: false``)."""

    gone: bool
    rate: RateWindow = field(default_factory=RateWindow)


class SecretStore(Protocol):
    """What we need of :class:`exitplanner.secrets.CredentialStore`."""

    def get(self, key: str) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...


def _wall() -> float:
    return time.time()


def _network_error(exc: httpx.HTTPError) -> NetworkError:
    """Map an httpx transport failure; only failures before sending may be retried as "never sent"."""
    log.info("X request failed: %s", type(exc).__name__)
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout
                  | httpx.UnsupportedProtocol):
        return Unreachable()
    return AnswerLost(QCoreApplication.translate(
        "XClient",
        "X did not answer in time or the connection was cut. The operation will be "
        "checked and retried."))


class XOAuth:
    """The OAuth 2.0 Authorization Code + PKCE dance with X, as a public client."""

    def __init__(self, client_id: str, api_base: str = DEFAULT_API_BASE,
                 authorize_url: str = DEFAULT_AUTHORIZE_URL, http: httpx.Client | None = None,
                 wall: Callable[[], float] = _wall, timeout: float = 30.0):
        client_id = client_id.strip()
        if not client_id or any(c.isspace() for c in client_id):
            raise ValidationError("client_id", message=QCoreApplication.translate(
                "XClient",
                "The X client id is empty or malformed: copy it "
                "from the Keys and tokens page of your X app."))
        self.client_id = client_id
        self.api_base = api_base.rstrip("/")
        self.authorize_url = authorize_url
        self._http = http or httpx.Client(timeout=timeout)
        self._wall = wall

    def authorization_url(self, redirect_uri: str, state: str, challenge: str) -> str:
        query = {"response_type": "code", "client_id": self.client_id, "redirect_uri": redirect_uri,
                 "scope": " ".join(SCOPES), "state": state, "code_challenge": challenge,
                 "code_challenge_method": "S256"}
        return f"{self.authorize_url}?{urlencode(query)}"

    def authorize(self, open_url: Callable[[str], object], port: int = DEFAULT_REDIRECT_PORT,
                  timeout: float = DEFAULT_TIMEOUT, progress: Progress | None = None) -> Tokens:
        """Open the consent page in the user's browser, catch the redirect, exchange the code."""
        verifier, challenge = pkce_pair()
        with LoopbackRedirect(port=port) as catcher:
            open_url(self.authorization_url(catcher.redirect_uri, catcher.state, challenge))
            code = catcher.wait(timeout=timeout, progress=progress)
            return self.exchange(code, verifier, catcher.redirect_uri)

    def exchange(self, code: str, verifier: str, redirect_uri: str) -> Tokens:
        return self._token_call({"grant_type": "authorization_code", "code": code,
                                 "redirect_uri": redirect_uri, "code_verifier": verifier,
                                 "client_id": self.client_id})

    def refresh(self, refresh_token: str) -> Tokens:
        return self._token_call({"grant_type": "refresh_token", "refresh_token": refresh_token,
                                 "client_id": self.client_id})

    def _token_call(self, form: dict[str, str]) -> Tokens:
        try:
            answer = self._http.post(self.api_base + TOKEN_PATH, data=form)
        except httpx.HTTPError as exc:
            raise _network_error(exc) from None
        if answer.status_code in (400, 401, 403):
            log.info("X token endpoint refused (%s)", answer.status_code)
            raise AuthError(QCoreApplication.translate(
                "XClient",
                "X refused the authorisation. Connect the X account again (check the client "
                "id and the redirect address registered in your X app)."))
        if answer.status_code == 429:
            raise RateLimited()
        if answer.status_code >= 300:
            raise ServerError()
        try:
            data = answer.json()
            return Tokens(str(data["access_token"]), data.get("refresh_token"),
                          self._wall() + float(data.get("expires_in", 7200)), self.client_id,
                          str(data.get("scope", "")))
        except (ValueError, KeyError, TypeError):
            raise ServerError() from None


class TokenKeeper:
    """Holds an account's tokens, refreshes them before they expire, saves every new pair at once.

    Saving at once matters: X rotates refresh tokens, so a new pair not saved is a lost connection.
    Thread-safe (the GUI may post the farewell while the clean-up runs).
    """

    def __init__(self, oauth: XOAuth, tokens: Tokens, store: SecretStore | None = None,
                 key: str | None = None, wall: Callable[[], float] = _wall, margin: float = REFRESH_MARGIN):
        self.oauth = oauth
        self._tokens = tokens
        self._store = store
        self.key = key
        self._wall = wall
        self._margin = margin
        self._lock = threading.Lock()

    @classmethod
    def load(cls, store: SecretStore, username: str, api_base: str = DEFAULT_API_BASE,
             http: httpx.Client | None = None, wall: Callable[[], float] = _wall) -> TokenKeeper:
        secret = store.get(token_key(username))
        if secret is None:
            raise AuthError(QCoreApplication.translate(
                "XClient",
                "This X account is not connected yet: connect it first."))
        tokens = Tokens.from_secret(secret)
        oauth = XOAuth(tokens.client_id, api_base=api_base, http=http, wall=wall)
        return cls(oauth, tokens, store, token_key(username), wall=wall)

    def save_as(self, store: SecretStore, username: str) -> None:
        self._store, self.key = store, token_key(username)
        self._save()

    def _save(self) -> None:
        if self._store is not None and self.key is not None:
            self._store.set(self.key, self._tokens.to_secret())

    def access_token(self) -> str:
        with self._lock:
            if self._tokens.expires_at - self._margin <= self._wall() and self._tokens.refresh_token:
                self._refresh_locked()
            return self._tokens.access_token

    def refresh(self, failed_token: str | None = None) -> str:
        """Refresh now (after a 401). ``failed_token`` avoids a double refresh by two threads."""
        with self._lock:
            if failed_token is None or failed_token == self._tokens.access_token:
                self._refresh_locked()
            return self._tokens.access_token

    def _refresh_locked(self) -> None:
        if not self._tokens.refresh_token:
            raise AuthError(QCoreApplication.translate(
                "XClient",
                "The X connection has expired. Please connect the X account again."))
        self._tokens = self.oauth.refresh(self._tokens.refresh_token)
        self._save()

    @property
    def tokens(self) -> Tokens:
        return self._tokens


class XClient:
    """The few X API v2 calls ExitPlanner makes, each returning the rate-limit window it saw."""

    def __init__(self, tokens: TokenKeeper, api_base: str = DEFAULT_API_BASE, timeout: float = 30.0,
                 wall: Callable[[], float] = _wall, transport: httpx.BaseTransport | None = None):
        self.tokens = tokens
        self.api_base = api_base.rstrip("/")
        self._wall = wall
        self._http = httpx.Client(base_url=self.api_base, timeout=httpx.Timeout(timeout, connect=10.0),
                                  transport=transport, headers={"User-Agent": "ExitPlanner"})
        self.last_rate: dict[str, RateWindow] = {}

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> XClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the calls -----------------------------------------------------------------------------------

    def me(self) -> XUser:
        data, _ = self._call("GET", "/2/users/me", BUCKET_ME)
        try:
            user = data["data"]
            return XUser(str(user["id"]), str(user["username"]), str(user.get("name", "")))
        except (KeyError, TypeError):
            raise ServerError() from None

    def delete_post(self, post_id: str) -> Outcome:
        """``DELETE /2/tweets/:id``; 404 or ``deleted: false`` mean the post was already gone."""
        return self._delete(f"/2/tweets/{_id(post_id)}", BUCKET_POST, "deleted")

    def unrepost(self, user_id: str, source_id: str) -> Outcome:
        """``DELETE /2/users/:id/retweets/:source_tweet_id``."""
        return self._delete(f"/2/users/{_id(user_id)}/retweets/{_id(source_id)}", BUCKET_REPOST, "retweeted")

    def unlike(self, user_id: str, tweet_id: str) -> Outcome:
        """``DELETE /2/users/:id/likes/:tweet_id``."""
        return self._delete(f"/2/users/{_id(user_id)}/likes/{_id(tweet_id)}", BUCKET_LIKE, "liked")

    def repost_sources(self, repost_ids: Iterable[str]) -> tuple[dict[str, str | None], RateWindow]:
        """For each repost id (up to 100 per call): the reposted post's id; ``None`` when the repost is
        gone; ``""`` when the post exists but reposts nothing (delete it as a post).

        One ``GET /2/tweets?ids=…&tweet.fields=referenced_tweets`` per 100 reposts: the cheapest way to
        learn what the archive does not say (its repost records carry only ``RT @author: text``).
        ``tweet.fields`` gives the source id inside each returned post; ``expansions`` would also
        return the source posts themselves, each billed as one more post read.
        """
        ids = [_id(value) for value in repost_ids]
        if not ids:
            return {}, RateWindow()
        if len(ids) > LOOKUP_BATCH:
            raise ValueError("at most 100 ids per lookup")
        data, rate = self._call("GET", "/2/tweets", BUCKET_LOOKUP,
                                params={"ids": ",".join(ids), "tweet.fields": "referenced_tweets"})
        found: dict[str, str | None] = dict.fromkeys(ids)
        for tweet in data.get("data") or []:
            refs = tweet.get("referenced_tweets") or []
            source = next((str(ref.get("id")) for ref in refs if ref.get("type") == "retweeted"), None)
            if str(tweet.get("id")) in found:
                # A post that exists but reposts nothing: it is an original, delete it as a post instead.
                found[str(tweet["id"])] = source if source else ""
        return found, rate

    def create_post(self, text: str) -> str:
        """``POST /2/tweets`` (the farewell post); returns the new post's id."""
        if not text.strip():
            raise ValidationError("text", limit=280, actual=0)
        data, _ = self._call("POST", "/2/tweets", BUCKET_CREATE, json_body={"text": text})
        try:
            return str(data["data"]["id"])
        except (KeyError, TypeError):
            raise ServerError() from None

    # --- plumbing ------------------------------------------------------------------------------------

    def _delete(self, path: str, bucket: str, flag: str) -> Outcome:
        try:
            data, rate = self._call("DELETE", path, bucket)
        except NotFound as exc:
            return Outcome(True, getattr(exc, "rate", RateWindow()))
        value = (data.get("data") or {}).get(flag)
        if flag == "deleted":
            if value is True:
                return Outcome(False, rate)
            if value is False or _not_found(data):
                return Outcome(True, rate)
            raise ServerError()
        return Outcome(False, rate)  # unrepost/unlike answer False either way: X cannot tell us more

    def _call(self, method: str, path: str, bucket: str, params: dict | None = None,
              json_body: dict | None = None) -> tuple[dict[str, Any], RateWindow]:
        token = self.tokens.access_token()
        for attempt in (1, 2):
            try:
                answer = self._http.request(method, path, params=params, json=json_body,
                                            headers={"Authorization": f"Bearer {token}"})
            except httpx.HTTPError as exc:
                raise _network_error(exc) from None
            rate = RateWindow.from_headers(answer.headers, self._wall())
            self.last_rate[bucket] = rate
            if answer.status_code == 401 and attempt == 1:
                token = self.tokens.refresh(failed_token=token)
                continue
            return self._judge(answer, rate), rate
        raise AssertionError("unreachable")

    def _judge(self, answer: httpx.Response, rate: RateWindow) -> dict[str, Any]:
        status = answer.status_code
        if status < 300:
            try:
                data = answer.json()
            except ValueError:
                raise ServerError() from None
            if not isinstance(data, dict):
                raise ServerError()
            return data
        log.info("X answered %s", status)
        error: NetworkError
        if status == 401:
            error = AuthError(QCoreApplication.translate(
                "XClient",
                "X no longer accepts this connection. Please connect the X account again."))
        elif status == 402:
            error = PaymentRequired()
        elif status == 403 and _says_duplicate(answer):
            error = DuplicatePost()
        elif status == 403:
            error = PermissionDenied(QCoreApplication.translate(
                "XClient",
                "X refused this action for this account (permission or app "
                "settings)."))
        elif status == 404:
            error = NotFound()
        elif status == 429:
            retry = None
            if rate.reset is not None:
                retry = max(0.0, rate.reset - (rate.server_time or rate.received))
            error = XRateLimited(rate, retry)
        elif status >= 500:
            error = ServerError()
        elif status == 400:
            error = ValidationError("id", message=QCoreApplication.translate(
                "XClient",
                "X refused the request as invalid."))
        else:
            error = ServerError()
        error.rate = rate  # type: ignore[attr-defined]
        raise error


def _says_duplicate(answer: httpx.Response) -> bool:
    """X's 403 on ``POST /2/tweets`` for a text the account already posted (``detail`` says so)."""
    try:
        data = answer.json()
    except ValueError:
        return False
    return isinstance(data, dict) and "duplicate" in str(data.get("detail", "")).lower()


def _not_found(data: dict[str, Any]) -> bool:
    """An answer without ``data`` whose ``errors`` say the resource does not exist."""
    errors = data.get("errors") if "data" not in data else None
    def says_not_found(error: object) -> bool:
        return isinstance(error, dict) and (
            "not-found" in str(error.get("type", "")) or "Not Found" in str(error.get("title", "")))

    return isinstance(errors, list) and bool(errors) and all(says_not_found(e) for e in errors)


def _id(value: str | int) -> str:
    """X ids are decimal strings; refuse anything else before it goes into a URL path."""
    text = str(value)
    if not text.isdigit() or len(text) > 25:
        raise ValidationError("id", message=QCoreApplication.translate("XClient", "Invalid X identifier."))
    return text
