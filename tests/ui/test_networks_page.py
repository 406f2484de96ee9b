"""The step 5 page against real servers: the reference PDS (Bluesky) and mastodon-mock, in-memory keyring."""

from __future__ import annotations

import json

import dns.resolver
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QLineEdit

from exitplanner.networks.bluesky import session_key
from exitplanner.plan.model import Plan, StepId, StepStatus
from exitplanner.ui.pages.networks import NetworksPage
from fixtures.memory_keyring import memory_keyring_fixture  # noqa: F401
from networks.bluesky_servers import (  # noqa: F401
    dns_responder_fixture,
    loopback_only_fixture,
    pds_fixture,
    well_known_server_fixture,
)
from servers.mastodon_fixtures import browser_as, mastodon_mock_fixture  # noqa: F401

WAIT_MS = 30_000


@pytest.fixture
def page(app, qtbot, memory_keyring):
    widget = NetworksPage(Plan())
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not widget.busy(), timeout=WAIT_MS)


@pytest.fixture
def picture(tmp_path):
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#1185fe"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return path


def _wait(page, qtbot):
    qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT_MS)


def _resolver(dns_responder) -> dns.resolver.Resolver:
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = ["127.0.0.1"]
    resolver.nameserver_ports = {"127.0.0.1": dns_responder.port}
    return resolver


def test_every_input_has_an_accessible_name_and_nothing_silly_without_a_website(page):
    for edit in page.findChildren(QLineEdit):
        assert edit.accessibleName(), edit.placeholderText()
    assert page.bs_password.echoMode() == QLineEdit.EchoMode.Password
    assert page.bs_website.text() == "" and page.bs_domain.text() == ""
    assert all(not label.text() and not value.text() for label, value, _c in page.ma_fields)
    assert "mot de passe d’application" in " ".join(
        w.text() for w in page.findChildren(type(page.bs_status)))


def test_live_counters_turn_into_a_warning(page):
    page.bs_name.setText("Ville d’Évry")
    assert page.bs_name_counter.text() == "12 / 64"
    page.bs_name.setText("x" * 70)
    assert "70" in page.bs_name_counter.text() and page.bs_name_counter.text() != "70 / 64"
    assert "b00020" in page.bs_name_counter.styleSheet()
    page.ma_composer["text"].setPlainText("https://www.ville-exemple.fr/une/tres/longue/adresse")
    assert page.ma_composer["counter"].text() == "23 / 500"
    page.ma_name.setText("Commune nouvelle de Val-d’Exemple")
    assert page.ma_name_counter.text().startswith("Trop long")


