"""The gate the deletion job calls: a verified archive of record of the same account, or no."""

from __future__ import annotations

import shutil

from record_helpers import plan_for

from exitplanner.plan.model import Plan
from exitplanner.record import gate, plan_section, verify


def _recorded(plan, exported, tmp_path, copy=True):
    folder, result = exported
    if copy:
        target = tmp_path / "bag"
        shutil.copytree(folder, target)
        result = type(result)(**{**result.__dict__, "folder": target})
        folder = target
    plan_section.store_export(plan, result)
    assert plan_section.store_verification(plan, verify(folder))
    return folder


def test_verified_record_of_the_same_account_opens_the_gate_with_a_visa_warning(
        exported, small_archive, small_import, tmp_path):
    plan = plan_for(small_archive, small_import)
    _recorded(plan, exported, tmp_path)
    result = gate.check(plan)
    assert result.ok, result.message
    assert "L212-2" in result.warning
    plan_section.set_visa(plan, "2026-11-20", "AD94-2026-118", "")
    result = gate.check(plan)
    assert result.ok and result.warning == ""
    assert gate.check(plan, full=False).ok


def test_no_archive_or_no_record_keeps_the_gate_closed(exported, small_archive, small_import, tmp_path):
    assert not gate.check(Plan()).ok
    plan = plan_for(small_archive, small_import)
    result = gate.check(plan)
    assert not result.ok and result.message


def test_wrong_account_keeps_the_gate_closed(exported, small_archive, small_import, tmp_path):
    plan = plan_for(small_archive, small_import, username="AutreCompte", account_id="999")
    _recorded(plan, exported, tmp_path)
    result = gate.check(plan)
    assert not result.ok
    assert "AutreCompte" in result.message


def test_same_id_new_username_is_still_the_same_account(exported, small_archive, small_import, tmp_path):
    plan = plan_for(small_archive, small_import, username="NouveauNom")
    _recorded(plan, exported, tmp_path)
    assert gate.check(plan).ok


def test_tampered_folder_keeps_the_gate_closed(exported, small_archive, small_import, tmp_path):
    plan = plan_for(small_archive, small_import)
    folder = _recorded(plan, exported, tmp_path)
    next((folder / "data" / "media").rglob("*.*")).write_bytes(b"replaced")
    result = gate.check(plan)
    assert not result.ok
    assert "media" in result.message


def test_same_size_swap_is_caught_by_the_full_check_only(exported, small_archive, small_import, tmp_path):
    plan = plan_for(small_archive, small_import)
    folder = _recorded(plan, exported, tmp_path)
    target = folder / "data" / "posts.json"
    data = bytearray(target.read_bytes())
    data[-3] ^= 1
    target.write_bytes(bytes(data))
    assert not gate.check(plan).ok
    assert gate.check(plan, full=False).ok  # documented limit of the cheap check


def test_missing_folder_or_another_bag_keeps_the_gate_closed(exported, small_archive, small_import, tmp_path):
    plan = plan_for(small_archive, small_import)
    folder = _recorded(plan, exported, tmp_path)
    shutil.rmtree(folder)
    assert not gate.check(plan).ok
    # Another (valid) bag put where the recorded one was: the tag manifest hash differs.
    plan2 = plan_for(small_archive, small_import)
    folder2 = _recorded(plan2, exported, tmp_path / "two")
    plan2.sections["record"]["tagmanifest_sha256"] = "0" * 64
    result = gate.check(plan2)
    assert not result.ok and str(folder2) in result.message


def test_gate_result_has_the_fields_the_cleanup_job_reads():
    result = gate.GateResult(False, "message")
    assert (result.ok, result.message, result.warning) == (False, "message", "")
