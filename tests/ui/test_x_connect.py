"""Step 7's « Connect the X account » box, end to end against the fake X API and an in-memory keyring.

The fake browser plays the user on X's consent page (``FakeX.approve``) from another thread, as the
CLI and client tests do: the PKCE flow waits for the redirect on the loopback port in a worker.
"""

from __future__ import annotations

import socket
import threading
from datetime import date

import pytest
from PySide6.QtGui import QGuiApplication

from exitplanner.cleanup.gate import GateResult
from exitplanner.cleanup.journal import ACTION_POST, Target
from exitplanner.networks.x import token_key
from exitplanner.plan.demo import demo_plan
from exitplanner.plan.storage import load_plan, save_plan
from exitplanner.steps.decision import DecisionModel, Strategy
from fakes.x_api import USERNAME, FakeX
from fixtures.memory_keyring import memory_keyring_fixture  # noqa: F401


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def fake():
    with FakeX() as server:
        yield server


def _page(qtbot, fake: FakeX, monkeypatch, username: str = USERNAME, deny: bool = False, browse: bool = True):
    import exitplanner.ui.pages.deletion_panel as panel
    from exitplanner.ui.pages.execution import ExecutionPage

    monkeypatch.setattr(panel, "gate_for_plan", lambda plan: lambda: GateResult(True, "Archive vérifiée."))
    plan = demo_plan()
    plan.sections["x_archive"]["summary"]["account"]["username"] = username
    DecisionModel(plan).choose(Strategy.DELETE_POSTS, "Conseil municipal", "Motifs.", date(2026, 11, 12))
    page = ExecutionPage(plan)
    qtbot.addWidget(page)
    page.show()
    box = page.deletion.connection
    box.api_base, box.authorize_url = fake.base_url, fake.authorize_url
    box.opened = []

    def browser(url: str) -> None:  # the user's browser: consents on X, X redirects to the loopback port
        box.opened.append(url)
        if browse:
            threading.Thread(target=lambda: fake.approve(url, deny=deny), daemon=True).start()

    box.open_url = browser
    box.port.setValue(_free_port())
    return page, box


def _connect(qtbot, box, client_id: str) -> None:
    box.client_id.setText(client_id)
    box.client_id.editingFinished.emit()
    box.connect_button.click()
    assert box.busy() and box.cancel_button.isEnabled() and not box.connect_button.isEnabled()
    qtbot.waitUntil(lambda: not box.busy(), timeout=15000)


def test_explains_the_app_and_the_exact_callback(app, qtbot, fake, monkeypatch, memory_keyring):
    page, box = _page(qtbot, fake, monkeypatch)
    assert box.isVisible()
    assert "pas connecté" in box.status_label.text()
    box.port.setValue(9123)
    help_text = box.help_label.text()
    assert "developer.x.com" in help_text and "Native App" in help_text and "OAuth 2.0" in help_text
    assert "offline.access" in help_text and "tweet.write" in help_text
    assert box.uri_field.text() == "http://127.0.0.1:9123/callback"
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "http://127.0.0.1:9123/callback"
    assert page.plan.sections["x_connection"]["port"] == 9123
    assert not box.disconnect_button.isEnabled() and not box.cancel_button.isEnabled()


def test_connect_stores_tokens_runs_and_disconnects(app, qtbot, fake, monkeypatch, memory_keyring, tmp_path):
    page, box = _page(qtbot, fake, monkeypatch)
    deletion = page.deletion
    deletion.check_gate()
    qtbot.waitUntil(lambda: deletion.verdict is not None, timeout=5000)
    assert deletion.ready() and not deletion.start_button.isEnabled()  # gate passed, account not connected

    _connect(qtbot, box, fake.client_id)
    assert len(box.opened) == 1 and box.opened[0].startswith(fake.authorize_url)
    assert f"redirect_uri=http%3A%2F%2F127.0.0.1%3A{box.port.value()}%2Fcallback" in box.opened[0]
    assert box.connected() and f"@{USERNAME}" in box.status_label.text(), box.status_label.text()
    assert "Connecté" in box.status_label.text()
    secret = next(value for (_service, key), value in memory_keyring.entries.items()
                  if key == token_key(USERNAME))
    assert fake.client_id in secret  # the refresh needs the client id; the tokens are in the same entry
    assert deletion.start_button.isEnabled() and box.disconnect_button.isEnabled()

    # The client id and port are kept in the plan (not secrets: the plan's guard lets them through).
    assert page.plan.sections["x_connection"] == {"client_id": fake.client_id, "port": box.port.value()}
    save_plan(page.plan, tmp_path / "p.exitplan.json")
    assert load_plan(tmp_path / "p.exitplan.json").sections["x_connection"]["client_id"] == fake.client_id

    # The run uses the tokens the box stored.
    ids = ["501", "502", "503"]
    fake.add_posts(ids)
    deletion.targets = lambda: ([Target(ACTION_POST, i) for i in ids], None)
    deletion.start_button.click()
    qtbot.waitUntil(lambda: not deletion.running(), timeout=20000)
    assert all(fake.deleted[f"post:{i}"] == 1 for i in ids), deletion.run_label.text()

    # Reopening the page finds the connection in the keyring.
    page.load()
    assert box.connected() and f"@{USERNAME}" in box.status_label.text()

    box.disconnect_button.click()
    assert not box.connected() and not deletion.start_button.isEnabled()
    assert not any(key == token_key(USERNAME) for (_service, key) in memory_keyring.entries)
    assert "Déconnecté" in box.status_label.text()


def test_cancel_while_waiting_for_the_browser(app, qtbot, fake, monkeypatch, memory_keyring):
    _, box = _page(qtbot, fake, monkeypatch, browse=False)
    box.client_id.setText(fake.client_id)
    box.connect_button.click()
    qtbot.waitUntil(lambda: len(box.opened) == 1, timeout=5000)
    box.cancel_button.click()
    qtbot.waitUntil(lambda: not box.busy(), timeout=5000)
    assert "annulée" in box.status_label.text()
    assert not box.connected() and not memory_keyring.entries
    assert box.connect_button.isEnabled()


@pytest.mark.parametrize("case", ["other_account", "denied", "no_client_id"])
def test_refusals_store_nothing(app, qtbot, fake, monkeypatch, memory_keyring, case):
    username = "VilleneuveSurEx" if case == "other_account" else USERNAME
    _, box = _page(qtbot, fake, monkeypatch, username=username, deny=case == "denied")
    if case == "no_client_id":
        box.connect_button.click()
        assert not box.busy() and "identifiant" in box.status_label.text()
        return
    _connect(qtbot, box, fake.client_id)
    assert not box.connected() and not any(key.startswith("x:") for (_s, key) in memory_keyring.entries)
    text = box.status_label.text()
    if case == "other_account":
        assert f"@{USERNAME}" in text and "@VilleneuveSurEx" in text
    else:
        assert text and "Traceback" not in text
