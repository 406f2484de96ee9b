"""Step 2 — Inventaire et audit: the accounts table (add, edit, remove, sort).

The table is a Qt adapter over :class:`exitplanner.steps.inventory.InventoryModel`; editing happens
in a dialog with one labelled field per column so that it works with the keyboard and a screen
reader, which in-cell editors of a wide table do poorly.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exitplanner.plan.model import Account, Network, StepId, Verdict
from exitplanner.steps.inventory import (
    COLUMNS,
    NETWORK_LABELS,
    TWO_FACTOR_LABELS,
    VERDICT_LABELS,
    InventoryModel,
    account_problems,
    tr,
)
from exitplanner.steps.network_figures import inventory_figures_text
from exitplanner.ui.pages.audit_dashboard import AuditDashboard
from exitplanner.ui.pages.base import StepPage

_ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class AccountsTableModel(QAbstractTableModel):
    def __init__(self, inventory: InventoryModel, parent=None) -> None:
        super().__init__(parent)
        self.inventory = inventory

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.inventory.accounts)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        account = self.inventory.accounts[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.display(account)
        if role == SORT_ROLE:
            return column.sort_key(account)
        if role == ID_ROLE:
            return account.id
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = account_problems(account)
            figures = inventory_figures_text(self.inventory.plan, account)  # step 5's new accounts
            return "\n".join([*lines, figures] if figures else lines) or None
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section].label)
        return None

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class MiddleElideDelegate(QStyledItemDelegate):
    """Cuts a long address in the middle: « https://www.face…/villeexemple » keeps the site and the page."""

    def initStyleOption(self, option, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


# Widest a column grows to fit its contents, in average characters: one long address or purpose no
# longer pushes the columns after it off a 1366×768 screen at 125 %; the full text is in the dialog.
MAX_COLUMN_CHARS = 28


class SortProxy(QSortFilterProxyModel):
    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)


