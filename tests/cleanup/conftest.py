"""Fixtures of the clean-up tests: the fake X API on simulated time, a client logged into it, a journal."""

from __future__ import annotations

import pytest

from exitplanner.cleanup.clock import FakeClock
from exitplanner.cleanup.journal import Journal
from fakes.x_api import FakeX
from fakes.x_session import logged_in_client


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake(clock):
    with FakeX(clock=clock.wall) as server:
        yield server


@pytest.fixture
def client(fake, clock):
    with logged_in_client(fake, clock) as client:
        yield client


@pytest.fixture
def journal(tmp_path):
    with Journal(tmp_path / "journal.sqlite") as journal:
        yield journal
