"""The archive of record on disk: BagIt layout, original byte copy, media, failure modes."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from exitplanner.progress import Cancelled, Progress
from exitplanner.record import (
    DiskFullError,
    ReadOnlyError,
    RecordError,
    TargetExistsError,
    bagit,
    export_record,
    verify,
)
from exitplanner.record import export as export_module
from exitplanner.record.export import PARTIAL_MARKER


def _siblings(target: Path) -> list[str]:
    return sorted(p.name for p in target.parent.iterdir() if p.name.startswith(f".{target.name}.partial"))


def test_layout_is_bagit_and_verifies(exported, small_archive, small_import):
    folder, result = exported
    names = {p.name for p in folder.iterdir()}
    assert names == {"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt", "data"}
    assert (folder / "bagit.txt").read_text() == "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    info = bagit.parse_bag_info((folder / "bag-info.txt").read_text(encoding="utf-8"))
    assert info["Source-Organization"] == ["Commune de Villeneuve-sur-Exemple"]
    assert info["X-Account-Username"] == [small_import.account.username]
    assert info["X-Account-Id"] == [small_import.account.account_id]
    assert len(info["Bagging-Date"][0]) == 10
    assert info["X-First-Post"][0].startswith(result.first_post[:10])
    payload = [p for p in (folder / "data").rglob("*") if p.is_file()]
    assert info["Payload-Oxum"] == [f"{sum(p.stat().st_size for p in payload)}.{len(payload)}"]
    assert "External-Description" in info and "Bag-Size" in info
    tag_manifest = (folder / "tagmanifest-sha256.txt").read_bytes()
    assert hashlib.sha256(tag_manifest).hexdigest() == result.tagmanifest_sha256
    assert {line.split()[1] for line in tag_manifest.decode().splitlines()} == {
        "bagit.txt", "bag-info.txt", "manifest-sha256.txt"}
    report = verify(folder)
    assert report.ok, report.problems()
    assert report.files_checked == len(payload) + 3
    assert not _siblings(folder)


def test_original_zip_is_a_byte_copy_with_its_sha256(exported, small_archive):
    folder, result = exported
    copy = folder / "data" / "original" / small_archive.name
    assert copy.read_bytes() == small_archive.read_bytes()
    digest = hashlib.sha256(small_archive.read_bytes()).hexdigest()
    assert result.original_sha256 == digest
    assert f"{digest}  data/original/{small_archive.name}" in (folder / "manifest-sha256.txt").read_text()
    assert digest in (folder / "data" / "note-accompagnement.txt").read_text(encoding="utf-8")


def test_media_are_the_zip_members_and_nothing_else(exported, small_archive, small_import):
    folder, _result = exported
    media_dir = folder / "data" / "media"
    written = {p.relative_to(media_dir).as_posix(): p.read_bytes()
               for p in media_dir.rglob("*") if p.is_file()}
    assert len(written) == len(small_import.media) > 0
    with zipfile.ZipFile(small_archive) as archive:
        for item in small_import.media:
            assert written[item.path.replace("data/", "", 1)] == archive.read(item.path)
    # Nothing of the zip other than media was extracted: no .js data file of X's anywhere in the
    # bag (the only .js files are the HTML copy's own search data, one per year).
    scripts = [p.relative_to(folder / "data").as_posix() for p in (folder / "data").rglob("*.js")]
    assert scripts and all(re.fullmatch(r"html/recherche/\d{4}\.js", s) for s in scripts), scripts


def test_posts_json_holds_every_post(exported, small_import):
    folder, _result = exported
    data = json.loads((folder / "data" / "posts.json").read_text(encoding="utf-8"))
    total = len(small_import.posts) + len(small_import.deleted_posts) + len(small_import.community_posts)
    assert data["count"] == len(data["posts"]) == total
    assert data["account"]["username"] == small_import.account.username
    by_id = {p["id"]: p for p in data["posts"]}
    for post in small_import.posts:
        assert by_id[str(post.id)]["text"] == post.text
    created = [p["created_at"] for p in data["posts"]]
    assert created == sorted(created)


@pytest.mark.parametrize("change", ["edit", "delete", "add", "edit-tag", "delete-tag", "add-top"])
def test_tampering_is_detected(bag_copy, change):
    csv_file = bag_copy / "data" / "posts.csv"
    if change == "edit":
        data = bytearray(csv_file.read_bytes())
        data[-5] ^= 1  # one bit, same size
        csv_file.write_bytes(bytes(data))
        expected = ("altered", "data/posts.csv")
    elif change == "delete":
        next((bag_copy / "data" / "media").rglob("*.*")).unlink()
        expected = ("missing", None)
    elif change == "add":
        (bag_copy / "data" / "html" / "extra.html").write_text("<p>ajout</p>")
        expected = ("added", "data/html/extra.html")
    elif change == "edit-tag":
        info = bag_copy / "bag-info.txt"
        text = info.read_text(encoding="utf-8")
        info.write_text(text.replace("Villeneuve", "Autreville"), encoding="utf-8")
        expected = ("altered", "bag-info.txt")
    elif change == "delete-tag":
        (bag_copy / "manifest-sha256.txt").unlink()
        expected = ("missing", "manifest-sha256.txt")
    else:
        (bag_copy / "notes.txt").write_text("ajout")
        expected = ("added", "notes.txt")
    report = verify(bag_copy)
    assert not report.ok
    kind, path = expected
    listed = getattr(report, kind)
    assert listed and (path is None or path in listed)
    assert report.problems()


def test_quick_verification_sees_a_changed_size_without_hashing(bag_copy):
    with open(bag_copy / "data" / "posts.json", "ab") as handle:
        handle.write(b" ")
    report = verify(bag_copy, payload=False)
    assert not report.ok
    tag_files = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
    tags = sum((bag_copy / name).stat().st_size for name in tag_files)
    assert report.bytes_checked == tags  # only the tag files were read


def test_manifest_paths_outside_the_folder_are_refused_not_opened(bag_copy, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("x")
    manifest = bag_copy / "manifest-sha256.txt"
    manifest.write_text(manifest.read_text() + "0" * 64 + "  data/../../secret.txt\n")
    report = verify(bag_copy)
    assert not report.ok
    assert any("secret" in line for line in report.errors)


def test_cancel_midway_leaves_no_folder_and_no_temp(small_archive, small_import, tmp_path):
    target = tmp_path / "out"
    calls = []

    def callback(done, total, message):
        calls.append(message)
        if len(calls) == 40:
            progress.cancel()

    progress = Progress(callback)
    with pytest.raises(Cancelled):
        export_record(small_archive, target, progress, imported=small_import)
    assert len(calls) >= 40
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_exception_midway_leaves_no_folder_and_no_temp(small_archive, small_import, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(export_module, "write_json", broken)
    with pytest.raises(RuntimeError):
        export_record(small_archive, tmp_path / "out", imported=small_import)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["write_json", "rename", "marker"])
def test_a_killed_export_never_leaves_a_folder_that_verifies(small_archive, small_import, tmp_path,
                                                              monkeypatch, where):
    """No clean-up at all (the process died): whatever is left must not verify."""
    monkeypatch.setattr(export_module.shutil, "rmtree", lambda *a, **k: None)

    def die(*args, **kwargs):
        raise SystemExit("killed")

    if where == "write_json":
        monkeypatch.setattr(export_module, "write_json", die)
    elif where == "rename":
        monkeypatch.setattr(export_module.os, "rename", die)
    else:
        original = Path.unlink

        def unlink(self, *args, **kwargs):
            if self.name == PARTIAL_MARKER:
                raise SystemExit("killed")
            return original(self, *args, **kwargs)

        monkeypatch.setattr(Path, "unlink", unlink)
    with pytest.raises(SystemExit):
        export_record(small_archive, tmp_path / "out", imported=small_import)
    left = list(tmp_path.iterdir())
    assert left
    for folder in left:
        if (folder / "bagit.txt").exists():
            assert not verify(folder).ok


def test_stale_partial_folders_are_removed_by_the_next_export(small_archive, small_import, tmp_path):
    stale = tmp_path / ".out.partial-deadbeef"
    stale.mkdir()
    (stale / PARTIAL_MARKER).write_text("x")
    unrelated = tmp_path / ".out.partial-keep"
    unrelated.mkdir()  # no marker: not ours, kept
    export_record(small_archive, tmp_path / "out", imported=small_import)
    assert not stale.exists()
    assert unrelated.exists()
    assert verify(tmp_path / "out").ok


def test_disk_full_gives_a_typed_error_and_removes_the_partial_copy(small_archive, small_import, tmp_path,
                                                                     monkeypatch):
    original_write = bagit.HashingWriter.write
    written = {"bytes": 0}

    def write(self, data):
        written["bytes"] += len(data)
        if written["bytes"] > 200_000:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return original_write(self, data)

    monkeypatch.setattr(bagit.HashingWriter, "write", write)
    with pytest.raises(DiskFullError) as caught:
        export_record(small_archive, tmp_path / "out", imported=small_import)
    assert str(tmp_path) in str(caught.value)
    assert "Traceback" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("code", [errno.EACCES, errno.EROFS])
def test_read_only_folder_gives_a_typed_error(small_archive, small_import, tmp_path, monkeypatch, code):
    original_mkdir = Path.mkdir

    def mkdir(self, *args, **kwargs):
        if ".partial-" in self.name:
            raise OSError(code, os.strerror(code), str(self))
        return original_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    with pytest.raises(ReadOnlyError):
        export_record(small_archive, tmp_path / "out", imported=small_import)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores folder permissions")
def test_really_read_only_folder(small_archive, small_import, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(ReadOnlyError):
            export_record(small_archive, locked / "out", imported=small_import)
    finally:
        locked.chmod(0o700)


def test_name_clash_is_refused_and_nothing_is_touched(small_archive, small_import, tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    (target / "important.odt").write_bytes(b"keep me")
    with pytest.raises(TargetExistsError) as caught:
        export_record(small_archive, target, imported=small_import)
    assert isinstance(caught.value, RecordError)
    assert (target / "important.odt").read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    (tmp_path / "file").write_text("x")
    with pytest.raises(TargetExistsError):
        export_record(small_archive, tmp_path / "file", imported=small_import)


def test_an_empty_existing_folder_is_accepted(small_archive, small_import, tmp_path):
    target = tmp_path / "chosen"
    target.mkdir()
    export_record(small_archive, target, imported=small_import)
    assert verify(target).ok


def test_a_changed_zip_is_refused(small_archive, small_import, tmp_path):
    from exitplanner.record import SourceChangedError

    with pytest.raises(SourceChangedError):
        export_record(small_archive, tmp_path / "out", imported=small_import, expected_sha256="0" * 64)
    assert list(tmp_path.iterdir()) == []


def test_export_imports_the_archive_itself_and_reports_progress(small_archive, tmp_path):
    seen = []
    result = export_record(small_archive, tmp_path / "out", Progress(lambda d, t, m: seen.append((d, t, m))))
    assert result.posts > 0
    assert seen[-1][0] == seen[-1][1]
    messages = {m for _d, _t, m in seen}
    assert any("HTML" in m for m in messages)
    totals = [(d, t) for d, t, _m in seen if t]
    assert all(d <= t for d, t in totals)
    shutil.rmtree(tmp_path / "out")


def test_desktop_metadata_files_do_not_break_the_verification(bag_copy):
    (bag_copy / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (bag_copy / "data" / "html" / "Thumbs.db").write_bytes(b"x")
    assert verify(bag_copy).ok
    (bag_copy / "data" / "html" / "Thumbs.db.txt").write_bytes(b"x")
    assert verify(bag_copy).added == ["data/html/Thumbs.db.txt"]


def test_empty_legacy_and_extracted_archives(tmp_path):
    from exitplanner.xarchive import generate_archive

    empty = generate_archive(tmp_path / "empty.zip", posts=0).path
    assert export_record(empty, tmp_path / "out-empty").posts == 0
    assert verify(tmp_path / "out-empty").ok
    legacy = generate_archive(tmp_path / "legacy.zip", posts=30, layout="legacy", media=4).path
    result = export_record(legacy, tmp_path / "out-legacy")
    assert result.media_files == 4 and (tmp_path / "out-legacy" / "data" / "media" / "tweet_media").is_dir()
    with zipfile.ZipFile(legacy) as archive:
        archive.extractall(tmp_path / "extracted")
    result = export_record(tmp_path / "extracted", tmp_path / "out-folder")
    assert result.original_sha256 == ""  # a folder has no single checksum: each file is in the manifest
    copied = tmp_path / "out-folder" / "data" / "original" / "extracted"
    assert (copied / "account.js").read_bytes() == (tmp_path / "extracted" / "account.js").read_bytes()
    assert verify(tmp_path / "out-folder").ok


def test_other_os_errors_are_explained_in_the_users_words(tmp_path):
    """A folder removed during the build: a translated phrase, not the C library's English."""
    from exitplanner.record.errors import WriteError, from_os_error

    error = from_os_error(FileNotFoundError(errno.ENOENT, "No such file or directory"), tmp_path)
    assert isinstance(error, WriteError)
    assert "does not exist" in str(error) and "No such file" not in str(error)
