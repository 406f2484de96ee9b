"""No secret ever reaches a plan file."""

from __future__ import annotations

import pytest

from exitplanner.plan.codec import to_json_dict
from exitplanner.plan.demo import demo_plan
from exitplanner.plan.errors import PlanSecretError
from exitplanner.plan.model import Account, Network
from exitplanner.plan.secret_guard import assert_no_secrets, find_secrets
from exitplanner.plan.storage import save_plan
from exitplanner.redact import is_secret_key

JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkaWQ6cGxjOmFiYyJ9.c2lnbmF0dXJlLXZhbHVl"


def test_a_normal_full_plan_passes(tmp_path):
    plan = demo_plan()
    plan.sections["record"] = {"sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                               "visa": {"date": "2026-02-01", "reference": "AD94-2026-0042"}}
    plan.sections["networks"] = {
        "bluesky": {"did": "did:plc:abcdefghijklmnopqrstuvwx", "app_password_set": True, "token": ""}
    }
    plan.accounts[0].url = "https://www.ville-exemple.fr/inscription?code=PROMO2026"  # an ordinary link
    assert find_secrets(to_json_dict(plan)) == []
    save_plan(plan, tmp_path / "demo.json")


@pytest.mark.parametrize(
    "section",
    [
        {"bluesky": {"app_password": "abcd-efgh-ijkl-mnop"}},
        {"bluesky": {"session": {"accessJwt": "whatever"}}},
        {"mastodon": {"access_token": "Zm9vYmFyYmF6"}},
        {"x": {"oauth": {"refresh_token": "dGhpcyBpcyBub3Q"}}},
        {"x": {"client_secret": "s3cr3t"}},
        {"x": {"Password": 12345}},
        {"x": [{"api-key": "k"}]},
        {"notes": "mot de passe de l'appli : abcd-efgh-ijkl-mnop"},
        {"headers": ["Authorization: Bearer abc.def.ghi"]},
        {"session": JWT},
        {"url": "https://social.example/?access_token=QWERTY123"},
        {"url": "https://user:hunter2@example.org/"},
        {"abcd-efgh-ijkl-mnop": "secret used as a key"},
    ],
)
def test_a_secret_anywhere_in_sections_is_refused(tmp_path, section):
    plan = demo_plan()
    plan.sections["networks"] = section
    path = tmp_path / "p.json"
    with pytest.raises(PlanSecretError) as caught:
        save_plan(plan, path)
    assert "sections.networks" in str(caught.value)
    assert not path.exists() and list(tmp_path.iterdir()) == []
    for value in ("abcd-efgh-ijkl-mnop", "hunter2", "QWERTY123", "s3cr3t", JWT[:20]):
        assert value not in str(caught.value)  # the message says where, never what


def test_a_secret_in_an_account_note_is_refused_and_the_previous_file_kept(tmp_path):
    plan = demo_plan()
    path = tmp_path / "p.json"
    save_plan(plan, path)
    before = path.read_bytes()
    plan.accounts.append(Account(network=Network.BLUESKY, notes="Bearer 4f9a8b7c6d5e4f3a2b1c"))
    with pytest.raises(PlanSecretError) as caught:
        save_plan(plan, path)
    assert f"accounts[{len(plan.accounts) - 1}].notes" in str(caught.value)
    assert path.read_bytes() == before


def test_secret_in_unknown_keys_is_refused():
    data = {"format": "exitplanner-plan", "future": {"refreshJwt": JWT}}
    with pytest.raises(PlanSecretError):
        assert_no_secrets(data)


@pytest.mark.parametrize(
    ("key", "secret"),
    [
        ("password", True), ("app_password", True), ("appPassword", True), ("access_token", True),
        ("refreshJwt", True), ("client_secret", True), ("API_KEY", True), ("private-key", True),
        ("Authorization", True), ("token", True),
        ("credentials_holder", False), ("two_factor", False), ("tokens", False), ("recovery_owner", False),
        ("keyboard", False), ("secretariat", False), ("handle", False),
    ],
)
def test_secret_key_names(key, secret):
    assert is_secret_key(key) is secret
