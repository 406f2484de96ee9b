"""The side list of the seven steps with their status, for free navigation between steps.

The status is written in words on a second line (not only an icon or a colour) so that it reads the
same in light and dark themes and is spoken by screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from exitplanner.plan.model import StepId, StepStatus
from exitplanner.steps import STEP_TITLES

STATUS_MARKS = {StepStatus.NOT_STARTED: "○", StepStatus.IN_PROGRESS: "◐", StepStatus.DONE: "✔"}


def status_label(status: StepStatus) -> str:
    if status == StepStatus.DONE:
        return QCoreApplication.translate("StepNavigator", "done")
    if status == StepStatus.IN_PROGRESS:
        return QCoreApplication.translate("StepNavigator", "in progress")
    return QCoreApplication.translate("StepNavigator", "not started")


class StepNavigator(QListWidget):
    step_chosen = Signal(object)  # StepId

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("stepNavigator")
        self.setAccessibleName(self.tr("Steps of the plan"))
        self.setAccessibleDescription(self.tr("Choose a step to open it. Each step shows its status."))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWordWrap(True)
        self.setSpacing(2)
        for number, step in enumerate(StepId, 1):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, step)
            self.addItem(item)
            self._render(item, number, step, StepStatus.NOT_STARTED)
        self.currentRowChanged.connect(self._row_changed)
        self.setMinimumWidth(self.text_width() + 2 * self.frameWidth() + 8)

    def text_width(self) -> int:
        """Width of the longest line of the items (their size hints carry no width)."""
        metrics = self.fontMetrics()
        lines = [line for row in range(self.count()) for line in self.item(row).text().splitlines()]
        return max((metrics.horizontalAdvance(line) for line in lines), default=0)

    def sizeHint(self) -> QSize:
        """As wide as the longest step title and status: QListWidget's default hint (256 px) would take
        from the page a width that a 1366-pixel screen at 125 % cannot spare."""
        width = self.text_width() + 2 * self.frameWidth() + 20  # item padding and spacing
        return QSize(max(width, self.minimumWidth()), super().sizeHint().height())

    def _render(self, item: QListWidgetItem, number: int, step: StepId, status: StepStatus) -> None:
        title = QCoreApplication.translate("steps", STEP_TITLES[step])
        item.setText(f"{number}. {title}\n    {STATUS_MARKS[status]} {status_label(status)}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{number}. {title}, {status_label(status)}")
        item.setToolTip(f"{title} — {status_label(status)}")
        item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 14))

    def set_status(self, step: StepId, status: StepStatus) -> None:
        index = list(StepId).index(step)
        self._render(self.item(index), index + 1, step, status)

    def select(self, step: StepId) -> None:
        self.setCurrentRow(list(StepId).index(step))

    def _row_changed(self, row: int) -> None:
        if 0 <= row < self.count():
            self.step_chosen.emit(self.item(row).data(Qt.ItemDataRole.UserRole))
