"""Writing an archive of record: :func:`export_record` is the one entry point (GUI, CLI, tests).

Safety first, because the folder is what allows deleting the posts afterwards:

- Everything is written to a hidden sibling folder ``.<name>.partial-<random>`` holding a marker
  file that no manifest lists; the folder is renamed to its final name once the tag manifest is
  written, and the marker removed last. A crash, a cancel, a full disk or any error therefore
  never leaves a folder that verifies; on errors and cancel the partial folder is removed, and a
  later export to the same place removes partial folders a killed process left behind.
- The target must not exist (an empty folder is accepted: the user may have just created it in
  the folder dialog); nothing is ever overwritten.
- OS errors become typed errors with French messages (:mod:`record.errors`).
- Media are streamed out of the zip through the reader's safe source (caps, name checks); nothing
  else is read from the zip except by the import itself.

Every file is hashed while written, so the export reads the zip about twice (import, copy) and
the media once, and writes each byte once; ``benchmarks/bench_record.py`` measures it against a
plain copy of the same bytes.
"""

from __future__ import annotations

import os
import secrets
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from exitplanner.progress import Cancelled, Progress
from exitplanner.record import french
from exitplanner.record.bagit import BagWriter, human_size, payload_oxum
from exitplanner.record.errors import RecordError, SourceChangedError, TargetExistsError, from_os_error
from exitplanner.record.facts import RecordFacts, facts_from_import
from exitplanner.record.html_copy import HtmlCopy
from exitplanner.record.media import media_by_post, place_media
from exitplanner.record.note import NOTE_ODT, NOTE_PDF, NOTE_TXT, note_text
from exitplanner.record.posts import all_posts
from exitplanner.record.tables import write_csv, write_json
from exitplanner.xarchive.model import ImportResult
from exitplanner.xarchive.reader import import_archive
from exitplanner.xarchive.source import ArchiveSource, ZipSource, open_source

PARTIAL_MARKER = "EXPORT-EN-COURS.txt"
ORIGINAL_DIR = "data/original"
_POST_UNITS = 600  # progress weight of one post in each of the four text outputs, in "bytes"
_COPY_CHUNK = 1 << 20


@dataclass
class RecordResult:
    """What the plan records about a finished export."""

    folder: Path
    tagmanifest_sha256: str
    original_sha256: str
    username: str
    account_id: str
    posts: int
    media_files: int
    payload_bytes: int
    payload_files: int
    first_post: str | None
    last_post: str | None
    created_at: str


def partial_name(target: Path) -> str:
    return f".{target.name}.partial-{secrets.token_hex(4)}"


def default_folder_name(username: str, when: datetime | None = None) -> str:
    """« Archives X @user 2026-11-22 » without characters Windows refuses."""
    when = when or datetime.now(UTC)
    safe = "".join(c for c in username if c.isalnum() or c == "_")
    return f"Archives X {safe or 'compte'} {when:%Y-%m-%d}"


def remove_stale_partials(target: Path) -> None:
    """Partial folders of ``target`` left by a killed export (recognised by their marker)."""
    try:
        siblings = list(target.parent.glob(f".{target.name}.partial-*"))
    except OSError:
        return
    for folder in siblings:
        if (folder / PARTIAL_MARKER).is_file():
            shutil.rmtree(folder, ignore_errors=True)


