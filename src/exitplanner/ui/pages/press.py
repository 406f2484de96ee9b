"""Step 6 — Communiqué de presse: template, motives, quote, live preview, final text, short posts, exports.

A thin view over :class:`exitplanner.steps.press.PressStepModel`. Typing only stores the fields;
the preview, the final text and the short versions are rendered after a short pause (debounce) so
that a fast typist never waits for the renderer. The preview is the very QTextDocument the PDF
exporter builds (``press.export.qt.build_document``), so what is shown is what gets printed,
U+202F included. Exports run as a :class:`~exitplanner.ui.workers.Job`: each exporter builds its
own QTextDocument inside the job's thread and paints to a QPdfWriter there, which Qt supports.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from exitplanner.plan.model import StepId
from exitplanner.press.errors import PressError
from exitplanner.press.export import export_release
from exitplanner.press.export.qt import build_document
from exitplanner.press.reasons import REASONS
from exitplanner.press.release import PressRelease
from exitplanner.press.shorts import ShortVersion
from exitplanner.press.templates import list_templates
from exitplanner.progress import Progress
from exitplanner.steps.press import NETWORKS, PressStepModel
from exitplanner.ui import workers
from exitplanner.ui.pages.base import StepPage

DEBOUNCE_MS = 200
NETWORK_NAMES = {"x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon"}
WARNING_STYLE = "color: #b00020; font-weight: bold;"


def _export(release: PressRelease, fmt: str, path: str, *, progress: Progress) -> Path:
    """Runs in the job's thread; the release is a snapshot taken on the GUI thread."""
    progress.check()
    return export_release(release, fmt, path, narrow=release.narrow)


