"""Step 7's deletion panel (strategy « delete the posts »): what the run removes, what it will cost,
whether it may start, where an earlier run stands, and the run itself.

The user chooses what goes, as with ``exitplanner cleanup PLAN --run``: the kinds of post (originals,
replies, quotes, reposts), the likes (« Supprimer aussi les j’aime »), a period, the N most engaged
posts to keep and a list of ids to keep. The choice is saved in the plan (``sections["cleanup"]``,
see :mod:`exitplanner.steps.execution`) and a preview job computes the exact selection, its duration
and cost from the imported archive (read once, then kept in memory). The gate re-hashes the archive
of record in a background job; the journal is read without its lock, so a run going on in a terminal
is never disturbed, and its counts are shown per kind.

Once the gate passed (and its warning is confirmed) and the X account is connected (the « Connect
the X account » box, :mod:`exitplanner.ui.pages.x_connect_box`, or ``exitplanner cleanup PLAN
--login``), the run starts here in a worker: the journal first drops the pending ids the current
choice no longer selects (never one a request may have reached), then takes the new ones, and the
:class:`~exitplanner.cleanup.job.DeletionJob` works through them with its pacing, 429/5xx handling
and journal. A timer polls the job's status for the live figures; pausing and stopping go through
the job's own thread-safe controls, so a stop lets the request in flight finish and be journaled.
The main window asks before closing while the run goes on (the job's ``label``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exitplanner import paths
from exitplanner.cleanup.estimate import describe, estimate, format_count, format_duration
from exitplanner.cleanup.gate import gate_for_plan
from exitplanner.cleanup.job import DeletionJob, JobRefused, JobStopped
from exitplanner.cleanup.journal import (
    ACTION_LIKE,
    ACTION_POST,
    ACTION_REPOST,
    ACTIONS,
    ALREADY_GONE,
    DELETED,
    FAILED,
    IN_FLIGHT,
    PENDING,
    Journal,
    JournalBusy,
    Target,
    journal_path,
)
from exitplanner.cleanup.selection import (
    KIND_ORIGINAL,
    KIND_QUOTE,
    KIND_REPLY,
    KIND_REPOST,
    KINDS,
    Filters,
    Selection,
    protected_ids,
    select,
)
from exitplanner.networks.errors import NetworkError
from exitplanner.plan.model import Plan
from exitplanner.steps.execution import archive_kind_counts, cleanup_filters, set_cleanup_filters
from exitplanner.ui import workers
from exitplanner.ui.pages.x_connect_box import XConnectBox
from exitplanner.xarchive.errors import XArchiveError

PREVIEW_DELAY_MS = 300  # typing an id or a date does not start a preview per key stroke


def x_username(plan: Plan) -> str:
    summary = (plan.sections.get("x_archive") or {}).get("summary") or {}
    return str((summary.get("account") or {}).get("username") or "")


def _read_journal(username: str, read: Callable[[Journal], Any]) -> Any:
    """``read(journal)`` on this account's journal (shared, read-only), or None when there is none."""
    if not username:
        return None
    path = journal_path(username)
    if not path.exists():
        return None
    with Journal(path, exclusive=False) as journal:
        return read(journal)


def journal_counts(username: str) -> dict[str, int] | None:
    """Counts per state of this account's journal, or None when no run was ever prepared."""
    return _read_journal(username, Journal.counts)


def journal_counts_by_kind(username: str) -> dict[str, dict[str, int]] | None:
    """``{action: {state: count}}`` of this account's journal, or None when there is none."""
    return _read_journal(username, Journal.counts_by_kind)


_STATUS_ID = re.compile(r"/status(?:es)?/(\d+)")


def parse_ids(text: str) -> tuple[set[str], list[str]]:
    """Post ids to keep, typed or pasted: digits, or post addresses (``…/status/123``), separated by
    commas, semicolons, spaces or lines. Returns the ids and the pieces that are neither."""
    ids: set[str] = set()
    bad: list[str] = []
    for piece in re.split(r"[\s,;]+", text.strip()):
        if not piece:
            continue
        found = _STATUS_ID.search(piece)
        if found:
            ids.add(found.group(1))
        elif piece.isdigit():
            ids.add(piece)
        else:
            bad.append(piece)
    return ids, bad


@dataclass
class ArchiveData:
    """What the selection needs of the imported archive, read once per panel (seconds for 100k posts)."""

    path: str
    posts: list
    like_ids: list
    account_id: str | None


