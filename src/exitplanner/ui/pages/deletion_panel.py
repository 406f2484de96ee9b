"""Step 7's deletion panel (strategy « delete the posts »): what the run will cost, whether it may
start, and where an earlier run stands.

The estimate uses the audit's totals (before any filter of the command line), the gate re-hashes
the archive of record in a background job (seconds for a large archive), and the journal is read
without its lock, so a run going on in a terminal is never disturbed. Once the gate passed (and its
warning is confirmed) the run can start here, in a worker: the posts and reposts of the imported
archive, no filter (filters and likes: ``exitplanner cleanup PLAN --run``). A timer polls the job's
status for the live figures; pausing and stopping go through the job's own thread-safe controls.
The X account is connected in the panel's « Connect the X account » box
(:mod:`exitplanner.ui.pages.x_connect_box`, OAuth in the browser) or with ``exitplanner cleanup PLAN
--login``: both keep the tokens in the keyring, where the run finds them. The run starts only once
the account is connected.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from exitplanner import paths
from exitplanner.cleanup.estimate import describe, estimate, format_count, format_duration
from exitplanner.cleanup.gate import gate_for_plan
from exitplanner.cleanup.job import DeletionJob, JobRefused, JobStopped
from exitplanner.cleanup.journal import ACTION_POST, ACTION_REPOST, Journal, Target, journal_path
from exitplanner.networks.errors import NetworkError
from exitplanner.plan.model import Plan
from exitplanner.ui import workers
from exitplanner.ui.pages.x_connect_box import XConnectBox


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
    edited = Signal()  # the plan changed (the connection settings)

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
        self.connection = XConnectBox()
        self.connection.connection_changed.connect(lambda _connected: self._show_command())
        self.connection.edited.connect(self.edited)
        layout.addWidget(self.connection)
        self.journal_label = QLabel()
        self.journal_label.setWordWrap(True)
        layout.addWidget(self.journal_label)
        self.command_label = QLabel()
        self.command_label.setWordWrap(True)
        self.command_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.command_label)
        controls = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start or continue the deletion"))
        self.start_button.clicked.connect(self.start_run)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop_run)
        for button in (self.start_button, self.pause_button, self.stop_button):
            controls.addWidget(button)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress of the deletion"))
        layout.addWidget(self.bar)
        self.run_label = QLabel()
        self.run_label.setWordWrap(True)
        layout.addWidget(self.run_label)
        self.errors_label = QLabel()
        self.errors_label.setWordWrap(True)
        layout.addWidget(self.errors_label)
        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self.show_status)
        self.run_job: workers.Job | None = None
        self.deletion_job: DeletionJob | None = None
        self.clock = None  # the job's clock (tests: simulated time)
        self._sync_controls()

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
        self.connection.load(plan, x_username(plan))
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
        self.job = workers.Job(lambda progress: gate())
        self.job.signals.succeeded.connect(self._gate_done)
        self.job.signals.failed.connect(
            lambda _error: self.gate_label.setText(self.tr("The archive of record could not be checked.")))
        self.job.signals.finished.connect(lambda: self.gate_button.setEnabled(True))
        workers.start(self.job)  # after connecting: a quick check must not finish unheard

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
        self._sync_controls()
        if not self.ready():
            self.command_label.setText(self.tr("The run can start once the archive of record verifies."))
            return
        if not self.connection.connected():
            self.command_label.setText(self.tr("The run can start once the X account is connected (above)."))
            return
        self.command_label.setText(
            self.tr("Start the run here. It removes the posts and reposts of the archive; for filters "
                      "or the likes, run « exitplanner cleanup PLAN --run » with its options instead. A "
                      "stopped run continues where it stopped."))

    # --- the run ------------------------------------------------------------------------------------------

    def running(self) -> bool:
        return self.run_job is not None

    def _sync_controls(self) -> None:
        running = self.running()
        self.start_button.setEnabled(self.ready() and self.connection.connected() and not running)
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)

    def targets(self) -> tuple[list[Target], str | None]:
        """The posts and reposts of the plan's imported archive, and the archive's account id."""
        from exitplanner.cleanup.selection import Filters, select
        from exitplanner.xarchive import import_archive

        section = self.plan.sections.get("x_archive") or {}
        path = section.get("path") if isinstance(section, dict) else None
        if not path:
            from exitplanner.xarchive import demo_archive_path

            path = demo_archive_path()
        result = import_archive(path)
        selection = select(result.posts, Filters(), result.like_ids)
        return list(selection.targets), result.account.account_id or None

    def client(self):
        """An X client with the tokens kept by the connection box (or ``cleanup PLAN --login``)."""
        from exitplanner.networks.x import TokenKeeper, XClient

        store = self.connection.store()  # the same store: without a vault it holds them in memory
        return XClient(TokenKeeper.load(store, x_username(self.plan), api_base=self.connection.api_base),
                       api_base=self.connection.api_base)

    def start_run(self) -> None:
        if not self.ready() or self.running():
            return
        verdict, username = self.verdict, x_username(self.plan)
        record = self.plan.sections.get("record")
        folder = (record.get("folder") if isinstance(record, dict) else "") or str(
            paths.user_data_dir() / "cleanup")

        def work(progress):
            targets, account_id = self.targets()
            with self.client() as client, Journal(journal_path(username)) as journal:
                journal.add(targets)
                self.deletion_job = DeletionJob(client, journal, gate=lambda: verdict, progress=progress,
                                                clock=self.clock, report_dir=folder, account=username,
                                                account_id=account_id)
                return self.deletion_job.run()

        self.run_label.setText(self.tr("Preparing the run…"))
        self.errors_label.clear()
        self.run_job = workers.Job(work)
        self.run_job.signals.succeeded.connect(self._run_finished)
        self.run_job.signals.failed.connect(self._run_failed)
        self.run_job.signals.cancelled.connect(
            lambda: self.run_label.setText(self.tr("Stopped. Start again to continue where it stopped.")))
        self.run_job.signals.finished.connect(self._run_ended)
        workers.start(self.run_job)
        self.timer.start()
        self._sync_controls()

    def toggle_pause(self) -> None:
        job = self.deletion_job
        if job is None:
            return
        if job.paused:
            job.resume()
            self.pause_button.setText(self.tr("Pause"))
        else:
            job.pause()
            self.pause_button.setText(self.tr("Resume"))
        self.show_status()

    def stop_run(self) -> None:
        if self.deletion_job is not None:
            self.deletion_job.cancel()
        if self.run_job is not None:
            self.run_job.cancel()

    def show_status(self) -> None:
        job = self.deletion_job
        if job is None:
            return
        status = job.status()
        total = max(status.total, sum(status.counts.values()))
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(status.done)
        eta = format_duration(status.eta_seconds) if status.eta_seconds is not None else "—"
        state = self.tr("paused") if job.paused else {
            "waiting": self.tr("waiting for X's limit"), "finished": self.tr("finished"),
        }.get(status.state, self.tr("running"))
        self.run_label.setText(
            self.tr("%1 — %2 done of %3; %4 per hour; time left about %5").replace("%1", state)
            .replace("%2", format_count(status.done)).replace("%3", format_count(total))
            .replace("%4", format_count(round(status.per_hour))).replace("%5", eta))
        if status.last_errors:
            self.errors_label.setText(self.tr("Last errors:") + "\n" + "\n".join(status.last_errors[-3:]))

    def _run_finished(self, status) -> None:
        self.show_status()
        self.run_label.setText(
            self.tr("Finished: %1 deleted, %2 already gone, %3 failed. Report: %4")
            .replace("%1", format_count(status.counts.get("deleted", 0)))
            .replace("%2", format_count(status.counts.get("already_gone", 0)))
            .replace("%3", format_count(status.counts.get("failed", 0)))
            .replace("%4", str(status.report or "")))

    def _run_failed(self, error: Exception) -> None:
        self.show_status()
        if isinstance(error, (JobRefused, JobStopped, NetworkError)):
            self.run_label.setText(error.message)
        else:
            self.run_label.setText(self.tr("The run stopped on an unexpected error; it continues where it "
                                           "stopped when started again."))

    def _run_ended(self) -> None:
        self.timer.stop()
        self.run_job = None
        self.pause_button.setText(self.tr("Pause"))
        self.load_journal()
        self._sync_controls()
