"""The final report of a clean-up: one CSV line per id with its outcome, saved next to the archive of record.

Semicolon-separated and UTF-8 with a byte-order mark because that is what a French spreadsheet
(Excel, LibreOffice with French settings) opens correctly with a double click; the archive service
gets a file it can read without a conversion step. Written atomically (temporary file, then rename).
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from exitplanner.cleanup.journal import ALREADY_GONE, Journal

HEADER = ("action", "id", "source_id", "outcome", "attempts", "probably_deleted_by_interrupted_attempt",
          "reason", "updated_utc")


def report_name(account: str, when: datetime | None = None) -> str:
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", account)[:64] or "account"
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"x-cleanup-report-{safe}-{stamp}.csv"


def write_report(journal: Journal, folder: str | Path, account: str) -> Path:
    """Write the CSV of every id of ``journal`` into ``folder``; return its path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / report_name(account)
    handle, temporary = tempfile.mkstemp(prefix=".report-", suffix=".csv", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=";")
            writer.writerow(HEADER)
            for item in journal.items():
                updated = (datetime.fromtimestamp(item.updated, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                           if item.updated else "")
                probably = "yes" if item.state == ALREADY_GONE and item.maybe_sent else ""
                writer.writerow((item.action, item.target, item.source or "", item.state, item.attempts,
                                 probably, item.reason, updated))
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
