"""Pages of the steps that later versions build: they say so plainly and pretend nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from exitplanner.plan.model import Plan, StepId
from exitplanner.ui.pages.base import StepPage


class ComingLaterPage(StepPage):
    def __init__(self, step: StepId, plan: Plan, parent=None) -> None:
        self.step = step
        super().__init__(plan, parent)

    def build(self) -> None:
        notice = QFrame()
        notice.setObjectName("comingLater")
        notice.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(notice)
        label = QLabel(
            self.tr(
                "This step is not available yet: it comes in a later version of ExitPlanner. "
                "Nothing on this page is saved or sent for now."
            )
        )
        label.setWordWrap(True)
        label.setAccessibleName(label.text())
        layout.addWidget(label)
        self.body_layout.addWidget(notice)
        self.body_layout.addStretch(1)
