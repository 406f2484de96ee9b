"""``exitplanner --self-test``: check, without a screen, that an installation has all it needs.

Why: a frozen bundle (PyInstaller) can build fine and still miss a data file, a Qt plugin or a
translation that the spec forgot; the failure would only show on a user's computer. The packaging
CI runs this on each frozen app, and support can ask a user to run it. Every check exercises the
real code path (the same loaders the app uses), not just the presence of a file.

Each check returns a short detail or raises; the run prints one line per check, then a one-line
summary, and exits 0 only when every check passed. A missing secure password store is reported,
not failed: session-only mode is a supported way to run the app.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

# Before any QGuiApplication exists: on a Linux machine without a display, Qt would abort.
if sys.platform.startswith("linux") and not (
    os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QCoreApplication


class SelfTestFailure(Exception):
    """One check found a problem; the message says what (kept short: it ends up on one line)."""


def _translations() -> str:
    from PySide6.QtCore import QTranslator

    from exitplanner import paths

    qm = paths.translations_dir() / "exitplanner_fr.qm"
    translator = QTranslator()
    if not translator.load(str(qm)):
        raise SelfTestFailure(f"cannot load {qm}")
    french = translator.translate("MainWindow", "&File")
    if french != "&Fichier":
        raise SelfTestFailure(f"'&File' translated as {french!r}")
    return "exitplanner_fr.qm"


def _qt_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if not translator.load("qtbase_fr", folder):
        raise SelfTestFailure(f"qtbase_fr.qm not found in {folder}")
    return "qtbase_fr.qm"


def _icon() -> str:
    from PySide6.QtGui import QImage

    from exitplanner import paths

    icon = paths.resource("icons", "exitplanner.png")
    image = QImage(str(icon))
    if image.isNull():
        raise SelfTestFailure(f"cannot read {icon}")
    return f"{image.width()}x{image.height()}"


def _territories() -> str:
    from exitplanner.territories.search import search

    found = search("Paris", limit=5)
    if not found:
        raise SelfTestFailure("no result for « Paris »")
    return found[0].name


def _templates() -> str:
    from exitplanner.press.templates import list_templates

    builtin = [info for info in list_templates() if info.builtin]
    if not builtin:
        raise SelfTestFailure("no built-in press template")
    return f"{len(builtin)} built-in"


def _demo_archive() -> str:
    from exitplanner.xarchive import demo_archive_path, import_archive

    result = import_archive(demo_archive_path())
    if not result.posts:
        raise SelfTestFailure("the demo archive holds no post")
    return f"{len(result.posts)} posts"


def _imports() -> str:
    """Modules imported only on demand (sub-commands, network clients, exporters): a frozen bundle
    that forgot one would fail only when a user reaches that step."""
    import importlib

    from exitplanner.commands import COMMANDS

    names = [
        *COMMANDS.values(),
        "exitplanner.networks.bluesky",
        "exitplanner.networks.mastodon",
        "exitplanner.networks.x",
        "exitplanner.press.export.docx",
        "exitplanner.press.export.odt",
        "exitplanner.ui.main_window",
    ]
    for name in names:
        importlib.import_module(name)
    return f"{len(names)} modules"


def _keyring() -> str:
    from exitplanner.secrets import CredentialStore

    store = CredentialStore()
    # Session-only is a supported mode (no vault on this machine): reported, never a failure.
    return store.backend_name() + (" [session-only]" if store.session_only else "")


def _plan_round_trip(folder: Path) -> str:
    from exitplanner.plan.demo import demo_plan
    from exitplanner.plan.storage import dumps_plan, load_plan, save_plan

    plan = demo_plan()
    path = folder / "self-test.exitplan"
    save_plan(plan, path)
    again = load_plan(path)
    if dumps_plan(again) != dumps_plan(plan):
        raise SelfTestFailure("the plan read back differs from the one written")
    return f"{path.stat().st_size} bytes"


def _pdf(folder: Path) -> str:
    from exitplanner.plan.demo import demo_plan
    from exitplanner.press.export import export_release
    from exitplanner.press.model import PressReleaseModel

    path = export_release(PressReleaseModel(demo_plan()).release(), "pdf", folder / "self-test.pdf")
    head = path.read_bytes()[:5]
    if head != b"%PDF-":
        raise SelfTestFailure(f"not a PDF: {head!r}")
    return f"{path.stat().st_size} bytes"


def checks(folder: Path) -> list[tuple[str, Callable[[], str]]]:
    """The checks in order, by short name (the names are identifiers, shown as they are)."""
    return [
        ("translations", _translations),
        ("qt-translations", _qt_translations),
        ("icon", _icon),
        ("territories", _territories),
        ("templates", _templates),
        ("demo-archive", _demo_archive),
        ("imports", _imports),
        ("keyring", _keyring),
        ("plan", lambda: _plan_round_trip(folder)),
        ("pdf", lambda: _pdf(folder)),
    ]


def _console() -> TextIO:
    """Where to print: stdout, or on Windows the console of the caller when the frozen app is a GUI
    program (PyInstaller's windowed mode leaves ``sys.stdout`` as None)."""
    if sys.stdout is not None:
        return sys.stdout
    if sys.platform == "win32":
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            return open("CONOUT$", "w", encoding="utf-8")  # lives as long as the process
    return open(os.devnull, "w", encoding="utf-8")  # the exit code still tells


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each and a summary; 0 when all passed, 1 otherwise."""
    from exitplanner import __version__, i18n
    from exitplanner.gui_app import ensure_gui_app

    out = out or _console()
    started = time.perf_counter()
    ensure_gui_app()
    i18n.install_translators(i18n.choose_language())
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="exitplanner-selftest-") as temporary:
        names = checks(Path(temporary))
        for name, check in names:
            try:
                detail = check()
                print(f"ok    {name}: {detail}", file=out)
            except Exception as error:  # every failure is reported, and the next checks still run
                failed.append(name)
                print(f"FAIL  {name}: {type(error).__name__}: {error}", file=out)
    elapsed = time.perf_counter() - started
    if failed:
        summary = QCoreApplication.translate(
            "SelfTest", "ExitPlanner %1 self-test: %2 of %3 checks FAILED (%4)"
        )
        summary = summary.replace("%2", str(len(failed))).replace("%4", ", ".join(failed))
    else:
        summary = QCoreApplication.translate("SelfTest", "ExitPlanner %1 self-test: all %3 checks passed")
    summary = summary.replace("%1", __version__).replace("%3", str(len(names)))
    print(f"{summary} ({elapsed:.1f} s)", file=out, flush=True)
    return 1 if failed else 0

