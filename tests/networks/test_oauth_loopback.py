"""The loopback redirect catcher: code returned, state checked, refusals, timeout, cancel, busy port, PKCE."""

from __future__ import annotations

import base64
import hashlib
import socket
import threading
from urllib.parse import urlsplit

import pytest
import requests

from exitplanner.networks.errors import AuthError
from exitplanner.networks.oauth_loopback import (
    AuthorizationTimeout,
    LoopbackPortBusy,
    LoopbackRedirect,
    pkce_pair,
)
from exitplanner.progress import Cancelled, Progress


def test_code_is_returned_when_state_matches():
    with LoopbackRedirect() as catcher:
        parts = urlsplit(catcher.redirect_uri)
        assert parts.scheme == "http" and parts.hostname == "127.0.0.1" and parts.path == "/callback"
        assert parts.port == catcher.port > 0
        query = {"code": "abc123", "state": catcher.state}
        answer = requests.get(catcher.redirect_uri, params=query, timeout=5)
        assert answer.status_code == 200
        assert answer.headers["Cache-Control"] == "no-store"
        assert catcher.wait(timeout=5) == "abc123"


def test_other_paths_and_empty_queries_are_ignored():
    with LoopbackRedirect() as catcher:
        base = f"http://127.0.0.1:{catcher.port}"
        assert requests.get(base + "/favicon.ico", timeout=5).status_code == 404
        assert requests.get(catcher.redirect_uri, timeout=5).status_code == 400
        requests.get(catcher.redirect_uri, params={"code": "real", "state": catcher.state}, timeout=5)
        assert catcher.wait(timeout=5) == "real"


def test_forged_state_is_refused():
    with LoopbackRedirect() as catcher:
        requests.get(catcher.redirect_uri, params={"code": "evil", "state": "guess"}, timeout=5)
        with pytest.raises(AuthError) as raised:
            catcher.wait(timeout=5)
        assert "evil" not in raised.value.message


def test_missing_state_is_refused():
    with LoopbackRedirect() as catcher:
        requests.get(catcher.redirect_uri, params={"code": "nostate"}, timeout=5)
        with pytest.raises(AuthError):
            catcher.wait(timeout=5)


def test_refusal_in_the_browser_is_an_auth_error():
    with LoopbackRedirect() as catcher:
        query = {"error": "access_denied", "state": catcher.state}
        requests.get(catcher.redirect_uri, params=query, timeout=5)
        with pytest.raises(AuthError) as raised:
            catcher.wait(timeout=5)
        assert not isinstance(raised.value, AuthorizationTimeout)


def test_timeout():
    with LoopbackRedirect() as catcher, pytest.raises(AuthorizationTimeout):
        catcher.wait(timeout=0.3)


def test_cancel_through_progress_from_another_thread():
    progress = Progress()
    with LoopbackRedirect() as catcher:
        threading.Timer(0.2, progress.cancel).start()
        with pytest.raises(Cancelled):
            catcher.wait(timeout=30, progress=progress)


def test_cancel_on_the_catcher():
    with LoopbackRedirect() as catcher:
        threading.Timer(0.2, catcher.cancel).start()
        with pytest.raises(Cancelled):
            catcher.wait(timeout=30)


def test_fixed_port_and_busy_port():
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen(1)
    busy = blocker.getsockname()[1]
    try:
        with pytest.raises(LoopbackPortBusy) as raised:
            LoopbackRedirect(port=busy).start()
        assert str(busy) in raised.value.message
    finally:
        blocker.close()
    with LoopbackRedirect(port=busy, path="done") as catcher:
        assert catcher.redirect_uri == f"http://127.0.0.1:{busy}/done"


def test_closed_catcher_frees_its_port():
    catcher = LoopbackRedirect().start()
    port = catcher.port
    catcher.close()
    with socket.socket() as again:
        again.bind(("127.0.0.1", port))


def test_pkce_pair_is_s256():
    verifier, challenge = pkce_pair()
    assert 43 <= len(verifier) <= 128
    expected = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    assert challenge == expected
    assert pkce_pair()[0] != verifier
