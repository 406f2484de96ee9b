"""The mastodon-mock server (PyPI ``mastodon-mock``, run by ``mastodon_mock_server.py``) as a fixture.

Shared by the client tests (tests/networks) and the step 5 page tests (tests/ui): import
``mastodon_mock_fixture`` (the fixture's name is ``mastodon_mock``, session-scoped) and ``browser_as``,
which plays the user's browser on the mock's authorisation page.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import requests

SERVER_SCRIPT = Path(__file__).resolve().parent / "mastodon_mock_server.py"


class Mock:
    def __init__(self, base: str) -> None:
        self.base = base

    def fault(self, path: str, method: str, status: int, body=None, headers=None, kind="status") -> str:
        effect = {"type": kind, "status": status, "body": body, "headers": headers or {}}
        rule = {"match": {"methods": [method], "path": path}, "effect": effect, "count": 1}
        answer = requests.post(f"{self.base}/api/v1/_mock/faults", json=rule, timeout=5)
        answer.raise_for_status()
        return answer.json()["id"]

    def clear_faults(self) -> None:
        requests.delete(f"{self.base}/api/v1/_mock/faults", timeout=5)


@pytest.fixture(scope="session", name="mastodon_mock")
def mastodon_mock_fixture():
    if os.environ.get("CI") != "true":
        pytest.importorskip("mastodon_mock")
    process = subprocess.Popen(
        [sys.executable, str(SERVER_SCRIPT)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = process.stdout.readline().strip()
        if not line.isdigit():
            raise RuntimeError(f"mastodon-mock did not start: {process.stderr.read()[-2000:]}")
        base = f"http://127.0.0.1:{int(line)}"
        deadline = time.monotonic() + 20
        while True:
            try:
                if requests.get(f"{base}/api/v1/instance", timeout=2).ok:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("mastodon-mock did not answer")
            time.sleep(0.05)
        yield Mock(base)
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()


def browser_as(username: str, seen: list[str]):
    """Play the user's browser: open the authorisation page, pick ``username``, follow the redirect."""

    def open_url(url: str) -> None:
        seen.append(url)
        page = requests.get(url, timeout=5)
        page.raise_for_status()
        hidden = {
            name: html.unescape(value)
            for name, value in re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', page.text)
        }
        form = {**hidden, "username": username}
        landed = requests.post(urljoin(url, "/oauth/authorize"), data=form, timeout=5)
        assert landed.status_code == 200  # our loopback page, after the mock's 302
        assert urlsplit(landed.url).hostname == "127.0.0.1"

    return open_url


