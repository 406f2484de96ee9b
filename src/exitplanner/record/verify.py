"""Checking an archive of record: every file re-hashed against the manifests, nothing trusted.

:func:`verify` lists files that are missing (in a manifest, not on disk), added (on disk, in no
manifest: the archives service must receive the folder as it was made) and altered (hash
differs), for the payload (``data/``) and the tag files alike (except the desktop's own
``.DS_Store``, ``Thumbs.db``, ``desktop.ini``, which browsing the folder creates), plus format problems (no
``bagit.txt``, unreadable manifest lines, ``Payload-Oxum`` disagreeing with the files, paths
that point outside the folder — never opened).

Cost: the full check reads every byte once (the payload is dominated by the original zip and
the media: about the time of reading them from disk, see ``benchmarks/bench_record.py``);
``payload=False`` is the cheap check — tag files hashed, every payload file present with the
size totals of ``Payload-Oxum``, nothing added — a few milliseconds plus one ``stat`` per file.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from exitplanner.progress import Progress
from exitplanner.record.bagit import (
    BAG_INFO,
    BAGIT_TXT,
    MANIFEST,
    PAYLOAD_DIR,
    TAG_MANIFEST,
    parse_bag_info,
    parse_manifest,
)
from exitplanner.record.errors import NotARecordError

_CHUNK = 1 << 20
# Files the desktop adds when someone merely opens the folder (Finder, Explorer): not counted as
# added (they would block the gate for nothing), unless a manifest lists them.
OS_METADATA = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass
class VerifyReport:
    folder: Path
    missing: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    altered: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # translated sentences (format problems)
    files_checked: int = 0
    bytes_checked: int = 0
    full: bool = True
    tagmanifest_sha256: str = ""
    bag_info: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.added or self.altered or self.errors)

    def info(self, label: str) -> str:
        values = self.bag_info.get(label) or [""]
        return values[0]

    def problems(self) -> list[str]:
        """One translated line per problem, for the GUI list and the command line."""
        lines = list(self.errors)
        missing = QCoreApplication.translate("RecordVerify", "Missing file: %1")
        altered = QCoreApplication.translate("RecordVerify", "Altered file (its content changed): %1")
        added = QCoreApplication.translate("RecordVerify", "Added file (not in the manifests): %1")
        lines += [missing.replace("%1", p) for p in self.missing]
        lines += [altered.replace("%1", p) for p in self.altered]
        lines += [added.replace("%1", p) for p in self.added]
        return lines


def _hash_file(path: Path, progress: Progress, report) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            report(len(chunk))
    progress.check()
    return digest.hexdigest()


def _safe_relative(path: str) -> bool:
    parts = path.split("/")
    return bool(path) and not path.startswith("/") and "\\" not in path and ":" not in parts[0] \
        and all(p not in ("", ".", "..") for p in parts)


def _walk(folder: Path) -> tuple[set[str], list[str]]:
    """Every file under ``folder`` as a ``/`` path; symbolic links are reported, never followed."""
    files: set[str] = set()
    links: list[str] = []
    for root, dirs, names in os.walk(folder, followlinks=False):
        for name in (*dirs, *names):
            full = Path(root, name)
            if full.is_symlink():
                links.append(full.relative_to(folder).as_posix())
        for name in names:
            full = Path(root, name)
            if not full.is_symlink():
                files.add(full.relative_to(folder).as_posix())
    return files, links


def verify(folder: str | os.PathLike[str], progress: Progress | None = None, *,
           payload: bool = True) -> VerifyReport:
    """Check the bag at ``folder``; ``payload=False`` skips re-hashing the payload (see module doc)."""
    progress = progress or Progress()
    folder = Path(folder)
    report = VerifyReport(folder=folder, full=payload)
    try:
        declaration = (folder / BAGIT_TXT).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise NotARecordError.for_path(folder) from error
    if "BagIt-Version" not in declaration:
        raise NotARecordError.for_path(folder)
    progress.report(0, 0, QCoreApplication.translate(
                "RecordVerify", "Listing the files…"))
    on_disk, links = _walk(folder)
    for link in links:
        report.errors.append(QCoreApplication.translate(
                "RecordVerify", "Symbolic link (not allowed in an archive of record): %1")
                             .replace("%1", link))

    manifests: dict[str, dict[str, str]] = {}
    for name in (MANIFEST, TAG_MANIFEST):
        try:
            text = (folder / name).read_text(encoding="utf-8")
        except FileNotFoundError:
            report.missing.append(name)
            manifests[name] = {}
            continue
        except (OSError, UnicodeDecodeError):
            report.errors.append(QCoreApplication.translate(
                "RecordVerify", "The file %1 cannot be read.").replace("%1", name))
            manifests[name] = {}
            continue
        entries, bad_lines = parse_manifest(text)
        for number in bad_lines:
            report.errors.append(QCoreApplication.translate(
                "RecordVerify", "Line %1 of %2 cannot be read.")
                                 .replace("%1", str(number)).replace("%2", name))
        unsafe = [p for p in entries if not _safe_relative(p)]
        for path in unsafe:
            report.errors.append(QCoreApplication.translate(
                "RecordVerify", "The manifest %1 names a file outside the folder: %2")
                                 .replace("%1", name).replace("%2", path[:200]))
            del entries[path]
        manifests[name] = entries
        if name == TAG_MANIFEST:
            report.tagmanifest_sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    payload_entries = manifests[MANIFEST]
    tag_entries = manifests[TAG_MANIFEST]
    for path in payload_entries:
        if not path.startswith(PAYLOAD_DIR + "/"):
            report.errors.append(QCoreApplication.translate(
                "RecordVerify", "The payload manifest names a file outside data/: %1")
                                 .replace("%1", path[:200]))
    for path in tag_entries:
        if path.startswith(PAYLOAD_DIR + "/"):
            report.errors.append(QCoreApplication.translate(
                "RecordVerify", "The tag manifest names a payload file: %1")
                                 .replace("%1", path[:200]))
    for required in (BAGIT_TXT, BAG_INFO, MANIFEST):
        if required not in tag_entries and required in on_disk and (folder / TAG_MANIFEST).is_file():
            report.errors.append(QCoreApplication.translate(
                "RecordVerify", "The tag manifest does not cover %1.").replace("%1", required))

    try:
        report.bag_info = parse_bag_info((folder / BAG_INFO).read_text(encoding="utf-8"))
    except FileNotFoundError:
        if BAG_INFO not in report.missing:
            report.missing.append(BAG_INFO)
    except (OSError, UnicodeDecodeError):
        report.errors.append(QCoreApplication.translate(
                "RecordVerify", "The file %1 cannot be read.").replace("%1", BAG_INFO))

    expected = {**payload_entries, **tag_entries}
    listed = set(expected) | {TAG_MANIFEST, MANIFEST, BAGIT_TXT}
    report.added = sorted(p for p in on_disk - listed if p.rsplit("/", 1)[-1] not in OS_METADATA)
    report.missing += sorted(p for p in expected if p not in on_disk)

    present = [p for p in sorted(expected) if p in on_disk]
    to_hash = present if payload else [p for p in present if not p.startswith(PAYLOAD_DIR + "/")]
    sizes = {p: (folder / p).stat().st_size for p in present}
    total = sum(sizes[p] for p in to_hash) or 1
    done = 0
    message = QCoreApplication.translate(
                "RecordVerify", "Checking the files…")

    def advance(count: int) -> None:
        nonlocal done
        done += count
        progress.report(min(done, total), total, message)

    for path in to_hash:
        progress.check()
        try:
            actual = _hash_file(folder / path, progress, advance)
        except OSError:
            report.errors.append(QCoreApplication.translate(
                "RecordVerify", "The file %1 cannot be read.").replace("%1", path))
            continue
        report.files_checked += 1
        report.bytes_checked += sizes[path]
        if actual != expected[path]:
            report.altered.append(path)

    oxum = report.info("Payload-Oxum")
    if oxum:
        octets, _, streams = oxum.partition(".")
        actual_octets = sum(sizes[p] for p in payload_entries if p in sizes)
        mismatch = not (octets.isdigit() and streams.isdigit()) or int(streams) != len(payload_entries) or (
            int(octets) != actual_octets and not report.missing
        )
        # In the full check an altered file is already listed; the cheap check relies on the sizes.
        if mismatch and (not payload or not report.altered):
            report.errors.append(QCoreApplication.translate(
                "RecordVerify", "Payload-Oxum in bag-info.txt does not match the files."))
    report.missing.sort()
    progress.report(total, total, QCoreApplication.translate(
                "RecordVerify", "Verification finished."))
    return report
