"""Render one sample page per built-in press release template into docs/press/ (PNG, 70 dpi).

The samples are what a reviewer looks at before changing a template or the layout:
``python scripts/make_press_samples.py`` (needs ``pdftoppm`` from poppler-utils). The demo plan is
used with a decision, a few motives and a quote, dated 21 January 2025, so that the pages do not
change from one run to the next.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from exitplanner.plan.demo import demo_plan
from exitplanner.press.export import export_release
from exitplanner.press.export.qt import ensure_gui_app
from exitplanner.press.model import PressReleaseModel
from exitplanner.press.templates import list_templates

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "press"
DPI = "70"


def main() -> int:
    if not shutil.which("pdftoppm"):
        print("pdftoppm not found (apt-get install poppler-utils)", file=sys.stderr)
        return 1
    ensure_gui_app()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for info in (t for t in list_templates() if t.builtin):
            plan = demo_plan()
            plan.sections["decision"] = {"strategy": info.strategy, "date": "2025-01-21"}
            plan.sections["press"] = {"url": "https://www.villeneuve-sur-exemple.fr/communique-x"}
            model = PressReleaseModel(plan, template_id=info.id, reasons=["moderation", "disinformation",
                                                                          "dsa_non_compliance"],
                                      today=date(2025, 1, 21))
            pdf = Path(tmp) / f"{info.id}.pdf"
            export_release(model.render(), "pdf", pdf)
            prefix = OUT / info.id
            subprocess.run(["pdftoppm", "-r", DPI, "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(prefix)], check=True)
            print(f"{prefix}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
