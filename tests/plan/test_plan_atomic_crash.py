"""A real process killed (SIGKILL) at each stage of a save leaves a complete, loadable plan.

The child process saves version 1, then starts saving version 2 and stops at the named stage
(``atomic._stage_hook``), tells the parent, and waits to be killed. Whatever the stage, the file
must then hold version 1 or version 2 in full — never a mix, never nothing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from exitplanner.plan import atomic
from exitplanner.plan.storage import backup_path, load_plan, save_plan

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

CHILD = textwrap.dedent(
    """
    import sys, time
    from exitplanner.plan import atomic
    from exitplanner.plan.model import Plan
    from exitplanner.plan.storage import save_plan

    path, stage, first_save = sys.argv[1], sys.argv[2], sys.argv[3] == "yes"
    plan = Plan(title="version 1", sections={"bulk": ["x" * 100] * 2000})
    if first_save:
        save_plan(plan, path)

    def stop(name):
        if name == stage:
            print("STOPPED", name, flush=True)
            time.sleep(60)

    atomic._stage_hook = stop
    plan.title = "version 2"
    save_plan(plan, path)
    print("FINISHED", flush=True)
    """
)


def run_and_kill(path, stage: str, first_save: bool) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), stage, "yes" if first_save else "no"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        line = child.stdout.readline()
        assert line.split() == ["STOPPED", stage], (line, child.stderr.read() if child.poll() else "")
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        assert child.returncode == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()


@pytest.mark.parametrize("stage", atomic.STAGES)
def test_kill_at_each_stage_of_a_resave(tmp_path, stage):
    path = tmp_path / "plan.exitplan.json"
    run_and_kill(path, stage, first_save=True)
    title = load_plan(path).title
    expected = "version 1" if stage in ("temp-written", "backup-made") else "version 2"
    assert title == expected
    if stage != "temp-written":
        assert load_plan(backup_path(path)).title == "version 1"
    # The next save works and cleans up (the leftover temp file is at most a few seconds old, so it
    # is kept; it never hides the plan and a later save removes it).
    plan = load_plan(path)
    plan.title = "version 3"
    save_plan(plan, path)
    assert load_plan(path).title == "version 3"


@pytest.mark.parametrize("stage", ["temp-written", "replaced"])
def test_kill_during_the_very_first_save(tmp_path, stage):
    path = tmp_path / "plan.exitplan.json"
    run_and_kill(path, stage, first_save=False)
    if stage == "temp-written":
        assert not path.exists()  # nothing yet: no half-written plan at the path either
    else:
        assert load_plan(path).title == "version 2"
    assert not backup_path(path).exists()
