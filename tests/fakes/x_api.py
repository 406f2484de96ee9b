"""A local fake of the parts of X's API v2 the clean-up uses, on 127.0.0.1, for tests and the benchmark.

It follows X's documented behaviour where the clean-up depends on it:

* OAuth 2.0 Authorization Code + PKCE: :meth:`FakeX.approve` plays the consent page (records the
  S256 challenge and redirects the "browser" to the loopback URI with ``code`` and ``state``);
  ``POST /2/oauth2/token`` checks the ``code_verifier`` against the challenge, issues access tokens
  that expire (``token_lifetime``) and rotating refresh tokens (an old refresh token is refused);
* ``GET /2/users/me``, ``GET /2/tweets?ids=`` (with ``referenced_tweets``), ``DELETE /2/tweets/:id``
  (404 when the post is gone: a second DELETE deletes nothing), ``DELETE /2/users/:id/retweets/:id``
  and ``DELETE /2/users/:id/likes/:id`` (idempotent, ``retweeted``/``liked: false``);
* ``POST /2/tweets`` (the farewell post): 201 with ``data.id``/``data.text``, rate-limited in its own
  bucket (``create``: 429 with the ``x-rate-limit-*`` headers once spent), 403 « duplicate content »
  when the same text is already a live post of the account, and the same injected faults as a
  deletion (``drop_after`` publishes the post, then cuts the connection: the answer is lost);
* rate limits per user and endpoint in fixed windows (``limit`` per ``window`` seconds, aligned on
  multiples of the window like a clock), ``x-rate-limit-limit/-remaining/-reset`` on every answer,
  429 once the window is spent; likes also a daily limit with ``x-user-limit-24hour-*`` headers;
* injected faults: 5xx, a connection dropped before or after the deletion is done, a slow answer
  (client timeout), tokens expiring mid-run; a hook called right after a deletion is committed and
  before the answer leaves (the kill test uses it to kill the client in the worst place).

``deleted[key]`` counts successful deletions ("post:ID", "repost:SOURCE", "like:ID") and
``requests[key]`` every request on a target: the tests compare them with the clean-up journal.
Time comes from ``clock`` (a callable giving wall-clock seconds) so tests can simulate hours.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import http.server
import json
import math
import secrets
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

USER_ID = "1000"
USERNAME = "villeexemple"


@dataclass
class Limits:
    limit: int = 50
    window: float = 900.0
    daily_limit: int | None = None  # likes: 1,000 per 24 h on X


@dataclass
class _Window:
    start: float = -1.0
    used: int = 0
    day_start: float = -1.0
    day_used: int = 0


@dataclass
class Fault:
    """One injected failure, consumed by the next request on a target (DELETE or lookup)."""

    kind: str  # "500", "503", "drop_before", "drop_after", "slow", "429"
    delay: float = 0.0


@dataclass
class FakeX:
    clock: Callable[[], float] = time.time
    limits: dict[str, Limits] = field(default_factory=lambda: {
        "post": Limits(), "repost": Limits(), "like": Limits(50, 900.0, 1000), "lookup": Limits(900, 900.0),
    })
    token_lifetime: float = 7200.0
    gone_style: str = "404"  # or "false": 200 {"deleted": false}; or "errors": 200 with a not-found error
    latency: float = 0.0
    client_id: str = "test-client-id"

    def __post_init__(self) -> None:
        self.lock = threading.RLock()
        self.limits.setdefault("create", Limits(100, 900.0))  # POST /2/tweets, even with custom limits
        self.posts: dict[str, dict] = {}  # id -> {"retweet_of": source id or None}
        self.likes: set[str] = set()
        self.deleted: Counter[str] = Counter()
        self.requests: Counter[str] = Counter()
        self.rate_limited = 0  # 429 answers given
        self.status_counts: Counter[int] = Counter()
        self.request_times: list[tuple[str, float]] = []  # (bucket, time) of requests that counted
        self.faults: list[Fault] = []
        self.after_commit: Callable[[str], None] | None = None
        self._windows: dict[str, _Window] = {}
        self._codes: dict[str, dict] = {}
        self._access: dict[str, float] = {}
        self._refresh: set[str] = set()
        self.created: list[str] = []  # texts of the posts created, in order
        self.created_texts: dict[str, str] = {}  # id -> text of each post created
        self._server: http.server.ThreadingHTTPServer | None = None

    # --- content ----------------------------------------------------------------------------------

    def add_posts(self, ids: list[str]) -> None:
        with self.lock:
            for post_id in ids:
                self.posts[post_id] = {"retweet_of": None}

    def add_repost(self, repost_id: str, source_id: str) -> None:
        with self.lock:
            self.posts[repost_id] = {"retweet_of": source_id}

    def add_likes(self, ids: list[str]) -> None:
        with self.lock:
            self.likes.update(ids)

    def inject(self, *faults: Fault) -> None:
        with self.lock:
            self.faults.extend(faults)

    def expire_tokens(self) -> None:
        with self.lock:
            for token in self._access:
                self._access[token] = 0.0

    def issue_token(self) -> str:
        """An access token without the OAuth dance (subprocess tests)."""
        with self.lock:
            token = secrets.token_urlsafe(16)
            self._access[token] = self.clock() + self.token_lifetime
            return token

    # --- server -----------------------------------------------------------------------------------

    def start(self) -> FakeX:
        self._server = _QuietServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeX:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def authorize_url(self) -> str:
        return self.base_url + "/i/oauth2/authorize"

    def approve(self, url: str, deny: bool = False) -> httpx.Response:
        """Play the user's browser on the consent page: record the challenge, follow the redirect."""
        query = {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}
        assert query["response_type"] == "code" and query["code_challenge_method"] == "S256"
        assert set(query["scope"].split()) >= {"tweet.read", "tweet.write", "users.read", "offline.access"}
        if deny:
            answer = {"error": "access_denied", "state": query["state"]}
            target = query["redirect_uri"] + "?" + urlencode(answer)
        else:
            code = secrets.token_urlsafe(12)
            with self.lock:
                self._codes[code] = query
            target = query["redirect_uri"] + "?" + urlencode({"code": code, "state": query["state"]})
        return httpx.get(target, timeout=5)

    # --- rate limits --------------------------------------------------------------------------------

    def _window(self, bucket: str, now: float) -> tuple[_Window, Limits]:
        limits = self.limits[bucket]
        window = self._windows.setdefault(bucket, _Window())
        start = math.floor(now / limits.window) * limits.window
        if start != window.start:
            window.start, window.used = start, 0
        if limits.daily_limit is not None and now >= window.day_start + 86400:
            window.day_start, window.day_used = now, 0
        return window, limits

    def rate_headers(self, bucket: str, now: float) -> dict[str, str]:
        window, limits = self._window(bucket, now)
        headers = {
            "x-rate-limit-limit": str(limits.limit),
            "x-rate-limit-remaining": str(max(0, limits.limit - window.used)),
            "x-rate-limit-reset": str(math.ceil(window.start + limits.window)),
        }
        if limits.daily_limit is not None:
            headers["x-user-limit-24hour-limit"] = str(limits.daily_limit)
            headers["x-user-limit-24hour-remaining"] = str(max(0, limits.daily_limit - window.day_used))
            headers["x-user-limit-24hour-reset"] = str(math.ceil(window.day_start + 86400))
        return headers

    def take(self, bucket: str, now: float) -> bool:
        """Count one request in its window; False (→ 429) when the window or the day is spent."""
        window, limits = self._window(bucket, now)
        daily_spent = limits.daily_limit is not None and window.day_used >= limits.daily_limit
        if window.used >= limits.limit or daily_spent:
            return False
        window.used += 1
        window.day_used += 1
        self.request_times.append((bucket, now))
        return True


