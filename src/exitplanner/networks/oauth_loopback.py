"""Catch an OAuth authorisation redirect on a loopback port (RFC 8252, "native apps").

The user approves our app in their own browser; the authorisation server then redirects the browser to
``http://127.0.0.1:PORT/callback?code=…&state=…``. This module owns that tiny one-shot web server, the
random ``state`` that proves the answer belongs to the request we made (CSRF protection), a timeout and
a cancel. It knows nothing about Mastodon: X's OAuth 2.0 flow reuses it together with :func:`pkce_pair`.

Why a loopback server and not a custom URL scheme: loopback needs no registration with the operating
system, works the same on Windows and macOS, and is what both Mastodon and X accept for desktop apps.
Only 127.0.0.1 is bound, never a public interface.
"""

from __future__ import annotations

import base64
import hashlib
import html
import http.server
import queue
import secrets
import socket
import socketserver
import sys
import threading
import time
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QCoreApplication

from exitplanner.networks.errors import AuthError, NetworkError
from exitplanner.progress import Cancelled, Progress

CALLBACK_PATH = "/callback"
DEFAULT_TIMEOUT = 300.0  # five minutes: long enough to log in and read the consent page


class AuthorizationTimeout(AuthError):
    """The browser never came back to us in time (closed tab, wrong account, walked away)."""


class LoopbackPortBusy(NetworkError):
    """The fixed redirect port is taken by another program."""


def pkce_pair() -> tuple[str, str]:
    """Return a PKCE ``(code_verifier, code_challenge)`` pair with the S256 method (RFC 7636).

    X's public-client flow needs it; kept here because it belongs with the redirect, not with X.
    """
    verifier = secrets.token_urlsafe(64)[:96]
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return verifier, challenge


class _LoopbackServer(http.server.ThreadingHTTPServer):
    """127.0.0.1 only, no reverse DNS look-up at start, and the port kept for us alone.

    ``HTTPServer.server_bind`` calls ``getfqdn()``, which can stall for seconds on some networks; and on
    Windows ``SO_REUSEADDR`` would let another program bind the same port and read the code, so we ask
    for ``SO_EXCLUSIVEADDRUSE`` there instead.
    """

    daemon_threads = True
    allow_reuse_address = sys.platform != "win32"

    def server_bind(self) -> None:
        if sys.platform == "win32" and hasattr(socket, "SO_EXCLUSIVEADDRUSE"):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)


@dataclass(frozen=True)
class _Answer:
    """What the browser brought back, before we judge it."""

    code: str | None
    state: str | None
    error: str | None


class LoopbackRedirect:
    """A one-shot HTTP listener on 127.0.0.1 that waits for the authorisation code.

    Use as a context manager::

        with LoopbackRedirect(port=0) as catcher:
            url = build_authorize_url(redirect_uri=catcher.redirect_uri, state=catcher.state)
            open_url(url)
            code = catcher.wait(timeout=300, progress=progress)

    ``port=0`` lets the operating system choose a free port; a fixed port can be configured for
    servers that insist on an exact registered redirect URI. The server thread stops on exit.
    """

    def __init__(self, port: int = 0, path: str = CALLBACK_PATH, state: str | None = None) -> None:
        self._requested_port = port
        self._path = path if path.startswith("/") else "/" + path
        self.state = state or secrets.token_urlsafe(24)
        self._answers: queue.Queue[_Answer] = queue.Queue()
        self._cancel = threading.Event()
        self._server: http.server.HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ---------------------------------------------------------------------------------

    def start(self) -> LoopbackRedirect:
        if self._server is not None:
            return self
        handler = _make_handler(self._path, self._answers)
        try:
            server = _LoopbackServer(("127.0.0.1", self._requested_port), handler)
        except OSError as exc:
            message = QCoreApplication.translate(
                "OAuthLoopback",
                "Port %1 on this computer is already in use; choose another one in the settings.",
            )
            raise LoopbackPortBusy(message.replace("%1", str(self._requested_port))) from exc
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1}, name="oauth-loopback", daemon=True
        )
        self._thread.start()
        return self

    def close(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> LoopbackRedirect:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- what the caller needs ---------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("LoopbackRedirect is not started")
        return int(self._server.server_address[1])

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{self._path}"

    def cancel(self) -> None:
        """Stop waiting (from any thread): :meth:`wait` raises :class:`~exitplanner.progress.Cancelled`."""
        self._cancel.set()

    def wait(self, timeout: float = DEFAULT_TIMEOUT, progress: Progress | None = None) -> str:
        """Block until the browser comes back; return the authorisation code.

        Raises :class:`AuthError` when the user refused or the ``state`` does not match (the answer may
        be forged), :class:`AuthorizationTimeout` after ``timeout`` seconds, and
        :class:`~exitplanner.progress.Cancelled` when :meth:`cancel` or ``progress.cancel()`` was called.
        """
        deadline = time.monotonic() + timeout
        while True:
            if self._cancel.is_set():
                raise Cancelled()
            if progress is not None:
                progress.check()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                message = QCoreApplication.translate(
                    "OAuthLoopback",
                    "The browser did not come back within %1 minutes. Please start the connection again.",
                )
                raise AuthorizationTimeout(message.replace("%1", str(max(1, round(timeout / 60)))))
            try:
                answer = self._answers.get(timeout=min(0.2, remaining))
            except queue.Empty:
                continue
            return self._judge(answer)

    def _judge(self, answer: _Answer) -> str:
        if answer.state is None or not secrets.compare_digest(answer.state, self.state):
            raise AuthError(
                QCoreApplication.translate(
                    "OAuthLoopback",
                    "The answer received from the browser does not match this connection request; "
                    "it was ignored for your safety. Please start the connection again.",
                )
            )
        if answer.error:
            raise AuthError(
                QCoreApplication.translate("OAuthLoopback", "The authorisation was refused in the browser.")
            )
        if not answer.code:
            raise AuthError(
                QCoreApplication.translate(
                    "OAuthLoopback",
                    "The browser came back without an authorisation code.",
                )
            )
        return answer.code


def _page(title: str, message: str) -> bytes:
    body = (
        "<!doctype html><html><head><meta charset='utf-8'><title>ExitPlanner</title></head>"
        "<body style='font-family:sans-serif;max-width:36em;margin:4em auto'>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(message)}</p></body></html>"
    )
    return body.encode("utf-8")


def _make_handler(path: str, answers: queue.Queue[_Answer]) -> type[http.server.BaseHTTPRequestHandler]:
    class _Handler(http.server.BaseHTTPRequestHandler):
        """Answers the browser; anything but the callback path (favicon…) gets a 404 and is ignored."""

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if parts.path != path:
                self._send(404, _page("404", ""))
                return
            query = parse_qs(parts.query)
            answer = _Answer(
                code=(query.get("code") or [None])[0],
                state=(query.get("state") or [None])[0],
                error=(query.get("error") or [None])[0],
            )
            if answer.code is None and answer.error is None:
                self._send(400, _page("400", ""))
                return
            close = QCoreApplication.translate(
                "OAuthLoopback",
                "You can close this tab and go back to ExitPlanner.",
            )
            if answer.error:
                page = _page(QCoreApplication.translate("OAuthLoopback", "Authorisation refused"), close)
            else:
                page = _page(QCoreApplication.translate("OAuthLoopback", "Connection authorised"), close)
            self._send(200, page)
            answers.put(answer)

        def _send(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("Referrer-Policy", "no-referrer")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Silence the default stderr log: the query string holds the authorisation code."""

    return _Handler
