"""Timing helpers shared by the benchmark scripts (run as ``python benchmarks/bench_*.py``, so this
folder is on ``sys.path``).

Two measures recur: the median time of a short action repeated, and the longest stall a thread
doing work inflicts on another one ticking every 5 ms — how we measure that the GUI thread never
blocks for more than 50 ms while an import or an export runs in a worker.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

TICK = 0.005  # seconds between two heartbeats


def median_ms(action: Callable[[], object], runs: int = 15) -> float:
    """Median wall time of ``action()`` over ``runs`` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def worst_stall(alive: Callable[[], bool]) -> float:
    """Tick every ``TICK`` seconds while ``alive()``; the longest delay past a tick, in seconds."""
    worst, last = 0.0, time.perf_counter()
    while alive():
        time.sleep(TICK)
        now = time.perf_counter()
        worst, last = max(worst, now - last - TICK), now
    return worst
