"""Step 7's deletion panel (strategy « delete the posts »): what the run will cost, whether it may
start, and where an earlier run stands.

The run itself is started from the command line for now (``exitplanner cleanup PLAN --run``); this
panel shows everything needed to decide to start it. The estimate uses the audit's totals (before
any filter of the command line), the gate re-hashes the archive of record in a background job
(seconds for a large archive), and the journal is read without its lock, so a run going on in a
terminal is never disturbed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from exitplanner.cleanup.estimate import describe, estimate, format_count
from exitplanner.cleanup.gate import gate_for_plan
from exitplanner.cleanup.journal import ACTION_POST, ACTION_REPOST, Journal, journal_path
from exitplanner.plan.model import Plan
from exitplanner.ui import workers


def x_username(plan: Plan) -> str:
    summary = (plan.sections.get("x_archive") or {}).get("summary") or {}
    return str((summary.get("account") or {}).get("username") or "")


def deletion_counts(plan: Plan) -> dict[str, int]:
    """Posts and reposts of the audit (likes only with ``--likes``, as the command line does)."""
    summary = (plan.sections.get("x_archive") or {}).get("summary") or {}
    counts = summary.get("counts") or {}
    posts = int(counts.get("posts", 0) or 0)
    reposts = int(counts.get("reposts", 0) or 0)
    return {ACTION_POST: max(0, posts - reposts), ACTION_REPOST: reposts}


def journal_counts(username: str) -> dict[str, int] | None:
    """Counts per state of this account's journal, or None when no run was ever prepared."""
    if not username:
        return None
    path = journal_path(username)
    if not path.exists():
        return None
    with Journal(path, exclusive=False) as journal:
        return journal.counts()


class DeletionPanel(QGroupBox):
    def __init__(self, plan: Plan, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Deletion of the posts on X"))
        self.plan = plan
        self.verdict = None
        self.plan_path: Path | None = None
        self.job: workers.Job | None = None
        layout = QVBoxLayout(self)
        self.estimate_label = QLabel()
        self.estimate_label.setWordWrap(True)
        layout.addWidget(self.estimate_label)
        row = QHBoxLayout()
        self.gate_button = QPushButton(self.tr("Check the archive of record"))
        self.gate_button.clicked.connect(self.check_gate)
        row.addWidget(self.gate_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.gate_label = QLabel(self.tr("The deletion may start only once the archive of record verifies."))
        self.gate_label.setWordWrap(True)
        layout.addWidget(self.gate_label)
        self.confirm = QCheckBox(self.tr("I have read this warning and confirm the deletion"))
        self.confirm.setVisible(False)
        self.confirm.toggled.connect(self._show_command)
        layout.addWidget(self.confirm)
        self.journal_label = QLabel()
        self.journal_label.setWordWrap(True)
        layout.addWidget(self.journal_label)
        self.command_label = QLabel()
        self.command_label.setWordWrap(True)
        self.command_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.command_label)

    def load(self, plan: Plan, plan_path: Path | None = None) -> None:
        self.plan = plan
        self.plan_path = plan_path
        counts = deletion_counts(plan)
        if not x_username(plan):
            self.estimate_label.setText(self.tr("Import the X archive in step 2 to see what the deletion "
                                                "involves."))
        else:
            lines = describe(estimate(counts))
            self.estimate_label.setText(
                self.tr("Estimate from the audit, before any filter:") + "\n" + "\n".join(lines))
        self.load_journal()
        self._show_command()

    def load_journal(self) -> None:
        try:
            counts = journal_counts(x_username(self.plan))
        except Exception:  # a damaged or locked journal must not break the page
            counts = None
            self.journal_label.setText(self.tr("The journal of earlier runs cannot be read."))
            return
        if counts is None:
            self.journal_label.setText(self.tr("No deletion run has been started for this account."))
            return
        self.journal_label.setText(
            self.tr("Where the run stands: %1 deleted, %2 already gone, %3 failed, %4 still to do.")
            .replace("%1", format_count(counts["deleted"]))
            .replace("%2", format_count(counts["already_gone"]))
            .replace("%3", format_count(counts["failed"]))
            .replace("%4", format_count(counts["pending"] + counts["in_flight"])))

    def check_gate(self) -> None:
        gate = gate_for_plan(self.plan)
        self.gate_button.setEnabled(False)
        self.gate_label.setText(self.tr("Checking the archive of record…"))
        self.job = workers.start(workers.Job(lambda progress: gate()))
        self.job.signals.succeeded.connect(self._gate_done)
        self.job.signals.failed.connect(
            lambda _error: self.gate_label.setText(self.tr("The archive of record could not be checked.")))
        self.job.signals.finished.connect(lambda: self.gate_button.setEnabled(True))

    def _gate_done(self, verdict) -> None:
        self.verdict = verdict
        self.gate_label.setText(("✔ " if verdict.ok else "✘ ") + verdict.message
                                + ("\n⚠ " + verdict.warning if verdict.ok and verdict.warning else ""))
        self.confirm.setChecked(False)
        self.confirm.setVisible(bool(verdict.ok and verdict.warning))
        self._show_command()

    def ready(self) -> bool:
        """The gate passed, and its warning (if any) is confirmed."""
        verdict = self.verdict
        return bool(verdict and verdict.ok and (not verdict.warning or self.confirm.isChecked()))

    def _show_command(self) -> None:
        if not self.ready():
            self.command_label.setText(self.tr("Starting the run from this window comes in a later version. "
                                               "Once the archive of record verifies, the run is started "
                                               "from the command line."))
            return
        plan = f'"{self.plan_path}"' if self.plan_path else "PLAN.exitplan.json"
        command = f"exitplanner cleanup {plan} --login --client-id …\nexitplanner cleanup {plan} --run"
        if self.verdict.warning:
            command += " --yes"
        self.command_label.setText(
            self.tr("Start the run from a terminal (it can be stopped with Ctrl+C and continues where it "
                    "stopped; add --likes to remove the likes too):") + "\n" + command)
