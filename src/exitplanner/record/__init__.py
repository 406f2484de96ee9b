"""Archive of record (DESIGN §2.3): a BagIt folder the archives service can take as it is.

Entry points:

- :func:`export_record` (archive, target folder, progress, producer=…) → :class:`RecordResult`;
- :func:`verify` (folder, progress) → :class:`VerifyReport` (missing / added / altered files);
- :func:`gate.check` (plan) → :class:`GateResult`, which the deletion job must call first;
- :mod:`plan_section`: what ``plan.sections["record"]`` holds.

Errors are :class:`RecordError` subclasses with a translated, user-facing message.
"""

from __future__ import annotations

from exitplanner.record.errors import (
    DiskFullError,
    NotARecordError,
    ReadOnlyError,
    RecordError,
    SourceChangedError,
    TargetExistsError,
    WriteError,
)
from exitplanner.record.export import RecordResult, default_folder_name, export_record
from exitplanner.record.gate import GateResult, check
from exitplanner.record.verify import VerifyReport, verify

__all__ = [
    "DiskFullError",
    "GateResult",
    "NotARecordError",
    "ReadOnlyError",
    "RecordError",
    "RecordResult",
    "SourceChangedError",
    "TargetExistsError",
    "VerifyReport",
    "WriteError",
    "check",
    "default_folder_name",
    "export_record",
    "verify",
]
