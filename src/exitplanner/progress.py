"""Progress reporting and cancellation shared by every long job (import, export, deletion).

Core functions take a :class:`Progress` and never know about Qt: the GUI's worker adapts it to
signals, the command line to a progress line, tests to a list. Cancellation is cooperative: the
job calls :meth:`Progress.check` at safe points and unwinds with :class:`Cancelled`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """Raised inside a job when the user asked to stop it."""


class Progress:
    """Receives progress from a job and tells it when to stop.

    ``callback(done, total, message)`` is called from the job's thread; ``total`` is 0 when unknown.
    """

    def __init__(self, callback: Callable[[int, int, str], None] | None = None) -> None:
        self._callback = callback
        self._cancel = threading.Event()

    def report(self, done: int, total: int = 0, message: str = "") -> None:
        if self._callback is not None:
            self._callback(done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was requested."""
        if self._cancel.is_set():
            raise Cancelled()
