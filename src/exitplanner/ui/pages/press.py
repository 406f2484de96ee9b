"""Step 6 — Communiqué de presse: template, motives, quote, live preview, final text, short posts, exports.

A thin view over :class:`exitplanner.steps.press.PressStepModel`. Typing only stores the fields;
the preview, the final text and the short versions are rendered after a short pause (debounce) so
that a fast typist never waits for the renderer. The preview is the very QTextDocument the PDF
exporter builds (``press.export.qt.build_document``), so what is shown is what gets printed,
U+202F included. Exports run as a :class:`~exitplanner.ui.workers.Job`: each exporter builds its
own QTextDocument inside the job's thread and paints to a QPdfWriter there, which Qt supports.
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QFileSystemWatcher, QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from exitplanner.plan.model import StepId
from exitplanner.press.context import decision_strategy
from exitplanner.press.errors import PressError, TemplateError, TemplateNotFound
from exitplanner.press.export import export_release
from exitplanner.press.export.qt import build_document
from exitplanner.press.fields import MAX_PLACE, MAX_URL
from exitplanner.press.reasons import REASONS
from exitplanner.press.release import PressRelease
from exitplanner.press.shorts import ShortVersion
from exitplanner.press.templates import import_user_template, list_templates, user_dir
from exitplanner.progress import Progress
from exitplanner.steps.press import NETWORKS, PressStepModel
from exitplanner.ui import workers
from exitplanner.ui.file_dialogs import documents_folder, with_suffix
from exitplanner.ui.pages.base import StepPage

DEBOUNCE_MS = 200
NETWORK_NAMES = {"x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon"}
WARNING_STYLE = "color: #b00020; font-weight: bold;"
INVALID_STYLE = "border: 2px solid #b00020;"
NOTE_STYLE = "color: #5a5a5a;"


def _export(release: PressRelease, fmt: str, path: str, *, progress: Progress) -> Path:
    """Runs in the job's thread; the release is a snapshot taken on the GUI thread."""
    progress.check()
    return export_release(release, fmt, path, narrow=release.narrow)


