"""The demo plan: complete, valid, and in sync with its bundled file."""

from __future__ import annotations

from PySide6.QtGui import QImage

from exitplanner.plan import validation
from exitplanner.plan.codec import to_json_dict
from exitplanner.plan.demo import DEMO_LOGO_NAME, demo_file, demo_logo, demo_plan, plan_for_demo_file
from exitplanner.plan.model import AuthorityKind, Gender, Network, StepId, StepStatus, Verdict
from exitplanner.plan.storage import dumps_plan, load_plan


def test_bundled_file_matches_demo_plan():
    """If this fails, run: .venv/bin/python scripts/make_demo_plan.py"""
    assert demo_file().read_text(encoding="utf-8") == dumps_plan(plan_for_demo_file())
    stored = to_json_dict(load_plan(demo_file()))
    fresh = to_json_dict(demo_plan())
    for data in (stored, fresh):
        data.pop("created"), data.pop("modified")
        data["authority"].pop("logo_path")
        data["sections"]["x_archive"].pop("path")
    assert stored == fresh


def test_demo_x_archive_section_points_at_the_bundled_archive():
    """Absolute in the live demo (the record step reads it), relative to the file when bundled."""
    from exitplanner.xarchive import demo_archive_path, sha256_file

    section = demo_plan().sections["x_archive"]
    assert section["path"] == str(demo_archive_path().resolve())
    assert section["sha256"] == sha256_file(demo_archive_path())
    assert section["summary"]["account"]["username"] == "VilleneuveSurEx"
    assert section["summary"]["counts"]["posts"] > 0
    stored = load_plan(demo_file()).sections["x_archive"]
    assert stored["path"] == demo_archive_path().name
    assert (demo_file().parent / stored["path"]).resolve() == demo_archive_path().resolve()


def test_demo_plan_is_a_complete_step_one_and_inventory():
    plan = demo_plan()
    authority = plan.authority
    assert authority.kind is AuthorityKind.COMMUNE and authority.tncc == 0 and authority.code == ""
    assert 45000 <= authority.population <= 52000
    assert validation.validate_domain(authority.website) == "villeneuve-sur-exemple.fr"
    assert validation.normalise_french_phone(plan.contact.phone) == plan.contact.phone
    assert validation.validate_email(plan.contact.email)
    assert plan.contact.service and plan.contact.name
    assert plan.head.gender is Gender.FEMININE and plan.head.name and plan.head.title
    assert plan.step_status(StepId.AUTHORITY) is StepStatus.DONE
    assert plan.step_status(StepId.INVENTORY) is StepStatus.IN_PROGRESS
    assert plan.step_status(StepId.PRESS) is StepStatus.NOT_STARTED

    assert 8 <= len(plan.accounts) <= 10
    networks = [account.network for account in plan.accounts]
    assert networks.count(Network.X) >= 2
    assert {Network.FACEBOOK, Network.INSTAGRAM, Network.LINKEDIN, Network.YOUTUBE, Network.BLUESKY,
            Network.MASTODON} <= set(networks)
    assert len({account.id for account in plan.accounts}) == len(plan.accounts)
    for account in plan.accounts:
        assert account.handle and account.url.startswith("https://") and account.purpose
        assert account.followers and account.followers > 0
        assert len(account.last_activity) == 10
        assert account.credentials_holder and account.recovery_owner
        assert account.two_factor is not None
        assert account.verdict is not Verdict.UNDECIDED
        assert validation.validate_handle(account.network, account.handle) is None, account.handle


def test_demo_logo_is_a_png_and_resolves():
    assert demo_plan().authority.logo_path == str(demo_logo())
    assert demo_logo().name == DEMO_LOGO_NAME
    image = QImage(str(demo_logo()))
    assert not image.isNull() and image.width() == image.height() == 256


def test_each_demo_is_a_new_plan():
    first, second = demo_plan(), demo_plan()
    first.accounts[0].handle = "changed"
    first.sections["x_archive"]["summary"]["counts"]["posts"] = -1
    assert second.accounts[0].handle == "VilleneuveSurEx"
    assert second.sections["x_archive"]["summary"]["counts"]["posts"] > 0