def export_record(
    archive: str | os.PathLike[str],
    target: str | os.PathLike[str],
    progress: Progress | None = None,
    *,
    producer: str = "",
    imported: ImportResult | None = None,
    expected_sha256: str | None = None,
) -> RecordResult:
    """Write the archive of record of ``archive`` (X zip or extracted folder) as the folder ``target``.

    ``imported`` skips the import when the caller already has it; ``expected_sha256`` (the plan's
    record of the imported zip) refuses a zip that changed since. Raises :class:`RecordError`
    subclasses, :class:`~exitplanner.xarchive.errors.XArchiveError` for a bad archive and
    :class:`Cancelled`.
    """
    progress = progress or Progress()
    target = Path(os.path.abspath(target))
    if target.exists() and not (target.is_dir() and not any(target.iterdir())):
        raise TargetExistsError.for_path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise from_os_error(error, target.parent) from error
    remove_stale_partials(target)
    if imported is None:
        imported = import_archive(archive, progress)
    progress.check()
    temp = target.parent / partial_name(target)
    try:
        temp.mkdir()
        (temp / PARTIAL_MARKER).write_text(
            "Export interrompu : ce dossier est incomplet et peut être supprimé.\n", encoding="utf-8")
        with open_source(archive) as source:
            result = _Exporter(source, imported, temp, progress, producer, expected_sha256).run()
        progress.check()
        try:
            if target.is_dir():
                target.rmdir()  # the empty folder the user chose; fails if something appeared in it
            os.rename(temp, target)
        except OSError as error:
            if target.exists():
                raise TargetExistsError.for_path(target) from error
            raise
    except BaseException as error:
        shutil.rmtree(temp, ignore_errors=True)
        if isinstance(error, OSError):
            raise from_os_error(error, target.parent) from error
        raise
    # The marker goes last, after the rename: whenever the process dies, the folder left behind
    # (partial or final) still holds a file no manifest lists, so it does not verify.
    try:
        (target / PARTIAL_MARKER).unlink()
    except BaseException as error:
        shutil.rmtree(target, ignore_errors=True)
        if isinstance(error, OSError):
            raise from_os_error(error, target.parent) from error
        raise
    result.folder = target
    progress.report(1, 1, QCoreApplication.translate("RecordExport", "Archive of record written."))
    return result


