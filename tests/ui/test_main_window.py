from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from exitplanner.plan import storage
from exitplanner.plan.model import Gender, Network, StepId, StepStatus, Verdict
from exitplanner.ui.main_window import MainWindow


def test_navigate_every_step_with_navigator_and_buttons(window, qtbot):
    steps = list(StepId)
    for step in steps:
        window.navigator.select(step)
        assert window.current_step() == step
        assert window.stack.currentWidget() is window.pages[step]
    window.show_step(steps[0])
    assert not window.back_button.isEnabled()
    for expected in steps[1:]:
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
        assert window.current_step() == expected
    assert not window.next_button.isEnabled()
    for expected in reversed(steps[:-1]):
        qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
        assert window.current_step() == expected


def test_later_steps_say_they_come_later(window):
    from exitplanner.ui.pages.later import ComingLaterPage

    for step in (StepId.RECORD, StepId.DECISION, StepId.NETWORKS, StepId.PRESS, StepId.EXECUTION):
        page = window.pages[step]
        if isinstance(page, ComingLaterPage):
            texts = " ".join(label.text() for label in page.findChildren(type(page.summary)))
            assert "version ultérieure" in texts


def _type_text(widget, text):
    """Type accented text key by key (qtbot.keyClicks refuses non-ASCII)."""
    widget.setFocus()
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def test_fill_step_one_with_accented_input(window, qtbot):
    page = window.pages[StepId.AUTHORITY]
    window.show_step(StepId.AUTHORITY)
    _type_text(page.search_edit, "Kremlin-Bicêtre")
    assert page.search_edit.text() == "Kremlin-Bicêtre"
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=5000)
    item = page.results.item(0)
    assert "Kremlin-Bicêtre" in item.text()
    page.results.itemActivated.emit(item)
    assert window.plan.authority.code == "94043"
    assert "Ville du Kremlin-Bicêtre" in page.chosen_label.text()

    page.website.edit.setText("ville-kremlin-bicetre.fr")
    page.website.edit.editingFinished.emit()
    page.contact_service.setText("Direction de la communication")
    page.contact_service.editingFinished.emit()
    page.contact_phone.edit.setText("01 45 15 55 55")
    page.contact_phone.edit.editingFinished.emit()
    page.contact_email.edit.setText("presse@exemple")
    page.contact_email.edit.editingFinished.emit()
    assert page.contact_email.message.isVisibleTo(page)
    page.contact_email.edit.setText("presse@ville-exemple.fr")
    page.contact_email.edit.editingFinished.emit()
    assert not page.contact_email.message.isVisibleTo(page)
    _type_text(page.head_name, "Hélène Écrivain")
    page.head_name.editingFinished.emit()
    page.gender_f.click()
    assert window.plan.head.gender == Gender.FEMININE
    assert window.plan.head.name == "Hélène Écrivain"
    assert window.plan.head.title  # a suggestion was chosen
    assert window.plan.step_status(StepId.AUTHORITY) == StepStatus.DONE
    assert "terminé" in window.navigator.item(0).text()
    assert window.isWindowModified()


def _accept_account_dialog(fill):
    def act():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        fill(dialog)
        dialog._accept()

    QTimer.singleShot(0, act)


def test_add_edit_remove_inventory_rows(window, qtbot, monkeypatch):
    page = window.pages[StepId.INVENTORY]
    window.show_step(StepId.INVENTORY)

    def fill(dialog):
        dialog.network.setCurrentIndex(dialog.network.findData(Network.X))
        dialog.handle.setText("@VilleExemple")
        dialog.purpose.setText("Actualités institutionnelles")
        dialog.followers_known.setChecked(True)
        dialog.followers.setValue(15400)
        dialog.verdict.setCurrentIndex(dialog.verdict.findData(Verdict.LEAVE))

    _accept_account_dialog(fill)
    page.add_account()
    assert len(window.plan.accounts) == 1
    assert page.table.model().rowCount() == 1
    assert window.plan.accounts[0].followers == 15400

    _accept_account_dialog(
        lambda d: (
            d.handle.setText("villeexemple"),
            d.network.setCurrentIndex(d.network.findData(Network.FACEBOOK)),
        )
    )
    page.add_account()
    assert len(window.plan.accounts) == 2

    # Sort by followers through the header, then edit the selected row.
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    page.table.selectRow(0)
    _accept_account_dialog(lambda d: d.purpose.setText("Culture et événements"))
    page.edit_selected()
    assert any(a.purpose == "Culture et événements" for a in window.plan.accounts)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.table.selectRow(0)
    page.remove_selected()
    assert len(window.plan.accounts) == 1
    assert window.plan.step_status(StepId.INVENTORY) == StepStatus.IN_PROGRESS


def test_invalid_account_is_refused_with_a_message(window):
    page = window.pages[StepId.INVENTORY]
    seen = {}

    def act():
        dialog = QApplication.activeModalWidget()
        dialog.handle.setText("")
        dialog.url.setText("")
        dialog._accept()
        seen["problem"] = dialog.problem.text()
        dialog.reject()

    QTimer.singleShot(0, act)
    page.add_account()
    assert seen["problem"].startswith("⚠")
    assert window.plan.accounts == []