def read_archive(plan: Plan) -> ArchiveData:
    from exitplanner.xarchive import import_archive

    section = plan.sections.get("x_archive") or {}
    path = section.get("path") if isinstance(section, dict) else None
    if not path:
        from exitplanner.xarchive import demo_archive_path

        path = demo_archive_path()
    result = import_archive(path)
    return ArchiveData(str(path), list(result.posts), list(result.like_ids),
                       result.account.account_id or None)


class _RunJob(workers.Job):
    """The worker of a run; cancelling it also wakes the deletion job from a pause or a wait."""

    deletion: DeletionJob | None = None

    def cancel(self) -> None:
        super().cancel()
        if self.deletion is not None:
            self.deletion.cancel()


class DeletionPanel(QGroupBox):
    edited = Signal()  # the plan changed (the connection settings, the choice of what to delete)
    run_completed = Signal(str)  # a run settled every id without a failure; the report's path

    def __init__(self, plan: Plan, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Deletion of the posts on X"))
        self.plan = plan
        self.verdict = None
        self.plan_path: Path | None = None
        self.job: workers.Job | None = None
        self.archive: ArchiveData | None = None
        self.selection: Selection | None = None  # of the current choice, once the preview computed it
        self.run_filters: Filters = Filters(kinds=set(KINDS))
        self._loading = False
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_choice())
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
        layout.addWidget(self._build_kind_table())
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
        self.stop_button.setToolTip(self.tr("The request already sent finishes and is recorded; the run "
                                            "continues where it stopped when started again."))
        self.stop_button.clicked.connect(self.stop_run)
        for button in (self.start_button, self.pause_button, self.stop_button):
            controls.addWidget(button)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress of the deletion"))
        self.bar.setVisible(False)  # an empty bar with no run reads as something stuck: shown from the start
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
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.preview)
        self.run_job: _RunJob | None = None
        self.deletion_job: DeletionJob | None = None
        self.clock = None  # the job's clock (tests: simulated time)
        self._sync_controls()

    # --- the choice of what to delete ---------------------------------------------------------------

    def _build_choice(self) -> QGroupBox:
        box = QGroupBox(self.tr("What to delete"))
        form = QFormLayout(box)
        kinds = QVBoxLayout()
        self.kind_texts = {
            KIND_ORIGINAL: self.tr("Original posts (%1)"),
            KIND_REPLY: self.tr("Replies (%1)"),
            KIND_QUOTE: self.tr("Quotes (%1)"),
            KIND_REPOST: self.tr("Reposts (%1)"),
            ACTION_LIKE: self.tr("Also delete the likes (%1)"),
        }
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind in (KIND_ORIGINAL, KIND_REPLY, KIND_QUOTE, KIND_REPOST, ACTION_LIKE):  # as the estimate
            check = QCheckBox(self.kind_texts[kind].replace("%1", "0"))
            check.toggled.connect(self._choice_changed)
            self.kind_boxes[kind] = check
            kinds.addWidget(check)
        self.kind_boxes[ACTION_LIKE].setToolTip(self.tr(
            "The likes listed in the archive. X limits their removal to 1,000 a day, so a long list "
            "adds days to the run."))
        form.addRow(self.tr("Kinds:"), kinds)
        period = QHBoxLayout()
        self.since_check = QCheckBox(self.tr("from"))
        self.since_edit = QDateEdit()
        self.until_check = QCheckBox(self.tr("up to (included)"))
        self.until_edit = QDateEdit()
        for check, edit, name in ((self.since_check, self.since_edit, self.tr("Start of the period")),
                                  (self.until_check, self.until_edit, self.tr("End of the period"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._choice_changed)
            edit.dateChanged.connect(self._choice_changed)
            period.addWidget(check)
            period.addWidget(edit)
        period.addStretch(1)
        form.addRow(self.tr("Period:"), period)
        self.keep_top = QSpinBox()
        self.keep_top.setRange(0, 1_000_000)
        self.keep_top.setSpecialValueText(self.tr("none"))
        self.keep_top.setSuffix(self.tr(" posts"))
        self.keep_top.setAccessibleName(self.tr("Number of most engaged posts to keep"))
        self.keep_top.setToolTip(self.tr("The posts with the most likes + reposts stay on X."))
        self.keep_top.valueChanged.connect(self._choice_changed)
        top_row = QHBoxLayout()
        top_row.addWidget(self.keep_top)
        top_row.addStretch(1)
        form.addRow(self.tr("Keep the most engaged:"), top_row)
        self.keep_ids = QLineEdit()
        self.keep_ids.setPlaceholderText(self.tr("ids or addresses of posts, separated by commas"))
        self.keep_ids.setAccessibleName(self.tr("Posts to keep"))
        self.keep_ids.textChanged.connect(self._choice_changed)
        form.addRow(self.tr("Posts to keep:"), self.keep_ids)
        self.choice_hint = QLabel()
        self.choice_hint.setWordWrap(True)
        form.addRow(self.choice_hint)
        self.choice_box = box
        return box

    def filters(self) -> Filters:
        """The choice shown in the form."""
        kinds = {kind for kind in KINDS if self.kind_boxes[kind].isChecked()}
        likes = self.kind_boxes[ACTION_LIKE].isChecked()
        keep, _bad = parse_ids(self.keep_ids.text())
        return Filters(since=self.since_edit.date().toPython() if self.since_check.isChecked() else None,
                       until=self.until_edit.date().toPython() if self.until_check.isChecked() else None,
                       kinds=kinds, keep_top=self.keep_top.value(), keep_ids=keep, include_likes=likes,
                       likes_only=not kinds)

    def chose_nothing(self) -> bool:
        return not any(check.isChecked() for check in self.kind_boxes.values())

    def _show_filters(self, filters: Filters) -> None:
        kinds = filters.effective_kinds()
        for kind in KINDS:
            self.kind_boxes[kind].setChecked(kind in kinds)
        self.kind_boxes[ACTION_LIKE].setChecked(filters.include_likes)
        for check, edit, day in ((self.since_check, self.since_edit, filters.since),
                                 (self.until_check, self.until_edit, filters.until)):
            check.setChecked(day is not None)
            edit.setDate(QDate(day) if day is not None else QDate.currentDate())
        self.keep_top.setValue(filters.keep_top)
        self.keep_ids.setText(", ".join(sorted(filters.keep_ids, key=lambda i: (len(i), i))))

    def _show_kind_counts(self) -> None:
        counts = archive_kind_counts(self.plan)
        for kind, check in self.kind_boxes.items():
            check.setText(self.kind_texts[kind].replace("%1", format_count(counts.get(kind, 0))))

    def _choice_changed(self, *_args) -> None:
        if self._loading:
            return
        filters = self.filters()
        set_cleanup_filters(self.plan, filters)
        self.edited.emit()
        self._show_choice_hint()
        self.selection = None
        self.preview_timer.start()
        self._show_command()

    def _show_choice_hint(self) -> None:
        hints = []
        _ids, bad = parse_ids(self.keep_ids.text())
        if bad:
            hints.append(self.tr("Not a post id nor a post address, ignored: %1")
                         .replace("%1", ", ".join(bad)))
        filters = self.filters()
        if filters.since and filters.until and filters.since > filters.until:
            hints.append(self.tr("The period starts after it ends: no post is in it."))
        self.choice_hint.setText("\n".join(hints))
        self.choice_hint.setVisible(bool(hints))

    # --- the estimate of the current choice --------------------------------------------------------------

    def preview(self) -> None:
        """Compute the selection of the current choice in a job (the archive is read the first time)."""
        if not x_username(self.plan):
            return
        if self.chose_nothing():
            self.selection = None
            self.estimate_label.setText(self.tr("Nothing is chosen: tick at least one kind above."))
            self._show_command()
            return
        self._generation += 1
        generation, filters, archive, plan = self._generation, self.filters(), self.archive, self.plan

        def work(progress):
            data = archive or read_archive(plan)
            progress.check()
            return data, select(data.posts, filters, data.like_ids, protected_ids(plan.sections))

        self.estimate_label.setText(self.tr("Computing what this choice deletes…"))
        job = workers.Job(work)
        job.ask_before_closing = False  # a second at most; the window simply waits for it
        job.signals.succeeded.connect(lambda result: self._preview_done(generation, result))
        job.signals.failed.connect(lambda error: self._preview_failed(generation, error))
        workers.start(job)

    def _preview_done(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # the choice changed meanwhile: a newer preview is on its way
        self.archive, self.selection = result
        selection: Selection = self.selection
        counts = {action: selection.count(action) for action in ACTIONS}
        unresolved = sum(1 for t in selection.targets if t.action == ACTION_REPOST and not t.source)
        kept = selection.kept_by_filter + selection.kept_top + selection.kept_ids
        by_kind = selection.by_kind
        lines = [
            self.tr("This choice deletes — original posts: %1, replies: %2, quotes: %3, reposts: %4, "
                    "likes: %5; posts of the archive kept: %6.")
            .replace("%1", format_count(by_kind.get(KIND_ORIGINAL, 0)))
            .replace("%2", format_count(by_kind.get(KIND_REPLY, 0)))
            .replace("%3", format_count(by_kind.get(KIND_QUOTE, 0)))
            .replace("%4", format_count(by_kind.get(KIND_REPOST, 0)))
            .replace("%5", format_count(by_kind.get(ACTION_LIKE, 0)))
            .replace("%6", format_count(kept)),
            *describe(estimate(counts, unresolved)),
        ]
        self.estimate_label.setText("\n".join(lines))
        self._show_command()

    def _preview_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self.selection = None
        if isinstance(error, XArchiveError):
            self.estimate_label.setText(error.message)
        else:
            self.estimate_label.setText(self.tr("The X archive could not be read to compute the selection."))
        self._show_command()

    # --- loading the plan ---------------------------------------------------------------------------

    def load(self, plan: Plan, plan_path: Path | None = None) -> None:
        if plan is not self.plan:
            self.archive = None
            self._generation += 1  # a preview of the previous plan must not land on this one
        self.plan = plan
        self.plan_path = plan_path
        self._loading = True
        try:
            self._show_kind_counts()
            if not self.running():  # the choice of a run under way stays on screen
                self._show_filters(cleanup_filters(plan))
        finally:
            self._loading = False
        self._show_choice_hint()
        if not x_username(plan):
            self.estimate_label.setText(self.tr("Import the X archive in step 2 to see what the deletion "
                                                "involves."))
        else:
            self.preview()
        self.connection.load(plan, x_username(plan))
        self.load_journal()
        self._show_command()

    def _build_kind_table(self) -> QWidget:
        """Per kind (posts, reposts, likes): deleted, already gone, failed, still to do."""
        self.kind_table = QWidget()
        grid = QGridLayout(self.kind_table)
        grid.setContentsMargins(0, 0, 0, 0)
        headers = (self.tr("Kind"), self.tr("Deleted"), self.tr("Already gone"), self.tr("Failed"),
                   self.tr("To do"))
        for column, header in enumerate(headers):
            label = QLabel(f"<b>{header}</b>")
            grid.addWidget(label, 0, column, alignment=Qt.AlignmentFlag.AlignLeft if column == 0
                           else Qt.AlignmentFlag.AlignRight)
        names = {ACTION_POST: self.tr("Posts"), ACTION_REPOST: self.tr("Reposts"),
                 ACTION_LIKE: self.tr("Likes")}
        self.kind_cells: dict[str, list[QLabel]] = {}
        for row, action in enumerate(ACTIONS, 1):
            grid.addWidget(QLabel(names[action]), row, 0)
            cells = []
            for column in range(1, 5):
                cell = QLabel("0")
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                grid.addWidget(cell, row, column)
                cells.append(cell)
            self.kind_cells[action] = cells
        grid.setColumnStretch(5, 1)
        self.kind_table.setVisible(False)
        return self.kind_table

    def show_kind_counts(self, by_kind: dict[str, dict[str, int]]) -> None:
        for action, cells in self.kind_cells.items():
            states = by_kind.get(action) or {}
            values = (states.get(DELETED, 0), states.get(ALREADY_GONE, 0), states.get(FAILED, 0),
                      states.get(PENDING, 0) + states.get(IN_FLIGHT, 0))
            for cell, value in zip(cells, values, strict=True):
                cell.setText(format_count(value))
        self.kind_table.setVisible(True)

    def load_journal(self) -> None:
        try:
            username = x_username(self.plan)
            counts = journal_counts(username)
            by_kind = journal_counts_by_kind(username) if counts is not None else None
        except Exception:  # a damaged or locked journal must not break the page
            self.kind_table.setVisible(False)
            self.journal_label.setText(self.tr("The journal of earlier runs cannot be read."))
            return
        if counts is None or by_kind is None:
            self.kind_table.setVisible(False)
            self.journal_label.setText(self.tr("No deletion run has been started for this account."))
            return
        self._show_journal_line(counts)
        self.show_kind_counts(by_kind)

    def _show_journal_line(self, counts: dict[str, int]) -> None:
        self.journal_label.setText(
            self.tr("Where the run stands: %1 deleted, %2 already gone, %3 failed, %4 still to do.")
            .replace("%1", format_count(counts.get(DELETED, 0)))
            .replace("%2", format_count(counts.get(ALREADY_GONE, 0)))
            .replace("%3", format_count(counts.get(FAILED, 0)))
            .replace("%4", format_count(counts.get(PENDING, 0) + counts.get(IN_FLIGHT, 0))))

    # --- the gate -----------------------------------------------------------------------------------

    def check_gate(self) -> None:
        gate = gate_for_plan(self.plan)
        self.gate_button.setEnabled(False)
        self.gate_label.setText(self.tr("Checking the archive of record…"))
        self.job = workers.Job(lambda progress: gate())
        self.job.label = self.tr("The archive of record is being checked.")
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

    def nothing_selected(self) -> bool:
        """The choice selects nothing (known at once for no ticked kind, after the preview otherwise)."""
        return self.chose_nothing() or (self.selection is not None and not self.selection.targets)

    def _show_command(self) -> None:
        self._sync_controls()
        if self.running():
            self.command_label.setText(self.tr("The run is under way; the choice above is locked until it "
                                               "stops."))
            return
        if not self.ready():
            self.command_label.setText(self.tr("The run can start once the archive of record verifies."))
            return
        if not self.connection.connected():
            self.command_label.setText(self.tr("The run can start once the X account is connected (above)."))
            return
        if self.nothing_selected():
            self.command_label.setText(self.tr("Nothing to delete with this choice."))
            return
        self.command_label.setText(
            self.tr("Start the run here: it deletes what is chosen above, at X's pace, and can be paused "
                    "or stopped at any time. A stopped run continues where it stopped; what a new choice "
                    "no longer selects is left alone."))

    # --- the run ------------------------------------------------------------------------------------------

    def running(self) -> bool:
        return self.run_job is not None

    def _sync_controls(self) -> None:
        running = self.running()
        self.start_button.setEnabled(self.ready() and self.connection.connected() and not running
                                     and not self.nothing_selected())
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.choice_box.setEnabled(not running)

    def targets(self) -> tuple[list[Target], str | None]:
        """What the run's choice (``run_filters``) selects in the plan's archive, and the archive's
        account id. Runs in the worker."""
        data = self.archive or read_archive(self.plan)
        selection = select(data.posts, self.run_filters, data.like_ids, protected_ids(self.plan.sections))
        return list(selection.targets), data.account_id

    def client(self):
        """An X client with the tokens kept by the connection box (or ``cleanup PLAN --login``)."""
        from exitplanner.networks.x import TokenKeeper, XClient

        store = self.connection.store()  # the same store: without a vault it holds them in memory
        return XClient(TokenKeeper.load(store, x_username(self.plan), api_base=self.connection.api_base),
                       api_base=self.connection.api_base)

    def start_run(self) -> None:
        if not self.ready() or self.running() or self.nothing_selected():
            return
        verdict, username = self.verdict, x_username(self.plan)
        self.run_filters = self.filters()
        record = self.plan.sections.get("record")
        folder = (record.get("folder") if isinstance(record, dict) else "") or str(
            paths.user_data_dir() / "cleanup")

        def work(progress):
            targets, account_id = self.targets()
            with self.client() as client, Journal(journal_path(username)) as journal:
                journal.withdraw(targets)  # what the choice no longer selects stays on X
                journal.add(targets)
                job.deletion = DeletionJob(client, journal, gate=lambda: verdict, progress=progress,
                                           clock=self.clock, report_dir=folder, account=username,
                                           account_id=account_id)
                self.deletion_job = job.deletion
                if progress.cancelled:  # stopped while preparing
                    job.deletion.cancel()
                return job.deletion.run()

        self.run_label.setText(self.tr("Preparing the run…"))
        self.errors_label.clear()
        self.bar.setVisible(True)
        job = _RunJob(work)
        job.label = self.tr("A deletion is in progress on X. Stopping it cleanly lets the request already "
                            "sent finish and records it in the journal; the run continues later where it "
                            "stopped.")
        self.run_job = job
        job.signals.succeeded.connect(self._run_finished)
        job.signals.failed.connect(self._run_failed)
        job.signals.cancelled.connect(
            lambda: self.run_label.setText(self.tr("Stopped. Start again to continue where it stopped.")))
        job.signals.finished.connect(self._run_ended)
        workers.start(job)
        self.timer.start()
        self._show_command()

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
        if self.run_job is not None:
            self.run_job.cancel()
            self.run_label.setText(self.tr("Stopping: the request already sent finishes first…"))

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
        if status.by_kind:
            self._show_journal_line(status.counts)
            self.show_kind_counts(status.by_kind)
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
        if not status.counts.get(FAILED, 0):
            self.run_completed.emit(str(status.report or ""))

    def _run_failed(self, error: Exception) -> None:
        self.show_status()
        if isinstance(error, (JobRefused, JobStopped, NetworkError, JournalBusy, XArchiveError)):
            self.run_label.setText(error.message)
        else:
            self.run_label.setText(self.tr("The run stopped on an unexpected error; it continues where it "
                                           "stopped when started again."))

    def _run_ended(self) -> None:
        self.timer.stop()
        self.run_job = None
        self.pause_button.setText(self.tr("Pause"))
        self.load_journal()
        self._show_command()


