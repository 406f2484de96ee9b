"""Step 3 — Archivage: build the archive of record, verify it, open its HTML copy, enter the visa.

A thin view over :class:`exitplanner.steps.record.RecordModel`. Export and verification run as
:class:`~exitplanner.ui.workers.Job` s with a progress bar and a Cancel button; the plan is only
changed on the GUI thread, when a job has finished.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from exitplanner import paths
from exitplanner.plan.model import StepId
from exitplanner.record.errors import RecordError
from exitplanner.steps.record import RecordModel, run_export, run_verify
from exitplanner.ui import workers
from exitplanner.ui.pages.base import StepPage
from exitplanner.xarchive.errors import XArchiveError

_BAR_STEPS = 1000  # the bar counts per mille: byte counts overflow QProgressBar's int


def _local_time(iso: str) -> str:
    """``2026-11-22T05:36:00Z`` → ``22/11/2026 06:36`` in the computer's time zone."""
    when = QDateTime.fromString(iso.replace("+00:00", "Z"), Qt.DateFormat.ISODate)
    return when.toLocalTime().toString("dd/MM/yyyy HH:mm") if when.isValid() else iso


class RecordPage(StepPage):
    step = StepId.RECORD

    def build(self) -> None:
        self.model = RecordModel(self.plan)
        self._job: workers.Job | None = None
        self._loading = False
        self._pending_verify = False

        self.missing_label = QLabel(self.tr(
            "No X archive is imported yet: import it in step 2 (Inventory and audit) first; the archive "
            "of record is built from it."))
        self.missing_label.setWordWrap(True)
        self.missing_label.setObjectName("stepProblems")
        self.body_layout.addWidget(self.missing_label)

        self.export_box = self._build_export()
        self.verify_box = self._build_verify()
        self.visa_box = self._build_visa()
        for box in (self.export_box, self.verify_box, self.visa_box):
            self.body_layout.addWidget(box)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setObjectName("stepProblems")
        self.body_layout.addWidget(self.problems_label)
        self.body_layout.addStretch(1)

    # ---- building -------------------------------------------------------------------------------
    def _build_export(self) -> QGroupBox:
        box = QGroupBox(self.tr("Build the archive of record"))
        layout = QVBoxLayout(box)
        explanation = QLabel(self.tr(
            "A new folder with the original X archive untouched, a copy of every post to browse offline, "
            "the posts as CSV (for Excel and LibreOffice) and JSON, the media, the accompanying note for the "
            "archives service, and the checksums of every file (BagIt format)."))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        row = QHBoxLayout()
        caption = QLabel(self.tr("N&ew folder:"))
        self.target_edit = QLineEdit()
        self.target_edit.setAccessibleName(self.tr("Folder of the archive of record"))
        self.target_edit.setAccessibleDescription(self.tr("A folder that does not exist yet; it is created."))
        caption.setBuddy(self.target_edit)
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose where to create the folder"))
        self.choose_button.clicked.connect(self._choose_parent)
        row.addWidget(caption)
        row.addWidget(self.target_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        actions = QHBoxLayout()
        self.export_button = QPushButton(self.tr("B&uild the archive of record"))
        self.export_button.setAccessibleName(self.tr("Build the archive of record"))
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("C&ancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running task"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        actions.addWidget(self.export_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, _BAR_STEPS)
        self.progress_bar.setValue(0)
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Task status"))
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        return box

    def _build_verify(self) -> QGroupBox:
        box = QGroupBox(self.tr("The archive of record"))
        layout = QVBoxLayout(box)
        self.record_label = QLabel()
        self.record_label.setWordWrap(True)
        self.record_label.setAccessibleName(self.tr("Archive of record"))
        layout.addWidget(self.record_label)
        actions = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Verify now"))
        self.verify_button.setAccessibleName(self.tr("Verify the archive of record"))
        self.verify_button.setAccessibleDescription(self.tr("Re-reads every file and compares its checksum."))
        self.verify_button.clicked.connect(self.start_verify)
        self.open_button = QPushButton(self.tr("&Open the HTML copy"))
        self.open_button.setAccessibleName(self.tr("Open the HTML copy in the browser"))
        self.open_button.clicked.connect(self.open_html)
        self.locate_button = QPushButton(self.tr("Locate a &moved folder…"))
        self.locate_button.setAccessibleName(self.tr("Locate the archive of record after moving it"))
        self.locate_button.clicked.connect(self._locate)
        self.folder_button = QPushButton(self.tr("Sho&w the folder"))
        self.folder_button.setAccessibleName(self.tr("Show the folder of the archive of record"))
        self.folder_button.clicked.connect(self.open_folder)
        for button in (self.verify_button, self.open_button, self.folder_button, self.locate_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.problems_caption = QLabel(self.tr("&Problems found by the last verification:"))
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Problems found by the last verification"))
        self.problem_list.setMaximumHeight(self.fontMetrics().height() * 8)
        self.problems_caption.setBuddy(self.problem_list)
        layout.addWidget(self.problems_caption)
        layout.addWidget(self.problem_list)
        return box

    def _build_visa(self) -> QGroupBox:
        box = QGroupBox(self.tr("Visa of the Archives départementales"))
        form = QFormLayout(box)
        note = QLabel(self.tr(
            "Posts of an authority are public archives: deleting them needs the prior visa of the Archives "
            "départementales (Code du patrimoine, L212-2). Send them the folder and its accompanying note, "
            "then enter their answer here."))
        note.setWordWrap(True)
        form.addRow(note)
        self.visa_received = QCheckBox(self.tr("The v&isa has been received"))
        self.visa_received.setAccessibleName(self.tr("The visa has been received"))
        self.visa_received.toggled.connect(self._visa_toggled)
        form.addRow(self.visa_received)
        self.visa_date = QDateEdit()
        self.visa_date.setCalendarPopup(True)
        self.visa_date.setDisplayFormat("dd/MM/yyyy")
        self.visa_date.setAccessibleName(self.tr("Date of the visa"))
        self.visa_reference = QLineEdit()
        self.visa_reference.setAccessibleName(self.tr("Reference of the visa"))
        self.visa_reference.setPlaceholderText(self.tr("e.g. the number of the disposal form"))
        scan_row = QHBoxLayout()
        self.visa_scan = QLineEdit()
        self.visa_scan.setAccessibleName(self.tr("Scan of the visa (optional)"))
        self.scan_button = QPushButton(self.tr("Choose &the scan…"))
        self.scan_button.setAccessibleName(self.tr("Choose the scan of the visa"))
        self.scan_button.clicked.connect(self._choose_scan)
        scan_row.addWidget(self.visa_scan, 1)
        scan_row.addWidget(self.scan_button)
        for text, widget, field in (
            (self.tr("&Date:"), self.visa_date, self.visa_date),
            (self.tr("&Reference:"), self.visa_reference, self.visa_reference),
            (self.tr("&Scan (optional):"), scan_row, self.visa_scan),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, widget)
        self.visa_date.dateChanged.connect(self._visa_edited)
        self.visa_reference.editingFinished.connect(self._visa_edited)
        self.visa_scan.editingFinished.connect(self._visa_edited)
        return box

    # ---- showing --------------------------------------------------------------------------------
    def load(self) -> None:
        self._loading = True
        try:
            self.model = RecordModel(self.plan)
            available = self.model.has_x_archive()
            self.missing_label.setVisible(not available)
            for box in (self.export_box, self.verify_box, self.visa_box):
                box.setEnabled(available)
            if available and not self.target_edit.text():
                archive = self.model.archive_path()
                parent = archive.parent if archive else Path.home()
                if archive and (paths.resources_dir() in archive.parents or not os.access(parent, os.W_OK)):
                    parent = paths.user_data_dir() / "archives"  # the bundled demo, or a read-only folder
                    parent.mkdir(parents=True, exist_ok=True)
                self.target_edit.setText(str(self.model.default_target(parent)))
            self._show_record()
            visa = self.model.visa()
            received = bool(visa["date"] or visa["reference"])
            self.visa_received.setChecked(received)
            when = date.fromisoformat(visa["date"]) if visa["date"] else date.today()
            self.visa_date.setDate(QDate(when.year, when.month, when.day))
            self.visa_reference.setText(visa["reference"])
            self.visa_scan.setText(visa["scan"])
            self._enable_visa(received)
            self._show_problems()
            self._set_busy(self._job is not None)
        finally:
            self._loading = False

    def _show_record(self) -> None:
        folder = self.model.folder()
        section = self.model.section
        if folder is None:
            self.record_label.setText(self.tr("Not built yet."))
        else:
            verified = self.model.verified_at()
            check = self.model.last_check()
            if check and not check.get("ok"):
                state = self.tr("Last verification on %1: %2 problem(s) found.") \
                    .replace("%1", _local_time(str(check.get("at", "")))) \
                    .replace("%2", str(check.get("problems", 0)))
            elif verified:
                state = self.tr("Last successful verification: %1").replace("%1", _local_time(verified))
            else:
                state = self.tr("Not verified yet.")
            lines = [
                self.tr("Folder: %1").replace("%1", str(folder)),
                self.tr("Built on %1, %2 posts and %3 media files.")
                .replace("%1", _local_time(str(section.get("created_at", ""))))
                .replace("%2", str(section.get("posts", 0)))
                .replace("%3", str(section.get("media_files", 0))),
                self.tr("Checksum of the tag manifest (SHA-256): %1").replace(
                    "%1", str(section.get("tagmanifest_sha256", ""))),
                state,
            ]
            self.record_label.setText("\n".join(lines))
        self.record_label.setAccessibleDescription(self.record_label.text())
        check = self.model.last_check()
        failed = bool(check) and not check.get("ok")
        self.problems_caption.setVisible(failed or self.problem_list.count() > 0)
        self.problem_list.setVisible(failed or self.problem_list.count() > 0)

    def _show_problems(self) -> None:
        problems = self.model.problems()
        text = self.tr("To complete this step:") + "\n" + "\n".join(f"• {p}" for p in problems)
        self.problems_label.setText(text if problems else "")

    def _set_busy(self, busy: bool) -> None:
        has_folder = self.model.folder() is not None
        self.export_button.setEnabled(not busy)
        self.choose_button.setEnabled(not busy)
        self.target_edit.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.verify_button.setEnabled(not busy and has_folder)
        index = self.model.html_index()
        self.open_button.setEnabled(not busy and index is not None and index.is_file())
        self.folder_button.setEnabled(not busy and has_folder)
        self.locate_button.setEnabled(not busy and has_folder)

    def _enable_visa(self, received: bool) -> None:
        for widget in (self.visa_date, self.visa_reference, self.visa_scan, self.scan_button):
            widget.setEnabled(received)

    # ---- actions --------------------------------------------------------------------------------
    def _choose_parent(self) -> None:
        start = str(Path(self.target_edit.text()).parent) if self.target_edit.text() else str(Path.home())
        parent = QFileDialog.getExistingDirectory(
            self, self.tr("Where to create the archive of record"), start)
        if parent:
            self.target_edit.setText(str(self.model.default_target(Path(parent))))

    def _locate(self) -> None:
        folder = self.model.folder()
        start = str(folder.parent) if folder else str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Where is the archive of record now?"), start)
        if chosen:
            self.relocate(Path(chosen))

    def relocate(self, folder: Path) -> None:
        if not self.model.relocate(folder):
            self.status_label.setText(self.tr(
                "%1 is not the archive of record of this plan (its tag manifest differs).").replace(
                "%1", str(folder)))
            return
        self.notify_changed()
        self.load()
        self.start_verify()

    def _choose_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Scan of the visa"), str(Path.home()),
                                              self.tr("Documents (*.pdf *.png *.jpg *.jpeg)"))
        if path:
            self.visa_scan.setText(path)
            self._visa_edited()

    def _start(self, job: workers.Job, message: str) -> None:
        self._job = job
        job.signals.progress.connect(self._progress)
        job.signals.cancelled.connect(self._cancelled)
        job.signals.failed.connect(self._failed)
        job.signals.finished.connect(self._finished)
        self.progress_bar.setRange(0, _BAR_STEPS)
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.status_label.setText(message)
        self._set_busy(True)
        workers.start(job)

    def start_export(self) -> None:
        text = self.target_edit.text().strip()
        if self._job is not None or not text or not self.model.has_x_archive():
            if not text:
                self.status_label.setText(self.tr("Choose where to create the folder first."))
            return
        job = workers.Job(run_export, self.model.export_request(Path(text)))
        job.signals.succeeded.connect(self._exported)
        self._start(job, self.tr("Building the archive of record…"))

    def start_verify(self) -> None:
        folder = self.model.folder()
        if self._job is not None or folder is None:
            return
        job = workers.Job(run_verify, folder)
        job.signals.succeeded.connect(self._verified)
        self._start(job, self.tr("Verifying every file…"))

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def open_html(self) -> None:
        index = self.model.html_index()
        if index is not None and index.is_file():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(index)))

    def open_folder(self) -> None:
        folder = self.model.folder()
        if folder is not None and folder.is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ---- job signals ----------------------------------------------------------------------------
    def _progress(self, done: int, total: int, message: str) -> None:
        if total <= 0:
            self.progress_bar.setRange(0, 0)  # busy indicator
        else:
            self.progress_bar.setRange(0, _BAR_STEPS)
            self.progress_bar.setValue(min(_BAR_STEPS, done * _BAR_STEPS // total))
        if message:
            self.status_label.setText(message)

    def _exported(self, result) -> None:
        self.model.apply_export(result)
        self.problem_list.clear()
        self.status_label.setText(self.tr("Archive of record built in %1.").replace("%1", str(result.folder)))
        self.notify_changed()
        self._pending_verify = True

    def _verified(self, report) -> None:
        success = self.model.apply_verification(report)
        self.problem_list.clear()
        if success:
            self.status_label.setText(self.tr("Verified: the %1 files are intact.")
                                      .replace("%1", str(report.files_checked)))
        else:
            problems = report.problems() or [self.tr(
                "This folder is not the archive of record recorded in the plan (its manifests differ).")]
            self.problem_list.addItems(problems)
            self.status_label.setText(self.tr("The verification found %1 problem(s).")
                                      .replace("%1", str(len(problems))))
        self.notify_changed()

    def _cancelled(self) -> None:
        self.status_label.setText(self.tr("Cancelled: nothing was kept."))

    def _failed(self, error: Exception) -> None:
        if isinstance(error, (RecordError, XArchiveError)):
            self.status_label.setText(str(error))
        else:
            self.status_label.setText(self.tr("The task failed unexpectedly (%1); nothing was kept.")
                                      .replace("%1", type(error).__name__))

    def _finished(self) -> None:
        self._job = None
        self.progress_bar.hide()
        pending = self._pending_verify
        self._pending_verify = False
        self.load()
        if pending:
            self.start_verify()  # a new folder is verified at once, independently of how it was written

    # ---- visa -----------------------------------------------------------------------------------
    def _visa_toggled(self, received: bool) -> None:
        self._enable_visa(received)
        if not self._loading:
            self._visa_edited()

    def _visa_edited(self, *_args) -> None:
        if self._loading:
            return
        if self.visa_received.isChecked():
            when = self.visa_date.date()
            self.model.set_visa(date(when.year(), when.month(), when.day()), self.visa_reference.text(),
                                self.visa_scan.text())
        else:
            self.model.set_visa(None, "", "")
        self._show_problems()
        self.notify_changed()
