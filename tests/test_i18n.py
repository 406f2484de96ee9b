"""Translations: complete, compiled, in sync with the sources, and actually shown in the UI."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "exitplanner_fr.ts"
QM = ROOT / "translations" / "exitplanner_fr.qm"
sys.path.insert(0, str(ROOT / "scripts"))
import i18n as i18n_script  # noqa: E402


def _tool(name):
    return str(Path(sys.executable).parent / f"pyside6-{name}")


def test_ts_is_complete_and_placeholders_match():
    assert i18n_script.problems() == []


def test_every_source_string_is_in_the_ts(tmp_path):
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    subprocess.run(
        [
            _tool("lupdate"),
            *i18n_script._sources(),
            "-ts",
            str(copy),
            "-target-language",
            "fr_FR",
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
        ],
        cwd=ROOT,
        check=True,
    )
    unfinished = [
        m.findtext("source")
        for m in ET.parse(copy).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == [], "run scripts/i18n.py update and translate: " + repr(unfinished[:10])


def test_qm_is_compiled_from_the_current_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("lrelease"), "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run scripts/i18n.py release"


def test_no_aliased_translate_calls():
    """lupdate only sees literal calls; an alias silently leaves strings untranslated."""
    pattern = re.compile(r"=\s*QCoreApplication\.translate\s*$|=\s*self\.tr\s*$", re.MULTILINE)
    offenders = [
        str(p) for p in (ROOT / "src").rglob("*.py") if pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def _english_sources() -> dict[str, str]:
    sources = {}
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        text = translation.text if message.get("numerus") != "yes" else None
        if text and text != source:
            sources[source] = text
    return sources


def _visible_texts(widget) -> list[str]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QMenu,
        QTableView,
        QWidget,
    )

    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QComboBox):
            texts.extend(child.itemText(i) for i in range(child.count()))
        if isinstance(child, QListWidget):
            texts.extend(child.item(i).text() for i in range(child.count()))
        if isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            texts.extend(
                str(model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            )
        if isinstance(child, QMenu):
            texts.extend(a.text() for a in child.actions())
        texts.extend(
            [child.toolTip(), child.accessibleName(), child.accessibleDescription(), child.windowTitle()]
        )
    return [t for t in texts if t]


@pytest.mark.usefixtures("qapp")
def test_no_english_string_visible_in_french(qtbot):
    from exitplanner.app import create_application
    from exitplanner.plan.demo import demo_plan
    from exitplanner.ui.main_window import MainWindow
    from exitplanner.ui.pages.inventory import AccountDialog

    create_application("fr")
    window = MainWindow(demo_plan(), demo=True)
    qtbot.addWidget(window)
    window.show()
    window.build_all_pages()
    english = _english_sources()
    shown = _visible_texts(window)
    for action in window.menuBar().actions():
        shown.append(action.text())
        if action.menu():
            shown.extend(a.text() for a in action.menu().actions())
    dialog = AccountDialog(window.plan.accounts[0], window)
    shown.extend(_visible_texts(dialog))
    leaks = sorted({text for text in shown if text in english})
    assert leaks == [], f"English strings shown in the French UI: {leaks}"
    window.autosaver.mark_clean()


@pytest.mark.usefixtures("qapp")
def test_qt_standard_buttons_are_french():
    from PySide6.QtCore import QCoreApplication

    from exitplanner.app import create_application

    create_application("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    create_application("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    create_application("fr")
