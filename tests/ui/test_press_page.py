"""The step 6 page: fields, debounced preview, final text and its edits, counters, copy, exports read back."""

from __future__ import annotations

import zipfile

import docx
import pypdf
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QMessageBox, QPlainTextEdit, QPushButton

from exitplanner.plan.demo import demo_plan
from exitplanner.plan.model import StepId, StepStatus
from exitplanner.ui.pages.press import PressPage, plain_text

WAIT_MS = 10_000
QUOTE = "Nous restons présents là où les habitants échangent, sans céder à la désinformation"


@pytest.fixture
def page(app, qtbot):
    widget = PressPage(demo_plan())
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not widget.busy(), timeout=WAIT_MS)


def _save_as(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_defaults_follow_the_decision_and_every_input_is_named(page):
    assert page.template_combo.currentData() == page.model.release.strategy
    assert page.template_combo.count() >= 3
    for kind in (QComboBox, QCheckBox, QPlainTextEdit, QPushButton):
        for widget in page.findChildren(kind):
            assert widget.accessibleName(), widget
    assert "COMMUNIQUÉ DE PRESSE" in page.final_text.toPlainText()
    assert page.plan.step_status(StepId.PRESS) == StepStatus.NOT_STARTED  # opening the page is not a start


def test_fields_update_the_preview_after_a_pause_and_keep_u202f(page, qtbot):
    index = page.template_combo.findData("delete_account")
    page.template_combo.setCurrentIndex(index)
    page.reason_boxes["moderation"].setChecked(True)
    page.reason_boxes["disinformation"].setChecked(True)
    page.quote.setPlainText(QUOTE)
    section = page.plan.sections["press"]
    assert section["template"] == "delete_account" and section["quote"] == QUOTE
    assert section["reasons"] == ["moderation", "disinformation"]
    assert page.plan.step_status(StepId.PRESS) == StepStatus.IN_PROGRESS
    qtbot.waitUntil(lambda: "sans céder à la désinformation" in page.preview.toPlainText(), timeout=WAIT_MS)
    preview = page.preview.toPlainText()
    assert "«\u202fNous restons présents" in preview  # the narrow no-break space survives setHtml
    assert "l’absence d’une modération effective" in preview
    assert QUOTE in page.final_text.toPlainText()


def test_short_version_counters_and_warning(page, qtbot):
    for network, limit in (("x", 280), ("bluesky", 300), ("mastodon", 500)):
        text = page.short_counters[network].text()
        assert text.endswith(f" / {limit}") and "trop" not in text.lower()
    page.short_edits["x"].setPlainText("Au revoir X ! https://www.ville-exemple.fr/une/tres/longue/adresse")
    assert page.short_counters["x"].text() == "37 / 280"  # a link counts 23 on X
    page.short_edits["bluesky"].setPlainText("é" * 301)
    counter = page.short_counters["bluesky"].text()
    assert counter.startswith("301 / 300") and counter != "301 / 300"
    assert "b00020" in page.short_counters["bluesky"].styleSheet()
    assert page.plan.sections["press"]["short_versions"]["bluesky"] == "é" * 301


def test_copy_buttons_fill_the_clipboard(page):
    copy = next(b for b in page.findChildren(QPushButton) if b.accessibleName().endswith("Mastodon"))
    copy.click()
    assert QGuiApplication.clipboard().text() == plain_text(page.short_edits["mastodon"])
    assert "\u00a0:" in QGuiApplication.clipboard().text()  # « Communiqué : » keeps its no-break space
    page.copy_text_button.click()
    assert QGuiApplication.clipboard().text().startswith("COMMUNIQUÉ DE PRESSE")


def test_edit_the_final_text_then_regenerate_after_a_warning(page, qtbot, monkeypatch):
    kicker = "COMMUNIQUÉ DE PRESSE"
    edited = page.final_text.toPlainText().replace(kicker, kicker + "\n\nTitre à moi")
    page.final_text.setPlainText(edited)
    assert page.plan.sections["press"]["edited_text"] == edited
    qtbot.waitUntil(lambda: "Titre à moi" in page.preview.toPlainText(), timeout=WAIT_MS)
    assert page.edited_note.isVisibleTo(page)
    # Fields no longer overwrite the edited text.
    page.quote.setPlainText(QUOTE)
    page.refresh()
    assert "Titre à moi" in page.final_text.toPlainText()

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.No)
    page.regenerate()
    assert asked and "Titre à moi" in page.final_text.toPlainText()  # « No » keeps the edits

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.regenerate()
    assert "Titre à moi" not in page.final_text.toPlainText()
    assert QUOTE in page.final_text.toPlainText()
    assert not page.plan.sections["press"].get("edited_text")
    assert not page.edited_note.isVisibleTo(page)


