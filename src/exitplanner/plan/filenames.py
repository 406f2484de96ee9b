"""File names for plans: the default name, the backup and damaged-copy names, the extension.

A plan is usually named after its authority (« Le Kremlin-Bicêtre.exitplan »): accents are
kept (every current file system stores them), but anything that would make the name invalid or
dangerous on one of our platforms is not: path separators, the characters Windows forbids,
control characters, Windows' reserved device names (CON, NUL, COM1…) and trailing dots or spaces
(Windows silently strips them, so two names would collide).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from exitplanner import paths
from exitplanner.plan.model import Plan

# One extension of our own: Windows and macOS type a file by its LAST extension only, so the former
# ".exitplan.json" was a ".json" to them and double-clicking a plan could not open ExitPlanner.
# The content is still plain JSON. Plans saved under the former name keep opening (LEGACY_SUFFIXES).
PLAN_SUFFIX = ".exitplan"
LEGACY_SUFFIXES = (".exitplan.json",)
PLAN_SUFFIXES = (PLAN_SUFFIX, *LEGACY_SUFFIXES)
BACKUP_SUFFIX = ".bak"
DAMAGED_SUFFIX = ".damaged"
FALLBACK_STEM = "plan-de-sortie"
_MAX_STEM = 100  # characters; leaves room for the suffixes within 255 bytes even fully accented

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# Windows device names, reserved whatever the extension ("nul.txt" too); COM¹… count as well.
_RESERVED = {"con", "prn", "aux", "nul", "conin$", "conout$"} | {
    f"{device}{number}" for device in ("com", "lpt") for number in "123456789¹²³"
}


def safe_file_stem(text: str) -> str:
    """``text`` made usable as a file name on Windows, macOS and Linux (may be the fallback name)."""
    stem = unicodedata.normalize("NFC", text)
    stem = _FORBIDDEN.sub(" ", stem)
    stem = " ".join(stem.split())  # also turns tabs and odd Unicode spaces into one plain space
    stem = stem[:_MAX_STEM].strip(" .")
    if not stem:
        return FALLBACK_STEM
    if stem.split(".")[0].strip().lower() in _RESERVED:
        stem = f"{stem}_"
    return stem


def default_plan_path(plan: Plan) -> Path:
    """Where a new plan is saved by default: the plans folder, named after the authority."""
    return paths.plans_dir() / f"{safe_file_stem(plan.authority.name or plan.title)}{PLAN_SUFFIX}"


def with_plan_suffix(path: Path) -> Path:
    """``path`` as typed in a save dialog, with the plan extension added unless it has one (or ``.json``)."""
    path = Path(path)
    if path.name.lower().endswith((*PLAN_SUFFIXES, ".json")):
        return path
    return path.with_name(path.name + PLAN_SUFFIX)


def backup_path(path: Path) -> Path:
    """The previous version of ``path``, kept by every save."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def damaged_path(path: Path) -> Path:
    """Where a save puts aside an existing file that was not a readable plan, instead of the backup."""
    path = Path(path)
    return path.with_name(path.name + DAMAGED_SUFFIX)
