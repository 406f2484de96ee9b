"""``exitplanner verify OUTDIR``: re-hash an archive of record and list what changed.

Exit code 0 only when the folder is intact; otherwise one line per problem (missing, added or
altered file, format problem) on stdout and exit code 1 — also when OUTDIR is not an archive of
record at all. ``--quick`` checks the tag files and the sizes only (no payload hashing).
"""

from __future__ import annotations

import argparse
import contextlib
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from exitplanner.progress import Cancelled, Progress

HELP = QT_TRANSLATE_NOOP("cli", "Verify an archive of record: every file re-hashed against its manifests")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("outdir", help=QCoreApplication.translate("cli", "the archive of record folder"))
    parser.add_argument(
        "--quick",
        action="store_true",
        help=QCoreApplication.translate(
            "cli", "check the tag files and the file sizes only (no full re-hash)"),
    )


def run(args: argparse.Namespace) -> int:
    from exitplanner.commands.record import ProgressLine
    from exitplanner.record import RecordError, verify

    line = ProgressLine()
    try:
        report = verify(args.outdir, Progress(line), payload=not args.quick)
    except RecordError as error:
        line.end()
        print(str(error).replace("\n", " "), file=sys.stderr)
        return 1
    except (KeyboardInterrupt, Cancelled):
        line.end()
        print(QCoreApplication.translate("cli", "Interrupted."), file=sys.stderr)
        return 130
    line.end()
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")
    if report.ok:
        print(QCoreApplication.translate("cli", "Intact: %1 files checked (%2 bytes).")
              .replace("%1", str(report.files_checked)).replace("%2", str(report.bytes_checked)))
        return 0
    problems = report.problems()
    print(QCoreApplication.translate("cli", "NOT intact: %1 problems.").replace("%1", str(len(problems))))
    for problem in problems:
        print(f"- {problem}")
    return 1