class AccountDialog(QDialog):
    """Add or edit one account; every column of the inventory is a labelled field."""

    def __init__(self, account: Account, parent=None, new: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New account") if new else self.tr("Edit account"))
        self.account = replace(account)
        form = QFormLayout()

        def row(label: str, widget: QWidget, name: str) -> QWidget:
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(caption, widget)
            return widget

        self.network = QComboBox()
        for network in Network:
            self.network.addItem(tr(NETWORK_LABELS[network]), network)
        self.handle = QLineEdit()
        self.handle.setPlaceholderText(self.tr("@handle"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. institutional news, culture, emergencies"))
        self.followers_known = QCheckBox(self.tr("Known"))
        self.followers = QSpinBox()
        self.followers.setRange(0, 2_000_000_000)
        self.followers.setGroupSeparatorShown(True)
        followers_row = QWidget()
        followers_layout = QHBoxLayout(followers_row)
        followers_layout.setContentsMargins(0, 0, 0, 0)
        followers_layout.addWidget(self.followers_known)
        followers_layout.addWidget(self.followers, 1)
        self.followers_known.toggled.connect(self.followers.setEnabled)
        self.activity_known = QCheckBox(self.tr("Known"))
        self.activity = QDateEdit()
        self.activity.setCalendarPopup(True)
        self.activity.setDisplayFormat("dd/MM/yyyy")
        activity_row = QWidget()
        activity_layout = QHBoxLayout(activity_row)
        activity_layout.setContentsMargins(0, 0, 0, 0)
        activity_layout.addWidget(self.activity_known)
        activity_layout.addWidget(self.activity, 1)
        self.activity_known.toggled.connect(self.activity.setEnabled)
        self.holder = QLineEdit()
        self.holder.setPlaceholderText(self.tr("Who holds the password (person or service)"))
        self.two_factor = QComboBox()
        for value in (None, True, False):
            self.two_factor.addItem(tr(TWO_FACTOR_LABELS[value]), value)
        self.recovery = QLineEdit()
        self.recovery.setPlaceholderText(self.tr("Whose e-mail or phone recovers the account"))
        self.verdict = QComboBox()
        for verdict in Verdict:
            self.verdict.addItem(tr(VERDICT_LABELS[verdict]), verdict)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 5)

        row(self.tr("&Network:"), self.network, self.tr("Network"))
        row(self.tr("&Handle:"), self.handle, self.tr("Handle"))
        row(self.tr("&Address:"), self.url, self.tr("Address"))
        row(self.tr("&Purpose:"), self.purpose, self.tr("Purpose"))
        caption = QLabel(self.tr("&Followers:"))
        caption.setBuddy(self.followers_known)
        self.followers_known.setAccessibleName(self.tr("Number of followers known"))
        self.followers.setAccessibleName(self.tr("Followers"))
        form.addRow(caption, followers_row)
        caption = QLabel(self.tr("&Last activity:"))
        caption.setBuddy(self.activity_known)
        self.activity_known.setAccessibleName(self.tr("Date of last activity known"))
        self.activity.setAccessibleName(self.tr("Last activity"))
        form.addRow(caption, activity_row)
        row(self.tr("&Credentials held by:"), self.holder, self.tr("Credentials held by"))
        row(self.tr("&Two-factor authentication:"), self.two_factor, self.tr("Two-factor authentication"))
        row(self.tr("&Recovery e-mail/phone owner:"), self.recovery, self.tr("Recovery e-mail/phone owner"))
        row(self.tr("&Verdict:"), self.verdict, self.tr("Verdict"))
        row(self.tr("N&otes:"), self.notes, self.tr("Notes"))

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("fieldProblem")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        for edit in (self.handle, self.purpose, self.holder, self.recovery):
            # The hint says what to type: the field is wide enough to show it whole.
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        a = self.account
        self.network.setCurrentIndex(max(0, self.network.findData(a.network)))
        self.handle.setText(a.handle)
        self.url.setText(a.url)
        self.purpose.setText(a.purpose)
        self.followers_known.setChecked(a.followers is not None)
        self.followers.setEnabled(a.followers is not None)
        self.followers.setValue(a.followers or 0)
        try:
            when = date.fromisoformat(a.last_activity)
            self.activity.setDate(QDate(when.year, when.month, when.day))
            self.activity_known.setChecked(True)
        except ValueError:
            self.activity.setDate(QDate.currentDate())
            self.activity_known.setChecked(False)
        self.activity.setEnabled(self.activity_known.isChecked())
        self.holder.setText(a.credentials_holder)
        self.two_factor.setCurrentIndex(max(0, [None, True, False].index(a.two_factor)))
        self.recovery.setText(a.recovery_owner)
        self.verdict.setCurrentIndex(max(0, self.verdict.findData(a.verdict)))
        self.notes.setPlainText(a.notes)

    def collect(self) -> Account:
        qdate = self.activity.date()
        return replace(
            self.account,
            network=Network(self.network.currentData()),
            handle=self.handle.text().strip(),
            url=self.url.text().strip(),
            purpose=self.purpose.text().strip(),
            followers=self.followers.value() if self.followers_known.isChecked() else None,
            last_activity=(
                date(qdate.year(), qdate.month(), qdate.day()).isoformat()
                if self.activity_known.isChecked()
                else ""
            ),
            credentials_holder=self.holder.text().strip(),
            two_factor=self.two_factor.currentData(),
            recovery_owner=self.recovery.text().strip(),
            verdict=Verdict(self.verdict.currentData()),
            notes=self.notes.toPlainText().strip(),
        )

    def _accept(self) -> None:
        candidate = self.collect()
        problems = account_problems(candidate)
        if problems:
            self.problem.setText("⚠ " + " ".join(problems))
            self.problem.setAccessibleName(self.problem.text())
            return
        self.account = candidate
        self.accept()


class InventoryPage(StepPage):
    step = StepId.INVENTORY

    def build(self) -> None:
        self.inventory = InventoryModel(self.plan)
        box = QGroupBox(self.tr("Accounts of the authority"))
        layout = QVBoxLayout(box)
        self.table_model = AccountsTableModel(self.inventory, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.table_model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Inventory of accounts"))
        self.table.setAccessibleDescription(
            self.tr("One row per account. Enter or double-click edits a row; Delete removes it.")
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegateForColumn(
            next(i for i, c in enumerate(COLUMNS) if c.key == "url"), MiddleElideDelegate(self.table))
        self._table_min_height = self.fontMetrics().height() * 14
        self.table.setMinimumHeight(self._table_min_height)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_selected)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add an account…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(self.add_account)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.summary_label)
        self.body_layout.addWidget(box, 1)

        self.archive_box = AuditDashboard(self.plan)
        self.archive_box.changed.connect(self._archive_changed)
        self.body_layout.addWidget(self.archive_box)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.table)
        self._fit_timer = QTimer(self)  # a child: it dies with the page, no call on a deleted page
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_table)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()  # once the scroll area and the body are laid out at the new size

    def _fit_table(self) -> None:
        """Give the accounts table the first screen's spare height, the audit below it (the table
        kept 14 lines of text, about 5 rows at 125 %, while the page scrolled for the audit)."""
        body = self.body_layout.parentWidget()
        viewport = body.parentWidget()  # the scroll area's (StepPage): its height is the first screen
        box = self.table.parentWidget()
        top = self.table.mapTo(body, self.table.rect().topLeft()).y()
        below = box.geometry().bottom() - self.table.mapTo(body, self.table.rect().bottomLeft()).y()
        peek = self.body_layout.spacing() + self.fontMetrics().height() * 2  # the audit's title shows
        spare = viewport.height() - top - below - peek
        height = max(self._table_min_height, spare)
        if height != self.table.minimumHeight():
            self.table.setMinimumHeight(height)

    def load(self) -> None:
        self.inventory.plan = self.plan
        self.table_model.refresh()
        self.table.resizeColumnsToContents()
        widest = self.table.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
        for column in range(self.proxy.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self._selection_changed()
        self._show_summary()

    def _show_summary(self) -> None:
        counts = self.inventory.counts_by_verdict()
        total = len(self.inventory.accounts)
        text = self.tr("%n account(s) listed", "", total)
        if total:
            text += " — " + self.tr("keep: %1, leave: %2, watch: %3, to decide: %4").replace(
                "%1", str(counts[Verdict.KEEP])
            ).replace("%2", str(counts[Verdict.LEAVE])).replace("%3", str(counts[Verdict.WATCH])).replace(
                "%4", str(counts[Verdict.UNDECIDED])
            )
        self.summary_label.setText(text)

    def _selection_changed(self, *_args) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _changed(self) -> None:
        self.inventory.update_status()
        self.table_model.refresh()
        self._selection_changed()
        self._show_summary()
        self.notify_changed()

    def _archive_changed(self) -> None:
        self.inventory.update_status()
        self.notify_changed()

    def _select(self, account_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == account_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    def add_account(self) -> None:
        dialog = AccountDialog(Account(), self, new=True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.inventory.add(dialog.account)
            self._changed()
            self._select(dialog.account.id)

    def edit_selected(self) -> None:
        account_id = self._selected_id()
        account = self.plan.account(account_id) if account_id else None
        if account is None:
            return
        dialog = AccountDialog(account, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.inventory.update(dialog.account)
            self._changed()
            self._select(account_id)

    def remove_selected(self) -> None:
        account_id = self._selected_id()
        account = self.plan.account(account_id) if account_id else None
        if account is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the account"),
            self.tr("Remove %1 from the inventory?").replace("%1", account.handle or account.url),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.inventory.remove(account_id)
            self._changed()
