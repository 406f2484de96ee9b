"""A corpus of hostile and broken archives, generated at run time in tmp_path (nothing committed).

Each case must end in the right typed error (with a message for people) or a graceful result,
never a crash, a hang, or a write anywhere: ``open`` is guarded so that any write during the import
fails the test, and no file appears in the test folder.
"""

from __future__ import annotations

import builtins
import io
import json
import os
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from xarchive_builders import ACCOUNT, manifest, minimal, tweet, write_zip, ytd

from exitplanner.xarchive import generate_archive, import_archive
from exitplanner.xarchive.errors import (
    ArchiveNotFoundError,
    ArchiveTooLargeError,
    EncryptedArchiveError,
    InvalidEncodingError,
    InvalidJsonError,
    InvalidValueError,
    MissingAccountError,
    MultipleAccountsError,
    NotAnArchiveError,
    UnsafeArchiveError,
    WrongPrefixError,
    XArchiveError,
)
from exitplanner.xarchive.source import Limits


def patch_headers(
    path: Path, name: str, *, flags_or: int = 0, size: int | None = None, compressed: int | None = None
) -> Path:
    """Rewrite fields of one member's local and central headers (what a forger would do)."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    for signature, flag_at, comp_at, size_at, name_len_at, name_at in (
        (b"PK\x03\x04", 6, 18, 22, 26, 30),
        (b"PK\x01\x02", 8, 20, 24, 28, 46),
    ):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            (length,) = struct.unpack_from("<H", data, start + name_len_at)
            if bytes(data[start + name_at : start + name_at + length]) == encoded:
                (flags,) = struct.unpack_from("<H", data, start + flag_at)
                struct.pack_into("<H", data, start + flag_at, flags | flags_or)
                if size is not None:
                    struct.pack_into("<I", data, start + size_at, size)
                if compressed is not None:
                    struct.pack_into("<I", data, start + comp_at, compressed)
            start += 4
    path.write_bytes(bytes(data))
    return path


def base(tmp: Path, **changes: bytes | str) -> Path:
    members: dict[str, bytes | str] = dict(minimal())
    members.update(changes)
    return write_zip(tmp / "case.zip", members)


def _symlink(tmp: Path) -> Path:
    path = tmp / "case.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in minimal().items():
            archive.writestr(name, data)
        link = zipfile.ZipInfo("data/tweets_media/1-evil.jpg")
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "../../../../etc/passwd")
    return path


def _duplicate(tmp: Path) -> Path:
    path = tmp / "case.zip"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in minimal().items():
                archive.writestr(name, data)
            archive.writestr("data/tweets.js", ytd("tweets", [tweet(666)]))
    return path


def _bomb(tmp: Path) -> Path:
    # 40 MB of whitespace inside the array: compresses ~1000:1.
    payload = b"window.YTD.tweets.part0 = [" + b" " * (40 << 20) + b"]"
    return base(tmp, **{"data/tweets.js": payload})


def _truncated(tmp: Path) -> Path:
    made = generate_archive(tmp / "full.zip", 50, seed=1)
    data = made.path.read_bytes()
    made.path.unlink()
    path = tmp / "case.zip"
    path.write_bytes(data[: len(data) // 2])
    return path


def _corrupt_stored(tmp: Path) -> Path:
    path = tmp / "case.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in minimal().items():
            archive.writestr(name, data)
    data = bytearray(path.read_bytes())
    where = data.find(b'"full_text"')
    data[where + 20 : where + 24] = b"XXXX"
    path.write_bytes(bytes(data))
    return path


def _too_many_entries(tmp: Path) -> Path:
    members: dict[str, bytes | str] = dict(minimal())
    members.update({f"data/tweets_media/{i}-x.jpg": b"x" for i in range(40)})
    return write_zip(tmp / "case.zip", members)


def _two_archives(tmp: Path) -> Path:
    members = {**minimal(prefix="a/data/"), **minimal(prefix="b/data/")}
    return write_zip(tmp / "case.zip", members)


def _folder_with_symlink(tmp: Path) -> Path:
    folder = tmp / "extracted"
    for name, data in minimal().items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())
    os.symlink("/etc/passwd", folder / "data" / "profile.js")
    return folder


GRACEFUL = "graceful"
Case = tuple[str, Callable[[Path], Path], object, Limits | None]

CASES: list[Case] = [
    (
        "not-a-zip",
        lambda t: (t / "case.zip").write_bytes(b"MZ\x90\x00 not a zip" * 50) and t / "case.zip",
        NotAnArchiveError,
        None,
    ),
    ("empty-file", lambda t: (t / "case.zip").write_bytes(b"") or t / "case.zip", NotAnArchiveError, None),
    ("missing-path", lambda t: t / "nowhere.zip", ArchiveNotFoundError, None),
    ("truncated-download", _truncated, NotAnArchiveError, None),
    ("corrupt-data-crc", _corrupt_stored, NotAnArchiveError, None),
    ("empty-zip", lambda t: write_zip(t / "case.zip", {}), NotAnArchiveError, None),
    ("traversal-dotdot", lambda t: base(t, **{"../../evil.js": "x"}), UnsafeArchiveError, None),
    (
        "traversal-inner",
        lambda t: base(t, **{"data/tweets_media/../../../evil": "x"}),
        UnsafeArchiveError,
        None,
    ),
    ("absolute-name", lambda t: base(t, **{"/etc/cron.d/evil": "x"}), UnsafeArchiveError, None),
    ("backslash-name", lambda t: base(t, **{"data\\..\\..\\evil.js": "x"}), UnsafeArchiveError, None),
    ("drive-letter", lambda t: base(t, **{"C:/Windows/evil.dll": "x"}), UnsafeArchiveError, None),
    # zipfile cuts names at NUL when reading: "data/a" is harmless.
    ("nul-in-name", lambda t: base(t, **{"data/a\x00.js": "x"}), GRACEFUL, None),
    ("symlink-entry", _symlink, UnsafeArchiveError, None),
    ("duplicate-entry", _duplicate, UnsafeArchiveError, None),
    ("zip-bomb-ratio", _bomb, ArchiveTooLargeError, None),
    (
        "absolute-cap",
        lambda t: base(t, **{"data/tweets.js": ytd("tweets", [tweet(i) for i in range(3000)])}),
        ArchiveTooLargeError,
        Limits(max_member_bytes=200_000),
    ),
    (
        "absurd-declared-size",
        lambda t: patch_headers(base(t), "data/tweets.js", size=0xFFFFFFF0),
        ArchiveTooLargeError,
        Limits(max_media_bytes=1 << 30),
    ),
    (
        "absurd-compressed-size",
        lambda t: patch_headers(base(t), "data/tweets.js", compressed=0x7FFFFFF0),
        (ArchiveTooLargeError, NotAnArchiveError),
        None,
    ),
    (
        "lying-small-size",
        lambda t: patch_headers(base(t), "data/tweets.js", size=10),
        NotAnArchiveError,
        None,
    ),
    ("too-many-entries", _too_many_entries, ArchiveTooLargeError, Limits(max_entries=20)),
    (
        "encrypted-entry",
        lambda t: patch_headers(base(t), "data/tweets.js", flags_or=1),
        EncryptedArchiveError,
        None,
    ),
    (
        "wrong-prefix-type",
        lambda t: base(t, **{"data/tweets.js": ytd("like", [tweet(1)])}),
        WrongPrefixError,
        None,
    ),
    (
        "wrong-prefix-part",
        lambda t: base(t, **{"data/tweets.js": ytd("tweets", [tweet(1)], part=3)}),
        WrongPrefixError,
        None,
    ),
    ("no-prefix", lambda t: base(t, **{"data/tweets.js": json.dumps([tweet(1)])}), WrongPrefixError, None),
    (
        "invalid-json",
        lambda t: base(t, **{"data/tweets.js": b'window.YTD.tweets.part0 = [ {"tweet": '}),
        InvalidJsonError,
        None,
    ),
    (
        "object-not-array",
        lambda t: base(t, **{"data/tweets.js": b'window.YTD.tweets.part0 = {"a": 1}'}),
        InvalidJsonError,
        None,
    ),
    (
        "deep-nesting",
        lambda t: base(
            t, **{"data/tweets.js": b"window.YTD.tweets.part0 = " + b"[" * 200_000 + b"]" * 200_000}
        ),
        InvalidJsonError,
        None,
    ),
    (
        "deep-nesting-untyped",
        lambda t: base(
            t, **{"data/account.js": b"window.YTD.account.part0 = " + b"[" * 200_000 + b"]" * 200_000}
        ),
        InvalidJsonError,
        None,
    ),
    (
        "wrong-field-type",
        lambda t: base(t, **{"data/tweets.js": ytd("tweets", [tweet(1, entities=[1, 2])])}),
        InvalidValueError,
        None,
    ),
    (
        "invalid-utf8-in-skipped-field",
        lambda t: base(
            t,
            **{
                "data/tweets.js": ytd("tweets", [tweet(1, source="Twitter Web App")]).replace(
                    b"Web App", b"W\xffb App"
                )
            },
        ),
        InvalidEncodingError,
        None,
    ),
    (
        "invalid-utf8",
        lambda t: base(
            t,
            **{
                "data/tweets.js": ytd("tweets", [tweet(1, text="caf\u00e9")]).replace(
                    "caf\u00e9".encode(), b"caf\xe9"
                )
            },
        ),
        InvalidEncodingError,
        None,
    ),
    (
        "lone-surrogate",
        lambda t: base(
            t, **{"data/tweets.js": ytd("tweets", [tweet(1)]).replace(b"Bonjour", b"\xed\xa0\x80")}
        ),
        InvalidEncodingError,
        None,
    ),
    (
        "invalid-manifest",
        lambda t: base(t, **{"data/manifest.js": b"window.__THAR_CONFIG = {oops"}),
        InvalidJsonError,
        None,
    ),
    (
        "manifest-wrong-prefix",
        lambda t: base(t, **{"data/manifest.js": b"var config = {}"}),
        WrongPrefixError,
        None,
    ),
    (
        "manifest-traversal",
        lambda t: base(
            t,
            **{
                "data/manifest.js": manifest(
                    {
                        "account": [("data/account.js", "YTD.account.part0", 1)],
                        "tweets": [("../../etc/passwd", "YTD.tweets.part0", 1)],
                    }
                )
            },
        ),
        UnsafeArchiveError,
        None,
    ),
    (
        "missing-account",
        lambda t: write_zip(t / "case.zip", {"data/tweets.js": ytd("tweets", [tweet(1)])}),
        MissingAccountError,
        None,
    ),
    (
        "missing-account-with-manifest",
        lambda t: write_zip(
            t / "case.zip", {k: v for k, v in minimal().items() if not k.endswith("account.js")}
        ),
        MissingAccountError,
        None,
    ),
    (
        "two-accounts-in-account-js",
        lambda t: base(
            t,
            **{
                "data/account.js": ytd(
                    "account",
                    [ACCOUNT, {"account": {**ACCOUNT["account"], "accountId": "43", "username": "Autre"}}],
                )
            },
        ),
        MultipleAccountsError,
        None,
    ),
    ("two-archives-in-one-zip", _two_archives, MultipleAccountsError, None),
    (
        "manifest-of-another-account",
        lambda t: base(
            t,
            **{
                "data/manifest.js": manifest(
                    {"account": [("data/account.js", "YTD.account.part0", 1)]}, account_id="999"
                )
            },
        ),
        MultipleAccountsError,
        None,
    ),
    (
        "count-not-a-number",
        lambda t: base(t, **{"data/tweets.js": ytd("tweets", [tweet(1, favorite_count="12abc")])}),
        InvalidValueError,
        None,
    ),
    (
        "id-too-large",
        lambda t: base(t, **{"data/tweets.js": ytd("tweets", [tweet(10**25)])}),
        InvalidValueError,
        None,
    ),
    (
        "id-negative",
        lambda t: base(
            t, **{"data/tweets.js": ytd("tweets", [{"tweet": {**tweet(1)["tweet"], "id_str": "-5"}}])}
        ),
        InvalidValueError,
        None,
    ),
    (
        "unicode-digits-id",
        lambda t: base(
            t, **{"data/tweets.js": ytd("tweets", [{"tweet": {**tweet(1)["tweet"], "id_str": "١٢٣"}}])}
        ),
        InvalidValueError,
        None,
    ),
    (
        "bad-date",
        lambda t: base(t, **{"data/tweets.js": ytd("tweets", [tweet(1, created="Feb 30 2020")])}),
        InvalidValueError,
        None,
    ),
    (
        "impossible-date",
        lambda t: base(
            t, **{"data/tweets.js": ytd("tweets", [tweet(1, created="Sun Feb 30 10:00:00 +0000 2020")])}
        ),
        InvalidValueError,
        None,
    ),
    (
        "items-not-objects",
        lambda t: base(t, **{"data/tweets.js": b"window.YTD.tweets.part0 = [1, 2, 3]"}),
        InvalidJsonError,
        None,
    ),
    (
        "manifest-count-mismatch",
        lambda t: write_zip(t / "case.zip", minimal(counts={"tweets": 99})),
        GRACEFUL,
        None,
    ),
    (
        "manifest-missing-part",
        lambda t: base(
            t,
            **{
                "data/manifest.js": manifest(
                    {
                        "account": [("data/account.js", "YTD.account.part0", 1)],
                        "tweets": [("data/tweets-part7.js", "YTD.tweets.part7", 4)],
                    }
                )
            },
        ),
        GRACEFUL,
        None,
    ),
    (
        "compact-one-line",
        lambda t: base(
            t, **{"data/tweets.js": b"window.YTD.tweets.part0 = " + json.dumps([tweet(1), tweet(2)]).encode()}
        ),
        GRACEFUL,
        None,
    ),
    (
        "bom-and-semicolon",
        lambda t: base(t, **{"data/tweets.js": b"\xef\xbb\xbf" + ytd("tweets", [tweet(1)]) + b";\n"}),
        GRACEFUL,
        None,
    ),
    (
        "no-manifest-no-data-folder",
        lambda t: write_zip(t / "case.zip", minimal(prefix="", with_manifest=False)),
        GRACEFUL,
        None,
    ),
    ("folder-with-symlink", _folder_with_symlink, UnsafeArchiveError, None),
]


@pytest.fixture
def no_writes(monkeypatch):
    """Fail on any attempt to open a file for writing while the import runs."""
    real_open = builtins.open

    def guarded(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+"):
            raise AssertionError(f"the import tried to write {file!r}")
        return real_open(file, mode, *args, **kwargs)

    def activate():
        monkeypatch.setattr(builtins, "open", guarded)
        monkeypatch.setattr(io, "open", guarded)

    return activate


def test_corpus_is_large_enough():
    assert len(CASES) >= 25


@pytest.mark.parametrize(("build", "expected", "limits"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hostile_archive(build, expected, limits, tmp_path, no_writes):
    case_dir = tmp_path / "case"
    case_dir.mkdir()
    target = build(case_dir)
    before = sorted(p for p in tmp_path.rglob("*"))
    cwd_before = sorted(os.listdir(os.getcwd()))
    no_writes()
    kwargs = {"limits": limits} if limits else {}
    if expected == GRACEFUL:
        result = import_archive(target, **kwargs)
        assert result.account.username == "VilleTest"
    else:
        with pytest.raises(expected) as caught:
            import_archive(target, **kwargs)
        assert isinstance(caught.value, XArchiveError)
        message = str(caught.value)
        assert message and "\n" not in message and "Traceback" not in message
    assert sorted(p for p in tmp_path.rglob("*")) == before
    assert sorted(os.listdir(os.getcwd())) == cwd_before


def test_bomb_stops_early_without_reading_everything(tmp_path):
    path = _bomb(tmp_path)
    from exitplanner.xarchive.source import open_source

    with open_source(path) as source, pytest.raises(ArchiveTooLargeError):
        for _ in source.iter_chunks("data/tweets.js"):
            pass
    assert source.total_read < 16 << 20  # of 40 MB: stopped at the ratio cap, not at the end
