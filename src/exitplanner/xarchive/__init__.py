"""X archive: safe streaming reader, synthetic generator and audit (DESIGN §2.2).

Entry points for the GUI worker, the command line and the plan:

- :func:`import_archive` (path, progress) → :class:`ImportResult` — the one way to read an archive;
- :func:`audit` → :class:`AuditResult`, :func:`audit_to_json` → the dict the plan stores;
- :func:`sha256_file`, :func:`plan_section` (path, sha256 and summary for
  ``plan.sections["x_archive"]``);
- :func:`generate_archive`, :func:`demo_archive_path` for tests, benchmarks and the demo plan.

Errors are :class:`XArchiveError` subclasses carrying a translated, user-facing message.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from exitplanner.progress import Progress
from exitplanner.xarchive.audit import AuditResult, audit, audit_to_json, format_count
from exitplanner.xarchive.errors import XArchiveError
from exitplanner.xarchive.generator import demo_archive_path, generate_archive
from exitplanner.xarchive.hashing import sha256_file
from exitplanner.xarchive.model import ImportResult, Post
from exitplanner.xarchive.reader import import_archive

SECTION_KEY = "x_archive"

__all__ = [
    "SECTION_KEY",
    "AuditResult",
    "ImportResult",
    "Post",
    "XArchiveError",
    "audit",
    "audit_to_json",
    "demo_archive_path",
    "format_count",
    "generate_archive",
    "import_archive",
    "plan_section",
    "sha256_file",
]


def plan_section(
    path: str | os.PathLike[str], progress: Progress | None = None, result: ImportResult | None = None
) -> dict[str, Any]:
    """``{"path", "sha256", "summary"}`` for ``plan.sections["x_archive"]`` (summaries only).

    The archive stays where it is: the plan remembers its absolute path and SHA-256 (``None`` for
    an extracted folder, which has no single checksum).
    """
    target = Path(path).resolve()
    if result is None:
        result = import_archive(target, progress)
    digest = sha256_file(target, progress) if target.is_file() else None
    return {"path": str(target), "sha256": digest, "summary": audit_to_json(audit(result))}
