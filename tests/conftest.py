"""Test-wide set-up: offscreen Qt, and a private user folder so tests never touch a real profile."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("exitplanner-home")
    monkeypatch.setenv("EXITPLANNER_HOME", str(home))
    monkeypatch.delenv("EXITPLANNER_LANG", raising=False)
    return home
