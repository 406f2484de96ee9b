"""Build resources/territories/territories.tsv.gz from the npm package @etalab/decoupage-administratif.

The app ships a compact table of every French commune, département, région, EPCI and EPT so
that step 1 can search them offline. The source package is large (13 MB of JSON with member lists
and historical communes); this script keeps what the app uses and writes one gzipped TSV line
per column (~0.5 MB, parsed in a few milliseconds).

Usage::

    python scripts/build_territories.py                 # npm pack @etalab/decoupage-administratif@6.0.0
    python scripts/build_territories.py --package DIR   # an already extracted package/ folder

Layout: UTF-8, column-major — a header line ``#exitplanner-territories<TAB>1<TAB>COUNT`` then one
line per column, its name followed by COUNT tab-separated values. Columns::

    kind code name tncc population departement region postal_codes epci short_name parent key

``postal_codes`` are space-separated; ``parent`` is the commune of an arrondissement municipal;
``key`` is ``exitplanner.territories.search.normalise(name)`` (a test keeps them in step).
Corrections applied to the source are listed in ``_fix_tncc`` and in SOURCE.md.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from exitplanner.territories.grammar import (  # noqa: E402
    clean_name,
    infer_tncc,
    starts_with_vowel,
    written_article,
)
from exitplanner.territories.search import normalise  # noqa: E402

PACKAGE = "@etalab/decoupage-administratif"
VERSION = "6.0.0"
OUT_DIR = ROOT / "resources" / "territories"
COLUMNS = (
    "kind", "code", "name", "tncc", "population", "departement", "region", "postal_codes", "epci",
    "short_name", "parent", "key",
)

EPCI_TYPES = {
    "CC": "Communauté de communes",
    "CA": "Communauté d'agglomération",
    "CU": "Communauté urbaine",
}
# Overseas collectivities appear in the source both as « départements » and « régions »; they are
# neither, and are kept once, as kind "other". The Southern lands and Clipperton have no elected
# council nor inhabitants and are left out with their districts.
OVERSEAS = {"975", "977", "978", "986", "987", "988"}
NO_COUNCIL = {"984", "989"}
# INSEE's article for overseas collectivities that the source leaves at 0.
OVERSEAS_TNCC = {"987": 3, "988": 3}


def fetch_package(dest: Path) -> Path:
    """``npm pack`` the pinned version into ``dest`` and extract it; return the package folder."""
    result = subprocess.run(
        ["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=dest, check=True, capture_output=True,
        text=True,
    )
    tarball = dest / result.stdout.strip().splitlines()[-1]
    with tarfile.open(tarball) as tar:
        wanted = ("package/data/", "package/package.json")
        members = [m for m in tar.getmembers() if m.isfile() and m.name.startswith(wanted)]
        tar.extractall(dest, members=members, filter="data")
    return dest / "package"


def _fix_tncc(name: str, tncc: int | None, fixes: Counter) -> int:
    """The source's ``typeLiaison``, reconciled with the article written in the name.

    A handful of names carry an article their code does not announce (« Le Vernet-Chaméane »
    coded 0) and overseas communes have no code at all; both are derived from the spelling.
    """
    code, _article, _rest = written_article(name)
    if code is not None and tncc != code:
        fixes["article written in the name"] += 1
        return code
    if tncc is None:
        fixes["missing code"] += 1
        return infer_tncc(name)
    if tncc == 1 and not starts_with_vowel(name) and not name.lower().startswith("h"):
        fixes["elision before a consonant"] += 1
        return 0
    return tncc


def epci_article(display_name: str) -> int:
    """TNCC-like code for an EPCI's display name: the article its head noun takes.

    « Communauté … », « Métropole … » → la (3); « Eurométropole … », « Établissement public … »
    → l' (5); a name that starts with a place (« Bordeaux Métropole », « Plaine Commune ») has
    no article (0, or 1 before a vowel: « d'Est Ensemble »).
    """
    first = display_name.split(" ", 1)[0].split("-", 1)[0]
    if first in {"Communauté", "Métropole", "Agglomération"}:
        return 3
    if first in {"Eurométropole", "Établissement"}:
        return 5
    code, _article, _rest = written_article(display_name)
    if code is not None:
        return code
    return 1 if starts_with_vowel(display_name) else 0


def epci_display_name(kind: str, name: str) -> str:
    prefix = kind + " "
    if kind in EPCI_TYPES and name.startswith(prefix):
        return EPCI_TYPES[kind] + " " + name[len(prefix) :]
    return name


def build(package_dir: Path) -> tuple[list[tuple], Counter]:
    data = package_dir / "data"

    def load(name: str) -> list[dict]:
        return json.loads((data / f"{name}.json").read_text(encoding="utf-8"))

    fixes: Counter = Counter()
    communes = load("communes")
    epcis = load("epci")
    epts = load("ept")

    epci_of: dict[str, str] = {}
    for epci in epcis:
        for member in epci["membres"]:
            epci_of[member["code"]] = epci["code"]

    rows: list[tuple] = []
    dep_population: Counter = Counter()
    reg_population: Counter = Counter()
    pop_by_commune: dict[str, int] = {}
    dep_of_commune: dict[str, tuple[str, str]] = {}
    for c in communes:
        if c["type"] == "commune-actuelle":
            if c["departement"] in NO_COUNCIL:
                continue
            pop = c.get("population")
            tncc = _fix_tncc(c["nom"], c.get("typeLiaison"), fixes)
            rows.append(
                ("commune", c["code"], c["nom"], tncc, pop, c["departement"], c["region"],
                 " ".join(c.get("codesPostaux", [])), epci_of.get(c["code"], ""), "", "")
            )
            dep_population[c["departement"]] += pop or 0
            reg_population[c["region"]] += pop or 0
            pop_by_commune[c["code"]] = pop or 0
            dep_of_commune[c["code"]] = (c["departement"], c["region"])
        elif c["type"] == "arrondissement-municipal":
            # « Paris 11e Arrondissement » → « 11e arrondissement de Paris » (its mairie's usage).
            city, number = c["nom"].split(" ", 1)
            number = number.replace("Arrondissement", "arrondissement")
            rows.append(
                ("commune", c["code"], f"{number} de {city}", 2, c.get("population"), c["departement"],
                 c["region"], " ".join(c.get("codesPostaux", [])), epci_of.get(c["commune"], ""), "",
                 c["commune"])
            )

    for d in load("departements"):
        if d["code"] in NO_COUNCIL:
            continue
        kind = "other" if d["code"] in OVERSEAS else "departement"
        tncc = OVERSEAS_TNCC.get(d["code"], d["typeLiaison"])
        rows.append(
            (kind, d["code"], d["nom"], _fix_tncc(d["nom"], tncc, fixes), dep_population[d["code"]] or None,
             d["code"], d["region"], "", "", "", "")
        )
    for r in load("regions"):
        if r["code"] in OVERSEAS or r["code"] in NO_COUNCIL:
            continue
        rows.append(
            ("region", r["code"], r["nom"], _fix_tncc(r["nom"], r["typeLiaison"], fixes),
             reg_population[r["code"]] or None, "", r["code"], "", "", "", "")
        )

    for group in (epcis, epts):
        for e in group:
            kind = e["type"]
            short = clean_name(e["nom"])  # the source has a few doubled spaces
            if kind == "EPT":
                display = f"Établissement public territorial {short}"
            else:
                display = epci_display_name(kind, short)
            # Seat unknown in the source: the département holding most of the population.
            weight: Counter = Counter()
            for member in e["membres"]:
                if member["code"] in dep_of_commune:
                    weight[dep_of_commune[member["code"]]] += pop_by_commune.get(member["code"], 0) + 1
            dep, region = weight.most_common(1)[0][0] if weight else ("", "")
            rows.append(
                ("epci", e["code"], display, epci_article(display), e.get("populationMunicipale") or None,
                 dep, region, "", "", short, "")
            )

    order = {"region": 0, "departement": 1, "other": 2, "epci": 3, "commune": 4}
    rows.sort(key=lambda r: (order[r[0]], r[1]))
    # The search key of each name, computed here once: Unicode folding of 36,000 names is the
    # slowest part of building the index, and the app need not repeat it at every start.
    return [(*row, normalise(row[2])) for row in rows], fixes


def write(rows: list[tuple], out: Path) -> None:
    """One line per column (« column-major »): the app splits eleven long lines instead of 36,000
    short ones, which makes loading an order of magnitude faster."""
    text = io.StringIO()
    text.write(f"#exitplanner-territories\t1\t{len(rows)}\n")
    for index, column in enumerate(COLUMNS):
        cells = ["" if row[index] is None else str(row[index]) for row in rows]
        assert not any("\t" in c or "\n" in c for c in cells), column
        text.write(column + "\t" + "\t".join(cells) + "\n")
    # mtime=0 keeps the output byte-identical from one run to the next (reviewable diffs).
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(text.getvalue().encode("utf-8"))


SOURCE_MD = """# Territories data

`territories.tsv.gz` is derived by `scripts/build_territories.py` from the npm package
[`{package}`](https://www.npmjs.com/package/{package}) version **{version}**
(millésime 2026, <https://github.com/datagouv/decoupage-administratif>), itself built from the
*Code officiel géographique* of INSEE, the DGCL list of EPCI à fiscalité propre, INSEE's list of
établissements publics territoriaux, INSEE legal populations and La Poste's postal codes.

- Data licence: **Licence Ouverte / Open Licence (Etalab)**,
  <https://www.etalab.gouv.fr/licence-ouverte-open-licence>. Package code: MIT.
- Credit: « Source : INSEE, DGCL, La Poste, via Etalab (@etalab/decoupage-administratif {version}),
  Licence Ouverte. »

## What is kept

{counts}

Columns: {columns}.
Communes: `commune-actuelle` entries and the arrondissements municipaux of Paris, Lyon and
Marseille (renamed « 11e arrondissement de Paris »). EPCI: CC, CA, CU, METRO, MET69, and the EPT
of the Grand Paris; their display name expands the abbreviation (« CA … » → « Communauté
d'agglomération … », EPT → « Établissement public territorial … ») and the official short name
is kept in `short_name`. Population: population municipale (summed over the communes for
départements and régions). An EPCI's département is the one holding most of its population.

## Changes made to the source

- TNCC (`typeLiaison`) reconciled with the article written in the name, or derived from the
  spelling where the source has none: {fixes}.
- Overseas collectivities (975, 977, 978, 986, 987, 988) kept once, as kind `other`; Polynésie
  française and Nouvelle-Calédonie take « la » (tncc 3). The Terres australes et antarctiques
  françaises and Clipperton (no elected council) are left out.
- Doubled spaces in EPCI names collapsed.
- An EPCI's article is derived from its display name (« la Communauté … », « l'Établissement
  public territorial … », none for « Bordeaux Métropole »).
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, help="extracted package folder (holding data/)")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        package_dir = args.package or fetch_package(Path(tmp))
        meta = json.loads((package_dir / "package.json").read_text(encoding="utf-8"))
        if meta.get("version") != VERSION:
            print(f"expected {PACKAGE} {VERSION}, found {meta.get('version')}", file=sys.stderr)
            return 1
        rows, fixes = build(package_dir)
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / "territories.tsv.gz"
    write(rows, out)
    kinds = Counter(r[0] for r in rows)
    arrondissements = sum(1 for r in rows if r[10])
    note = f" (of which {arrondissements} arrondissements municipaux)"
    counts = "\n".join(
        f"- {kind}: {n}" + (note if kind == "commune" else "") for kind, n in sorted(kinds.items())
    )
    fix_text = ", ".join(f"{what} ({n})" for what, n in sorted(fixes.items())) or "none"
    (args.out / "SOURCE.md").write_text(
        SOURCE_MD.format(package=PACKAGE, version=VERSION, counts=counts, columns=", ".join(COLUMNS),
                         fixes=fix_text),
        encoding="utf-8",
    )
    print(f"{out}: {len(rows)} rows, {out.stat().st_size / 1024:.0f} KiB; {dict(kinds)}; fixes {dict(fixes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
