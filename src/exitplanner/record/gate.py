"""The gate before any deletion: is there a verified archive of record of *this* account?

The deletion job (``cleanup``) calls :func:`check` before it starts or resumes and refuses to
run unless ``ok`` is true. It is true only when:

1. the plan has an imported X archive (step 2) and an archive of record (step 3);
2. the recorded folder exists and **verifies now**: the tag files against the tag manifest and
   every payload file against the payload manifest (``full=True``, the default), and its tag
   manifest hash is the one the plan recorded (so it is the same bag, not another one put in
   its place);
3. the bag's account (``X-Account-Id`` / ``X-Account-Username`` of ``bag-info.txt``, itself
   covered by the tag manifest) is the account of the plan's X archive.

A missing visa of the Archives départementales (Code du patrimoine L212-2) is a ``warning``,
not a block: the law requires it, but the tool cannot check a paper visa, and the user may
delete on another legal basis; the job must show the warning and ask for confirmation.

Cost: the full check reads every byte of the folder once — dominated by the original zip and
the media, i.e. about the time to read them from disk (``benchmarks/bench_record.py``: 1.6 s
for the 1.6 GB folder of a 100,000-post archive with 5,000 photos, files in the disk cache; a
slow USB or network drive reads at its own speed). ``full=False`` hashes only the tag files and
compares file counts and sizes (``Payload-Oxum``): about 0.2 s for those 5,162 files, enough
when resuming a run the same day after a full check; a swapped file of the same size goes
unnoticed by it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from exitplanner.plan.model import Plan
from exitplanner.progress import Progress
from exitplanner.record import plan_section
from exitplanner.record.errors import RecordError
from exitplanner.record.verify import verify


@dataclass(frozen=True)
class GateResult:
    ok: bool
    message: str
    warning: str = ""


def check(plan: Plan, progress: Progress | None = None, *, full: bool = True) -> GateResult:
    account = plan_section.x_account(plan)
    if not (account["username"] or account["account_id"]):
        return GateResult(False, QCoreApplication.translate(
            "RecordGate", "No X archive is imported in this plan: import it in step 2, then build the "
            "archive of record in step 3."))
    record = plan_section.section(plan)
    folder = record.get("folder")
    if not folder:
        return GateResult(False, QCoreApplication.translate(
            "RecordGate", "There is no archive of record yet: build and verify it in step 3 before deleting "
            "anything."))
    path = Path(folder)
    if not path.is_dir():
        return GateResult(False, QCoreApplication.translate(
            "RecordGate", "The archive of record %1 cannot be found (moved, renamed or on a disconnected "
            "drive): reconnect it or choose its new place in step 3.").replace("%1", folder))
    try:
        report = verify(path, progress, payload=full)
    except RecordError as error:
        return GateResult(False, str(error))
    except OSError:
        return GateResult(False, QCoreApplication.translate(
            "RecordGate", "The archive of record %1 cannot be read.").replace("%1", folder))
    if not report.ok:
        problems = report.problems()
        return GateResult(False, QCoreApplication.translate(
            "RecordGate", "The archive of record does not verify (%1 problems, first: %2). Nothing may be "
            "deleted until it is rebuilt or restored.")
            .replace("%1", str(len(problems))).replace("%2", problems[0]))
    if report.tagmanifest_sha256 != record.get("tagmanifest_sha256"):
        return GateResult(False, QCoreApplication.translate(
            "RecordGate", "The folder %1 is not the archive of record recorded in the plan (its manifests "
            "differ): verify it again in step 3.").replace("%1", folder))
    bag_account = {"username": report.info("X-Account-Username"), "account_id": report.info("X-Account-Id")}
    bag_name = bag_account["username"] or bag_account["account_id"]
    if not plan_section.same_account(bag_account, account):
        return GateResult(False, QCoreApplication.translate(
            "RecordGate", "The archive of record is of the account @%1, but the plan's X archive is of @%2: "
            "build the archive of record of this account.")
            .replace("%1", bag_name).replace("%2", account["username"] or account["account_id"]))
    warnings = []
    if not plan_section.has_visa(plan):
        warnings.append(QCoreApplication.translate(
            "RecordGate", "The visa of the Archives départementales (date and reference) is not recorded: "
            "destroying public archives needs it (Code du patrimoine, L212-2)."))
    imported_sha = plan_section.x_archive(plan).get("sha256")
    original_sha = report.info("X-Original-SHA256")
    if imported_sha and original_sha and imported_sha != original_sha:
        warnings.append(QCoreApplication.translate(
            "RecordGate", "The archive of record was made from another download of the X archive than the "
            "one imported in step 2: posts published in between may be missing from it."))
    message = QCoreApplication.translate(
        "RecordGate", "The archive of record of @%1 is present and verifies (%2 files checked).") \
        .replace("%1", bag_name).replace("%2", str(report.files_checked))
    return GateResult(True, message, " ".join(warnings))
