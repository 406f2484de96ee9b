#!/usr/bin/env python3
"""Deletion pacing: share of X's allowed rate the job uses, and the 429s it causes (DESIGN §7).

The fake X API (tests/fakes/x_api.py) is started with a short window — 50 deletions per second,
fixed windows aligned like X's — and the real job (journal with fsync, HTTP over loopback,
wall-clock waits) deletes ``WINDOWS × 50`` posts. Figures:

* **rate used** = successful requests ÷ (50 × windows the run touched): 100 % means every window the
  run lived in was filled; the target is ≥ 95 %;
* **429s** caused by the job: the target is 0;
* the same two figures, in the same run, for two references: *even spacing* (one request every
  window ÷ limit, the "smooth" alternative to our burst-then-wait) and *no pacing* (send at once,
  wait for the reset only after a 429).

    .venv/bin/python benchmarks/bench_cleanup.py
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from exitplanner.cleanup.clock import SystemClock  # noqa: E402
from exitplanner.cleanup.gate import GateResult  # noqa: E402
from exitplanner.cleanup.job import DeletionJob, JobSettings  # noqa: E402
from exitplanner.cleanup.journal import ACTION_POST, Journal, Target  # noqa: E402
from exitplanner.networks.errors import RateLimited  # noqa: E402
from exitplanner.networks.x import TokenKeeper, Tokens, XClient, XOAuth, XRateLimited  # noqa: E402
from fakes.x_api import FakeX, Limits  # noqa: E402

LIMIT = 50
WINDOW = 1.0
WINDOWS = 5


def fresh_fake(start: int) -> tuple[FakeX, list[str]]:
    fake = FakeX()
    fake.limits = {name: Limits(LIMIT, WINDOW) for name in ("post", "repost", "like", "lookup")}
    ids = [str(start + i) for i in range(LIMIT * WINDOWS)]
    fake.add_posts(ids)
    return fake, ids


def client_for(fake: FakeX) -> XClient:
    keeper = TokenKeeper(XOAuth(fake.client_id, api_base=fake.base_url),
                         Tokens(fake.issue_token(), None, 4e9, fake.client_id))
    return XClient(keeper, api_base=fake.base_url, timeout=5.0)


def figures(fake: FakeX) -> tuple[float, int, float]:
    times = [moment for _bucket, moment in fake.request_times]
    touched = math.floor(max(times) / WINDOW) - math.floor(min(times) / WINDOW) + 1
    return len(times) / (LIMIT * touched), fake.rate_limited, max(times) - min(times)


def run_job(folder: Path) -> tuple[float, int, float]:
    fake, ids = fresh_fake(1_000_000)
    with fake, client_for(fake) as client, Journal(folder / "job.sqlite") as journal:
        journal.add(Target(ACTION_POST, i) for i in ids)
        settings = JobSettings(margin=0.02, slice=0.05, backoff_base=0.05, backoff_cap=0.5)
        DeletionJob(client, journal, lambda: GateResult(True, "bench"), clock=SystemClock(),
                    settings=settings).run()
        assert all(fake.deleted[f"post:{i}"] == 1 for i in ids)
        return figures(fake)


def run_even_spacing() -> tuple[float, int, float]:
    fake, ids = fresh_fake(2_000_000)
    with fake, client_for(fake) as client:
        interval = WINDOW / LIMIT
        next_at = time.monotonic()
        for post_id in ids:
            time.sleep(max(0.0, next_at - time.monotonic()))
            next_at = time.monotonic() + interval
            with contextlib.suppress(RateLimited):
                client.delete_post(post_id)
        return figures(fake)


def run_no_pacing() -> tuple[float, int, float]:
    fake, ids = fresh_fake(3_000_000)
    with fake, client_for(fake) as client:
        queue = list(ids)
        while queue:
            try:
                client.delete_post(queue[0])
                queue.pop(0)
            except XRateLimited as error:
                time.sleep(max(0.0, (error.rate.reset or time.time()) - time.time()) + 0.02)
        return figures(fake)


def main() -> None:
    print(f"Fake X API: {LIMIT} deletions per {WINDOW:g} s window, "
          f"{LIMIT * WINDOWS} posts ({WINDOWS} windows)")
    with tempfile.TemporaryDirectory() as folder:
        rows = [("deletion job (burst, then wait for reset)", run_job(Path(folder))),
                ("reference: even spacing", run_even_spacing()),
                ("reference: no pacing, wait after 429", run_no_pacing())]
    print(f"{'strategy':45} {'rate used':>10} {'429s':>6} {'span (s)':>9}")
    for name, (used, limited, span) in rows:
        print(f"{name:45} {used:>9.1%} {limited:>6} {span:>9.2f}")
    job_used, job_429, _ = rows[0][1]
    print(f"job vs even spacing: {job_used / rows[1][1][0]:.2f}x the rate; target ≥ 95 % and 0 × 429: "
          f"{'met' if job_used >= 0.95 and job_429 == 0 else 'NOT MET'}")


if __name__ == "__main__":
    main()
