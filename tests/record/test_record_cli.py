"""``exitplanner record`` and ``exitplanner verify`` from the command line (in process)."""

from __future__ import annotations

from exitplanner.cli import main


def test_record_then_verify_then_tamper(small_archive, tmp_path, capsys):
    out = tmp_path / "bag"
    assert main(["record", str(small_archive), str(out), "--producer", "Ville de Test", "--lang", "en"]) == 0
    captured = capsys.readouterr()
    assert str(out) in captured.out
    assert "%" in captured.err  # the progress line
    assert main(["verify", str(out), "--lang", "en"]) == 0
    assert "Intact" in capsys.readouterr().out
    (out / "data" / "posts.json").write_text("{}")
    (out / "data" / "extra.txt").write_text("x")
    assert main(["verify", str(out), "--lang", "en"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert any("posts.json" in line for line in lines)
    assert any("extra.txt" in line for line in lines)
    assert main(["verify", str(out), "--quick", "--lang", "en"]) == 1


def test_errors_are_one_line_and_non_zero(small_archive, tmp_path, capsys):
    out = tmp_path / "bag"
    out.mkdir()
    (out / "x").write_text("x")
    assert main(["record", str(small_archive), str(out), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "Traceback" not in err
    assert main(["record", str(tmp_path / "missing.zip"), str(tmp_path / "new"), "--lang", "en"]) == 2
    assert main(["verify", str(tmp_path), "--lang", "en"]) == 1
    assert "not an archive of record" in capsys.readouterr().err