class _Exporter:
    def __init__(self, source: ArchiveSource, imported: ImportResult, root: Path, progress: Progress,
                 producer: str, expected_sha256: str | None) -> None:
        self.source = source
        self.imported = imported
        self.root = root
        self.progress = progress
        self.bag = BagWriter(root)
        self.facts: RecordFacts = facts_from_import(imported, producer)
        self.expected_sha256 = expected_sha256
        self.done = 0
        self.total = 0
        self.message = ""

    def _advance(self, units: int) -> None:
        self.done += units
        self.progress.report(min(self.done, self.total), self.total, self.message)

    def _posts_done(self, count: int) -> None:
        self.progress.check()
        self._advance(count * _POST_UNITS)

    def run(self) -> RecordResult:
        imported = self.imported
        facts = self.facts
        now = datetime.now(UTC).replace(microsecond=0)
        facts.exported_at = now.isoformat().replace("+00:00", "Z")
        facts.exported_on = now.date().isoformat()
        posts = list(all_posts(imported))
        placed = place_media(imported.media)
        facts.media_files = len(placed)
        facts.media_bytes = sum(item.source.size for item in placed)
        by_post = media_by_post(placed)
        facts.media_missing = sum(max(0, len(p.media) - len(by_post.get(p.id, ()))) for _c, p in posts)
        is_zip = isinstance(self.source, ZipSource)
        original_bytes = self.source.path.stat().st_size if is_zip else sum(self.source.sizes.values())
        self.total = original_bytes + facts.media_bytes + 4 * _POST_UNITS * len(posts) + 1

        self.message = QCoreApplication.translate("RecordExport", "Copying the original archive…")
        facts.original_is_folder = not is_zip
        facts.original_name = self.source.path.name
        facts.original_size = original_bytes
        if is_zip:
            entry = self.bag.write_chunks(f"{ORIGINAL_DIR}/{_portable_file_name(self.source.path.name)}",
                                          self._file_chunks(self.source.path))
            facts.original_sha256 = entry.sha256
            if self.expected_sha256 and entry.sha256 != self.expected_sha256.lower():
                raise SourceChangedError.create()
        else:
            base = f"{ORIGINAL_DIR}/{_portable_file_name(self.source.path.name)}"
            for name in sorted(self.source.sizes):
                self.bag.write_chunks(f"{base}/{name}", self._member_chunks(name))

        self.message = QCoreApplication.translate("RecordExport", "Copying the media files…")
        for item in placed:
            self.bag.write_chunks(item.relative, self._member_chunks(item.source.path))

        self.message = QCoreApplication.translate("RecordExport", "Writing the HTML copy…")
        html = HtmlCopy(facts, posts, by_post)
        facts.months = len(html.counts)
        html.write(self.bag, self._posts_done)
        self.message = QCoreApplication.translate("RecordExport", "Writing the CSV and JSON files…")
        write_csv(self.bag, posts, facts, self._posts_done)
        write_json(self.bag, posts, facts, self._posts_done)

        self.message = QCoreApplication.translate("RecordExport", "Writing the accompanying note…")
        self.bag.write_text(NOTE_TXT, note_text(facts))
        from exitplanner.record.note_pdf import note_odt_bytes, note_pdf_bytes

        self.bag.write_bytes(NOTE_PDF, note_pdf_bytes(facts))
        self.bag.write_bytes(NOTE_ODT, note_odt_bytes(facts))
        self._posts_done(len(posts))

        self.message = QCoreApplication.translate("RecordExport", "Writing the manifests…")
        self.progress.check()
        tag_sha = self.bag.write_tag_files(self._bag_info(facts))
        payload_size = sum(e.size for e in self.bag.payload)
        return RecordResult(
            folder=self.root,
            tagmanifest_sha256=tag_sha,
            original_sha256=facts.original_sha256,
            username=facts.username,
            account_id=facts.account_id,
            posts=facts.posts,
            media_files=facts.media_files,
            payload_bytes=payload_size,
            payload_files=len(self.bag.payload),
            first_post=facts.first_post_iso,
            last_post=facts.last_post_iso,
            created_at=facts.exported_at,
        )

    def _file_chunks(self, path: Path):
        with open(path, "rb") as handle:
            while chunk := handle.read(_COPY_CHUNK):
                self.progress.check()
                yield chunk
                self._advance(len(chunk))

    def _member_chunks(self, name: str):
        self.progress.check()
        for chunk in self.source.iter_chunks(name):
            yield chunk
            self._advance(len(chunk))

    def _bag_info(self, facts: RecordFacts) -> list[tuple[str, str]]:
        payload = self.bag.payload
        size = sum(e.size for e in payload)
        period = ""
        if facts.first_post is not None and facts.last_post is not None:
            period = f"{facts.first_post_iso[:10]} – {facts.last_post_iso[:10]}"
        description = (
            f"Archives des publications du compte X {facts.account_label} : archive d'origine téléchargée "
            f"depuis X (copie à l'identique), copie HTML consultable hors ligne, tableaux CSV et JSON des "
            "publications, médias et note d'accompagnement. "
            f"{french.plural(facts.posts, 'publication', 'publications')}"
            f"{', ' + period if period else ''}."
        )
        return [
            ("Source-Organization", facts.producer),
            ("External-Description", description.replace("\u202f", " ")),
            ("External-Identifier", f"x-account-{facts.account_id}"),
            ("Bagging-Date", facts.exported_on),
            ("Payload-Oxum", payload_oxum(payload)),
            ("Bag-Size", human_size(size)),
            ("X-Account-Username", facts.username),
            ("X-Account-Id", facts.account_id),
            ("X-Post-Count", str(facts.posts)),
            ("X-Media-Count", str(facts.media_files)),
            ("X-First-Post", facts.first_post_iso or ""),
            ("X-Last-Post", facts.last_post_iso or ""),
            ("X-Original-Archive", f"{ORIGINAL_DIR}/{_portable_file_name(facts.original_name)}"),
            ("X-Original-SHA256", facts.original_sha256),
            ("Bag-Software-Agent", f"ExitPlanner {facts.app_version}"),
        ]


def _portable_file_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "._- " else "_" for c in name).strip(". ")
    return cleaned or "archive.zip"


__all__ = ["PARTIAL_MARKER", "Cancelled", "RecordError", "RecordResult", "default_folder_name",
           "export_record"]