class _QuietServer(http.server.ThreadingHTTPServer):
    """Clients killed mid-request (the kill test) leave broken pipes: not worth a traceback."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


def _handler(fake: FakeX) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, like X
        disable_nagle_algorithm = True  # headers and body leave in two writes: no 40 ms delayed-ACK stall

        def log_message(self, format: str, *args: object) -> None:
            pass

        def date_time_string(self, timestamp: float | None = None) -> str:
            return formatdate(fake.clock() if timestamp is None else timestamp, usegmt=True)

        # --- answers --------------------------------------------------------------------------------

        def _send(self, status: int, body: dict, headers: dict[str, str] | None = None) -> None:
            raw = json.dumps(body).encode()
            fake.status_counts[status] += 1
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(raw)

        def _drop(self) -> None:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

        def _body(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def _user(self) -> str | None:
            auth = self.headers.get("Authorization", "")
            token = auth.removeprefix("Bearer ")
            with fake.lock:
                expires = fake._access.get(token)
            if expires is None or expires <= fake.clock():
                self._send(401, {"title": "Unauthorized", "status": 401, "detail": "Unauthorized"})
                return None
            return USER_ID

        # --- routes ---------------------------------------------------------------------------------

        def do_POST(self) -> None:
            body = self._body()
            path = urlsplit(self.path).path
            if path == "/2/oauth2/token":
                self._token(parse_qs(body.decode()))
                return
            if path == "/2/tweets":
                if self._user() is None:
                    return
                text = str(json.loads(body)["text"])
                self._limited("create", "create", lambda: self._create(text))
                return
            self._send(404, {"title": "Not Found"})

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if self._user() is None:
                return
            if parts.path == "/2/users/me":
                self._send(200, {"data": {"id": USER_ID, "username": USERNAME, "name": "Ville Exemple"}})
                return
            if parts.path == "/2/tweets":
                ids = parse_qs(parts.query)["ids"][0].split(",")
                self._limited("lookup", "lookup:" + ids[0], lambda: self._lookup(ids))
                return
            self._send(404, {"title": "Not Found"})

        def do_DELETE(self) -> None:
            self._body()
            segments = urlsplit(self.path).path.strip("/").split("/")
            user = self._user()
            if user is None:
                return
            if segments[:2] == ["2", "tweets"] and len(segments) == 3:
                self._limited("post", "post:" + segments[2], lambda: self._delete_post(segments[2]))
            elif (segments[:2] == ["2", "users"] and len(segments) == 5
                  and segments[3] in ("retweets", "likes")):
                if segments[2] != user:
                    self._send(403, {"title": "Forbidden"})
                elif segments[3] == "retweets":
                    self._limited("repost", "repost:" + segments[4], lambda: self._unrepost(segments[4]))
                else:
                    self._limited("like", "like:" + segments[4], lambda: self._unlike(segments[4]))
            else:
                self._send(404, {"title": "Not Found"})

        def _limited(self, bucket: str, key: str, act: Callable[[], tuple[int, dict]]) -> None:
            if fake.latency:
                time.sleep(fake.latency)
            with fake.lock:
                fault = fake.faults.pop(0) if fake.faults else None
                fake.requests[key] += 1
                now = fake.clock()
                if fault is not None and fault.kind == "drop_before":
                    self._drop()
                    return
                if fault is not None and fault.kind in ("500", "503"):
                    self._send(int(fault.kind), {"title": "Service Unavailable"},
                               fake.rate_headers(bucket, now))
                    return
                if (fault is not None and fault.kind == "429") or not fake.take(bucket, now):
                    fake.rate_limited += 1
                    self._send(429, {"title": "Too Many Requests"}, fake.rate_headers(bucket, now))
                    return
                status, body = act()
                headers = fake.rate_headers(bucket, now)
            if fault is not None and fault.kind == "drop_after":
                self._drop()
                return
            if fault is not None and fault.kind == "slow":
                time.sleep(fault.delay)
            self._send(status, body, headers)

        def _delete_post(self, post_id: str) -> tuple[int, dict]:
            if post_id not in fake.posts:
                if fake.gone_style == "false":
                    return 200, {"data": {"deleted": False}}
                if fake.gone_style == "errors":
                    return 200, {"errors": [{"title": "Not Found Error", "resource_id": post_id,
                                             "type": "https://api.twitter.com/2/problems/resource-not-found"}]}
                return 404, {"errors": [{"title": "Not Found Error", "resource_id": post_id}]}
            del fake.posts[post_id]
            fake.deleted["post:" + post_id] += 1
            if fake.after_commit is not None:
                fake.after_commit("post:" + post_id)
            return 200, {"data": {"deleted": True}}

        def _create(self, text: str) -> tuple[int, dict]:
            live = {fake.created_texts.get(pid) for pid in fake.posts}
            if text in live:
                return 403, {"detail": "You are not allowed to create a Tweet with duplicate content.",
                             "type": "about:blank", "title": "Forbidden", "status": 403}
            post_id = str(9_000_000 + len(fake.created))
            fake.created.append(text)
            fake.created_texts[post_id] = text
            fake.posts[post_id] = {"retweet_of": None}
            if fake.after_commit is not None:
                fake.after_commit("create:" + post_id)
            return 201, {"data": {"id": post_id, "text": text, "edit_history_tweet_ids": [post_id]}}

        def _unrepost(self, source_id: str) -> tuple[int, dict]:
            mine = [pid for pid, post in fake.posts.items() if post["retweet_of"] == source_id]
            for pid in mine:
                del fake.posts[pid]
                fake.deleted["repost:" + source_id] += 1
            if mine and fake.after_commit is not None:
                fake.after_commit("repost:" + source_id)
            return 200, {"data": {"retweeted": False}}

        def _unlike(self, tweet_id: str) -> tuple[int, dict]:
            if tweet_id in fake.likes:
                fake.likes.discard(tweet_id)
                fake.deleted["like:" + tweet_id] += 1
                if fake.after_commit is not None:
                    fake.after_commit("like:" + tweet_id)
            return 200, {"data": {"liked": False}}

        def _lookup(self, ids: list[str]) -> tuple[int, dict]:
            data, errors = [], []
            for post_id in ids:
                post = fake.posts.get(post_id)
                if post is None:
                    errors.append({"resource_id": post_id, "title": "Not Found Error", "type":
                                   "https://api.twitter.com/2/problems/resource-not-found"})
                    continue
                item: dict = {"id": post_id, "text": "…"}
                if post["retweet_of"]:
                    item["referenced_tweets"] = [{"type": "retweeted", "id": post["retweet_of"]}]
                data.append(item)
            body: dict = {}
            if data:
                body["data"] = data
            if errors:
                body["errors"] = errors
            return 200, body

        def _token(self, form: dict[str, list[str]]) -> None:
            get = {key: values[0] for key, values in form.items()}
            if get.get("client_id") != fake.client_id:
                self._send(401, {"error": "unauthorized_client"})
                return
            with fake.lock:
                if get.get("grant_type") == "authorization_code":
                    request = fake._codes.pop(get.get("code", ""), None)
                    verifier = get.get("code_verifier", "")
                    digest = hashlib.sha256(verifier.encode()).digest()
                    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=")
                    if (request is None or request["code_challenge"] != challenge.decode()
                            or request["redirect_uri"] != get.get("redirect_uri")):
                        self._send(400, {"error": "invalid_request"})
                        return
                elif get.get("grant_type") == "refresh_token":
                    if get.get("refresh_token") not in fake._refresh:
                        self._send(400, {"error": "invalid_request"})
                        return
                    fake._refresh.discard(get["refresh_token"])  # rotation: the old one is spent
                else:
                    self._send(400, {"error": "unsupported_grant_type"})
                    return
                access, refresh = secrets.token_urlsafe(16), secrets.token_urlsafe(16)
                fake._access[access] = fake.clock() + fake.token_lifetime
                fake._refresh.add(refresh)
            self._send(200, {"token_type": "bearer", "expires_in": int(fake.token_lifetime),
                             "access_token": access,
                             "scope": "tweet.read tweet.write users.read like.write offline.access",
                             "refresh_token": refresh})

    return Handler
