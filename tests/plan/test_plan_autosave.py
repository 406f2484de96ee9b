"""Autosave, the recent plans list and default file names."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from exitplanner import paths
from exitplanner.plan import atomic, storage
from exitplanner.plan.autosave import Autosaver, untitled_autosaves
from exitplanner.plan.errors import PlanWriteError
from exitplanner.plan.filenames import safe_file_stem
from exitplanner.plan.model import Authority, Plan
from exitplanner.plan.recent import RecentPlans
from exitplanner.plan.storage import backup_path, default_plan_path, load_plan, save_plan, with_plan_suffix


def test_autosave_writes_only_when_dirty(tmp_path):
    path = tmp_path / "p.exitplan.json"
    plan = Plan(title="one")
    saver = Autosaver(plan, path)
    assert not saver.dirty and saver.save_if_dirty() is None and not path.exists()
    saver.mark_dirty()
    assert saver.dirty
    assert saver.save_if_dirty() == path
    assert not saver.dirty and load_plan(path).title == "one"
    mtime = path.stat().st_mtime_ns
    assert saver.save_if_dirty() is None and path.stat().st_mtime_ns == mtime


def test_untitled_plan_autosaves_in_the_plans_folder_then_moves_to_its_file(tmp_path):
    plan = Plan(title="brouillon", created="2026-03-04T05:06:07+00:00")
    saver = Autosaver(plan)
    saver.mark_dirty()
    written = saver.save_if_dirty()
    assert written == paths.plans_dir() / "autosave-20260304T050607.exitplan"
    assert untitled_autosaves() == [written]
    saver.mark_dirty()
    assert saver.save_if_dirty() == written  # the same file every time
    assert backup_path(written).exists()

    chosen = tmp_path / "Ma ville.exitplan.json"
    save_plan(plan, chosen)
    saver.attach(chosen)
    saver.mark_clean()
    assert not written.exists() and not backup_path(written).exists()
    assert untitled_autosaves() == []
    saver.mark_dirty()
    assert saver.save_if_dirty() == chosen


def test_two_untitled_plans_created_in_the_same_second_do_not_collide():
    first = Autosaver(Plan(title="A", created="2026-03-04T05:06:07+00:00"))
    second = Autosaver(Plan(title="B", created="2026-03-04T05:06:07+00:00"))
    second.plan.title = "B"
    for saver in (first, second):
        saver.mark_dirty()
        saver.save_if_dirty()
    assert first.target() != second.target()
    assert load_plan(first.target()).title == "A" and load_plan(second.target()).title == "B"


def test_discard_untitled_removes_the_autosave():
    saver = Autosaver(Plan())
    saver.mark_dirty()
    written = saver.save_if_dirty()
    saver.discard_untitled()
    assert not written.exists()


def test_failed_autosave_keeps_the_plan_dirty(tmp_path, monkeypatch):
    saver = Autosaver(Plan(), tmp_path / "p.json")
    saver.mark_dirty()

    def full_disk(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write_fully", full_disk)
    with pytest.raises(PlanWriteError):
        saver.save_if_dirty()
    assert saver.dirty
    monkeypatch.undo()
    assert saver.save_if_dirty() == tmp_path / "p.json"
    assert not saver.dirty


def test_edit_during_a_save_keeps_the_plan_dirty(tmp_path, monkeypatch):
    saver = Autosaver(Plan(), tmp_path / "p.json")
    saver.mark_dirty()
    real_save = storage.save_plan

    def save_while_user_types(plan, path):
        real_save(plan, path)
        saver.mark_dirty()

    monkeypatch.setattr(storage, "save_plan", save_while_user_types)
    saver.save_if_dirty()
    assert saver.dirty


def test_autosaver_is_importable_from_storage():
    assert storage.Autosaver is Autosaver
    with pytest.raises(AttributeError):
        _ = storage.NoSuchThing


# ------------------------------------------------------------------------------------- recent list


def touch(path: Path) -> Path:
    path.write_text("{}")
    return path


def test_recent_plans_most_recent_first_existing_only_max_8(tmp_path):
    recent = RecentPlans()
    files = [touch(tmp_path / f"plan{index}.json") for index in range(10)]
    for path in files:
        recent.add(path)
    assert recent.list() == list(reversed(files))[:8]
    recent.add(files[0])
    assert recent.list()[0] == files[0]
    files[9].unlink()
    assert files[9] not in recent.list()
    assert len(recent.list()) == 8  # an older entry comes back into view
    recent.remove(files[0])
    assert files[0] not in recent.list()
    assert recent.file == paths.user_config_dir() / "recent-plans.json"


def test_recent_plans_survive_a_new_instance_and_a_damaged_list(tmp_path):
    path = touch(tmp_path / "p.json")
    RecentPlans().add(path)
    assert RecentPlans().list() == [path]
    RecentPlans().file.write_bytes(b"\x00not json")
    assert RecentPlans().list() == []
    RecentPlans().add(path)
    assert RecentPlans().list() == [path]


def test_recent_plans_store_absolute_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    touch(tmp_path / "rel.json")
    recent = RecentPlans()
    recent.add("rel.json")
    assert recent.list() == [tmp_path / "rel.json"]


# --------------------------------------------------------------------------------------- file names


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Villeneuve-sur-Exemple", "Villeneuve-sur-Exemple"),
        ("L’Haÿ-les-Roses", "L’Haÿ-les-Roses"),
        ("Saint-Denis / Réunion", "Saint-Denis Réunion"),
        ('Ville "A" <B> : C|D?*', "Ville A B C D"),
        ("..\\..\\etc\\passwd", "etc passwd"),
        ("Ville.", "Ville"),
        ("Ville...  ", "Ville"),
        ("CON", "CON_"),
        ("nul.txt", "nul.txt_"),
        ("Com1", "Com1_"),
        ("Console", "Console"),
        ("tab\there\nnewline", "tab here newline"),
        ("", "plan-de-sortie"),
        ("...", "plan-de-sortie"),
        ("/", "plan-de-sortie"),
        ("E\u0301lancourt", "Élancourt"),
    ],
)
def test_safe_file_stem(name, stem):
    assert safe_file_stem(name) == stem


def test_default_plan_path(tmp_path):
    plan = Plan(authority=Authority(name="Le Kremlin-Bicêtre"))
    path = default_plan_path(plan)
    assert path == paths.plans_dir() / "Le Kremlin-Bicêtre.exitplan"
    save_plan(plan, path)
    assert load_plan(path).authority.name == "Le Kremlin-Bicêtre"
    assert default_plan_path(Plan(title="Mon plan")).name == "Mon plan.exitplan"
    assert default_plan_path(Plan()).name == "plan-de-sortie.exitplan"
    long = default_plan_path(Plan(authority=Authority(name="é" * 300)))
    assert len(long.name.encode("utf-8")) < 255
    assert os.sep not in long.name


def test_autosaves_under_the_former_extension_are_still_offered_for_recovery():
    """Plans used to end in ".exitplan.json": an autosave left by that version is not forgotten."""
    old = paths.plans_dir() / "autosave-20250101T000000.exitplan.json"
    save_plan(Plan(title="ancien"), old)
    assert untitled_autosaves() == [old]


def test_a_name_typed_in_the_save_dialog_gets_the_plan_extension_once():
    assert with_plan_suffix(Path("/d/Ma ville")).name == "Ma ville.exitplan"
    assert with_plan_suffix(Path("/d/Ma ville.exitplan")).name == "Ma ville.exitplan"
    assert with_plan_suffix(Path("/d/ancien.exitplan.json")).name == "ancien.exitplan.json"
    assert with_plan_suffix(Path("/d/export.JSON")).name == "export.JSON"
    assert with_plan_suffix(Path("/d/v1.2")).name == "v1.2.exitplan"