def test_bluesky_connect_profile_handle_and_announcement(page, qtbot, pds, picture, dns_responder,
                                                        well_known_server, memory_keyring, monkeypatch):
    created = pds.create_account()
    app_password = pds.create_app_password(created["access_jwt"])
    page.bluesky_options = {"dns_resolver": _resolver(dns_responder),
                            "well_known_url": well_known_server.url_for}
    page.bs_service.setText(pds.url)
    page.bs_handle.setText("@" + created["handle"])
    page.bs_password.setText(app_password)
    page.bs_connect.click()
    _wait(page, qtbot)
    assert page.bs_status.text().startswith("Connecté"), page.bs_status.text()
    assert page.bs_password.text() == ""
    section = page.plan.sections["networks"]["bluesky"]
    assert (section["handle"], section["did"]) == (created["handle"], created["did"])
    assert page.plan.step_status(StepId.NETWORKS) == StepStatus.IN_PROGRESS
    assert memory_keyring.entries  # the session is in the keyring…
    assert app_password not in json.dumps(page.plan.sections)  # …and nothing secret in the plan
    assert session_key(created["handle"]) in page.store().keys("bluesky:")

    # public figures, read in a worker right after connecting: this PDS has no AppView, so the
    # followers are unknown (never 0) and the page says why; the inventory row gets no fake figure
    figures = page.plan.sections["networks"]["bluesky"]["figures"]
    assert (figures["followers"], figures["following"], figures["posts"]) == (None, 0, 0)
    assert figures["verified"] is False and figures["source"] == "repository"
    assert page.bs_figures.text().startswith("Nombre d’abonnés inconnu · 0 abonnement · 0 publication")
    assert "0 publication" in page.bs_figures.text() and "pas nul" in page.bs_figures.text()
    row = next(a for a in page.plan.accounts if a.handle == created["handle"])
    assert row.followers is None and page.bs_refresh.isEnabled()

    # profile with an accented name, a website and an avatar; read back from the server
    page.bs_name.setText("Ville d’Évry-Courcouronnes")
    page.bs_description.setPlainText("Compte officiel de la ville.")
    page.bs_website.setText("https://www.ville-exemple.fr")
    page.bs_avatar.set_file(picture)
    assert page.bs_avatar.preview.pixmap() is not None
    page.bs_apply.click()
    _wait(page, qtbot)
    assert "Ville d’Évry-Courcouronnes" in page.bs_profile_status.text()
    record = pds.get_record(created["did"], "app.bsky.actor.profile", "self").json()["value"]
    assert record["displayName"] == "Ville d’Évry-Courcouronnes"
    assert record["description"] == "Compte officiel de la ville.\nhttps://www.ville-exemple.fr"
    assert record["avatar"]["mimeType"] == "image/jpeg"

    # domain handle: the exact record with a copy button, check, then switch after confirmation
    domain = f"{created['handle'].split('.')[0]}-ville.fr"
    page.bs_domain.setText(domain)
    assert page.bs_txt_name.text() == f"_atproto.{domain}"
    assert page.bs_txt_value.text() == f"did={created['did']}"
    assert page.bs_wk_url.text() == f"https://{domain}/.well-known/atproto-did"
    copy = next(b for b in page.findChildren(type(page.bs_apply))
                if b.accessibleName() == "Copier\u00a0: " + page.bs_txt_value.accessibleName())
    copy.click()
    assert QGuiApplication.clipboard().text() == f"did={created['did']}"
    page.bs_check.click()
    _wait(page, qtbot)
    assert "Ni l" in page.bs_handle_status.text() or "DNS" in page.bs_handle_status.text()
    dns_responder.txt[f"_atproto.{domain}"] = [f"did={created['did']}"]
    monkeypatch.setattr(page, "confirm", lambda title, text: domain in text)
    page.bs_switch.click()
    _wait(page, qtbot)
    assert page.plan.sections["networks"]["bluesky"]["handle"] == domain, page.bs_handle_status.text()
    assert page.plan.sections["networks"]["bluesky"]["figures"]["verified"] is True  # read again
    assert f"✓ Vérifié\u00a0: {domain}" in page.bs_figures.text()
    assert [a.handle for a in page.plan.accounts] == [domain]  # the inventory row followed the handle

    # announcement: a picture without alt text is refused before anything is sent
    composer = page.bs_composer
    composer["text"].setPlainText("Nous arrivons sur Bluesky ! https://www.ville-exemple.fr #ville")
    composer["image"].set_file(picture)
    asked = []
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or True)
    composer["publish"].click()
    assert "description" in composer["status"].text() and not asked and not page.busy()
    composer["alt"].setText("Le logo bleu de la ville")
    composer["publish"].click()
    _wait(page, qtbot)
    assert asked and "épinglé" in composer["status"].text(), composer["status"].text()
    uri = page.plan.sections["networks"]["bluesky"]["post_uri"]
    profile = pds.get_record(created["did"], "app.bsky.actor.profile", "self").json()["value"]
    assert profile["pinnedPost"]["uri"] == uri
    assert profile["displayName"] == "Ville d’Évry-Courcouronnes"  # pinning kept the profile
    assert page.plan.step_status(StepId.NETWORKS) == StepStatus.DONE
    assert page.plan.sections["networks"]["bluesky"]["figures"]["posts"] == 1  # read again after posting
    assert page.plan.accounts[0].last_activity  # the post's day


def test_bluesky_wrong_password_is_a_message(page, qtbot, pds):
    created = pds.create_account()
    page.bs_service.setText(pds.url)
    page.bs_handle.setText(created["handle"])
    page.bs_password.setText("abcd-efgh-ijkl-mnop")
    page.bs_connect.click()
    _wait(page, qtbot)
    assert "mot de passe d’application" in page.bs_status.text()
    assert page.bluesky_client is None and not page.bs_apply.isEnabled()


