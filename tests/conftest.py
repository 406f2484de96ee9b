"""Test-wide set-up: offscreen Qt, one QApplication, French translators, a private user folder.

The QApplication is created before any test so that command-line tests (which would otherwise
create a bare QCoreApplication) and widget or PDF tests can run in any order. Every test starts
with no translator (English source strings) so that no test depends on what an earlier one
installed; tests of the French UI or CLI install French themselves (``create_application("fr")``,
or the CLI's own default).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(__file__))  # tests/fixtures, tests/fakes, tests/servers as packages

import pytest
from PySide6.QtWidgets import QApplication

_APP = QApplication.instance() or QApplication([sys.argv[0]])


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("exitplanner-home")
    monkeypatch.setenv("EXITPLANNER_HOME", str(home))
    monkeypatch.delenv("EXITPLANNER_LANG", raising=False)
    from exitplanner import i18n

    i18n.install_translators("en")
    return home
