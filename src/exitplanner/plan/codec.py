"""Plan ⇄ plain JSON data, checked field by field.

The conversion is driven by the dataclasses' own type hints, so a field added to the model is
stored and read back without touching this module. Reading is forgiving where a person editing
the file by hand or an older version could plausibly differ (a missing key takes its default, a
number typed as ``"48000"``, an enum value a newer version introduced falls back to a neutral
value and is logged) and strict where guessing would hide damage (a list where text is expected
raises :class:`PlanCorruptError` naming the field). Unknown top-level keys go to ``Plan.unknown``
and are written back, so an older app does not drop what a newer one added; unknown keys *inside*
the authority, contact, head or accounts are not kept (a newer app that needs them bumps the
schema version, which an older app then refuses to open).
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import logging
import types
import typing
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from exitplanner.plan.errors import PlanCorruptError, PlanFromTheFutureError
from exitplanner.plan.model import (
    SCHEMA_VERSION,
    Account,
    AuthorityKind,
    Gender,
    Network,
    Plan,
    StepId,
    StepStatus,
    Verdict,
)

log = logging.getLogger(__name__)

FORMAT = "exitplanner-plan"

# Where a value from a newer version lands when this version does not know it.
_ENUM_FALLBACK: dict[type[Enum], Enum] = {
    Network: Network.OTHER,
    AuthorityKind: AuthorityKind.OTHER,
    Verdict: Verdict.UNDECIDED,
    Gender: Gender.UNSPECIFIED,
    StepStatus: StepStatus.NOT_STARTED,
}

_PLAN_KEYS = ("title", "created", "modified", "authority", "contact", "head", "accounts", "steps", "sections")
_HEADER_KEYS = ("format", "schema_version")


class _Damaged(Exception):
    """A field has the wrong type; ``where`` names it for the log (never its value)."""

    def __init__(self, where: str, expected: str, found: Any) -> None:
        super().__init__(f"{where}: expected {expected}, found {type(found).__name__}")


# Resolving the string annotations is slow; the classes never change while the app runs.
_type_hints = functools.cache(typing.get_type_hints)


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(_plain(key)): _plain(item) for key, item in value.items()}
    return copy.deepcopy(value)


def to_json_dict(plan: Plan) -> dict[str, Any]:
    """The plan as JSON-ready data: header keys first, enums as their values, unknown keys kept."""
    data: dict[str, Any] = {"format": FORMAT, "schema_version": SCHEMA_VERSION}
    data["title"] = plan.title
    data["created"] = plan.created
    data["modified"] = plan.modified
    data["authority"] = _plain(plan.authority)
    data["contact"] = _plain(plan.contact)
    data["head"] = _plain(plan.head)
    data["accounts"] = [_plain(account) for account in plan.accounts]
    data["steps"] = {StepId(step).value: StepStatus(status).value for step, status in plan.steps.items()}
    data["sections"] = _plain(plan.sections)
    for key, value in plan.unknown.items():
        if key not in data:
            data[key] = copy.deepcopy(value)
    return data


def _convert(value: Any, hint: Any, where: str, default: Any) -> Any:
    """``value`` checked (and gently coerced) against the type hint ``hint``."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        concrete = [option for option in options if option is not type(None)]
        if len(concrete) == 1:
            return _convert(value, concrete[0], where, default)
        raise _Damaged(where, str(hint), value)
    if origin is list:
        if value is None:
            return []
        if not isinstance(value, list):
            raise _Damaged(where, "list", value)
        (item_hint,) = typing.get_args(hint) or (Any,)
        return [_convert(item, item_hint, f"{where}[{index}]", None) for index, item in enumerate(value)]
    if origin is dict or hint is dict:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise _Damaged(where, "object", value)
        return copy.deepcopy(value)
    if hint is Any:
        return copy.deepcopy(value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _enum(hint, value, where, default)
    if hint is bool:
        if isinstance(value, bool):
            return value
        raise _Damaged(where, "true/false", value)
    if hint is int:
        return _int(value, where)
    if hint is str:
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)  # e.g. an INSEE code typed as a number by hand
        raise _Damaged(where, "text", value)
    if dataclasses.is_dataclass(hint):
        return _dataclass(hint, value, where)
    raise _Damaged(where, str(hint), value)


