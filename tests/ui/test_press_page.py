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
from exitplanner.ui.pages.press import PressPage

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
    assert QGuiApplication.clipboard().text() == page.short_edits["mastodon"].toPlainText()
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