def test_regenerate_without_edits_asks_nothing(page):
    page.regenerate()  # the conftest fails the test if a question is asked


def test_export_pdf_and_docx_read_back_and_finish_the_step(page, qtbot, monkeypatch, tmp_path):
    page.quote.setPlainText(QUOTE)
    page.refresh()
    pdf_path = tmp_path / "communique.pdf"
    _save_as(monkeypatch, pdf_path)
    page.export_buttons["pdf"].click()
    qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT_MS)
    assert str(pdf_path) in page.export_status.text()
    text = "".join(p.extract_text() for p in pypdf.PdfReader(pdf_path).pages)
    assert "désinformation" in text and "\u202f" in text
    assert page.plan.step_status(StepId.PRESS) == StepStatus.DONE
    assert "pdf" in page.plan.sections["press"]["exports"]

    docx_path = tmp_path / "communique"  # no suffix: the format's is added
    _save_as(monkeypatch, docx_path)
    page.export_buttons["docx"].click()
    qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT_MS)
    document = docx.Document(tmp_path / "communique.docx")
    cells = [p for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    body = "\n".join(p.text for p in [*document.paragraphs, *cells])
    assert f"«\u202f{QUOTE}" in body

    odt_path = tmp_path / "communique.odt"
    _save_as(monkeypatch, odt_path)
    page.export_buttons["odt"].click()
    qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT_MS)
    with zipfile.ZipFile(odt_path) as odt:
        assert "désinformation" in odt.read("content.xml").decode("utf-8")


def test_export_failure_is_shown_and_cancel_does_nothing(page, qtbot, monkeypatch, tmp_path):
    _save_as(monkeypatch, "")
    page.export_buttons["txt"].click()
    assert not page.busy() and page.export_status.text() == ""
    _save_as(monkeypatch, tmp_path / "missing-folder" / "communique.txt")
    page.export_buttons["txt"].click()
    qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT_MS)
    assert "communique.txt" in page.export_status.text()
    assert "b00020" in page.export_status.styleSheet()
    assert page.plan.step_status(StepId.PRESS) != StepStatus.DONE


def test_marking_the_text_final_finishes_the_step(page):
    page.final_check.setChecked(True)
    assert page.plan.step_status(StepId.PRESS) == StepStatus.DONE
    assert "prêt" in page.problems_label.text()


# ---------------------------------------------------------------------------- dateline and links


def test_dateline_fields_are_labelled_french_dates_and_saved_in_the_plan(page, qtbot):
    from datetime import date

    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit

    for kind in (QLineEdit, QDateEdit):
        for widget in page.findChildren(kind):
            if widget.isVisibleTo(page) and widget.parent() is not page.date_edit and \
                    widget.parent() is not page.departure_edit:
                assert widget.accessibleName(), widget
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    assert set(page.field_widgets.values()) <= buddies
    assert page.date_edit.locale().language() == QLocale.Language.French
    assert page.date_edit.calendarWidget().locale().dayName(1) == "lundi"
    assert page.date_today.isChecked() and not page.date_edit.isEnabled()
    # Tab order follows the reading order of the grid.
    assert page.place_edit.nextInFocusChain() is page.date_edit or \
        page.date_edit in _focus_chain(page.place_edit, 3)

    page.place_edit.setText("Villeneuve-Exemple")
    page.date_today.setChecked(False)
    page.date_edit.setDate(QDate(2026, 12, 1))
    page.departure_same.setChecked(False)
    page.departure_edit.setDate(QDate(2026, 12, 15))
    page.newsletter_edit.setText("www.ville-exemple.fr/lettre")
    section = page.plan.sections["press"]
    assert (section["place"], section["date"], section["departure_date"]) == \
        ("Villeneuve-Exemple", "2026-12-01", "2026-12-15")
    assert page.model.release.departure_date() == date(2026, 12, 15)
    qtbot.waitUntil(lambda: "Villeneuve-Exemple, le 1er décembre 2026" in page.preview.toPlainText(),
                    timeout=WAIT_MS)
    preview = page.preview.document().toRawText()  # toPlainText() turns U+00A0 into spaces
    assert "15 décembre 2026" in preview
    assert "Lettre d’information\u00a0: www.ville-exemple.fr/lettre" in preview
    assert page.plan.step_status(StepId.PRESS) == StepStatus.IN_PROGRESS

    page.date_today.setChecked(True)
    assert "date" not in section and not page.date_edit.isEnabled()