def plain_text(edit: QPlainTextEdit) -> str:
    """The text of an editor with its no-break spaces.

    ``toPlainText()`` turns U+00A0 into plain spaces (Qt's documented behaviour), which would strip
    the space before every « : » of an edited release or a copied post; the raw text keeps it.
    """
    raw = edit.document().toRawText()
    return raw.replace("\u2029", "\n").replace("\u2028", "\n")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


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
        # Templates edited or added in the folder with a text editor show up without reopening the plan.
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._templates_folder_changed)
        self._watcher.fileChanged.connect(self._template_file_changed)

        self.strategy_note = QLabel()
        self.strategy_note.setWordWrap(True)
        self.body_layout.addWidget(self.strategy_note)

        # -- the fields --------------------------------------------------------------------------------
        fields_box = QGroupBox(self.tr("Content of the release"))
        form = QFormLayout(fields_box)
        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName(self.tr("Template"))
        self.template_combo.currentIndexChanged.connect(self._fields_changed)
        self.import_button = QPushButton(self.tr("&Import a template…"))
        self.import_button.setAccessibleName(self.tr("Import a template"))
        self.import_button.setToolTip(self.tr("Copy a .j2 or .txt template into your templates folder"))
        self.import_button.clicked.connect(self.import_template)
        self.folder_button = QPushButton(self.tr("Open the templates folder"))
        self.folder_button.setAccessibleName(self.tr("Open the templates folder"))
        self.folder_button.clicked.connect(self.open_templates_folder)
        template_widget = QWidget()
        template_layout = QVBoxLayout(template_widget)
        template_layout.setContentsMargins(0, 0, 0, 0)
        template_layout.setSpacing(2)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.import_button)
        template_row.addWidget(self.folder_button)
        template_layout.addLayout(template_row)
        self.template_note = QLabel()  # the template's description, or the import result
        self.template_note.setWordWrap(True)
        self.template_note.setStyleSheet(NOTE_STYLE)
        self.template_error = QLabel()  # a broken template: message with the line, in red
        self.template_error.setWordWrap(True)
        self.template_error.setStyleSheet(WARNING_STYLE)
        self.template_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.template_error.setAccessibleName(self.tr("Template error"))
        self.template_error.hide()
        template_layout.addWidget(self.template_note)
        template_layout.addWidget(self.template_error)
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
        template_caption = QLabel(self.tr("&Template:"))
        template_caption.setBuddy(self.template_combo)
        form.addRow(template_caption, template_widget)
        form.addRow(reasons_caption, reasons_widget)
        for caption_text, widget in ((self.tr("&Other reasons:"), self.free_text),
                                     (self.tr("&Quote:"), self.quote)):
            caption = QLabel(caption_text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.body_layout.addWidget(fields_box)
        self.body_layout.addWidget(self._build_context_fields())
        self._set_field_tab_order()

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
        final_caption = QLabel(self.tr("&Edit the final text freely:"))
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
        self.copy_text_button.clicked.connect(lambda: self._copy(plain_text(self.final_text)))
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
            copy.clicked.connect(lambda _checked=False, e=edit: self._copy(plain_text(e)))
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

    def _build_context_fields(self) -> QGroupBox:
        """Place, dates and addresses: two columns of label + field, tabbing in reading order."""
        box = QGroupBox(self.tr("Dateline and links"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(MAX_PLACE + 20)  # typing past the limit shows the message
        self.place_edit.setAccessibleName(self.tr("Place of the dateline"))
        self.date_edit = self._date_edit(self.tr("Date of the release"))
        self.date_today = QCheckBox(self.tr("Today"))
        self.date_today.setAccessibleName(self.tr("The release is dated today"))
        self.departure_edit = self._date_edit(self.tr("Date the departure from X takes effect"))
        self.departure_same = QCheckBox(self.tr("Same day as the release"))
        self.departure_same.setAccessibleName(self.tr("The departure takes effect on the day of the release"))
        self.url_edit = QLineEdit()
        self.url_edit.setMaxLength(MAX_URL)
        self.url_edit.setAccessibleName(self.tr("Web page about the change"))
        self.url_edit.setToolTip(self.tr("Linked from the short posts; the website is used when empty"))
        self.newsletter_edit = QLineEdit()
        self.newsletter_edit.setMaxLength(MAX_URL)
        self.newsletter_edit.setAccessibleName(self.tr("Newsletter address"))
        self.newsletter_edit.setPlaceholderText(self.tr("Optional, e.g. www.ville.fr/lettre"))
        self.field_widgets: dict[str, QWidget] = {
            "place": self.place_edit, "date": self.date_edit, "departure_date": self.departure_edit,
            "url": self.url_edit, "newsletter": self.newsletter_edit,
        }

        def pair(text: str, widget: QWidget, extra: QWidget | None = None) -> tuple[QLabel, QWidget]:
            caption = QLabel(text)
            caption.setBuddy(widget)
            if extra is None:
                return caption, widget
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(widget)
            row.addWidget(extra)
            row.addStretch(1)
            return caption, holder

        cells = (
            pair(self.tr("&Place:"), self.place_edit),
            pair(self.tr("&Dated:"), self.date_edit, self.date_today),
            pair(self.tr("&Web page:"), self.url_edit),
            pair(self.tr("Lea&ving X on:"), self.departure_edit, self.departure_same),
            pair(self.tr("New&sletter:"), self.newsletter_edit),
        )
        for index, (caption, widget) in enumerate(cells):
            row, column = index // 2, (index % 2) * 2
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1)
        self.plain_spaces = QCheckBox(self.tr("No-break spaces instead of narrow ones"))
        self.plain_spaces.setAccessibleName(self.tr("No-break spaces instead of narrow ones"))
        self.plain_spaces.setToolTip(self.tr("For a font that lacks the narrow no-break space (U+202F) used "
                                             "before ; ! ? and inside « »"))
        self.plain_spaces.toggled.connect(self._plain_spaces_toggled)
        grid.addWidget(self.plain_spaces, 2, 2, 1, 2)
        self.fields_problems = QLabel()
        self.fields_problems.setWordWrap(True)
        self.fields_problems.setStyleSheet(WARNING_STYLE)
        self.fields_problems.setAccessibleName(self.tr("Problems in the dateline and links"))
        self.fields_problems.hide()
        grid.addWidget(self.fields_problems, 3, 0, 1, 4)

        for edit, key in ((self.place_edit, "place"), (self.url_edit, "url"),
                          (self.newsletter_edit, "newsletter")):
            edit.textChanged.connect(lambda _text, k=key: self._context_field_changed(k))
        self.date_edit.dateChanged.connect(lambda _d: self._context_field_changed("date"))
        self.departure_edit.dateChanged.connect(lambda _d: self._context_field_changed("departure_date"))
        self.date_today.toggled.connect(lambda _c: self._context_field_changed("date"))
        self.departure_same.toggled.connect(lambda _c: self._context_field_changed("departure_date"))
        return box

    def _set_field_tab_order(self) -> None:
        """Reading order: row by row, left to right, after the quote above (widgets must share a window)."""
        order = (self.quote, self.place_edit, self.date_edit, self.date_today, self.url_edit,
                 self.departure_edit, self.departure_same, self.newsletter_edit, self.plain_spaces)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _date_edit(self, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setLocale(QLocale())  # French in the French interface: « lundi », Monday first
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setDateRange(QDate(2006, 1, 1), QDate(2100, 12, 31))
        edit.setAccessibleName(accessible)
        calendar = edit.calendarWidget()
        calendar.setLocale(QLocale())
        calendar.setAccessibleName(self.tr("Calendar: %1").replace("%1", accessible))
        for view in calendar.findChildren(QTableView):  # the grid of days a screen reader walks
            view.setAccessibleName(calendar.accessibleName())
        return edit

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        self._loading = True
        try:
            self.model = PressStepModel(self.plan)
            release = self.model.release
            self._fill_templates(release.template_id)
            for reason_id, box in self.reason_boxes.items():
                box.setChecked(reason_id in release.reasons)
            self.free_text.setPlainText(release.free_text)
            self.quote.setPlainText(release.quote)
            self.final_check.setChecked(self.model.final)
            self.strategy_note.setText(release.strategy_note())
            self.strategy_note.setVisible(bool(self.strategy_note.text()))
            self._load_context_fields()
        finally:
            self._loading = False
        self._show_field_problems()
        self.refresh()

    def showEvent(self, event) -> None:
        """Steps 1 and 4 may have changed since this page was built: a strategy recorded since then
        brings its template and drops the « no strategy yet » note (the page is loaded again from the
        plan, which holds every choice made here); otherwise the preview is simply rendered again."""
        super().showEvent(event)
        release = self.model.release
        if decision_strategy(self.plan) != (release.strategy, release.strategy_defaulted):
            self.load()
        else:
            self._timer.start()

    def _fill_templates(self, current: str) -> None:
        """Built-in then user templates; one the plan names but that is gone is listed as missing."""
        self.template_combo.clear()
        for info in list_templates():
            self.template_combo.addItem(info.name, info.id)
            tip = info.description or (self.tr("Built-in template") if info.builtin else
                                       self.tr("Your template: %1").replace("%1", str(info.path)))
            self.template_combo.setItemData(self.template_combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        index = self.template_combo.findData(current)
        if index < 0 and current:
            self.template_combo.addItem(self.tr("%1 (missing)").replace("%1", current), current)
            index = self.template_combo.count() - 1
        self.template_combo.setCurrentIndex(max(0, index))
        self._show_template_note()
        self._watch_templates()

    def _watch_templates(self) -> None:
        folder = user_dir()
        wanted = {str(folder), *(str(info.path) for info in list_templates() if not info.builtin)}
        watched = set(self._watcher.directories()) | set(self._watcher.files())
        if wanted - watched:
            self._watcher.addPaths(sorted(wanted - watched))

    def _templates_folder_changed(self, _path: str) -> None:
        """A template was added, renamed or removed in the folder: list it, keep the current choice."""
        self._loading = True
        try:
            self._fill_templates(self.model.release.template_id)
        finally:
            self._loading = False
        self._timer.start()

    def _template_file_changed(self, path: str) -> None:
        """The chosen template was saved in an editor: preview it again (editors that save by
        renaming drop the file from the watch list, so it is added back)."""
        if Path(path).exists() and path not in self._watcher.files():
            self._watcher.addPath(path)
        self._timer.start()

    def _show_template_note(self) -> None:
        tip = self.template_combo.currentData(Qt.ItemDataRole.ToolTipRole) or ""
        self.template_note.setText(str(tip))
        self.template_note.setVisible(bool(tip))
        self.template_combo.setAccessibleDescription(str(tip))

    def _load_context_fields(self) -> None:
        release = self.model.release
        self.place_edit.setText(release.field("place"))
        self.place_edit.setPlaceholderText(release.default_place() or self.tr("Optional"))
        site = release.context().website
        self.url_edit.setText(release.field("url"))
        self.url_edit.setPlaceholderText(
            site.removeprefix("https://") if site else self.tr("Optional, e.g. www.ville.fr/quitter-x"))
        self.newsletter_edit.setText(release.field("newsletter"))
        self.date_today.setChecked(not release.field("date"))
        self.date_edit.setDate(_qdate(release.release_date()))
        self.date_edit.setEnabled(not self.date_today.isChecked())
        self.departure_same.setChecked(not release.field("departure_date"))
        self.departure_edit.setDate(_qdate(release.departure_date()))
        self.departure_edit.setEnabled(not self.departure_same.isChecked())
        self.plain_spaces.setChecked(self.model.plain_spaces)

    # ------------------------------------------------------------------ editing
    def _fields_changed(self, *_args) -> None:
        if self._loading:
            return
        if self.sender() is self.template_combo:
            self.template_note.setStyleSheet(NOTE_STYLE)
            self._show_template_note()
        self.model.set_choices(
            str(self.template_combo.currentData() or ""),
            [rid for rid, box in self.reason_boxes.items() if box.isChecked()],
            plain_text(self.free_text).strip(),
            plain_text(self.quote).strip(),
        )
        self.notify_changed()
        self._timer.start()  # restarts: the preview follows once typing pauses

    def _context_field_changed(self, key: str) -> None:
        """Store the field as typed (nothing is lost), flag what the release cannot use, preview later."""
        if self._loading:
            return
        if key == "date":
            today = self.date_today.isChecked()
            self.date_edit.setEnabled(not today)
            value: str | date | None = None if today else self.date_edit.date().toPython()
            if today:
                self._set_date_quietly(self.date_edit, self.model.release.release_date())
        elif key == "departure_date":
            same = self.departure_same.isChecked()
            self.departure_edit.setEnabled(not same)
            value = None if same else self.departure_edit.date().toPython()
        else:
            value = self.field_widgets[key].text()
        self.model.set_field(key, value)
        if key == "date" and self.departure_same.isChecked():
            self._set_date_quietly(self.departure_edit, self.model.release.departure_date())
        self._show_field_problems()
        self.notify_changed()
        self._timer.start()

    def _plain_spaces_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        self.model.set_plain_spaces(checked)
        self.notify_changed()
        self.refresh()

    def _set_date_quietly(self, edit: QDateEdit, day: date) -> None:
        self._loading = True
        try:
            edit.setDate(_qdate(day))
        finally:
            self._loading = False

    def _show_field_problems(self) -> None:
        problems = self.model.field_problems()
        by_key = {p.key: p.message for p in problems}
        for key, widget in self.field_widgets.items():
            message = by_key.get(key, "")
            widget.setStyleSheet(INVALID_STYLE if message else "")
            widget.setAccessibleDescription(message)
        self.fields_problems.setText("\n".join(p.message for p in problems))
        self.fields_problems.setVisible(bool(problems))

    def _final_changed(self) -> None:
        if self._loading:
            return
        self.model.set_final_text(plain_text(self.final_text))
        self.notify_changed()
        self._timer.start()

    def _short_changed(self, network: str) -> None:
        if self._loading:
            return
        version = self.model.set_short_text(network, plain_text(self.short_edits[network]))
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
            # The final text and the fields are left as they are: only the preview shows the problem.
            self._show_template_error(error if isinstance(error, TemplateError | TemplateNotFound) else None)
            self.preview.setPlainText(str(error))
            self._show_problems()
            return
        self._show_template_error(None)
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
            if plain_text(self.final_text).strip() != final.strip():
                self.final_text.setPlainText(final)
            for network, version in shorts.items():
                edit = self.short_edits[network]
                if plain_text(edit).strip() != version.text.strip():
                    edit.setPlainText(version.text)
                self._show_counter(network, version)
        finally:
            self._loading = False
        self.edited_note.setText(
            self.tr("Edited by hand: changes to the fields above no longer reach this text until you "
                    "regenerate it.") if self.model.is_edited() else "")
        self.edited_note.setVisible(self.model.is_edited())
        self._show_problems()

    def _show_template_error(self, error: PressError | None) -> None:
        self.template_error.setText(str(error) if error else "")
        self.template_error.setVisible(error is not None)
        self.template_combo.setStyleSheet(INVALID_STYLE if error else "")
        # A screen reader announces the problem on the combo box itself, not only in a red label.
        self.template_combo.setAccessibleDescription(
            str(error) if error else str(self.template_combo.currentData(Qt.ItemDataRole.ToolTipRole) or ""))

    # ------------------------------------------------------------------ user templates
    def import_template(self) -> None:
        """Copy a template file into the user folder (checked first) and select it."""
        start = str(documents_folder())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a press release template"), start,
            self.tr("Templates (*.j2 *.txt)"))
        if not path:
            return
        try:
            info = import_user_template(path)
        except PressError as error:
            self.template_note.setText(str(error))
            self.template_note.setStyleSheet(WARNING_STYLE)
            self.template_note.show()
            return
        self._loading = True
        try:
            self._fill_templates(info.id)
        finally:
            self._loading = False
        self._fields_changed()
        self.template_note.setStyleSheet(NOTE_STYLE)
        self.template_note.setText(self.tr("Template imported: “%1”, saved in %2.")
                                   .replace("%1", info.name).replace("%2", str(info.path.parent)))
        self.template_note.show()
        self.refresh()

    def open_templates_folder(self) -> None:
        folder = user_dir()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.template_note.setStyleSheet(NOTE_STYLE)
            self.template_note.setText(self.tr("Your templates are in %1").replace("%1", str(folder)))
            self.template_note.show()

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
        return str(documents_folder() / f"communique-de-presse.{fmt}")

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
        path = with_suffix(path, f".{fmt}")
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
