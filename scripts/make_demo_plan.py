"""Write the bundled demo plan, resources/demo/demo-plan.exitplan, from ``plan.demo``.

Run after changing ``src/exitplanner/plan/demo.py`` (tests/plan/test_plan_demo.py fails until
the file matches):

    .venv/bin/python scripts/make_demo_plan.py
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from exitplanner.plan.atomic import atomic_write_bytes
from exitplanner.plan.demo import demo_file, plan_for_demo_file
from exitplanner.plan.storage import dumps_plan


def main() -> int:
    target = demo_file()
    atomic_write_bytes(target, dumps_plan(plan_for_demo_file()).encode("utf-8"))
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
