"""Time for the deletion job, injectable so that tests simulate hours of rate-limit windows in milliseconds.

Two clocks on purpose. X announces when a window resets as a wall-clock epoch, and a laptop that
sleeps for a night must wake up knowing the window is long over: waits for a reset use ``wall()``
and are sliced in short sleeps that look at the wall clock again each time. Intervals we choose
ourselves (back-off after an error) use ``monotonic()``, which no clock change can shorten or lengthen.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol


class Clock(Protocol):
    def wall(self) -> float: ...
    def monotonic(self) -> float: ...
    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clocks. ``sleep`` wakes early when :meth:`wake` is called (pause, cancel)."""

    def __init__(self) -> None:
        self._wake = threading.Event()

    def wall(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self._wake.wait(seconds)
            self._wake.clear()

    def wake(self) -> None:
        self._wake.set()


class FakeClock:
    """Simulated time: ``sleep`` advances both clocks at once; ``jump`` moves only the wall clock
    (a laptop sleeping, or the user fixing the time)."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self._wall = start
        self._mono = 1000.0
        self._lock = threading.Lock()
        self.slept = 0.0

    def wall(self) -> float:
        with self._lock:
            return self._wall

    def monotonic(self) -> float:
        with self._lock:
            return self._mono

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            with self._lock:
                self._wall += seconds
                self._mono += seconds
                self.slept += seconds

    def jump(self, seconds: float) -> None:
        with self._lock:
            self._wall += seconds

    def wake(self) -> None:
        pass