def test_mastodon_connect_apply_profile_and_publish(page, qtbot, mastodon_mock, picture, monkeypatch):
    seen: list[str] = []
    page.open_url = browser_as("alice", seen)
    page.ma_instance.setText(mastodon_mock.base)
    page.ma_connect.click()
    _wait(page, qtbot)
    assert seen and page.ma_status.text().startswith("Connecté"), page.ma_status.text()
    section = page.plan.sections["networks"]["mastodon"]
    assert section["instance"] == mastodon_mock.base and section["username"] == "alice"
    assert 'rel="me"' in page.ma_snippet.text() and section["url"] in page.ma_snippet.text()
    assert "token" not in json.dumps(page.plan.sections).lower()
    figures = page.plan.sections["networks"]["mastodon"]["figures"]
    assert figures["source"] == "instance" and figures["verified"] is False
    assert isinstance(figures["followers"], int) and isinstance(figures["posts"], int)
    row = next(a for a in page.plan.accounts if a.handle == section["handle"])
    assert row.followers == figures["followers"]
    assert "abonné" in page.ma_figures.text() and "Pas encore vérifié." in page.ma_figures.text()
    posts_before = figures["posts"]

    page.ma_name.setText("Ville d’Évry")
    page.ma_note.setPlainText("Compte officiel. https://www.ville-exemple.fr")
    page.ma_fields[0][0].setText("Site officiel")
    page.ma_fields[0][1].setText("https://www.ville-exemple.fr")
    page.ma_fields[1][0].setText("Presse")
    page.ma_fields[1][1].setText("presse@ville-exemple.fr")
    page.ma_avatar.set_file(picture)
    page.ma_apply.click()
    _wait(page, qtbot)
    assert "Ville d’Évry" in page.ma_profile_status.text(), page.ma_profile_status.text()
    account = page.mastodon_client.verify_credentials()
    assert account.display_name == "Ville d’Évry"
    assert [(f.name, f.value) for f in account.fields][:1] == [("Site officiel", "https://www.ville-exemple.fr")]
    assert "/media/profile/avatar_" in account.avatar_url

    composer = page.ma_composer
    composer["text"].setPlainText("Nous arrivons sur Mastodon !")
    composer["image"].set_file(picture)
    monkeypatch.setattr(page, "confirm", lambda title, text: True)
    composer["publish"].click()
    assert "description" in composer["status"].text() and not page.busy()
    composer["alt"].setText("Le logo de la ville")
    composer["publish"].click()
    _wait(page, qtbot)
    assert "épinglé" in composer["status"].text(), composer["status"].text()
    assert page.plan.sections["networks"]["mastodon"]["pinned"] is True
    assert page.plan.step_status(StepId.NETWORKS) == StepStatus.DONE
    assert page.plan.sections["networks"]["mastodon"]["figures"]["posts"] == posts_before + 1

    # « Actualiser » reads them again on demand; the inventory's tooltip shows them
    page.plan.sections["networks"]["mastodon"]["figures"]["posts"] = 0
    page.ma_refresh.click()
    _wait(page, qtbot)
    assert page.plan.sections["networks"]["mastodon"]["figures"]["posts"] == posts_before + 1
    from exitplanner.steps.inventory import InventoryModel
    from exitplanner.ui.pages.inventory import AccountsTableModel

    table = AccountsTableModel(InventoryModel(page.plan))
    index = table.index(page.plan.accounts.index(row), 0)
    assert "Pas encore vérifié." in table.data(index, Qt.ItemDataRole.ToolTipRole)

    # the server fails: said in French, and the figures read before stay (in the plan and in sight)
    kept = dict(page.plan.sections["networks"]["mastodon"]["figures"])
    mastodon_mock.fault("/api/v1/accounts/verify_credentials", "GET", 500)
    page.ma_refresh.click()
    _wait(page, qtbot)
    assert page.plan.sections["networks"]["mastodon"]["figures"] == kept
    text = page.ma_figures.text()
    assert "Pas encore vérifié." in text and text.splitlines()[0] != "Pas encore vérifié.", text
    mastodon_mock.clear_faults()


def test_session_only_store_is_explained_in_french(app, qtbot, monkeypatch):
    import keyring
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        widget = NetworksPage(Plan())
        qtbot.addWidget(widget)
        widget.show()
        assert widget.store().session_only
        assert widget.store_warning.isVisible()
        assert "ExitPlanner" in widget.store_warning.text() and "coffre" in widget.store_warning.text()
    finally:
        keyring.set_keyring(previous)
