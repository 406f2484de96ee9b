#!/usr/bin/env python3
"""Territories: cold load of the bundled list and search latency, beside a naive search.

- Load: a fresh interpreter reads the table, then builds the search index (median of 5 runs,
  each in its own process so nothing is cached).
- Search: 100 queries typed by users (names with and without accents, partial names, « st »,
  postal codes, codes), p50 and max, against the reference: the obvious implementation, a Python
  loop over the 36,000 pre-normalised names testing every query word (same results, no index).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

QUERIES = [
    "paris", "kremlin", "kremlin bicetre", "le kremlin-bicêtre", "st denis", "saint-denis", "lyon",
    "marseille", "ivry", "vitry", "courneuve", "les lilas", "lhay", "l'haÿ-les-roses", "fontenay",
    "fontenay sous bois", "blois", "nantes", "rennes", "brest", "bordeaux", "toulouse", "montpellier", "nice",
    "strasbourg", "lille", "grenoble", "dijon", "tours", "orleans", "le havre", "rouen", "caen", "reims",
    "metz", "nancy", "besancon",
    "clermont", "limoges", "poitiers", "la rochelle", "angers", "le mans", "amiens", "perpignan", "nimes",
    "avignon", "aix", "toulon", "ajaccio", "bastia", "pointe a pitre", "fort de france", "cayenne",
    "st pierre", "ste marie", "saint-martin", "villeneuve", "neuilly", "boulogne", "montreuil", "créteil",
    "herault", "hérault", "charente", "nord", "hauts-de-seine", "gironde", "ain", "val de marne",
    "ile de france", "normandie", "bretagne", "occitanie", "grand est", "nouvelle aquitaine",
    "grand paris", "plaine commune", "est ensemble", "communaute d agglomeration", "metropole",
    "94", "75", "13", "2a", "971", "94270", "75011", "13001", "69003", "33000", "942", "9427",
    "94043", "200054781", "s", "sa", "zzqxw", "paris 11", "coeur d essonne",
]
assert len(QUERIES) == 100, len(QUERIES)

COLD = r"""
import time
t0 = time.perf_counter()
from exitplanner.territories import data, search
t1 = time.perf_counter()
data.table()
t2 = time.perf_counter()
search.prepare()
t3 = time.perf_counter()
search.search("kremlin", 20)
t4 = time.perf_counter()
print(f"{t1 - t0} {t2 - t1} {t3 - t2} {t4 - t3}")
"""


def cold_load(runs: int = 5) -> list[list[float]]:
    samples = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True).stdout
        samples.append([float(x) * 1000 for x in out.split()])
    return samples


def naive_search(names: list[str], populations: list[int], normalise, query: str, limit: int) -> list[int]:
    words = normalise(query).split()
    if not words:
        return []
    found = [i for i, name in enumerate(names) if all(f" {w}" in f" {name}" for w in words)]
    found.sort(key=lambda i: -populations[i])
    return found[:limit]


def latencies(function, queries: list[str]) -> list[float]:
    values = []
    for query in queries:
        start = time.perf_counter()
        function(query)
        values.append((time.perf_counter() - start) * 1000)
    return values


def main() -> int:
    samples = cold_load()
    labels = ["import", "read table", "build index", "first search"]
    header = "".join(f"{label:>14}" for label in labels)
    print(f"{'cold load (ms, median of 5)':28}{header}{'total':>10}")
    medians = [statistics.median(column) for column in zip(*samples, strict=True)]
    print(f"{'':28}" + "".join(f"{m:14.1f}" for m in medians) + f"{sum(medians):10.1f}")

    from exitplanner.territories import data, search

    search.prepare()
    table = data.table()
    names = search._normalise_block("\n".join(table.column("name"))).split("\n")
    populations = [int(p) if p else 0 for p in table.column("population")]
    for query in QUERIES:  # warm both (first numeric query builds the postal index)
        search.search(query, 20)
    ours = latencies(lambda q: search.search(q, 20), QUERIES)
    naive = latencies(lambda q: naive_search(names, populations, search.normalise, q, 20), QUERIES)
    print()
    print(f"{'search, 100 queries (ms)':36} {'p50':>8} {'p90':>8} {'max':>8} {'total':>8}")
    for label, values in (("naive loop (reference)", naive), ("territories.search", ours)):
        ordered = sorted(values)
        p90 = ordered[int(len(ordered) * 0.9) - 1]
        print(f"{label:36} {statistics.median(values):8.2f} {p90:8.2f} {max(values):8.2f} {sum(values):8.1f}")
    ratio = statistics.median(naive) / statistics.median(ours)
    print(f"{'speed-up (reference / ours, p50)':36} {ratio:8.1f}×")
    slowest = sorted(zip(ours, QUERIES, strict=True), reverse=True)[:3]
    print("slowest queries:", ", ".join(f"{q!r} {ms:.1f} ms" for ms, q in slowest))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
