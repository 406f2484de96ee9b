"""SHA-256 of the original archive, streamed: the plan and the archive of record cite it."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from exitplanner.progress import Progress

_CHUNK = 1 << 20


def sha256_file(path: str | os.PathLike[str], progress: Progress | None = None) -> str:
    """Hex SHA-256 of a file, read 1 MiB at a time; cancellable, reports bytes done."""
    target = Path(path)
    total = target.stat().st_size
    digest = hashlib.sha256()
    done = 0
    with open(target, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress.check()
                progress.report(done, total, "")
    return digest.hexdigest()
