"""The bundled list of French authorities, loaded once on first use.

The resource (``resources/territories/territories.tsv.gz``, built by
``scripts/build_territories.py``, 0.6 MB) is a gzipped, column-major TSV: one line per column,
so reading it is a dozen ``str.split`` calls (about 20 ms) rather than a JSON parse of 36,000
objects; its ``key`` column holds each name already normalised for the search. Columns are split
on first use and ``Territory`` objects made only for the rows asked for. Nothing is read until
the first lookup, so the app's start-up does not pay for it.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache

from exitplanner.paths import resource
from exitplanner.plan.model import AuthorityKind

RESOURCE = ("territories", "territories.tsv.gz")
COLUMNS = (
    "kind", "code", "name", "tncc", "population", "departement", "region", "postal_codes", "epci",
    "short_name", "parent", "key",
)
_KINDS = {kind.value: kind for kind in AuthorityKind}


@dataclass(frozen=True, slots=True)
class Territory:
    """One authority of the official list.

    ``code`` is the INSEE code (commune, département, région) or the SIREN (EPCI, EPT);
    ``tncc`` the INSEE article code (see ``grammar``); ``name`` the display name, article
    included for communes, abbreviations expanded for EPCI (``short_name`` keeps the official
    one, « CA Grand Paris Sud Seine Essonne Sénart »); ``epci`` the SIREN of a commune's EPCI;
    ``parent`` the commune of an arrondissement municipal (« 75056 » for Paris 11e).
    """

    code: str
    kind: AuthorityKind
    name: str
    tncc: int
    population: int | None = None
    departement: str = ""
    region: str = ""
    postal_codes: tuple[str, ...] = ()
    epci: str = ""
    short_name: str = ""
    parent: str = ""


class Table:
    """The resource as parallel columns of strings; ``Territory`` objects are made on demand.

    The file is column-major (see ``scripts/build_territories.py``): splitting eleven long lines
    is much faster than parsing 36,000 rows, and most lookups need only a few rows as objects.
    """

    def __init__(self, raw_columns: dict[str, str], count: int) -> None:
        self._raw = raw_columns
        self._split: dict[str, list[str]] = {}
        self.count = count
        self._made: list[Territory | None] = [None] * count

    def column(self, name: str) -> list[str]:
        """One column as a list, split on first use (a lookup by name never needs ``region``)."""
        values = self._split.get(name)
        if values is None:
            values = self._raw[name].split("\t")
            if len(values) != self.count:
                raise ResourceError(f"territories column {name!r} has {len(values)} values, not {self.count}")
            self._split[name] = values
        return values

    def __len__(self) -> int:
        return self.count

    def territory(self, index: int) -> Territory:
        made = self._made[index]
        if made is None:
            c = self.column
            population = c("population")[index]
            postal = c("postal_codes")[index]
            made = Territory(
                code=c("code")[index],
                kind=_KINDS[c("kind")[index]],
                name=c("name")[index],
                tncc=int(c("tncc")[index]),
                population=int(population) if population else None,
                departement=c("departement")[index],
                region=c("region")[index],
                postal_codes=tuple(postal.split()) if postal else (),
                epci=c("epci")[index],
                short_name=c("short_name")[index],
                parent=c("parent")[index],
            )
            self._made[index] = made
        return made


class ResourceError(RuntimeError):
    """The bundled territories file is missing or damaged (a broken installation)."""


@cache
def table() -> Table:
    """The bundled list, read once (a few milliseconds)."""
    path = resource(*RESOURCE)
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        magic, _version, count_text = lines[0].split("\t")
        count = int(count_text)
        columns = {}
        for line in lines[1:]:
            if line:
                name, _, values = line.partition("\t")
                columns[name] = values
    except (OSError, ValueError, EOFError) as exc:
        raise ResourceError(f"cannot read {path}: {exc}") from exc
    if magic != "#exitplanner-territories" or set(columns) != set(COLUMNS):
        raise ResourceError(f"{path} is not a territories table")
    return Table(columns, count)


@cache
def territories() -> tuple[Territory, ...]:
    """Every authority of the bundled list (régions, départements, overseas, EPCI, communes)."""
    data = table()
    return tuple(data.territory(i) for i in range(len(data)))


@cache
def code_rows() -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, code in enumerate(table().column("code")):
        index.setdefault(code.upper(), []).append(i)
    return index


def by_code(code: str) -> tuple[Territory, ...]:
    """Every authority with this code: « 94 » is a département, « 11 » a région, « 94043 » a commune."""
    data = table()
    return tuple(data.territory(i) for i in code_rows().get((code or "").strip().upper(), ()))


def get(code: str, kind: AuthorityKind | str | None = None) -> Territory | None:
    """The authority with this code (and kind, since département and région codes overlap)."""
    found = by_code(code)
    if kind is not None:
        wanted = _KINDS.get(str(kind))
        found = tuple(t for t in found if t.kind == wanted)
    if not found:
        return None
    # Without a kind, a two-digit code means the département (« 94 »), the usual intent.
    order = {AuthorityKind.COMMUNE: 0, AuthorityKind.DEPARTEMENT: 1, AuthorityKind.OTHER: 2,
             AuthorityKind.EPCI: 3, AuthorityKind.REGION: 4}
    return min(found, key=lambda t: order.get(t.kind, 9))
