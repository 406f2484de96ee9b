"""Upgrading plan files written in an older schema, one version at a time.

A plan is kept for months and handed between colleagues whose copies of the app are not updated
together, so every change to the file layout that an older reader could misread bumps
``SCHEMA_VERSION`` and registers here a function that upgrades a plain dict from version N to
N + 1. ``load_plan`` runs :func:`migrate` on the parsed JSON before building the dataclasses, so
the model code only ever sees the current layout. Migrations work on plain data (never on the
dataclasses, which only know the current layout) and must not lose information: whatever has no
place in the new layout goes under a top-level key, which is then kept in ``Plan.unknown``.

Schema 1 is the first published layout, so the registry is empty for now; the tests register a
version 0 → 1 migration to prove the hook works.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from exitplanner.plan.model import SCHEMA_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]

# version N → function turning a version N dict into a version N + 1 dict.
MIGRATIONS: dict[int, Migration] = {}


class MigrationError(Exception):
    """The data cannot be brought to the current schema (no migration from its version, or a bad version)."""

    def __init__(self, message: str, version: object = None) -> None:
        super().__init__(message)
        self.version = version


def schema_version_of(data: dict[str, Any]) -> int:
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise MigrationError("schema_version is missing or not a whole number", version)
    return version


def migrate(data: dict[str, Any], *, target: int = SCHEMA_VERSION,
            migrations: dict[int, Migration] | None = None) -> dict[str, Any]:
    """``data`` upgraded to schema ``target``; the caller's dict is never modified.

    Data already at ``target`` is returned as it is. Data from a newer schema raises
    :class:`MigrationError` (``load_plan`` checks for that earlier and says so to the user).
    """
    registry = MIGRATIONS if migrations is None else migrations
    version = schema_version_of(data)
    if version > target:
        raise MigrationError(f"schema_version {version} is newer than {target}", version)
    if version == target:
        return data
    data = copy.deepcopy(data)
    while version < target:
        step = registry.get(version)
        if step is None:
            raise MigrationError(f"no migration from schema_version {version}", version)
        upgraded = step(data)
        if not isinstance(upgraded, dict):
            raise MigrationError(f"migration from {version} returned {type(upgraded).__name__}", version)
        version += 1
        upgraded["schema_version"] = version
        data = upgraded
    return data
