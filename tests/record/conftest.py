"""Fixtures of the archive of record tests: one small generated archive, imported and exported once.

The note's PDF needs a QGuiApplication and the page a QApplication: :func:`_gui_app` makes sure
the session has a full QApplication (so that later widget tests get one too).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

_app = None


@pytest.fixture(scope="session", autouse=True)
def _gui_app():
    """A real QApplication, even when an earlier test (a CLI run) left a bare QCoreApplication.

    Such an instance cannot render the PDF nor host the page: it is replaced, and the translators
    it took with it are installed again on the new one.
    """
    global _app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from exitplanner import i18n

    instance = QCoreApplication.instance()
    if isinstance(instance, QApplication):
        return instance
    if instance is not None:
        instance.shutdown()
    _app = QApplication(["exitplanner-tests"])
    i18n._installed.clear()  # they went with the old instance
    i18n.install_translators(i18n.choose_language())
    return _app


@pytest.fixture(scope="session")
def small_archive(tmp_path_factory) -> Path:
    from exitplanner.xarchive import generate_archive

    folder = tmp_path_factory.mktemp("x-archive")
    return generate_archive(folder / "twitter-2025-01-06-abc.zip", posts=150, media=12, parts=2, seed=3).path


@pytest.fixture(scope="session")
def small_import(small_archive):
    from exitplanner.xarchive import import_archive

    return import_archive(small_archive)


@pytest.fixture(scope="session")
def exported(tmp_path_factory, small_archive, small_import):
    """(folder, RecordResult) of the small archive; copy it before changing anything in it."""
    from exitplanner.record import export_record

    target = tmp_path_factory.mktemp("record") / "Archives X"
    result = export_record(small_archive, target, producer="Commune de Villeneuve-sur-Exemple",
                           imported=small_import)
    return target, result


@pytest.fixture
def bag_copy(exported, tmp_path) -> Path:
    folder = tmp_path / "copy"
    shutil.copytree(exported[0], folder)
    return folder
