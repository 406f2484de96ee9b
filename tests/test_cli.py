import subprocess
import sys

import pytest

from exitplanner import __version__
from exitplanner.cli import main


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"exitplanner {__version__}"


def test_help_is_french_by_default(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "--demo" in out and "territory" in out
    assert "utilisation" in out.lower()
    assert "afficher ce message d’aide et quitter" in out.lower() or "aide" in out.lower()


def test_help_in_english_when_asked(capsys):
    with pytest.raises(SystemExit):
        main(["--help", "--lang", "en"])
    assert "usage:" in capsys.readouterr().out


def test_unknown_option_gives_a_french_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--nonsense"])
    assert exit_info.value.code == 2
    assert "arguments non reconnus" in capsys.readouterr().err


def test_module_entry_point_runs():
    result = subprocess.run(
        [sys.executable, "-m", "exitplanner", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and __version__ in result.stdout
