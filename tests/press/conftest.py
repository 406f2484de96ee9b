"""Make sure the session's Qt application is a QApplication before any test runs.

Exports need QtGui (a QGuiApplication). Command-line tests elsewhere call ``exitplanner.cli.main``
in-process, which creates a bare QCoreApplication when none exists; the press exporter would then
have to replace it (as the real command line does), leaving a QGuiApplication under the widget
tests that follow. Creating the QApplication at collection time, before any test, lets every test
reuse one application of the right kind, as pytest-qt's ``qapp`` fixture would.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

if QCoreApplication.instance() is None:
    from PySide6.QtWidgets import QApplication

    _APP = QApplication([])
