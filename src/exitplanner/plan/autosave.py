"""Autosave: the GUI marks the plan dirty on every edit and calls ``save_if_dirty`` from a timer.

Where the autosave goes:

* a plan that has a file (opened or saved once) is saved **to that file** — with the same atomic
  write and ``.bak`` rotation as an explicit save — because the user expects their file to be up
  to date, and a separate recovery file would leave two diverging copies to choose between;
* an untitled plan goes to ``plans_dir()/autosave-<created>.exitplan``, named after the
  plan's creation time (``autosave-20260304T050607.exitplan``), with ``-2``, ``-3``… added
  when that file already exists (a leftover of another session is never overwritten). The name
  is chosen at the first autosave and kept for the life of the Autosaver. When the user then
  saves it under a name, :meth:`Autosaver.attach` switches to that file and deletes the
  autosave. At start-up the GUI
  can offer :func:`untitled_autosaves` for recovery (they open like any plan).

Plain Python, no Qt, no threads: a dirty *generation* counter makes sure an edit made while a save
is being written keeps the plan dirty.
"""

from __future__ import annotations

import contextlib
import logging
import re
from pathlib import Path

from exitplanner import paths
from exitplanner.plan import storage
from exitplanner.plan.filenames import PLAN_SUFFIX, PLAN_SUFFIXES
from exitplanner.plan.model import Plan

log = logging.getLogger(__name__)

AUTOSAVE_PREFIX = "autosave-"


def _stamp(created: str) -> str:
    digits = re.sub(r"[^0-9]", "", created.split("+")[0])[:14]
    return f"{digits[:8]}T{digits[8:]}" if len(digits) == 14 else digits or "plan"


def untitled_autosaves() -> list[Path]:
    """Autosaves of untitled plans left in the plans folder (e.g. after a crash), newest first."""
    folder = paths.plans_dir()
    found = [path for suffix in PLAN_SUFFIXES for path in folder.glob(f"{AUTOSAVE_PREFIX}*{suffix}")]
    return sorted(found, key=lambda path: path.stat().st_mtime, reverse=True)


class Autosaver:
    """Keeps one plan saved. ``path`` is ``None`` while the plan is untitled."""

    def __init__(self, plan: Plan, path: str | Path | None = None) -> None:
        self.plan = plan
        self.path: Path | None = Path(path) if path is not None else None
        self._generation = 0
        self._saved_generation = 0
        self._untitled_path: Path | None = None

    @property
    def dirty(self) -> bool:
        return self._generation != self._saved_generation

    def mark_dirty(self) -> None:
        self._generation += 1

    def mark_clean(self) -> None:
        """After an explicit Save done by the caller."""
        self._saved_generation = self._generation

    def untitled_path(self) -> Path:
        """The autosave file of this untitled plan (chosen once, then stable)."""
        if self._untitled_path is None:
            base = f"{AUTOSAVE_PREFIX}{_stamp(self.plan.created)}"
            candidate = paths.plans_dir() / f"{base}{PLAN_SUFFIX}"
            number = 2
            while candidate.exists():
                candidate = paths.plans_dir() / f"{base}-{number}{PLAN_SUFFIX}"
                number += 1
            self._untitled_path = candidate
        return self._untitled_path

    def target(self) -> Path:
        """Where the next autosave goes."""
        return self.path if self.path is not None else self.untitled_path()

    def save_if_dirty(self) -> Path | None:
        """Save when there are unsaved edits; the path written, or ``None`` when nothing to do.

        Raises :class:`~exitplanner.plan.errors.PlanError` (the plan stays dirty, so the next tick
        retries); the GUI shows the message in its status bar.
        """
        if not self.dirty:
            return None
        generation = self._generation
        target = self.target()
        storage.save_plan(self.plan, target)
        self._saved_generation = generation
        log.debug("autosaved to %s", target)
        return target

    def attach(self, path: str | Path, plan: Plan | None = None) -> None:
        """The plan now lives at ``path`` (Save As, Open): forget and delete the untitled autosave."""
        self.discard_untitled()
        self.path = Path(path)
        if plan is not None:
            self.plan = plan
            self._saved_generation = self._generation

    def discard_untitled(self) -> None:
        """Delete this plan's untitled autosave and its backup (after Save As, or when closing unsaved)."""
        if self._untitled_path is not None:
            for leftover in (self._untitled_path, storage.backup_path(self._untitled_path)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        self._untitled_path = None
