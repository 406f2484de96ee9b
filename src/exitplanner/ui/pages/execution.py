"""Step 7 — Exécution et suivi: the checklist of the chosen strategy and its calendar export.

Also the decision memo for the elected officials (:mod:`exitplanner.memo`) and, for the strategy
« delete the posts », the deletion panel (estimate, gate, where the run stands).
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from exitplanner.memo import MemoError, write_memo
from exitplanner.oserrors import describe_os_error
from exitplanner.plan.model import StepId
from exitplanner.steps.decision import STRATEGY_TITLES, Strategy
from exitplanner.steps.decision import tr as decision_tr
from exitplanner.steps.execution import ITEM_STATUS_LABELS, ExecutionModel, ItemStatus, tr
from exitplanner.ui.file_dialogs import documents_folder, with_suffix
from exitplanner.ui.pages.base import StepPage
from exitplanner.ui.pages.deletion_panel import DeletionPanel, x_username
from exitplanner.ui.pages.farewell_box import FarewellBox
from exitplanner.ui.pages.x_connect_box import XConnectBox


class ExecutionPage(StepPage):
    step = StepId.EXECUTION

    def build(self) -> None:
        self.model = ExecutionModel(self.plan)
        self._loading = False
        self.strategy_label = QLabel()
        self.strategy_label.setWordWrap(True)
        self.body_layout.addWidget(self.strategy_label)
        self.box = QGroupBox(self.tr("Checklist"))
        self.grid = QGridLayout(self.box)
        self.body_layout.addWidget(self.box)
        # « Publish on X… » under the farewell task; kept across refills of the grid.
        self.farewell = FarewellBox(self.box)
        self.farewell.save_now = self._save_now
        self.farewell.edited.connect(self.notify_changed)
        self.farewell.published.connect(lambda _url: self._fill_checklist())
        # The deletion panel has its own connection box; the other strategies need one for the farewell.
        self.x_connection = XConnectBox()
        self.x_connection.setVisible(False)
        self.x_connection.edited.connect(self.notify_changed)
        self.x_connection.connection_changed.connect(lambda _connected: self.farewell.sync())
        self.body_layout.addWidget(self.x_connection)
        row = QHBoxLayout()
        self.ics_button = QPushButton(self.tr("Export the reminders (.ics calendar)…"))
        self.ics_button.clicked.connect(self.export_ics)
        row.addWidget(self.ics_button)
        row.addStretch(1)
        self.body_layout.addLayout(row)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.hide()  # an empty line between the two export buttons until there is news
        self.body_layout.addWidget(self.export_status)
        memo_row = QHBoxLayout()
        self.memo_button = QPushButton(self.tr("Export the decision memo (PDF)…"))
        self.memo_button.setToolTip(self.tr("The note de décision for the elected officials: audit "
                                            "figures and chart, the three options, the recommendation, "
                                            "the timeline."))
        self.memo_button.clicked.connect(self.export_memo)
        memo_row.addWidget(self.memo_button)
        memo_row.addStretch(1)
        self.body_layout.addLayout(memo_row)
        self.deletion = DeletionPanel(self.plan)
        self.deletion.setVisible(False)
        self.deletion.edited.connect(self.notify_changed)
        self.deletion.run_completed.connect(self._deletion_completed)
        self.deletion.connection.connection_changed.connect(lambda _connected: self.farewell.sync())
        self.body_layout.addWidget(self.deletion)
        self.body_layout.addStretch(1)

    def load(self) -> None:
        self.model = ExecutionModel(self.plan)
        strategy = self.model.decision.strategy
        self.deletion.setVisible(strategy == Strategy.DELETE_POSTS)
        if strategy == Strategy.DELETE_POSTS:
            self.deletion.load(self.plan, getattr(self.window(), "path", None))
        self._load_farewell(strategy)
        self._fill_checklist()

    def farewell_connection(self) -> XConnectBox:
        """The « Connect the X account » box the farewell uses: the deletion panel's when it is shown."""
        if self.model.decision.strategy == Strategy.DELETE_POSTS:
            return self.deletion.connection
        return self.x_connection

    def _load_farewell(self, strategy: Strategy | None) -> None:
        own = strategy is not None and strategy != Strategy.DELETE_POSTS
        if own and not self.farewell.busy():
            self.x_connection.load(self.plan, x_username(self.plan))
        if not self.farewell.busy():
            self.farewell.load(self.plan, self.farewell_connection())
        published = self.farewell.model is not None and self.farewell.model.post_id()
        self.x_connection.setVisible(own and not (published and not self.x_connection.connected()))

    def _save_now(self) -> bool:
        """Save the plan now (the farewell's state must be on disk before the request leaves); False when
        the save failed. Without a main window (tests, previews) there is nothing to save to."""
        self.notify_changed()
        window = self.window()
        autosaver = getattr(window, "autosaver", None)
        if autosaver is None or not hasattr(window, "autosave") or getattr(window, "demo", False):
            return True
        window.autosave()
        return not autosaver.dirty

    def _fill_checklist(self) -> None:
        self._loading = True
        try:
            while self.grid.count():
                widget = self.grid.takeAt(0).widget()
                if widget is not None and widget is not self.farewell:
                    widget.deleteLater()
            self.farewell.setVisible(False)
            strategy = self.model.decision.strategy
            # No decision: no empty « Checklist » frame nor a greyed calendar button, only the way forward.
            self.box.setVisible(strategy is not None)
            self.ics_button.setVisible(strategy is not None)
            if strategy is None:
                self.strategy_label.setText(self.tr("Record a decision in step 4 to get the checklist."))
                self.ics_button.setEnabled(False)
                return
            self.strategy_label.setText(
                self.tr("Strategy: %1").replace("%1", decision_tr(STRATEGY_TITLES[strategy]))
            )
            self.ics_button.setEnabled(True)
            for column, header in enumerate(
                (self.tr("Task"), self.tr("Date"), self.tr("Status"), self.tr("Note"))
            ):
                label = QLabel(f"<b>{header}</b>")
                self.grid.addWidget(label, 0, column)
            row = 0
            for item in self.model.items():
                row += 1
                title = QLabel(item.title)
                title.setWordWrap(True)
                if item.hint:
                    # quote=False: « &#x27; » would read as an Alt+# shortcut to Qt's mnemonic parser.
                    title.setText(f"{escape(item.title, quote=False)}<br>"
                                  f"<small>{escape(item.hint, quote=False)}</small>")
                    title.setToolTip(item.hint)
                    title.setAccessibleDescription(item.hint)
                due = QDateEdit(QDate(item.due.year, item.due.month, item.due.day))
                due.setCalendarPopup(True)
                due.setDisplayFormat("dd/MM/yyyy")
                due.setAccessibleName(self.tr("Date: %1").replace("%1", item.title))
                status = QComboBox()
                for option in ItemStatus:
                    status.addItem(tr(ITEM_STATUS_LABELS[option]), option)
                status.setCurrentIndex(max(0, status.findData(item.status)))
                status.setAccessibleName(self.tr("Status: %1").replace("%1", item.title))
                note = QLineEdit(item.note)
                note.setAccessibleName(self.tr("Note: %1").replace("%1", item.title))
                due.dateChanged.connect(
                    lambda d, k=item.key: self._update(k, due=date(d.year(), d.month(), d.day()))
                )
                status.currentIndexChanged.connect(
                    lambda _i, k=item.key, c=status: self._update(k, status=ItemStatus(c.currentData()))
                )
                note.editingFinished.connect(lambda k=item.key, e=note: self._update(k, note=e.text()))
                for column, widget in enumerate((title, due, status, note)):
                    self.grid.addWidget(widget, row, column)
                if item.key == "farewell":
                    row += 1
                    self.grid.addWidget(self.farewell, row, 0, 1, 4)
                    self.farewell.setVisible(True)
                    self.farewell.sync()
            self.grid.setColumnStretch(0, 3)
            self.grid.setColumnStretch(3, 2)
        finally:
            self._loading = False

    def showEvent(self, event) -> None:
        # The decision may have changed on step 4 since this page was built.
        self.load()
        super().showEvent(event)

    def _update(self, key: str, **changes) -> None:
        if self._loading:
            return
        self.model.update(key, **changes)
        self.notify_changed()

    def _deletion_completed(self, report: str) -> None:
        """A run settled every id: tick « Run the deletion of the posts », with the report as its note."""
        item = next((i for i in self.model.items() if i.key == "deletion"), None)
        if item is None or item.status != ItemStatus.TODO:
            return
        self.model.update("deletion", status=ItemStatus.DONE, note=report or item.note)
        self.notify_changed()
        self._fill_checklist()

    def _say(self, text: str) -> None:
        self.export_status.setText(text)
        self.export_status.setVisible(bool(text))

    def export_ics(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the reminders"),
            str(documents_folder() / "rappels-sortie-de-x.ics"),
            self.tr("Calendar (*.ics)"),
        )
        if not name:
            return
        name = with_suffix(name, ".ics")
        try:
            Path(name).write_text(self.model.to_ics(), encoding="utf-8", newline="")
        except OSError as error:
            self._say(
                self.tr("The calendar could not be written: %1").replace("%1", describe_os_error(error))
            )
            return
        self._say(self.tr("Calendar written: %1").replace("%1", name))

    def export_memo(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the decision memo"),
            str(documents_folder() / "note-de-decision.pdf"),
            self.tr("PDF document (*.pdf)"),
        )
        if not name:
            return
        name = with_suffix(name, ".pdf")
        try:
            write_memo(self.plan, name)
        except MemoError as error:
            self._say(error.message)
            return
        self._say(self.tr("Decision memo written: %1").replace("%1", name))
