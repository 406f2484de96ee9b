#!/usr/bin/env python3
"""Step 6 page: time spent on the GUI thread per keystroke and per debounced refresh, median of 15.

A keystroke in a field only stores it, checks the fields and updates the step status; the preview,
the final text and the short posts follow once typing pauses (``DEBOUNCE_MS``). Both must stay far
below the 50 ms a user notices. Reference from the same run: the core render alone (what the
~2 ms live-preview figure measures), so the ratio shows what the widgets add.

    .venv/bin/python benchmarks/bench_press_page.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EXITPLANNER_HOME", tempfile.mkdtemp(prefix="bench-press-page-"))

RUNS = 15


def times_ms(action: Callable[[], object]) -> list[float]:
    found = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        found.append((time.perf_counter() - start) * 1000)
    return found


def main() -> None:
    from exitplanner.app import create_application
    from exitplanner.plan.demo import demo_plan
    from exitplanner.ui.pages.press import PressPage

    create_application("fr")
    page = PressPage(demo_plan())
    page.resize(1200, 900)
    page.show()
    counter = iter(range(10**6))

    def keystroke() -> None:
        page.place_edit.setText(f"Villeneuve {next(counter)}")
        page._timer.stop()  # the debounced refresh is timed on its own below

    def quote_keystroke() -> None:
        page.quote.setPlainText(f"Nous restons présents {next(counter)}")
        page._timer.stop()

    rows = [
        ("core render (reference)", times_ms(lambda: page.model.release.render())),
        ("keystroke: place field", times_ms(keystroke)),
        ("keystroke: quote", times_ms(quote_keystroke)),
        ("debounced refresh", times_ms(page.refresh)),
    ]
    reference = statistics.median(rows[0][1])
    for name, values in rows:
        median = statistics.median(values)
        ratio = median / reference
        print(f"{name:28s} median {median:7.2f} ms   max {max(values):7.2f} ms   ratio {ratio:5.1f}x")


if __name__ == "__main__":
    main()
