"""Helpers over the fake X API shared by the clean-up tests and the benchmark."""

from __future__ import annotations

from exitplanner.cleanup.clock import FakeClock
from exitplanner.cleanup.gate import GateResult
from exitplanner.networks.x import TokenKeeper, XClient, XOAuth
from fakes.x_api import FakeX


def logged_in_client(fake: FakeX, clock: FakeClock, timeout: float = 2.0) -> XClient:
    """A client with real tokens from the fake's token endpoint (a refresh token, then a refresh)."""
    oauth = XOAuth(fake.client_id, api_base=fake.base_url, wall=clock.wall)
    with fake.lock:
        fake._refresh.add("bootstrap-refresh")
    tokens = oauth.refresh("bootstrap-refresh")
    return XClient(TokenKeeper(oauth, tokens, wall=clock.wall), api_base=fake.base_url, timeout=timeout,
                   wall=clock.wall)


def open_gate() -> GateResult:
    return GateResult(True, "archive of record verified (test)")
