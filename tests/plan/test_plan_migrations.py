"""The migration hook: load_plan upgrades older layouts in memory before reading them."""

from __future__ import annotations

import json

import pytest

from exitplanner.plan import migrations
from exitplanner.plan.errors import PlanCorruptError
from exitplanner.plan.migrations import MigrationError, migrate
from exitplanner.plan.model import SCHEMA_VERSION, Network, StepId, StepStatus
from exitplanner.plan.storage import load_plan, save_plan

# A "version 0" pre-release layout: the authority was flat at the top level, accounts were called
# "comptes" with "reseau", and the steps were a list of finished step names.
VERSION_0 = {
    "format": "exitplanner-plan",
    "schema_version": 0,
    "nom": "Villeneuve-sur-Exemple",
    "site": "villeneuve-sur-exemple.fr",
    "comptes": [{"reseau": "x", "identifiant": "VilleneuveSurEx"}, {"reseau": "mastodon",
                                                                   "identifiant": "@v@social.example"}],
    "etapes_finies": ["authority"],
    "brouillon": "kept somewhere",
}


def version_0_to_1(data: dict) -> dict:
    return {
        "format": data["format"],
        "schema_version": 1,
        "authority": {"name": data.pop("nom"), "website": data.pop("site")},
        "accounts": [
            {"network": item["reseau"], "handle": item["identifiant"]} for item in data.pop("comptes")
        ],
        "steps": {step: "done" for step in data.pop("etapes_finies")},
        # Whatever has no place in the new layout is kept under a top-level key (→ Plan.unknown).
        "pre_release": {key: value for key, value in data.items() if key not in ("format", "schema_version")},
    }


def test_load_runs_the_registered_migration(tmp_path, monkeypatch):
    monkeypatch.setitem(migrations.MIGRATIONS, 0, version_0_to_1)
    path = tmp_path / "old.exitplan.json"
    path.write_text(json.dumps(VERSION_0), encoding="utf-8")
    original = path.read_bytes()
    plan = load_plan(path)
    assert plan.authority.name == "Villeneuve-sur-Exemple"
    assert plan.authority.website == "villeneuve-sur-exemple.fr"
    assert [a.network for a in plan.accounts] == [Network.X, Network.MASTODON]
    assert plan.steps[StepId.AUTHORITY] is StepStatus.DONE
    assert plan.unknown == {"pre_release": {"brouillon": "kept somewhere"}}
    assert path.read_bytes() == original  # loading never rewrites the file
    save_plan(plan, path)  # saving writes the current schema; the old file becomes the backup
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert load_plan(path).authority.name == "Villeneuve-sur-Exemple"
    assert (tmp_path / "old.exitplan.json.bak").read_bytes() == original


def test_without_a_migration_an_old_file_is_refused_untouched(tmp_path):
    assert 0 not in migrations.MIGRATIONS
    path = tmp_path / "old.json"
    path.write_text(json.dumps(VERSION_0), encoding="utf-8")
    with pytest.raises(PlanCorruptError) as caught:
        load_plan(path)
    assert "old file format" in str(caught.value)
    assert json.loads(path.read_text(encoding="utf-8")) == VERSION_0


def test_a_crashing_migration_is_a_damaged_file_not_a_crash(tmp_path, monkeypatch):
    monkeypatch.setitem(migrations.MIGRATIONS, 0, lambda data: data["missing"])
    path = tmp_path / "old.json"
    path.write_text(json.dumps(VERSION_0), encoding="utf-8")
    with pytest.raises(PlanCorruptError):
        load_plan(path)


def test_chain_of_migrations_runs_in_order_and_does_not_touch_the_input():
    calls = []

    def step(version):
        def upgrade(data):
            calls.append(version)
            data.setdefault("history", []).append(version)
            return data

        return upgrade

    data = {"schema_version": 1, "history": []}
    result = migrate(data, target=4, migrations={1: step(1), 2: step(2), 3: step(3)})
    assert calls == [1, 2, 3]
    assert result == {"schema_version": 4, "history": [1, 2, 3]}
    assert data == {"schema_version": 1, "history": []}


def test_current_data_is_returned_as_is():
    data = {"schema_version": SCHEMA_VERSION}
    assert migrate(data) is data


@pytest.mark.parametrize(
    ("data", "kwargs"),
    [
        ({"schema_version": 1}, {"target": 3, "migrations": {1: lambda d: d}}),  # gap at 2
        ({"schema_version": 5}, {"target": 3, "migrations": {}}),  # newer
        ({"schema_version": "1"}, {}),
        ({"schema_version": True}, {}),
        ({}, {}),
        ({"schema_version": 0}, {"target": 1, "migrations": {0: lambda d: [d]}}),  # returns a list
    ],
)
def test_migration_errors(data, kwargs):
    with pytest.raises(MigrationError):
        migrate(data, **kwargs)
