"""The gate the deletion job must pass: the archive of record of this account exists and verifies.

Deleting public records needs an archive the Archives départementales can take (DESIGN §2.3 and §5).
The real check belongs to the archive-of-record step (issue 4): ``exitplanner.record.gate.check(plan)``
re-hashes the archive of record and returns a result with the same three fields as :class:`GateResult`
(its own class; the job reads only ``ok``, ``message`` and ``warning``). The job itself only takes a
``gate`` callable, so it never depends on how the check is made. When the record module is absent
(a trimmed build), :func:`gate_for_plan` returns a gate that always refuses: nothing here pretends
the archive was verified.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class GateResult:
    """``ok``: deletion may start. ``message``: user-facing explanation (why not, or what was checked).
    ``warning``: something to show even when ``ok`` (e.g. the Archives départementales visa not recorded);
    the caller asks for confirmation when there is one."""

    ok: bool
    message: str
    warning: str | None = None


Gate = Callable[[], GateResult]


def record_step_missing() -> GateResult:
    """The refusal used while no archive-of-record check is available."""
    return GateResult(False, QCoreApplication.translate(
        "CleanupGate",
        "Deletion cannot start: the archive of record step must be completed first (a verified archive "
        "of this account's posts, to hand over to the Archives départementales)."))


def gate_for_plan(plan: object) -> Gate:
    """The gate of ``plan``: issue 4's ``exitplanner.record.gate.check`` when it exists, else a refusal."""
    try:
        from exitplanner.record import gate as record_gate  # type: ignore[attr-defined]
    except ImportError:
        return record_step_missing
    check = getattr(record_gate, "check", None)
    if check is None:
        return record_step_missing
    return lambda: check(plan)
