"""A QGuiApplication for the exports that render text (PDF, ODT), from the GUI or the command line.

QtGui lays out text and images only under a ``QGuiApplication``. The GUI has one; the command line
starts a bare ``QCoreApplication`` (``i18n.ensure_core_app``) so that it stays fast and needs no
display. Before an export it calls :func:`ensure_gui_app`, which replaces that instance, on the
main thread (Qt creates applications there only), and falls back to Qt's ``offscreen`` platform on a
machine with no display, so exports also work on a server or in CI. The press release, the note
d'accompagnement and the decision memo all go through here.
"""

from __future__ import annotations

import os
import sys
import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

_app: QGuiApplication | None = None  # kept referenced: Python must not collect the application


def _headless() -> bool:
    """No display to talk to (and no platform chosen by the caller): Linux without X11 or Wayland."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one replacing the command line's QCoreApplication."""
    global _app
    instance = QCoreApplication.instance()
    if isinstance(instance, QGuiApplication):
        return instance
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("ensure_gui_app() must be called on the main thread before an export")
    if instance is not None:
        # The CLI's QCoreApplication: its translators are reinstalled by the caller's language choice.
        instance.shutdown()
    if _headless():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication([sys.argv[0] if sys.argv else "exitplanner"])
    return _app
