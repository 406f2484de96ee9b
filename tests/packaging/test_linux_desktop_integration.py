"""packaging/linux/install.sh: the per-user desktop integration shipped in the Linux bundle.

The script runs against a stand-in bundle (the real one is built after the tests, by
scripts/build-bundle.sh, which runs the same script again on the frozen app) with every XDG folder
in tmp_path, so nothing touches the machine's own menus or file types.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "fr.exitplanner.ExitPlanner"
MIME = "application/x-exitplanner-plan"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="freedesktop.org integration")


def _bundle(parent: Path) -> Path:
    """A folder shaped like dist/exitplanner/ whose program prints the arguments it was given."""
    bundle = parent / "exitplanner"
    icons = bundle / "_internal" / "exitplanner" / "resources" / "icons"
    icons.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "exitplanner.png", icons)
    for name in ("install.sh", "exitplanner.desktop.in", "exitplanner-plan.xml"):
        shutil.copy(LINUX / name, bundle)
    program = bundle / "exitplanner"
    program.write_text('#!/bin/sh\nprintf "opened:%s\\n" "$@"\n', encoding="utf-8")
    program.chmod(0o755)
    return bundle


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "share"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        EXITPLANNER_BIN_DIR=str(tmp_path / "bin"),
    )
    return env


def _run(bundle: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(bundle / "install.sh"), *args], env=env, capture_output=True, text=True, timeout=60
    )


def _exec_argv(value: str) -> list[str]:
    """Split an Exec value as the Desktop Entry spec says (not as a shell would).

    The key's string value first loses its own escapes (``\\\\`` → ``\\``); then words are split on
    spaces, a double-quoted word keeps its spaces and, inside it, a backslash escapes ``" ` $ \\``.
    """
    value = value.replace("\\\\", "\\")
    words: list[str] = []
    word, quoted, i, started = "", False, 0, False
    while i < len(value):
        char = value[i]
        if quoted and char == "\\" and i + 1 < len(value) and value[i + 1] in '"`$\\':
            word += value[i + 1]
            i += 2
            continue
        if char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started:
                words.append(word)
            word, started = "", False
        else:
            word, started = word + char, True
        i += 1
    if started:
        words.append(word)
    return words


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.fixture
def installed(tmp_path):
    # A space, an apostrophe, a dollar and a quote in the folder: the menu entry must still start it.
    bundle = _bundle(tmp_path / "Mes logiciels l'été $HOME \"x\"")
    env = _env(tmp_path)
    result = _run(bundle, env)
    assert result.returncode == 0, result.stderr
    assert "installé" in result.stdout
    return bundle, env, tmp_path


def test_install_adds_the_menu_entry_the_icon_the_file_type_and_the_command(installed):
    bundle, _, tmp_path = installed
    share = tmp_path / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    entry = _desktop_entry(desktop)
    assert entry["Name"] == "ExitPlanner"
    assert entry["GenericName[fr]"] == "Plan de départ de X"
    assert entry["MimeType"] == f"{MIME};"
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    icons = share / "icons" / "hicolor" / "256x256"
    assert (icons / "apps" / "exitplanner.png").is_file()
    assert (icons / "mimetypes" / "application-x-exitplanner-plan.png").is_file()
    link = tmp_path / "bin" / "exitplanner"
    assert link.is_symlink() and link.resolve() == (bundle / "exitplanner").resolve()


def test_the_menu_entry_opens_a_double_clicked_plan_with_the_bundled_program(installed):
    """Exec is expanded the way a desktop does it: unescape the string, split, replace %f."""
    bundle, _, tmp_path = installed
    entry = _desktop_entry(tmp_path / "share" / "applications" / f"{APP_ID}.desktop")
    plan = tmp_path / "Le Kremlin-Bicêtre.exitplan"
    argv = [str(plan) if word == "%f" else word for word in _exec_argv(entry["Exec"])]
    assert Path(argv[0]) == bundle / "exitplanner"
    opened = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    assert opened.stdout.strip() == f"opened:{plan}"
    assert Path(entry["TryExec"].replace("\\\\", "\\")) == bundle / "exitplanner"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_installed_menu_entry_is_valid(installed):
    _, _, tmp_path = installed
    desktop = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info not installed")
def test_plan_files_get_their_own_type_even_under_the_former_name(installed):
    _, env, tmp_path = installed
    globs = (tmp_path / "share" / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{MIME}:*.exitplan\n" in globs and f"{MIME}:*.exitplan.json\n" in globs
    # Qt reads the same shared-mime-info database as the file managers: ask it in a fresh process.
    probe = (
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "for name in ('a.exitplan', 'b.exitplan.json', 'c.json'):\n"
        "    print(db.mimeTypeForFile(name, QMimeDatabase.MatchMode.MatchExtension).name())\n"
    )
    env = dict(env, XDG_DATA_DIRS="/usr/share")
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == [MIME, MIME, "application/json"], out.stderr


def test_uninstall_removes_only_what_install_added(installed):
    bundle, env, tmp_path = installed
    settings = tmp_path / "share" / "exitplanner" / "plans" / "ma-ville.exitplan"
    settings.parent.mkdir(parents=True)
    settings.write_text("{}", encoding="utf-8")
    result = _run(bundle, env, "--uninstall")
    assert result.returncode == 0, result.stderr
    share = tmp_path / "share"
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not (share / "mime" / "packages" / f"{APP_ID}.xml").exists()
    assert not (share / "icons" / "hicolor" / "256x256" / "apps" / "exitplanner.png").exists()
    assert not (tmp_path / "bin" / "exitplanner").exists()
    assert settings.is_file(), "the user's plans stay"
    assert (bundle / "exitplanner").is_file(), "the bundle itself is the user's to delete"


def test_a_command_of_the_same_name_that_is_not_ours_is_left_alone(tmp_path):
    bundle = _bundle(tmp_path / "apps")
    env = _env(tmp_path)
    other = tmp_path / "bin" / "exitplanner"
    other.parent.mkdir(parents=True)
    other.write_text("#!/bin/sh\necho mine\n", encoding="utf-8")
    result = _run(bundle, env)
    assert result.returncode == 0 and "n’est pas un lien" in result.stderr
    assert other.read_text(encoding="utf-8") == "#!/bin/sh\necho mine\n"
    assert _run(bundle, env, "--uninstall").returncode == 0
    assert other.is_file()


def test_a_bundle_missing_its_program_is_refused_in_french(tmp_path):
    bundle = _bundle(tmp_path / "apps")
    (bundle / "exitplanner").unlink()
    result = _run(bundle, _env(tmp_path))
    assert result.returncode == 1
    assert "fichier introuvable" in result.stderr
    assert not (tmp_path / "share" / "applications").exists()
