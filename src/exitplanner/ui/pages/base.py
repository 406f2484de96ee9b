"""What every wizard page shares: a heading, a summary, the plan it edits, a change signal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from exitplanner.plan.model import Plan, StepId
from exitplanner.steps import STEP_SUMMARIES, STEP_TITLES


class StepPage(QWidget):
    """Base of the pages. Subclasses build their form in ``build()`` and refresh it in ``load()``."""

    changed = Signal()  # the page modified the plan
    step: StepId

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no silent Tab stop: it follows the focused field
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(16, 12, 16, 12)
        self.body_layout.setSpacing(12)

        self.heading = QLabel(QCoreApplication.translate("steps", STEP_TITLES[self.step]))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.heading.text())
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(QCoreApplication.translate("steps", STEP_SUMMARIES[self.step]))
        self.summary.setWordWrap(True)
        self.body_layout.addWidget(self.heading)
        self.body_layout.addWidget(self.summary)
        self.build()
        self.load()

    def build(self) -> None:
        """Create the page's widgets (called once, before the first ``load``)."""

    def load(self) -> None:
        """Show the plan's current values."""

    def notify_changed(self) -> None:
        self.changed.emit()