class PressPage(StepPage):
    step = StepId.PRESS

    def build(self) -> None:
        self.model = PressStepModel(self.plan)
        self._loading = False
        self._job: workers.Job | None = None
        self._preview_document: QTextDocument | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)

        self.strategy_note = QLabel()
        self.strategy_note.setWordWrap(True)
        self.body_layout.addWidget(self.strategy_note)

        # -- the fields --------------------------------------------------------------------------------
        fields_box = QGroupBox(self.tr("Content of the release"))
        form = QFormLayout(fields_box)
        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName(self.tr("Template"))
        self.template_combo.currentIndexChanged.connect(self._fields_changed)
        reasons_widget = QWidget()
        reasons_grid = QGridLayout(reasons_widget)
        reasons_grid.setContentsMargins(0, 0, 0, 0)
        self.reason_boxes: dict[str, QCheckBox] = {}
        for index, reason in enumerate(REASONS):
            box = QCheckBox(reason.label)
            box.setAccessibleName(reason.label)
            box.toggled.connect(self._fields_changed)
            reasons_grid.addWidget(box, index // 2, index % 2)
            self.reason_boxes[reason.id] = box
        self.free_text = QPlainTextEdit()
        self.free_text.setTabChangesFocus(True)
        self.free_text.setAccessibleName(self.tr("Other reasons or context"))
        self.free_text.setPlaceholderText(self.tr("Optional: a sentence added after the motives"))
        self.free_text.setMaximumHeight(self.fontMetrics().height() * 4)
        self.free_text.textChanged.connect(self._fields_changed)
        self.quote = QPlainTextEdit()
        self.quote.setTabChangesFocus(True)
        self.quote.setAccessibleName(self.tr("Quote of the elected head"))
        self.quote.setPlaceholderText(self.tr("Without the guillemets; leave empty for the template's quote"))
        self.quote.setMaximumHeight(self.fontMetrics().height() * 4)
        self.quote.textChanged.connect(self._fields_changed)
        reasons_caption = QLabel(self.tr("Motives:"))
        reasons_caption.setBuddy(next(iter(self.reason_boxes.values())))
        for caption_text, widget in ((self.tr("&Template:"), self.template_combo),
                                     (self.tr("&Other reasons:"), self.free_text),
                                     (self.tr("&Quote:"), self.quote)):
            caption = QLabel(caption_text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
            if widget is self.template_combo:
                form.addRow(reasons_caption, reasons_widget)
        self.body_layout.addWidget(fields_box)

        # -- preview and final text side by side -------------------------------------------------------
        texts = QHBoxLayout()
        preview_box = QGroupBox(self.tr("Preview"))
        preview_layout = QVBoxLayout(preview_box)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview of the press release"))
        self.preview.setMinimumHeight(420)
        preview_layout.addWidget(self.preview)
        final_box = QGroupBox(self.tr("Final text"))
        final_layout = QVBoxLayout(final_box)
        final_caption = QLabel(self.tr("Edit the &final text freely:"))
        self.final_text = QPlainTextEdit()
        self.final_text.setTabChangesFocus(True)
        self.final_text.setAccessibleName(self.tr("Final text"))
        self.final_text.textChanged.connect(self._final_changed)
        final_caption.setBuddy(self.final_text)
        self.edited_note = QLabel()
        self.edited_note.setWordWrap(True)
        self.edited_note.setStyleSheet("color: #8a4b00;")
        buttons = QHBoxLayout()
        self.regenerate_button = QPushButton(self.tr("&Regenerate from the template"))
        self.regenerate_button.setAccessibleName(self.tr("Regenerate from the template"))
        self.regenerate_button.clicked.connect(self.regenerate)
        self.copy_text_button = QPushButton(self.tr("Copy the text"))
        self.copy_text_button.setAccessibleName(self.tr("Copy the final text"))
        self.copy_text_button.clicked.connect(lambda: self._copy(self.final_text.toPlainText()))
        buttons.addWidget(self.regenerate_button)
        buttons.addWidget(self.copy_text_button)
        buttons.addStretch(1)
        self.final_check = QCheckBox(self.tr("This text is final"))
        self.final_check.setAccessibleName(self.tr("This text is final"))
        self.final_check.toggled.connect(self._final_toggled)
        for widget in (final_caption, self.final_text, self.edited_note):
            final_layout.addWidget(widget)
        final_layout.addLayout(buttons)
        final_layout.addWidget(self.final_check)
        texts.addWidget(preview_box, 3)
        texts.addWidget(final_box, 2)
        self.body_layout.addLayout(texts)

        # -- short versions ----------------------------------------------------------------------------
        shorts_box = QGroupBox(self.tr("Short versions"))
        shorts_grid = QGridLayout(shorts_box)
        self.short_edits: dict[str, QPlainTextEdit] = {}
        self.short_counters: dict[str, QLabel] = {}
        for column, network in enumerate(NETWORKS):
            name = NETWORK_NAMES[network]
            caption = QLabel(name)
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(self.tr("Post for %1").replace("%1", name))
            edit.setMinimumHeight(self.fontMetrics().height() * 8)
            edit.textChanged.connect(lambda n=network: self._short_changed(n))
            caption.setBuddy(edit)
            counter = QLabel()
            counter.setAccessibleName(self.tr("Length of the post for %1").replace("%1", name))
            copy = QPushButton(self.tr("Copy"))
            copy.setAccessibleName(self.tr("Copy the post for %1").replace("%1", name))
            copy.clicked.connect(lambda _checked=False, e=edit: self._copy(e.toPlainText()))
            row = QHBoxLayout()
            row.addWidget(counter, 1)
            row.addWidget(copy)
            shorts_grid.addWidget(caption, 0, column)
            shorts_grid.addWidget(edit, 1, column)
            shorts_grid.addLayout(row, 2, column)
            shorts_grid.setColumnStretch(column, 1)
            self.short_edits[network] = edit
            self.short_counters[network] = counter
        self.body_layout.addWidget(shorts_box)

        # -- exports -----------------------------------------------------------------------------------
        export_box = QGroupBox(self.tr("Export"))
        export_layout = QVBoxLayout(export_box)
        export_row = QHBoxLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, label, accessible in (
            ("pdf", self.tr("PDF…"), self.tr("Export as PDF")),
            ("odt", self.tr("ODT…"), self.tr("Export as ODT (LibreOffice)")),
            ("docx", self.tr("DOCX…"), self.tr("Export as DOCX (Word)")),
            ("txt", self.tr("Text…"), self.tr("Export as plain text")),
            ("eml", self.tr("E-mail…"), self.tr("Export as an e-mail draft")),
        ):
            button = QPushButton(label)
            button.setAccessibleName(accessible)
            button.clicked.connect(lambda _checked=False, f=fmt: self.export(f))
            export_row.addWidget(button)
            self.export_buttons[fmt] = button
        export_row.addStretch(1)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setAccessibleName(self.tr("Export result"))
        export_layout.addLayout(export_row)
        export_layout.addWidget(self.export_status)
        self.body_layout.addWidget(export_box)

        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.body_layout.addWidget(self.problems_label)
        self.body_layout.addStretch(1)

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        self._loading = True
        try:
            self.model = PressStepModel(self.plan)
            release = self.model.release
            self.template_combo.clear()
            for info in list_templates():
                self.template_combo.addItem(info.name, info.id)
            index = self.template_combo.findData(release.template_id)
            self.template_combo.setCurrentIndex(max(0, index))
            for reason_id, box in self.reason_boxes.items():
                box.setChecked(reason_id in release.reasons)
            self.free_text.setPlainText(release.free_text)
            self.quote.setPlainText(release.quote)
            self.final_check.setChecked(self.model.final)
            self.strategy_note.setText(release.strategy_note())
            self.strategy_note.setVisible(bool(self.strategy_note.text()))
        finally:
            self._loading = False
        self.refresh()

    # ------------------------------------------------------------------ editing
    def _fields_changed(self, *_args) -> None:
        if self._loading:
            return
        self.model.set_choices(
            str(self.template_combo.currentData() or ""),
            [rid for rid, box in self.reason_boxes.items() if box.isChecked()],
            self.free_text.toPlainText().strip(),
            self.quote.toPlainText().strip(),
        )
        self.notify_changed()
        self._timer.start()  # restarts: the preview follows once typing pauses

    def _final_changed(self) -> None:
        if self._loading:
            return
        self.model.set_final_text(self.final_text.toPlainText())
        self.notify_changed()
        self._timer.start()

    def _short_changed(self, network: str) -> None:
        if self._loading:
            return
        version = self.model.set_short_text(network, self.short_edits[network].toPlainText())
        self._show_counter(network, version)
        self.notify_changed()

    def _final_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        self.model.set_final(checked)
        self._show_problems()
        self.notify_changed()

    def regenerate(self) -> None:
        """Back to the generated texts; asks first when that would throw away hand edits."""
        if self.model.has_edits():
            answer = QMessageBox.question(
                self, self.tr("Regenerate the text?"),
                self.tr("You edited the text by hand. Regenerating replaces your edits with the text "
                        "produced from the template and the fields."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.model.regenerate()
        self.notify_changed()
        self.refresh()

    # ------------------------------------------------------------------ rendering
    def refresh(self) -> None:
        """Render the preview, and the texts the user has not taken over by hand."""
        self._timer.stop()
        try:
            release = self.model.release.release()
            shorts = self.model.short_versions()
            final = self.model.final_text()
        except PressError as error:
            self.preview.setPlainText(str(error))
            self._show_problems()
            return
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        document = build_document(release, narrow=release.narrow)
        document.setParent(self.preview)  # owned by the page, not only by this Python reference
        self.preview.setDocument(document)
        if self._preview_document is not None:
            self._preview_document.deleteLater()
        self._preview_document = document
        bar.setValue(position)
        self._loading = True
        try:
            if self.final_text.toPlainText().strip() != final.strip():
                self.final_text.setPlainText(final)
            for network, version in shorts.items():
                edit = self.short_edits[network]
                if edit.toPlainText().strip() != version.text.strip():
                    edit.setPlainText(version.text)
                self._show_counter(network, version)
        finally:
            self._loading = False
        self.edited_note.setText(
            self.tr("Edited by hand: changes to the fields above no longer reach this text until you "
                    "regenerate it.") if self.model.is_edited() else "")
        self.edited_note.setVisible(self.model.is_edited())
        self._show_problems()

    def _show_counter(self, network: str, version: ShortVersion) -> None:
        label = self.short_counters[network]
        counts = f"{version.length} / {version.limit}"
        if version.within_limit:
            label.setText(counts)
            label.setStyleSheet("")
        else:
            label.setText(self.tr("%1 — too long by %2").replace("%1", counts)
                          .replace("%2", str(version.length - version.limit)))
            label.setStyleSheet(WARNING_STYLE)
        label.setAccessibleDescription(label.text())

    def _show_problems(self) -> None:
        problems = self.model.problems()
        self.problems_label.setText(
            self.tr("To complete this step:") + "\n" + "\n".join(f"• {p}" for p in problems)
            if problems else self.tr("The press release is ready."))

    # ------------------------------------------------------------------ clipboard and exports
    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.export_status.setStyleSheet("")
        self.export_status.setText(self.tr("Copied to the clipboard."))

    def busy(self) -> bool:
        return self._job is not None

    def _default_path(self, fmt: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder or Path.home()) / f"communique-de-presse.{fmt}")

    def export(self, fmt: str) -> None:
        if self._job is not None:
            return
        filters = {
            "pdf": self.tr("PDF document (*.pdf)"),
            "odt": self.tr("OpenDocument text (*.odt)"),
            "docx": self.tr("Word document (*.docx)"),
            "txt": self.tr("Plain text (*.txt)"),
            "eml": self.tr("E-mail draft (*.eml)"),
        }
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the press release"),
                                                    self._default_path(fmt), filters[fmt])
        if not path:
            return
        if not Path(path).suffix:
            path += f".{fmt}"
        try:
            release = self.model.release.release()
        except PressError as error:
            self._export_failed(error)
            return
        self.export_status.setStyleSheet("")
        self.export_status.setText(self.tr("Exporting…"))
        for button in self.export_buttons.values():
            button.setEnabled(False)
        job = workers.Job(_export, release, fmt, path)
        job.signals.succeeded.connect(lambda written, f=fmt: self._exported(f, written))
        job.signals.failed.connect(self._export_failed)
        job.signals.finished.connect(self._export_finished)
        self._job = workers.start(job)

    def _exported(self, fmt: str, written: Path) -> None:
        self.model.mark_exported(fmt)
        self.export_status.setStyleSheet("")
        self.export_status.setText(self.tr("Saved: %1").replace("%1", str(written)))
        self._show_problems()
        self.notify_changed()

    def _export_failed(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, PressError) else self.tr("The export failed.")
        self.export_status.setStyleSheet(WARNING_STYLE)
        self.export_status.setText(message)

    def _export_finished(self) -> None:
        self._job = None
        for button in self.export_buttons.values():
            button.setEnabled(True)
