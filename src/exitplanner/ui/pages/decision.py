"""Step 4 — Décision: the three strategies side by side, the recorded choice, the other accounts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
)

from exitplanner.plan.model import StepId
from exitplanner.steps.decision import (
    OTHER_CHOICE_LABELS,
    STRATEGY_EXAMPLES,
    STRATEGY_TITLES,
    DecisionModel,
    OtherChoice,
    Strategy,
    tr,
)
from exitplanner.steps.inventory import NETWORK_LABELS
from exitplanner.steps.inventory import tr as inventory_tr
from exitplanner.ui.pages.base import StepPage


class DecisionPage(StepPage):
    step = StepId.DECISION

    def build(self) -> None:
        self.model = DecisionModel(self.plan)
        self._loading = False
        grid_box = QGroupBox(self.tr("The three strategies"))
        self.grid = QGridLayout(grid_box)
        self.grid.setHorizontalSpacing(16)
        self.choice_group = QButtonGroup(self)
        self.radios: dict[Strategy, QRadioButton] = {}
        self.consequence_labels: dict[Strategy, QLabel] = {}
        for column, strategy in enumerate(Strategy):
            radio = QRadioButton(tr(STRATEGY_TITLES[strategy]))
            radio.setAccessibleDescription(tr(STRATEGY_EXAMPLES[strategy]))
            self.choice_group.addButton(radio)
            self.radios[strategy] = radio
            example = QLabel(tr(STRATEGY_EXAMPLES[strategy]))
            example.setWordWrap(True)
            example.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            consequences = QLabel()
            consequences.setWordWrap(True)
            # Top-aligned: a shorter column would otherwise float in the middle of the row.
            consequences.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            consequences.setTextFormat(Qt.TextFormat.PlainText)
            self.consequence_labels[strategy] = consequences
            self.grid.addWidget(radio, 0, column)
            self.grid.addWidget(example, 1, column)
            self.grid.addWidget(consequences, 2, column)
            self.grid.setColumnStretch(column, 1)
        self.choice_group.buttonToggled.connect(self._changed)
        self.body_layout.addWidget(grid_box)

        record_box = QGroupBox(self.tr("The decision"))
        form = QFormLayout(record_box)
        self.decided_on = QDateEdit()
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat("dd/MM/yyyy")
        self.decided_on.setAccessibleName(self.tr("Date of the decision"))
        self.validated_by = QLineEdit()
        self.validated_by.setAccessibleName(self.tr("Validated by"))
        self.validated_by.setPlaceholderText(self.tr("e.g. the mayor, after the cabinet meeting"))
        self.rationale = QPlainTextEdit()
        self.rationale.setTabChangesFocus(True)
        self.rationale.setAccessibleName(self.tr("Why this strategy"))
        self.rationale.setMaximumHeight(self.fontMetrics().height() * 6)
        for label, widget in (
            (self.tr("&Date:"), self.decided_on),
            (self.tr("&Validated by:"), self.validated_by),
            (self.tr("&Why:"), self.rationale),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.decided_on.dateChanged.connect(self._changed)
        self.validated_by.editingFinished.connect(self._changed)
        self.rationale.textChanged.connect(self._changed)
        self.body_layout.addWidget(record_box)

        self.others_box = QGroupBox(self.tr("The other accounts of the inventory"))
        self.others_form = QFormLayout(self.others_box)
        self.body_layout.addWidget(self.others_box)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.body_layout.addWidget(self.problems_label)
        self.body_layout.addStretch(1)

    def load(self) -> None:
        self._loading = True
        try:
            self.model = DecisionModel(self.plan)
            decision = self.model.decision
            self._show_consequences()
            self.choice_group.setExclusive(False)
            for strategy, radio in self.radios.items():
                radio.setChecked(decision.strategy == strategy)
            self.choice_group.setExclusive(True)
            when = date.fromisoformat(decision.decided_on) if decision.decided_on else date.today()
            self.decided_on.setDate(QDate(when.year, when.month, when.day))
            self.validated_by.setText(decision.validated_by)
            self.rationale.setPlainText(decision.rationale)
            self._fill_others()
            self._show_problems()
        finally:
            self._loading = False

    def _show_consequences(self) -> None:
        for strategy, label in self.consequence_labels.items():
            lines = [
                ("⚠ " if c.risk else "• ") + self.tr("%1: %2").replace("%1", c.topic).replace("%2", c.text)
                for c in self.model.consequences(strategy)
            ]
            label.setText("\n\n".join(lines))
            label.setAccessibleName(tr(STRATEGY_TITLES[strategy]))
            label.setAccessibleDescription(label.text())

    def showEvent(self, event) -> None:
        """The figures and the other accounts come from steps 1–2, which may have changed since this
        page was built (an archive imported, an account added): show them again, keep the choice."""
        self._loading = True
        try:
            self._show_consequences()
            self._fill_others()
            self._show_problems()
        finally:
            self._loading = False
        super().showEvent(event)

    def _fill_others(self) -> None:
        while self.others_form.rowCount():
            self.others_form.removeRow(0)
        self.other_combos: dict[str, QComboBox] = {}
        rows = self.model.other_accounts()
        if not rows:
            self.others_form.addRow(QLabel(self.tr("No other account in the inventory.")))
            return
        for account, choice in rows:
            combo = QComboBox()
            for option in OtherChoice:
                combo.addItem(tr(OTHER_CHOICE_LABELS[option]), option)
            combo.setCurrentIndex(max(0, combo.findData(choice)))
            name = f"{inventory_tr(NETWORK_LABELS[account.network])} {account.handle or account.url}"
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(lambda _i, a=account.id, c=combo: self._other_changed(a, c))
            caption = QLabel(name)
            caption.setBuddy(combo)
            self.others_form.addRow(caption, combo)
            self.other_combos[account.id] = combo

    def _show_problems(self) -> None:
        problems = self.model.problems()
        self.problems_label.setText(
            self.tr("To complete this step:") + "\n" + "\n".join(f"• {p}" for p in problems)
            if problems
            else self.tr("The decision is recorded.")
        )

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        strategy = next((s for s, radio in self.radios.items() if radio.isChecked()), None)
        qdate = self.decided_on.date()
        decision = self.model.decision
        decision.strategy = strategy
        decision.validated_by = self.validated_by.text().strip()
        decision.rationale = self.rationale.toPlainText().strip()
        decision.decided_on = date(qdate.year(), qdate.month(), qdate.day()).isoformat()
        self.model.save()
        self._show_problems()
        self.notify_changed()

    def _other_changed(self, account_id: str, combo: QComboBox) -> None:
        if self._loading:
            return
        self.model.set_other(account_id, OtherChoice(combo.currentData()))
        self._show_problems()
        self.notify_changed()
