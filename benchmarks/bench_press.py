#!/usr/bin/env python3
"""Press release: live-preview render and exports, median of 15, beside references from the same run.

The step-6 page re-renders the release on every keystroke (template + typography + HTML), so a
render must stay far below a frame budget (16 ms). Reference: the same render with a fresh Jinja
environment each time (what the code did before caching compiled templates). Exports are timed
once each (PDF, ODT, DOCX, text).

    .venv/bin/python benchmarks/bench_press.py
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from pathlib import Path

from measure import median_ms  # benchmarks/measure.py (this folder is on sys.path when run)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EXITPLANNER_HOME", tempfile.mkdtemp(prefix="bench-press-"))


def main() -> None:
    from exitplanner.gui_app import ensure_gui_app
    from exitplanner.plan.demo import demo_plan
    from exitplanner.press import templates
    from exitplanner.press.export import export_release
    from exitplanner.press.html import to_html
    from exitplanner.press.model import PressReleaseModel

    ensure_gui_app()
    model = PressReleaseModel(demo_plan(), reasons=["moderation", "disinformation"], today=date(2025, 1, 21))
    release = model.render()

    def preview() -> None:
        to_html(model.render())

    def fresh_environment() -> None:
        templates._environment.cache_clear()
        to_html(model.render())

    cached = median_ms(preview)
    fresh = median_ms(fresh_environment)
    print(f"preview render (cached templates) {cached:8.2f} ms")
    print(f"preview render (fresh environment) {fresh:7.2f} ms   ratio {fresh / cached:5.1f}x")
    # The render deadline traces the template's own frames; the reference runs without it.
    deadline_enter = templates._Deadline.__enter__
    templates._Deadline.__enter__ = lambda self: (setattr(self, "active", False), self)[1]
    untraced = median_ms(preview)
    templates._Deadline.__enter__ = deadline_enter
    print(f"preview render without deadline    {untraced:7.2f} ms   deadline costs {cached / untraced:5.2f}x")
    print(f"short versions                     {median_ms(model.short_versions):7.2f} ms")
    with tempfile.TemporaryDirectory() as folder:
        for fmt in ("pdf", "odt", "docx", "txt"):
            start = time.perf_counter()
            export_release(release, fmt, Path(folder) / f"c.{fmt}")
            print(f"export {fmt:<4}                        {(time.perf_counter() - start) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