def _focus_chain(widget, steps):
    chain = []
    for _ in range(steps):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    return chain


def test_a_bad_address_is_kept_flagged_in_french_and_left_out(page, qtbot):
    page.url_edit.setText("contact@ville-exemple.fr")
    assert page.plan.sections["press"]["url"] == "contact@ville-exemple.fr"  # nothing typed is lost
    assert page.fields_problems.isVisibleTo(page)
    message = page.fields_problems.text()
    assert "L’adresse de la page web n’est pas valide" in message and "www.ville.fr/quitter-x" in message
    assert page.url_edit.accessibleDescription() == message
    assert "b00020" in page.url_edit.styleSheet()
    page.refresh()
    assert "contact@ville-exemple.fr" not in page.short_edits["mastodon"].toPlainText()
    page.url_edit.setText("www.ville-exemple.fr/quitter-x")
    assert not page.fields_problems.isVisibleTo(page) and page.url_edit.styleSheet() == ""
    page.refresh()
    assert "https://www.ville-exemple.fr/quitter-x" in page.short_edits["mastodon"].toPlainText()


def test_fields_reach_every_export(page, qtbot, monkeypatch, tmp_path):
    import email
    from email import policy

    page.place_edit.setText("Villeneuve-Exemple")
    page.newsletter_edit.setText("www.ville-exemple.fr/lettre")
    page.refresh()
    expected = ("Villeneuve-Exemple, le", "Lettre d’information\u00a0: www.ville-exemple.fr/lettre")
    texts = {}
    for fmt in ("txt", "eml", "pdf", "docx", "odt"):
        path = tmp_path / f"communique.{fmt}"
        _save_as(monkeypatch, path)
        page.export_buttons[fmt].click()
        qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT_MS)
        assert path.exists(), page.export_status.text()
        if fmt == "txt":
            texts[fmt] = path.read_text(encoding="utf-8")
        elif fmt == "eml":
            message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
            texts[fmt] = message.get_body(("plain",)).get_content()
        elif fmt == "pdf":
            texts[fmt] = " ".join("".join(p.extract_text() for p in pypdf.PdfReader(path).pages).split())
        elif fmt == "docx":
            document = docx.Document(path)
            cells = [p for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs]
            texts[fmt] = "\n".join(p.text for p in [*document.paragraphs, *cells])
        else:
            with zipfile.ZipFile(path) as odt:
                texts[fmt] = odt.read("content.xml").decode("utf-8")
    for fmt, text in texts.items():
        for fragment in expected:
            if fmt == "pdf":
                fragment = " ".join(fragment.split())
            assert fragment in text, (fmt, fragment)


# ---------------------------------------------------------------------------- user templates

BROKEN = "{#\nname: Modèle cassé\n#}\nTitre\n\n{{ autorite.nom }}\n"


