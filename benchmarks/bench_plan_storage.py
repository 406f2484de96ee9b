#!/usr/bin/env python3
"""Saving and opening a plan, median of 15, beside the bare minimum measured in the same run.

Save = serialise + secret check + temp file + fsync + backup link + rename + folder fsync. Its
reference is ``json.dumps`` + an fsynced write of the same data (what any "safe" save pays), so
the ratio shows what atomicity, the backup and the secret guard add. Open = read + parse + checks
+ dataclasses, against ``json.loads`` of the same bytes. Sizes: the demo plan (9 accounts) and a
plan with 900 accounts and a 2 000-entry section, far beyond any real inventory. The autosave
runs every 30 seconds on the GUI thread, so both must stay in the low milliseconds for real plans.

    .venv/bin/python benchmarks/bench_plan_storage.py
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from measure import median_ms  # benchmarks/measure.py (this folder is on sys.path when run)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def reference_save(path: Path, data: dict) -> None:
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(json.dumps(data, ensure_ascii=False, indent=2))
        stream.flush()
        os.fsync(stream.fileno())


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ["EXITPLANNER_HOME"] = home
        from exitplanner.plan.codec import to_json_dict
        from exitplanner.plan.demo import demo_plan
        from exitplanner.plan.storage import load_plan, save_plan

        small = demo_plan()
        large = demo_plan()
        large.accounts = [account for _ in range(100) for account in demo_plan().accounts]
        large.sections["bulk"] = {"months": {f"m{index}": {"posts": index, "likes": index * 3}
                                             for index in range(2000)}}
        print(f"{'plan':<14}{'size':>10}{'save ms':>10}{'ref ms':>9}{'ratio':>7}"
              f"{'open ms':>10}{'ref ms':>9}{'ratio':>7}")
        for name, plan in (("demo", small), ("900 accounts", large)):
            path = Path(home) / f"{name}.exitplan.json"
            reference = Path(home) / f"{name}.reference.json"
            save_plan(plan, path)
            data = to_json_dict(plan)
            save = median_ms(lambda plan=plan, path=path: save_plan(plan, path))
            save_ref = median_ms(lambda data=data, reference=reference: reference_save(reference, data))
            raw = path.read_bytes()
            load = median_ms(lambda path=path: load_plan(path))
            load_ref = median_ms(lambda raw=raw: json.loads(raw))
            print(f"{name:<14}{len(raw):>10}{save:>10.2f}{save_ref:>9.2f}{save / save_ref:>7.1f}"
                  f"{load:>10.2f}{load_ref:>9.2f}{load / load_ref:>7.1f}")


if __name__ == "__main__":
    main()
