"""Fixtures of the clean-up tests: the fake X API on simulated time, a client logged into it, a journal."""

from __future__ import annotations

import pytest

from exitplanner.cleanup.clock import FakeClock
from exitplanner.cleanup.gate import GateResult
from exitplanner.cleanup.journal import Journal
from exitplanner.networks.x import TokenKeeper, XClient, XOAuth
from fakes.x_api import FakeX


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake(clock):
    with FakeX(clock=clock.wall) as server:
        yield server


def logged_in_client(fake: FakeX, clock: FakeClock, timeout: float = 2.0) -> XClient:
    """A client with real tokens from the fake's token endpoint (a refresh token, then a refresh)."""
    oauth = XOAuth(fake.client_id, api_base=fake.base_url, wall=clock.wall)
    with fake.lock:
        fake._refresh.add("bootstrap-refresh")
    tokens = oauth.refresh("bootstrap-refresh")
    return XClient(TokenKeeper(oauth, tokens, wall=clock.wall), api_base=fake.base_url, timeout=timeout,
                   wall=clock.wall)


@pytest.fixture
def client(fake, clock):
    with logged_in_client(fake, clock) as client:
        yield client


@pytest.fixture
def journal(tmp_path):
    with Journal(tmp_path / "journal.sqlite") as journal:
        yield journal


def open_gate() -> GateResult:
    return GateResult(True, "archive of record verified (test)")
