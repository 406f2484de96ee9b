#!/usr/bin/env python3
"""Screenshots of the app for the README, taken from a real window.

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python scripts/screenshots.py

Opens the demo plan in French, shows each built step and saves docs/screenshots/<step>.png.
Pass --scale 1.5 to check the layout at 150 % (QT_SCALE_FACTOR), --dark for a dark palette.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--scale", default="1")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--steps", default="authority,inventory,record")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    os.environ.setdefault("EXITPLANNER_HOME", tempfile.mkdtemp(prefix="exitplanner-shots-"))

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtGui import QColor, QPalette

    from exitplanner.app import create_application
    from exitplanner.plan.demo import demo_plan
    from exitplanner.plan.model import StepId
    from exitplanner.steps.decision import DecisionModel, Strategy
    from exitplanner.ui.main_window import MainWindow

    app = create_application("fr")
    if args.dark:
        palette = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#202124"),
            (QPalette.ColorRole.WindowText, "#e8eaed"),
            (QPalette.ColorRole.Base, "#2b2c2f"),
            (QPalette.ColorRole.Text, "#e8eaed"),
            (QPalette.ColorRole.Button, "#303134"),
            (QPalette.ColorRole.ButtonText, "#e8eaed"),
            (QPalette.ColorRole.AlternateBase, "#35363a"),
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
    window = MainWindow(demo_plan(), demo=True)
    window.resize(1200, 820)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = ("-dark" if args.dark else "") + (f"-x{args.scale}" if args.scale != "1" else "")

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    settle(800)
    for name in args.steps.split(","):
        step = StepId(name)
        if step == StepId.EXECUTION and DecisionModel(window.plan).decision.strategy is None:
            # The demo plan leaves the decision to the visitor; step 7 is empty without one.
            DecisionModel(window.plan).choose(Strategy.DELETE_POSTS, "Le maire, en réunion de cabinet",
                                              "Démonstration.", date(2026, 11, 12))
            window.pages[StepId.DECISION].notify_changed()  # the step list shows the recorded decision
        window.show_step(step)
        if step == StepId.AUTHORITY:
            page = window.pages[step]
            page.search_edit.setText("Kremlin")
            settle(900)
        settle()
        target = out / f"{list(StepId).index(step) + 1}-{name}{suffix}.png"
        window.grab().save(str(target))
        print(target)
    window.autosaver.mark_clean()
    window.close()
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
