"""Start-up of the GUI: QApplication, logs, translators, the main window.

Kept small and lazy: the first page must paint well under a second after launch, so heavy data
(territories, archives) loads on demand in background jobs.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from exitplanner import __version__, i18n, paths
from exitplanner.logs import setup_logging

log = logging.getLogger(__name__)


def create_application(language: str | None = None) -> QApplication:
    """The QApplication with names, icon and translators (reused by tests)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ExitPlanner")
    app.setOrganizationName("ExitPlanner")
    app.setApplicationVersion(__version__)
    # Wayland and task bars match the window with its menu entry (packaging/linux/install.sh) by this name.
    QGuiApplication.setDesktopFileName("fr.exitplanner.ExitPlanner")
    icon = paths.resources_dir() / "icons" / "exitplanner.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    chosen = i18n.choose_language(language)
    if language:
        i18n.save_language(language)
    i18n.install_translators(chosen)
    return app


def initial_plan(plan_path: str | None, demo: bool):
    """The plan to open: the demo, a file given on the command line, or a new one."""
    from exitplanner.plan.model import Plan

    if demo:
        from exitplanner.plan.demo import demo_plan

        return demo_plan(), None, None
    if plan_path:
        from exitplanner.plan import storage
        from exitplanner.plan.errors import PlanError

        path = Path(plan_path).expanduser().resolve()
        try:
            return storage.load_plan(path), path, None
        except PlanError as error:
            return Plan(), None, str(error)
    return Plan(), None, None


def run_gui(plan_path: str | None = None, demo: bool = False, language: str | None = None) -> int:
    setup_logging()
    app = create_application(language)
    log.info("ExitPlanner %s starting (demo=%s)", __version__, demo)
    from exitplanner.ui.main_window import MainWindow

    plan, path, problem = initial_plan(plan_path, demo)
    window = MainWindow(plan, path, demo=demo)
    if path is not None:
        window.recent.add(path)
    window.show()
    opener = _FileOpenFilter(window)
    app.installEventFilter(opener)
    window._file_open_filter = opener  # keep it alive
    if problem:
        QTimer.singleShot(
            0,
            lambda: window.show_error(
                QCoreApplication.translate("MainWindow", "The plan could not be opened"), problem
            ),
        )
    if os.environ.get("EXITPLANNER_QUIT_AFTER_PAINT"):
        _quit_after_first_paint(app, window)
    return app.exec()


class _FileOpenFilter(QObject):
    """macOS hands a plan double-clicked in the Finder to the app as a FileOpen event, not argv."""

    def __init__(self, window) -> None:
        super().__init__()
        self._window = window

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            self._window.open_path(Path(event.file()))
            return True
        return False


class _FirstPaint(QObject):
    """Start-up measurement (benchmarks/bench_startup.py): report and quit after the first paint."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._done = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            started = float(os.environ.get("EXITPLANNER_T0", "0") or 0)
            if started:
                print(f"first-paint {time.time() - started:.4f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


def _quit_after_first_paint(app: QApplication, window) -> None:
    probe = _FirstPaint(app)
    page = window.stack.currentWidget()
    page.installEventFilter(probe)
    window._first_paint_probe = probe  # keep it alive