def test_import_a_template_selects_it_and_refuses_a_binary_file(page, qtbot, monkeypatch, tmp_path):
    from exitplanner.press import templates

    good = tmp_path / "mairie.j2"
    good.write_text("{#\nname: Modèle de la mairie\n#}\nNotre titre\n\nNotre chapeau.\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(good), "")))
    page.import_button.click()
    assert page.template_combo.currentText() == "Modèle de la mairie"
    assert page.plan.sections["press"]["template"] == "user:mairie"
    assert (templates.user_dir() / "mairie.txt.j2").exists()
    assert "Modèle importé" in page.template_note.text()
    qtbot.waitUntil(lambda: "Notre chapeau." in page.preview.toPlainText(), timeout=WAIT_MS)

    bad = tmp_path / "image.j2"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    page.import_button.click()
    assert "n’a pas été importé" in page.template_note.text()
    assert page.plan.sections["press"]["template"] == "user:mairie"  # the choice did not move


def test_a_broken_template_shows_its_line_and_keeps_the_users_text(page, qtbot, monkeypatch, tmp_path):
    from exitplanner.press import templates

    page.quote.setPlainText(QUOTE)
    page.final_text.setPlainText(page.final_text.toPlainText() + "\nMa phrase ajoutée à la main.")
    (templates.user_dir() / "casse.txt.j2").write_text(BROKEN, encoding="utf-8")
    page.load()
    page.template_combo.setCurrentIndex(page.template_combo.findData("user:casse"))
    page.refresh()
    assert page.template_error.isVisibleTo(page)
    error = page.template_error.text()
    assert "«\u202fModèle cassé (casse.txt.j2)\u202f»" in error and "ligne 6" in error
    assert "le nom «\u202fautorite\u202f» n’existe pas" in error  # Jinja's words, in French
    assert page.template_combo.accessibleDescription() == error
    assert "Ma phrase ajoutée à la main." in page.final_text.toPlainText()
    assert page.quote.toPlainText() == QUOTE
    # Typing in the final text while the template is broken keeps working.
    page.final_text.setPlainText(page.final_text.toPlainText() + "\nEncore une.")
    assert "Encore une." in page.plan.sections["press"]["edited_text"]
    page.template_combo.setCurrentIndex(page.template_combo.findData("dormant"))
    page.refresh()
    assert not page.template_error.isVisibleTo(page)


def test_a_template_gone_from_the_folder_is_listed_as_missing(app, qtbot):
    plan = demo_plan()
    plan.sections["press"] = {"template": "user:disparu"}
    widget = PressPage(plan)
    qtbot.addWidget(widget)
    assert widget.template_combo.currentData() == "user:disparu"
    assert "manquant" in widget.template_combo.currentText()
    assert widget.template_error.text()


def test_open_the_templates_folder(page, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from exitplanner.press import templates

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or False))
    page.folder_button.click()
    assert opened[0].toLocalFile() == str(templates.user_dir())
    assert str(templates.user_dir()) in page.template_note.text()  # no file manager: the path is shown


def test_plain_spaces_setting_reaches_preview_texts_and_exports(page, qtbot, monkeypatch, tmp_path):
    page.quote.setPlainText(QUOTE)
    page.refresh()
    assert "\u202f" in page.final_text.toPlainText()
    page.plain_spaces.setChecked(True)
    assert page.plan.sections["press"]["plain_spaces"] is True
    assert "\u202f" not in page.preview.document().toRawText()
    final = plain_text(page.final_text)
    assert "\u202f" not in final and f"«\u00a0{QUOTE}" in final
    assert all("\u202f" not in plain_text(edit) for edit in page.short_edits.values())
    path = tmp_path / "communique.txt"
    _save_as(monkeypatch, path)
    page.export_buttons["txt"].click()
    qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT_MS)
    assert "\u202f" not in path.read_text(encoding="utf-8")
    page.load()  # read back from the plan
    assert page.plain_spaces.isChecked()
    page.plain_spaces.setChecked(False)
    assert "plain_spaces" not in page.plan.sections["press"]
    assert "\u202f" in plain_text(page.final_text)


def test_hand_edits_keep_their_no_break_spaces(page):
    edited = plain_text(page.final_text) + "\nAjout\u00a0: une ligne."
    assert "Tél.\u00a0:" in edited
    page.final_text.setPlainText(edited)
    stored = page.plan.sections["press"]["edited_text"]
    assert "Tél.\u00a0:" in stored and "Ajout\u00a0: une ligne." in stored
    page.copy_text_button.click()
    assert "Tél.\u00a0:" in QGuiApplication.clipboard().text()


def test_templates_saved_in_the_folder_are_listed_and_previewed_live(page, qtbot):
    import os

    from exitplanner.press import templates

    path = templates.user_dir() / "atelier.txt.j2"
    path.write_text("{#\nname: Atelier\n#}\nPremier titre\n\nChapeau un.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: page.template_combo.findData("user:atelier") >= 0, timeout=WAIT_MS)
    page.template_combo.setCurrentIndex(page.template_combo.findData("user:atelier"))
    qtbot.waitUntil(lambda: "Chapeau un." in page.preview.toPlainText(), timeout=WAIT_MS)
    path.write_text("{#\nname: Atelier\n#}\nPremier titre\n\nChapeau deux.\n", encoding="utf-8")
    later = path.stat().st_mtime + 2
    os.utime(path, (later, later))  # Jinja's loader compares times: coarse file systems
    qtbot.waitUntil(lambda: "Chapeau deux." in page.preview.toPlainText(), timeout=WAIT_MS)
    assert page.template_combo.currentData() == "user:atelier"
