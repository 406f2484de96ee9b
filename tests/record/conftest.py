"""Fixtures of the archive of record tests: one small generated archive, imported and exported once.

The note's PDF needs a QGuiApplication: the tests use pytest-qt's QApplication (a QGuiApplication)
so that later widget tests in the same session still get a full QApplication.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _gui_app(qapp):
    return qapp


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
def exported(tmp_path_factory, small_archive, small_import, qapp):
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
