"""The one background-work abstraction: a QRunnable whose signals arrive on the GUI thread.

Long jobs (archive import, exports, network calls, deletion runs) are plain functions taking a
:class:`exitplanner.progress.Progress`. :class:`Job` runs one in Qt's global thread pool and
re-emits its progress, result, failure or cancellation as queued signals, so page code never
touches threads and the GUI thread never blocks. Progress signals are throttled because a job
may report thousands of times a second and each queued signal costs the GUI thread time.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from exitplanner.progress import Cancelled, Progress

log = logging.getLogger(__name__)

_PROGRESS_INTERVAL = 0.05  # seconds between two progress signals (the last one always goes out)


class JobSignals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above


class Job(QRunnable):
    """Run ``function(*args, progress=Progress, **kwargs)`` off the GUI thread."""

    def __init__(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the reference; Qt must not delete it under us
        self.signals = JobSignals()
        self._function = function
        self._args = args
        self._kwargs = kwargs
        self._last_emit = 0.0
        self.progress = Progress(self._on_progress)
        self.running = False
        # For the question the main window asks when it closes (or changes plan) while jobs run: what
        # this job does, in one translated sentence, and whether it is worth asking about at all (a
        # sub-second preview is not; it is simply cancelled and waited for).
        self.label = ""
        self.ask_before_closing = True

    def _on_progress(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if now - self._last_emit >= _PROGRESS_INTERVAL or (total and done >= total):
            self._last_emit = now
            self.signals.progress.emit(done, total, message)

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:  # runs on a pool thread
        self.running = True
        try:
            result = self._function(*self._args, progress=self.progress, **self._kwargs)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as error:
            log.warning("background job failed: %s", type(error).__name__, exc_info=True)
            self.signals.failed.emit(error)
        else:
            if self.progress.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)
        finally:
            self.running = False
            self.signals.finished.emit()


_alive: set[Job] = set()


def running() -> list[Job]:
    """The jobs started and not yet finished (their ``finished`` signal not yet delivered)."""
    return list(_alive)


def start(job: Job, pool: QThreadPool | None = None) -> Job:
    """Start ``job`` in the pool and keep it alive until it has finished."""
    _alive.add(job)
    job.signals.finished.connect(lambda: _alive.discard(job))
    (pool or QThreadPool.globalInstance()).start(job)
    return job
