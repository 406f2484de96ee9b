"""Kill the deletion job with SIGKILL at random points, again and again: nothing is lost, nothing repeated.

Each run is a child process working on the same journal against the fake X API served by this
test process. Half of the kills are timed at random; the other half are fired by the fake itself
right after it committed a deletion and before its answer leaves — the worst moment, when X has
done the work and the journal still says ``in_flight``. Then a last run completes the job and the
fake's counters are compared with the journal.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from exitplanner.cleanup.journal import (
    ACTION_LIKE,
    ACTION_POST,
    ACTION_REPOST,
    ALREADY_GONE,
    DELETED,
    Journal,
    Target,
)
from fakes.x_api import FakeX, Limits

RUNNER = Path(__file__).with_name("kill_runner.py")
KILLS = 22

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _key(item) -> str:
    return f"{item.action}:{item.source if item.action == ACTION_REPOST else item.target}"


def test_sigkill_at_random_points_never_loses_or_repeats_a_deletion(tmp_path):
    rng = random.Random(20261122)
    fake = FakeX()
    fake.limits = {"post": Limits(40, 1.0), "repost": Limits(40, 1.0), "like": Limits(40, 1.0, 10_000),
                   "lookup": Limits(900, 1.0)}
    fake.latency = 0.002
    posts = [str(10_000 + i) for i in range(200)]
    missing = [str(20_000 + i) for i in range(10)]  # in the archive, already gone on X
    reposts = {str(30_000 + i): str(40_000 + i) for i in range(20)}
    likes = [str(50_000 + i) for i in range(20)]
    fake.add_posts(posts)
    for repost, source in reposts.items():
        fake.add_repost(repost, source)
    fake.add_likes(likes)
    path = tmp_path / "journal.sqlite"
    with Journal(path) as journal:
        journal.add([*(Target(ACTION_POST, i) for i in posts + missing),
                     *(Target(ACTION_REPOST, i) for i in reposts), *(Target(ACTION_LIKE, i) for i in likes)])

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[2] / "src"),
                                                        os.environ.get("PYTHONPATH", "")])}
    kills = 0
    with fake:
        token = fake.issue_token()
        command = [sys.executable, str(RUNNER), fake.base_url, token, fake.client_id, str(path)]
        for run in range(KILLS + 10):
            if kills >= KILLS:
                break
            child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                                     text=True)
            if run % 2 == 0:
                countdown = [rng.randint(1, 4)]

                def kill_after_commit(key: str, child=child, countdown=countdown) -> None:
                    countdown[0] -= 1
                    if countdown[0] == 0:
                        os.kill(child.pid, signal.SIGKILL)

                assert child.stdout.readline().strip() == "ready"
                fake.after_commit = kill_after_commit
            else:
                assert child.stdout.readline().strip() == "ready"
                timer = threading.Timer(rng.uniform(0.0, 0.08),
                                        lambda child=child: child.send_signal(signal.SIGKILL))
                timer.start()
            child.wait(30)
            fake.after_commit = None
            if child.returncode == -signal.SIGKILL:
                kills += 1
            else:
                assert child.returncode == 0, child.stderr.read()
                break
        final = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
        assert final.returncode == 0, final.stderr

    assert kills >= 20
    with Journal(path) as journal:
        items = list(journal.items())
        assert journal.counts()["pending"] == journal.counts()["in_flight"] == journal.counts()["failed"] == 0
    exists = ({f"post:{i}" for i in posts} | {f"repost:{s}" for s in reposts.values()}
              | {f"like:{i}" for i in likes})
    for key in exists:
        assert fake.deleted[key] == 1, key  # deleted, and exactly once
    assert set(fake.deleted) == exists
    for item in items:
        key = _key(item)
        assert fake.requests[key] <= item.attempts, item  # every request was journaled before it left
        if item.state == DELETED:
            assert key in exists
            if not item.maybe_sent:
                assert fake.requests[key] == 1, item  # a finished request was never sent again
        else:
            assert item.state == ALREADY_GONE
            assert key not in exists or item.maybe_sent, item  # "gone" of ours is flagged as such