def test_save_and_reopen(window, qtbot, tmp_path, monkeypatch):
    window.plan.authority.name = "Les Lilas"
    window.plan.authority.tncc = 4
    window.plan.head.name = "Élodie Test"
    window.pages[StepId.AUTHORITY].notify_changed()
    target = tmp_path / "plan les lilas.exitplan"
    typed = tmp_path / "plan les lilas"  # the user types no extension: the plan's own is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(typed), ""))
    assert window.save()
    assert target.is_file()
    assert not window.isWindowModified()

    other = MainWindow()
    qtbot.addWidget(other)
    assert other.open_path(target)
    assert other.plan.head.name == "Élodie Test"
    assert other.plan.authority.name == "Les Lilas"
    assert other.pages[StepId.AUTHORITY].head_name.text() == "Élodie Test"
    assert str(target) in [str(p) for p in storage.RecentPlans().list()]


def test_opening_a_corrupt_plan_shows_a_french_message_and_keeps_the_file(window, tmp_path, monkeypatch):
    broken = tmp_path / "abîmé.exitplan.json"
    broken.write_text("{ pas du json", encoding="utf-8")
    shown = {}
    monkeypatch.setattr(
        window, "show_error", lambda title, message: shown.update(title=title, message=message)
    )
    assert not window.open_path(broken)
    assert "ouvert" in shown["title"]
    assert shown["message"]
    assert broken.read_text(encoding="utf-8") == "{ pas du json"


def test_autosave_writes_the_file(window, tmp_path, monkeypatch):
    target = tmp_path / "auto.exitplan.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save()
    window.plan.title = "Changé"
    window.pages[StepId.AUTHORITY].notify_changed()
    assert window.isWindowModified()
    window.autosave()
    assert storage.load_plan(target).title == "Changé"
    assert not window.isWindowModified()


def test_language_switch_rebuilds_menus_and_pages(window):
    assert window.menuBar().actions()[0].text() == "&Fichier"
    window.set_language("en")
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.pages[StepId.AUTHORITY].heading.text() == "Authority"
    window.set_language("fr")
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.pages[StepId.AUTHORITY].heading.text() == "Collectivité"


def test_demo_plan_opens_filled(demo_window):
    assert demo_window.plan.authority.name
    page = demo_window.pages[StepId.INVENTORY]
    assert page.table.model().rowCount() == len(demo_window.plan.accounts) >= 8


def test_geometry_is_remembered(app, qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(40, 50, 700, 500)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert abs(second.width() - 700) <= 40 and abs(second.height() - 500) <= 60


def test_keyboard_tab_order_reaches_step_one_fields(window, qtbot):
    page = window.pages[StepId.AUTHORITY]
    chain, widget = [], page.search_edit
    for _ in range(30):
        chain.append(widget)
        widget = widget.nextInFocusChain()
    for needed in (page.website.edit, page.contact_email.edit, page.head_name):
        assert needed in chain


def test_every_input_has_an_accessible_name(window):
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QLineEdit,
        QListWidget,
        QPushButton,
        QRadioButton,
        QTableView,
    )

    window.build_all_pages()
    for page in window.pages.values():
        for widget in (
            page.findChildren(QLineEdit)
            + page.findChildren(QComboBox)
            + page.findChildren(QListWidget)
            + page.findChildren(QTableView)
        ):
            if isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
                continue  # the line edit inside a combo box or a date field: the outer widget is named
            assert widget.accessibleName(), f"{type(widget).__name__} without accessible name on {page.step}"
        for button in (
            page.findChildren(QPushButton) + page.findChildren(QRadioButton) + page.findChildren(QCheckBox)
        ):
            assert button.text() or button.accessibleName()


def test_dark_palette_keeps_text_readable(window, app):
    from PySide6.QtGui import QColor, QPalette

    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#2b2c2f"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    previous = app.palette()
    app.setPalette(dark)
    QApplication.processEvents()
    try:
        # No widget of ours forces a colour: every page label follows the palette.
        window.build_all_pages()
        QApplication.processEvents()
        for page in window.pages.values():
            assert "color" not in page.styleSheet()
            label = page.heading
            assert label.palette().color(QPalette.ColorRole.WindowText) == QColor("#e8eaed")
    finally:
        app.setPalette(previous)


def test_plan_path_given_on_the_command_line(tmp_path, app):
    from exitplanner.app import initial_plan
    from exitplanner.plan.model import Plan

    path = tmp_path / "x.exitplan.json"
    plan = Plan(title="Depuis la ligne de commande")
    storage.save_plan(plan, path)
    loaded, found, problem = initial_plan(str(path), demo=False)
    assert loaded.title == plan.title and found == Path(path).resolve() and problem is None
    _, none, problem = initial_plan(str(tmp_path / "absent.json"), demo=False)
    assert none is None and problem


def test_a_file_open_event_opens_the_plan(app, tmp_path, monkeypatch):
    """macOS sends a plan double-clicked in the Finder as a QFileOpenEvent."""
    from PySide6.QtGui import QFileOpenEvent

    from exitplanner.app import _FileOpenFilter
    from exitplanner.plan.model import Plan

    path = tmp_path / "finder.exitplan.json"
    storage.save_plan(Plan(title="Ouvert depuis le Finder"), path)
    window = MainWindow()
    opener = _FileOpenFilter(window)
    assert opener.eventFilter(app, QFileOpenEvent(str(path)))
    assert window.plan.title == "Ouvert depuis le Finder"
    window.autosaver.mark_clean()
    window.close()