def _int(value: Any, where: str) -> int:
    if isinstance(value, bool):
        raise _Damaged(where, "whole number", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise _Damaged(where, "whole number", value)


def _enum(enum_type: type[Enum], value: Any, where: str, default: Any) -> Enum:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise _Damaged(where, f"one of {[member.value for member in enum_type]}", value)
    try:
        return enum_type(value)
    except ValueError:
        fallback = _ENUM_FALLBACK.get(enum_type, default)
        if fallback is None:
            fallback = next(iter(enum_type))
        log.warning("%s: unknown value %r read as %r", where, value[:40], fallback.value)
        return fallback


def _dataclass(cls: Any, value: Any, where: str) -> Any:
    if value is None:
        return cls()
    if not isinstance(value, dict):
        raise _Damaged(where, "object", value)
    hints = _type_hints(cls)
    kwargs = {}
    for field in dataclasses.fields(cls):
        if field.name not in value:
            continue
        default = field.default if field.default is not dataclasses.MISSING else None
        kwargs[field.name] = _convert(value[field.name], hints[field.name], f"{where}.{field.name}", default)
    ignored = sorted(set(value) - {field.name for field in dataclasses.fields(cls)})
    if ignored:
        log.info("%s: keys not known to this version ignored: %s", where, ", ".join(ignored)[:200])
    return cls(**kwargs)


def _steps(value: Any) -> dict[StepId, StepStatus]:
    steps = {step: StepStatus.NOT_STARTED for step in StepId}
    if value is None:
        return steps
    if not isinstance(value, dict):
        raise _Damaged("steps", "object", value)
    for key, status in value.items():
        try:
            step = StepId(key)
        except ValueError:
            log.warning("steps: unknown step %r ignored", str(key)[:40])
            continue
        steps[step] = _enum(StepStatus, status, f"steps.{key}", StepStatus.NOT_STARTED)
    return steps


def _accounts(value: Any) -> list[Account]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Damaged("accounts", "list", value)
    accounts = [_dataclass(Account, item, f"accounts[{index}]") for index, item in enumerate(value)]
    seen: set[str] = set()
    for account in accounts:
        # Rows are edited by id: a missing or repeated id (hand-edited file) gets a fresh one.
        if not account.id or account.id in seen:
            account.id = Account().id
        seen.add(account.id)
    return accounts


def damaged_message() -> str:
    return QCoreApplication.translate("PlanError", "The plan data is damaged or is not an ExitPlanner plan.")


def from_json_dict(data: Any) -> Plan:
    """A :class:`Plan` from data in the current schema (run ``migrations.migrate`` first).

    Raises :class:`PlanCorruptError` (``detail`` names the faulty field) or
    :class:`PlanFromTheFutureError`.
    """
    if not isinstance(data, dict):
        raise PlanCorruptError(damaged_message(), detail=f"top level is {type(data).__name__}, not an object")
    if data.get("format", FORMAT) != FORMAT:
        raise PlanCorruptError(damaged_message(), detail="format key is not exitplanner-plan")
    version = data.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int):
        raise PlanCorruptError(damaged_message(), detail="schema_version is not a whole number")
    if version > SCHEMA_VERSION:
        raise PlanFromTheFutureError(
            QCoreApplication.translate("PlanError", "This plan was saved by a newer version of ExitPlanner."),
            detail=f"schema_version {version} > {SCHEMA_VERSION}",
        )
    if version < SCHEMA_VERSION:
        raise PlanCorruptError(damaged_message(), detail=f"schema_version {version} was not migrated")
    hints = _type_hints(Plan)
    try:
        # Keys absent from the file keep the model's defaults (a new plan's timestamps, empty parts).
        kwargs: dict[str, Any] = {
            key: _convert(data[key], hints[key], key, None)
            for key in ("title", "created", "modified", "authority", "contact", "head", "sections")
            if key in data
        }
        plan = Plan(
            schema_version=SCHEMA_VERSION,
            accounts=_accounts(data.get("accounts")),
            steps=_steps(data.get("steps")),
            **kwargs,
        )
    except _Damaged as exc:
        raise PlanCorruptError(damaged_message(), detail=str(exc)) from None
    plan.unknown = {
        key: copy.deepcopy(value)
        for key, value in data.items()
        if key not in _PLAN_KEYS and key not in _HEADER_KEYS
    }
    return plan
