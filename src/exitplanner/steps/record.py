"""Step 3 (Archivage): the archive of record of the imported X archive, its verification and visa.

The page is a thin view over :class:`RecordModel`: what can be done (nothing before step 2's
import), where the folder goes by default, what the plan records after an export or a
verification, and when the step counts as done — a verified archive of record of the plan's X
account. The visa of the Archives départementales is typed by the user; its absence does not
keep the step from being done (the gate only warns) but is listed as something to complete.

Long work (export, verification) runs through :func:`run_export` and :func:`run_verify`, plain
functions taking a :class:`~exitplanner.progress.Progress`, on values captured from the plan on
the GUI thread (:class:`ExportRequest`), so the worker thread never reads or writes the plan.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from exitplanner.plan.model import Plan, StepId, StepStatus
from exitplanner.progress import Progress
from exitplanner.record import plan_section
from exitplanner.record.export import RecordResult, default_folder_name, export_record
from exitplanner.record.verify import VerifyReport, verify

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


@dataclass(frozen=True)
class ExportRequest:
    archive: Path
    target: Path
    producer: str
    expected_sha256: str | None


def run_export(request: ExportRequest, progress: Progress) -> RecordResult:
    return export_record(request.archive, request.target, progress, producer=request.producer,
                         expected_sha256=request.expected_sha256)


def run_verify(folder: Path, progress: Progress) -> VerifyReport:
    return verify(folder, progress)


class RecordModel:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    # -- what the plan says --------------------------------------------------------------------

    @property
    def section(self) -> dict:
        return plan_section.section(self.plan)

    def has_x_archive(self) -> bool:
        return bool(plan_section.x_archive(self.plan).get("path"))

    def archive_path(self) -> Path | None:
        path = plan_section.x_archive(self.plan).get("path")
        return Path(path) if path else None

    def x_account(self) -> dict[str, str]:
        return plan_section.x_account(self.plan)

    def folder(self) -> Path | None:
        folder = self.section.get("folder")
        return Path(folder) if folder else None

    def html_index(self) -> Path | None:
        folder = self.folder()
        return folder / "data" / "index.html" if folder else None

    def producer(self) -> str:
        """The authority's official name from step 1 (the bag's Source-Organization), e.g.
        « Ville du Kremlin-Bicêtre »; the plain name if the grammar cannot build it."""
        authority = self.plan.authority
        if not authority.name.strip():
            return ""
        try:
            from exitplanner.territories import grammar

            return grammar.official_name(authority) or authority.name.strip()
        except Exception:  # a missing or odd grammar entry must not block the archive
            return authority.name.strip()

    def default_target(self, parent: Path) -> Path:
        return parent / default_folder_name(self.x_account()["username"])

    def verified_at(self) -> str:
        return str(self.section.get("verified_at") or "")

    def last_check(self) -> dict:
        check = self.section.get("last_check")
        return check if isinstance(check, dict) else {}

    def same_account(self) -> bool:
        return plan_section.same_account(self.section.get("account") or {}, self.x_account())

    # -- actions ---------------------------------------------------------------------------------

    def export_request(self, target: Path) -> ExportRequest:
        archive = self.archive_path()
        if archive is None:
            raise ValueError("no X archive imported")
        return ExportRequest(archive=archive, target=Path(target), producer=self.producer(),
                             expected_sha256=plan_section.x_archive(self.plan).get("sha256") or None)

    def apply_export(self, result: RecordResult) -> None:
        plan_section.store_export(self.plan, result)
        self.update_status()

    def apply_verification(self, report: VerifyReport) -> bool:
        success = plan_section.store_verification(self.plan, report)
        self.update_status()
        return success

    def relocate(self, folder: Path) -> bool:
        """Point the plan at the recorded archive of record after it was moved or copied.

        Accepted only when ``folder``'s tag manifest has the recorded hash (the same bag); the
        last successful verification is then cleared, to be done again at the new place.
        """
        recorded = self.section.get("tagmanifest_sha256")
        try:
            manifest = (Path(folder) / "tagmanifest-sha256.txt").read_bytes()
        except OSError:
            return False
        if not recorded or hashlib.sha256(manifest).hexdigest() != recorded:
            return False
        self.plan.sections[plan_section.SECTION]["folder"] = str(Path(folder).absolute())
        self.plan.sections[plan_section.SECTION]["verified_at"] = ""
        self.plan.sections[plan_section.SECTION]["last_check"] = {}
        self.update_status()
        return True

    def visa(self) -> dict[str, str]:
        return plan_section.visa(self.plan)

    def set_visa(self, on: date | str | None, reference: str, scan: str = "") -> None:
        when = on.isoformat() if isinstance(on, date) else (on or "")
        if when and not _ISO_DATE.match(when):
            raise ValueError(when)
        plan_section.set_visa(self.plan, when, reference, scan)
        self.update_status()

    # -- status ----------------------------------------------------------------------------------

    def problems(self) -> list[str]:
        found = []
        if not self.has_x_archive():
            found.append(QCoreApplication.translate("record", "Import the X archive in step 2 first."))
            return found
        if self.folder() is None:
            found.append(QCoreApplication.translate("record", "Build the archive of record."))
            return found
        if not self.same_account():
            found.append(QCoreApplication.translate(
                "record", "The archive of record is of another account than the imported X archive: build it "
                "again."))
        check = self.last_check()
        if check and not check.get("ok"):
            found.append(QCoreApplication.translate(
                "record", "The last verification found problems: restore the folder or build it again."))
        elif not self.verified_at():
            found.append(QCoreApplication.translate("record", "Verify the archive of record."))
        if not plan_section.has_visa(self.plan):
            found.append(QCoreApplication.translate(
                "record", "Enter the visa of the Archives départementales (date and reference) once you have "
                "it: it is needed before deleting anything."))
        return found

    def status(self) -> StepStatus:
        if self.folder() is None:
            return StepStatus.NOT_STARTED
        check = self.last_check()
        if self.verified_at() and check.get("ok") and self.same_account():
            return StepStatus.DONE
        return StepStatus.IN_PROGRESS

    def update_status(self) -> StepStatus:
        status = self.status()
        self.plan.set_step_status(StepId.RECORD, status)
        return status
