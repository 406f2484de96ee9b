import threading
import time

import pytest
from PySide6.QtCore import QThread

from exitplanner.ui import workers


def _count(n, *, progress):
    for i in range(n):
        progress.check()
        progress.report(i + 1, n, "counting")
    return n * 2


@pytest.mark.usefixtures("qapp")
def test_job_result_and_progress_arrive_on_the_gui_thread(qtbot):
    seen = []
    job = workers.Job(_count, 10_000)
    job.signals.progress.connect(lambda d, t, m: seen.append((d, t, QThread.currentThread())))
    with qtbot.waitSignal(job.signals.succeeded, timeout=5000) as blocker:
        workers.start(job)
    assert blocker.args == [20_000]
    qtbot.waitUntil(lambda: seen and seen[-1][0] == 10_000)
    # Throttled: far fewer signals than reports, the last one always delivered.
    assert len(seen) < 200
    gui = QThread.currentThread()
    assert all(thread is gui for _, _, thread in seen)


@pytest.mark.usefixtures("qapp")
def test_job_failure_is_reported_not_raised(qtbot):
    def boom(*, progress):
        raise ValueError("fichier illisible")

    job = workers.Job(boom)
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as blocker:
        workers.start(job)
    assert isinstance(blocker.args[0], ValueError)


@pytest.mark.usefixtures("qapp")
def test_job_can_be_cancelled(qtbot):
    started = threading.Event()

    def slow(*, progress):
        started.set()
        while True:
            progress.check()
            time.sleep(0.005)

    job = workers.Job(slow)
    with qtbot.waitSignal(job.signals.cancelled, timeout=5000):
        workers.start(job)
        assert started.wait(5)
        job.cancel()
    qtbot.waitUntil(lambda: not job.running)


@pytest.mark.usefixtures("qapp")
def test_finished_follows_every_outcome(qtbot):
    job = workers.Job(_count, 3)
    with qtbot.waitSignals([job.signals.succeeded, job.signals.finished], order="strict", timeout=5000):
        workers.start(job)
