"""The bundled resource: content, credit, size, and a clear error when it is damaged."""

from __future__ import annotations

import gzip
from collections import Counter

import pytest

from exitplanner.paths import resource
from exitplanner.plan.model import AuthorityKind
from exitplanner.territories import SOURCE_CREDIT, data


def test_resource_holds_every_kind_with_plausible_counts():
    counts = Counter(t.kind for t in data.territories())
    assert 34_900 < counts[AuthorityKind.COMMUNE] < 36_000
    assert counts[AuthorityKind.DEPARTEMENT] == 101
    assert counts[AuthorityKind.REGION] == 18
    assert 1_200 < counts[AuthorityKind.EPCI] < 1_400


def test_a_commune_carries_its_codes_population_and_epci():
    kremlin = data.get("94043")
    assert kremlin.kind == AuthorityKind.COMMUNE
    assert (kremlin.departement, kremlin.region, kremlin.postal_codes) == ("94", "11", ("94270",))
    assert kremlin.population > 20_000
    assert data.get(kremlin.epci).name == "Métropole du Grand Paris"
    assert data.get("75111").parent == "75056"
    assert data.get("94").population > 1_000_000


def test_resource_is_small_and_credited():
    assert resource("territories", "territories.tsv.gz").stat().st_size < 1_200_000
    source = resource("territories", "SOURCE.md").read_text(encoding="utf-8")
    assert "Licence Ouverte" in source and "6.0.0" in source and "@etalab/decoupage-administratif" in source
    assert "Licence Ouverte" in SOURCE_CREDIT and "Etalab" in SOURCE_CREDIT


def test_damaged_resource_raises_a_typed_error(tmp_path, monkeypatch):
    broken = tmp_path / "territories.tsv.gz"
    broken.write_bytes(gzip.compress(b"not a table\n"))
    monkeypatch.setattr(data, "resource", lambda *parts: broken)
    data.table.cache_clear()
    try:
        with pytest.raises(data.ResourceError):
            data.table()
        broken.write_bytes(b"\x00\x01 not gzip")
        with pytest.raises(data.ResourceError):
            data.table()
    finally:
        monkeypatch.undo()
        data.table.cache_clear()
    assert data.table().count > 36_000


def test_precomputed_search_keys_match_the_normaliser():
    from exitplanner.territories.search import normalise

    table = data.table()
    stale = [
        (name, key)
        for name, key in zip(table.column("name"), table.column("key"), strict=True)
        if normalise(name) != key
    ]
    assert not stale, f"rebuild with scripts/build_territories.py: {stale[:5]}"
