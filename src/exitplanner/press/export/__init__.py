"""Exporters of a press release: PDF, ODT, DOCX, plain text and e-mail draft.

``export_release(release, "pdf", path)`` picks the writer by format. Writers produce the file next
to its destination and move it into place, so a failed export never leaves half a file over a
good one; every failure becomes an ``ExportError`` with a message for the user.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from exitplanner.oserrors import describe_os_error
from exitplanner.press.errors import ExportError
from exitplanner.press.release import PressRelease

FORMATS = ("pdf", "odt", "docx", "txt", "eml")


def _writer(fmt: str) -> Callable[..., None]:
    if fmt == "pdf":
        from exitplanner.press.export.pdf import export_pdf

        return export_pdf
    if fmt == "odt":
        from exitplanner.press.export.odt import export_odt

        return export_odt
    if fmt == "docx":
        from exitplanner.press.export.docx import export_docx

        return export_docx
    if fmt == "eml":
        from exitplanner.press.export.text import export_eml

        return export_eml
    from exitplanner.press.export.text import export_txt

    return export_txt


def export_release(release: PressRelease, fmt: str, path: str | Path, *, narrow: bool = True) -> Path:
    """Write ``release`` as ``fmt`` to ``path`` (atomically); returns the path written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    target = Path(path)
    partial = target.with_name(f".{target.name}.partial")
    try:
        _writer(fmt)(release, partial, narrow=narrow)
        if not partial.is_file() or partial.stat().st_size == 0:
            raise OSError("nothing was written")
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ExportError(str(target), describe_os_error(exc)) from exc
    except Exception as exc:  # a library refusing its input (unreadable logo…): same clean failure
        partial.unlink(missing_ok=True)
        raise ExportError(str(target), str(exc) or type(exc).__name__) from exc
    return target
