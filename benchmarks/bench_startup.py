#!/usr/bin/env python3
"""Cold start to the first painted page, median of 5, beside a bare Qt window in the same run.

The reference is the smallest PySide6 program that shows a window (interpreter + Qt start-up),
so the ratio tells how much ExitPlanner adds on top of what any Qt app pays. Offscreen platform;
run under Xvfb with QT_QPA_PLATFORM=xcb to include a real display server.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 5
BARE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("hello")
class Probe(QObject):
    def eventFilter(self, w, e):
        if e.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time() - float(os.environ['EXITPLANNER_T0']):.4f}", file=sys.stderr)
            QTimer.singleShot(0, app.quit)
        return False
probe = Probe(); label.installEventFilter(probe); label.show(); app.exec()
"""


def measure(command: list[str], env: dict[str, str]) -> float:
    env = dict(env, EXITPLANNER_T0=repr(time.time()))
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    for line in result.stderr.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1])
    raise RuntimeError(f"no first-paint line from {command}: {result.stderr[-500:]}")


def main() -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["EXITPLANNER_QUIT_AFTER_PAINT"] = "1"
    env["EXITPLANNER_HOME"] = tempfile.mkdtemp(prefix="exitplanner-bench-")
    app = [sys.executable, "-m", "exitplanner"]
    measure(app, env)  # warm the OS file cache once: we measure the app, not the disk
    rows = {
        "bare PySide6 window (reference)": [measure([sys.executable, "-c", BARE], env) for _ in range(RUNS)],
        "exitplanner (new plan)": [measure(app, env) for _ in range(RUNS)],
        "exitplanner --demo": [measure([*app, "--demo"], env) for _ in range(RUNS)],
    }
    reference = statistics.median(rows["bare PySide6 window (reference)"])
    print(f"{'start-up to first paint':36} {'median':>8} {'min':>8} {'max':>8} {'× ref':>6}")
    for name, values in rows.items():
        median = statistics.median(values)
        print(
            f"{name:36} {median * 1000:7.0f}ms {min(values) * 1000:7.0f}ms {max(values) * 1000:7.0f}ms "
            f"{median / reference:6.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
