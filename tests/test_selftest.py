"""``exitplanner --self-test``: the check the frozen bundles run in CI, here on the source tree."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from exitplanner import selftest


def test_self_test_passes_in_a_fresh_process_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(EXITPLANNER_HOME=str(tmp_path), EXITPLANNER_LANG="en")
    done = subprocess.run(
        [sys.executable, "-m", "exitplanner", "--self-test"],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    names = [name for name, _check in selftest.checks(tmp_path)]
    for name in names:
        assert any(line.startswith(f"ok    {name}: ") for line in lines), (name, done.stdout)
    assert lines[-1].startswith(f"ExitPlanner 0.1.0 self-test: all {len(names)} checks passed")
    assert not list(tmp_path.rglob("*.exitplan*")), "the temporary plan is removed"


def test_a_failing_check_fails_the_run_and_the_others_still_run(monkeypatch, tmp_path):
    def broken() -> str:
        raise selftest.SelfTestFailure("territories data missing")

    monkeypatch.setattr(selftest, "checks", lambda folder: [
        ("icon", selftest._icon), ("territories", broken), ("templates", selftest._templates),
    ])
    from exitplanner import i18n

    # The session's translators stay as they are: other tests rely on them.
    monkeypatch.setattr(i18n, "install_translators", lambda language: False)
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("ok    icon: ")
    assert lines[1] == "FAIL  territories: SelfTestFailure: territories data missing"
    assert lines[2].startswith("ok    templates: ")
    assert "1 of 3 checks FAILED (territories)" in lines[3]


def test_missing_french_translation_is_a_failure(monkeypatch, tmp_path):
    from exitplanner import paths

    (tmp_path / "translations").mkdir()
    monkeypatch.setattr(paths, "translations_dir", lambda: tmp_path / "translations")
    try:
        selftest._translations()
    except selftest.SelfTestFailure as error:
        assert "exitplanner_fr.qm" in str(error)
    else:
        raise AssertionError("a missing .qm must fail the check")
