"""Plan files: round trip, damaged and hostile files, backups, failed saves."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from exitplanner.plan import atomic, storage
from exitplanner.plan.codec import FORMAT, from_json_dict, to_json_dict
from exitplanner.plan.errors import (
    PlanCorruptError,
    PlanFromTheFutureError,
    PlanNotFoundError,
    PlanUnreadableError,
    PlanWriteError,
)
from exitplanner.plan.model import (
    SCHEMA_VERSION,
    Account,
    Authority,
    AuthorityKind,
    ElectedHead,
    Gender,
    Network,
    Plan,
    PressContact,
    StepId,
    StepStatus,
    Verdict,
)
from exitplanner.plan.storage import backup_path, load_plan, save_plan


def full_plan() -> Plan:
    """Every field set to a non-default value, with accents, quotes, emoji and non-Latin text."""
    plan = Plan(
        title="Sortie de X — « L’Haÿ-les-Roses » 🐦",
        created="2026-01-02T03:04:05+00:00",
        modified="2026-01-03T03:04:05+00:00",
        authority=Authority(
            kind=AuthorityKind.COMMUNE, code="94038", name="L’Haÿ-les-Roses", tncc=1, population=31645,
            departement="94", postal_codes=["94240"], manual=False, website="mairie-élancourt.fr",
            logo_path="C:\\Users\\Zoé\\logo «ville».png", override_de="de L’Haÿ", override_a="à L’Haÿ",
        ),
        contact=PressContact(service="Direction de la communication", name="Zoé Ñúñez \"ZN\"",
                             phone="01 23 45 67 89", email="presse@ville-exemple.fr"),
        head=ElectedHead(name="Ŝtefan Ødegård", title="Maire", gender=Gender.MASCULINE),
        accounts=[
            Account(id="a1", network=Network.MASTODON, handle="@ville@social.example",
                    url="https://social.example/@ville", purpose="Annonces\nsur deux lignes", followers=0,
                    last_activity="2025-12-31", credentials_holder="Service com’", two_factor=False,
                    recovery_owner="DSI", verdict=Verdict.WATCH, notes="日本語 et عربى"),
            Account(id="a2", network=Network.X, handle="Ville", followers=None, two_factor=None),
        ],
        sections={"x_archive": {"posts": 12, "months": {"2024-01": 3}, "nested": [1, 2.5, None, True]}},
    )
    plan.set_step_status(StepId.AUTHORITY, StepStatus.DONE)
    plan.set_step_status(StepId.PRESS, StepStatus.IN_PROGRESS)
    plan.unknown = {"added_by_a_newer_version": {"keep": ["me"]}}
    return plan


def write_json(path: Path, data) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_round_trip_keeps_every_field(tmp_path):
    plan = full_plan()
    path = tmp_path / "plan.exitplan.json"
    save_plan(plan, path)
    loaded = load_plan(path)
    assert loaded.modified == plan.modified  # save_plan stamped the plan it was given
    assert loaded == plan
    assert loaded.unknown == plan.unknown
    assert isinstance(loaded.steps[StepId.PRESS], StepStatus)
    assert all(isinstance(key, StepId) for key in loaded.steps)
    assert loaded.accounts[0].network is Network.MASTODON


def test_file_layout_is_readable_utf8_json(tmp_path):
    path = tmp_path / "plan.exitplan.json"
    save_plan(full_plan(), path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": "exitplanner-plan",\n  "schema_version": 1,\n')
    assert "L’Haÿ-les-Roses" in text  # not \\u escapes
    data = json.loads(text)
    assert data["steps"]["authority"] == "done"
    assert data["accounts"][0]["verdict"] == "watch"
    assert data["head"]["gender"] == "m"
    assert data["added_by_a_newer_version"] == {"keep": ["me"]}


def test_save_updates_modified_only_on_success(tmp_path, monkeypatch):
    plan = full_plan()
    before = plan.modified
    monkeypatch.setattr(atomic, "_write_fully", _raise(OSError(errno.ENOSPC, "No space left on device")))
    with pytest.raises(PlanWriteError):
        save_plan(plan, tmp_path / "p.json")
    assert plan.modified == before


def test_dict_conversion_does_not_share_state():
    plan = full_plan()
    data = to_json_dict(plan)
    data["sections"]["x_archive"]["posts"] = 99
    assert plan.sections["x_archive"]["posts"] == 12
    again = from_json_dict(data)
    again.sections["x_archive"]["months"]["2024-02"] = 1
    assert "2024-02" not in data["sections"]["x_archive"]["months"]


def test_missing_keys_take_defaults_and_unknown_enum_values_fall_back(tmp_path):
    path = write_json(tmp_path / "old.json", {
        "format": FORMAT, "schema_version": 1,
        "authority": {"kind": "metropole-du-futur", "name": "Exemple", "population": "48000", "code": 75056},
        "head": {"gender": "x"},
        "accounts": [
            {"network": "myspace", "verdict": "burn", "handle": "a"}, {"id": "same"}, {"id": "same"}
        ],
        "steps": {"authority": "done", "teleport": "done", "record": "half-done"},
    })
    plan = load_plan(path)
    assert plan.authority.kind is AuthorityKind.OTHER
    assert plan.authority.population == 48000
    assert plan.authority.code == "75056"
    assert plan.head.gender is Gender.UNSPECIFIED
    assert plan.accounts[0].network is Network.OTHER and plan.accounts[0].verdict is Verdict.UNDECIDED
    assert len({account.id for account in plan.accounts}) == 3  # ids repaired, rows stay editable
    assert plan.steps[StepId.AUTHORITY] is StepStatus.DONE
    assert plan.steps[StepId.RECORD] is StepStatus.NOT_STARTED
    assert set(plan.steps) == set(StepId)
    assert plan.created  # default timestamp
    assert plan.contact == PressContact()


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"", PlanCorruptError),
        (b"   \n", PlanCorruptError),
        (b'{"format": "exitplanner-plan", "schema_version": 1, "title": "cut', PlanCorruptError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), PlanCorruptError),
        (b"[1, 2, 3]", PlanCorruptError),
        (b'{"some": "other json"}', PlanCorruptError),
        (b'{"format": "exitplanner-plan", "schema_version": "1"}', PlanCorruptError),
        (b'{"format": "exitplanner-plan", "schema_version": 1, "accounts": {"a": 1}}', PlanCorruptError),
        (b'{"format": "exitplanner-plan", "schema_version": 1, "accounts": [{"followers": "many"}]}',
         PlanCorruptError),
        (b'{"format": "exitplanner-plan", "schema_version": 1, "authority": {"postal_codes": "94240"}}',
         PlanCorruptError),
        (b'{"format": "exitplanner-plan", "schema_version": 1, "accounts": [{"two_factor": "yes"}]}',
         PlanCorruptError),
        (b'{"format": "exitplanner-plan", "schema_version": 1, "sections": [1]}', PlanCorruptError),
        (b'{"format": "exitplanner-plan", "schema_version": 1, "title": NaN}', PlanCorruptError),
        (b'{"format": "exitplanner-plan", "schema_version": 1, "sections": ' + b"[" * 100_000 + b"]" * 100_000
         + b"}", PlanCorruptError),
        (b'{"format": "exitplanner-plan", "schema_version": 2}', PlanFromTheFutureError),
        (b'{"format": "exitplanner-plan", "schema_version": 999, "title": 5}', PlanFromTheFutureError),
    ],
    ids=["empty", "blank", "truncated", "binary", "array", "other-json", "version-text", "accounts-object",
         "followers-text", "postal-codes-text", "two-factor-text", "sections-list", "nan", "deep-nesting",
         "future", "far-future"],
)
def test_bad_files_raise_typed_errors_and_stay_untouched(tmp_path, content, kind):
    path = tmp_path / "bad.exitplan.json"
    path.write_bytes(content)
    backup = backup_path(path)
    backup.write_bytes(b"previous version")
    with pytest.raises(kind) as caught:
        load_plan(path)
    assert str(path) in str(caught.value)
    assert str(caught.value).endswith(f"A backup copy exists: {backup}")
    assert path.read_bytes() == content
    assert backup.read_bytes() == b"previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.exitplan.json", "bad.exitplan.json.bak"]


def test_damaged_plan_message_points_to_the_backup(tmp_path):
    path = tmp_path / "plan.exitplan.json"
    save_plan(full_plan(), path)
    save_plan(full_plan(), path)
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(PlanCorruptError) as caught:
        load_plan(path)
    assert f"A backup copy exists: {backup_path(path)}" in str(caught.value)
    assert caught.value.backup == backup_path(path)
    assert load_plan(backup_path(path)).title == full_plan().title  # the backup opens like any plan


def test_future_version_message_names_both_versions(tmp_path):
    path = write_json(tmp_path / "f.json", {"format": FORMAT, "schema_version": SCHEMA_VERSION + 3})
    with pytest.raises(PlanFromTheFutureError) as caught:
        load_plan(path)
    assert str(SCHEMA_VERSION + 3) in str(caught.value) and "newer version" in str(caught.value)


def test_future_version_file_is_never_overwritten(tmp_path):
    path = write_json(tmp_path / "f.json", {"format": FORMAT, "schema_version": SCHEMA_VERSION + 1, "x": 1})
    before = path.read_bytes()
    with pytest.raises(PlanFromTheFutureError):
        save_plan(full_plan(), path)
    assert path.read_bytes() == before
    assert not backup_path(path).exists()


def test_missing_file(tmp_path):
    with pytest.raises(PlanNotFoundError) as caught:
        load_plan(tmp_path / "nowhere.exitplan.json")
    assert caught.value.backup is None


def test_missing_file_mentions_a_surviving_backup(tmp_path):
    path = tmp_path / "p.json"
    backup_path(path).write_text("{}")
    with pytest.raises(PlanNotFoundError) as caught:
        load_plan(path)
    assert "A backup copy exists" in str(caught.value)


def test_folder_instead_of_file(tmp_path):
    folder = tmp_path / "plan.exitplan.json"
    folder.mkdir()
    with pytest.raises(PlanUnreadableError):
        load_plan(folder)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "plan.exitplan.json"
    os.mkfifo(fifo)
    with pytest.raises(PlanCorruptError):
        load_plan(fifo)
    save_plan(full_plan(), fifo)  # "Save as" over it replaces it with a plan, without blocking
    assert load_plan(fifo).title == full_plan().title


def test_saving_over_a_folder_is_a_write_error(tmp_path):
    folder = tmp_path / "plan.exitplan.json"
    folder.mkdir()
    with pytest.raises(PlanWriteError):
        save_plan(full_plan(), folder)
    assert folder.is_dir()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_real(tmp_path):
    path = tmp_path / "p.json"
    save_plan(full_plan(), path)
    path.chmod(0)
    try:
        with pytest.raises(PlanUnreadableError):
            load_plan(path)
    finally:
        path.chmod(0o600)


def test_permission_denied_and_io_errors(tmp_path, monkeypatch):
    # Works as root too: the operating system's refusal is simulated at the open() call.
    path = tmp_path / "p.json"
    save_plan(full_plan(), path)
    real_open = open

    def refusing_open(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_open)
    with pytest.raises(PlanUnreadableError) as caught:
        load_plan(path)
    assert "permission" in str(caught.value)

    def failing_open(file, *args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr("builtins.open", failing_open)
    with pytest.raises(PlanUnreadableError) as caught:
        load_plan(path)
    assert caught.value.detail == "EIO"


def test_too_large_file_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    monkeypatch.setattr(storage, "MAX_PLAN_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_bytes(b'{"format": "exitplanner-plan", "schema_version": 1, "title": "' + b"a" * 2000 + b'"}')
    with pytest.raises(PlanCorruptError):
        load_plan(path)


def test_bom_is_tolerated(tmp_path):
    path = tmp_path / "bom.json"
    data = {"format": FORMAT, "schema_version": 1, "title": "é"}
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode())
    assert load_plan(path).title == "é"


# ---------------------------------------------------------------------------------------- backups


def test_each_save_keeps_the_previous_version_as_bak(tmp_path):
    path = tmp_path / "p.exitplan.json"
    plan = full_plan()
    save_plan(plan, path)
    assert not backup_path(path).exists()
    first = path.read_bytes()
    plan.title = "second"
    save_plan(plan, path)
    assert backup_path(path).read_bytes() == first
    second = path.read_bytes()
    plan.title = "third"
    save_plan(plan, path)
    assert backup_path(path).read_bytes() == second
    assert load_plan(path).title == "third"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.exitplan.json", "p.exitplan.json.bak"]


def test_backup_falls_back_to_a_copy_without_hard_links(tmp_path, monkeypatch):
    path = tmp_path / "p.json"
    save_plan(full_plan(), path)
    first = path.read_bytes()
    monkeypatch.setattr(os, "link", _raise(OSError(errno.EPERM, "Operation not permitted")))
    plan = full_plan()
    plan.title = "second"
    save_plan(plan, path)
    assert backup_path(path).read_bytes() == first
    assert load_plan(path).title == "second"


def test_saving_over_a_damaged_file_keeps_it_aside_and_spares_the_backup(tmp_path):
    path = tmp_path / "p.json"
    save_plan(full_plan(), path)
    save_plan(full_plan(), path)
    good_backup = backup_path(path).read_bytes()
    path.write_bytes(b'{"format": "exitplanner-plan", "sch')
    save_plan(full_plan(), path)
    assert backup_path(path).read_bytes() == good_backup
    assert (tmp_path / "p.json.damaged").read_bytes() == b'{"format": "exitplanner-plan", "sch'
    assert load_plan(path).title == full_plan().title


def test_permissions_of_the_existing_file_are_kept(tmp_path):
    path = tmp_path / "p.json"
    save_plan(full_plan(), path)
    path.chmod(0o640)
    save_plan(full_plan(), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_saving_through_a_symlink_replaces_the_target(tmp_path):
    real = tmp_path / "real.json"
    save_plan(full_plan(), real)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    before = real.read_bytes()
    plan = full_plan()
    plan.title = "via link"
    save_plan(plan, link)
    assert link.is_symlink()
    assert load_plan(real).title == "via link"
    assert backup_path(real).read_bytes() == before and not backup_path(real).is_symlink()
    assert not backup_path(link).exists()


# ----------------------------------------------------------------------------------- failed saves


def _raise(exc):
    def fail(*args, **kwargs):
        raise exc

    return fail


@pytest.mark.parametrize(
    ("target", "exc", "words"),
    [
        ("_write_fully", OSError(errno.ENOSPC, "No space left on device"), "disk space"),
        ("fsync", OSError(errno.ENOSPC, "No space left on device"), "disk space"),
        ("replace", PermissionError(errno.EACCES, "Permission denied"), "read-only"),
        ("replace", OSError(errno.EROFS, "Read-only file system"), "read-only"),
        ("replace", OSError(errno.EIO, "Input/output error"), "EIO"),
    ],
)
def test_failed_save_leaves_old_file_and_backup_intact(tmp_path, monkeypatch, target, exc, words):
    path = tmp_path / "p.exitplan.json"
    plan = full_plan()
    save_plan(plan, path)
    plan.title = "v2"
    save_plan(plan, path)
    before, backup_before = path.read_bytes(), backup_path(path).read_bytes()
    owner = atomic if target == "_write_fully" else os
    monkeypatch.setattr(owner, target, _raise(exc))
    plan.title = "v3"
    with pytest.raises(PlanWriteError) as caught:
        save_plan(plan, path)
    monkeypatch.undo()
    assert words in str(caught.value)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before
    assert load_plan(path).title == "v2"
    # The backup is either untouched or refreshed with the (identical) current file: never lost.
    assert backup_path(path).read_bytes() in (backup_before, before)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.exitplan.json", "p.exitplan.json.bak"]


def test_read_only_folder_for_a_new_file(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "open", _raise(PermissionError(errno.EACCES, "Permission denied")))
    with pytest.raises(PlanWriteError) as caught:
        save_plan(full_plan(), tmp_path / "new.json")
    monkeypatch.undo()
    assert "read-only" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder(tmp_path):
    with pytest.raises(PlanWriteError):
        save_plan(full_plan(), tmp_path / "gone" / "p.json")


def test_non_json_section_is_a_write_error_not_a_crash(tmp_path):
    plan = full_plan()
    plan.sections["oops"] = {"path": Path("/x")}
    with pytest.raises(PlanWriteError):
        save_plan(plan, tmp_path / "p.json")
    assert list(tmp_path.iterdir()) == []


def test_stale_temp_files_of_an_interrupted_save_are_cleaned(tmp_path):
    path = tmp_path / "p.json"
    stale = tmp_path / ".p.json.0123456789ab.tmp"
    stale.write_text("half")
    os.utime(stale, (1, 1))
    fresh = tmp_path / ".p.json.ba9876543210.tmp"  # maybe another save in progress: left alone
    fresh.write_text("half")
    save_plan(full_plan(), path)
    assert not stale.exists() and fresh.exists()


def test_windows_replace_is_retried_while_another_program_holds_the_file(tmp_path, monkeypatch):
    source, destination = tmp_path / "new", tmp_path / "old"
    source.write_text("new")
    destination.write_text("old")
    real_replace, failures = os.replace, [PermissionError(errno.EACCES, "in use")] * 2

    def busy_replace(a, b):
        if failures:
            raise failures.pop()
        real_replace(a, b)

    monkeypatch.setattr(os, "replace", busy_replace)
    monkeypatch.setattr(atomic.time, "sleep", lambda seconds: None)
    monkeypatch.setattr(os, "name", "nt")
    atomic._replace(source, destination)
    monkeypatch.undo()
    assert destination.read_text() == "new"


def test_recovering_from_the_backup_loses_nothing(tmp_path):
    """The flow the GUI offers: open the backup, save it over the damaged plan."""
    path = tmp_path / "p.json"
    plan = full_plan()
    save_plan(plan, path)
    plan.title = "last good"
    save_plan(plan, path)
    path.write_bytes(b"\x00" * 64)  # damaged by something else
    with pytest.raises(PlanCorruptError) as caught:
        load_plan(path)
    recovered = load_plan(caught.value.backup)
    save_plan(recovered, path)
    assert load_plan(path).title == full_plan().title
    assert load_plan(backup_path(path)).title == full_plan().title  # the backup was not overwritten
    assert (tmp_path / "p.json.damaged").read_bytes() == b"\x00" * 64
