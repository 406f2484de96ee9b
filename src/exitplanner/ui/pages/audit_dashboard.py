"""Step 2, second half: import the official X archive and show its audit.

The import (read, audit, checksum) runs in a :class:`~exitplanner.ui.workers.Job`, with a progress
bar and a Cancel button, so the window stays responsive on archives of several hundred thousand
posts. Only a successful import touches the plan (``plan.sections["x_archive"]``); a failure or a
cancellation leaves it as it was. Everything below the buttons is drawn from the stored summary
through :func:`exitplanner.steps.audit_view.build_view`, so a reopened plan shows the dashboard,
chart included, without reading the archive again.

No colour is set anywhere: the chart takes its text colours from the widget palette, so it follows
the light and dark themes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exitplanner.plan.model import Plan
from exitplanner.progress import Progress
from exitplanner.steps.audit_view import AuditView, build_view
from exitplanner.ui import workers
from exitplanner.xarchive import SECTION_KEY, XArchiveError, import_archive, plan_section

_BAR_STEPS = 1000


def run_import(path: Path, progress: Progress) -> dict[str, Any]:
    """Read, audit and checksum the archive (on a pool thread): the plan section, nothing else kept."""
    result = import_archive(path, progress)
    return plan_section(path, progress, result=result)


class AuditDashboard(QGroupBox):
    """The « X archive and audit » box of step 2."""

    changed = Signal()  # the plan's x_archive section was replaced

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("X archive and audit"))
        self.plan = plan
        self._job: workers.Job | None = None
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "Request the archive in X's settings (Your account › Download an archive of your data), "
                "then import the zip file X sends, or the folder you extracted it to. The archive stays "
                "where it is: the plan keeps its place, its checksum and the audit below."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import the X archive…"))
        self.import_button.setAccessibleName(self.tr("Import the X archive (zip file)"))
        self.folder_button = QPushButton(self.tr("Import an e&xtracted folder…"))
        self.folder_button.setAccessibleName(self.tr("Import an extracted X archive folder"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.hide()
        self.import_button.clicked.connect(self.choose_zip)
        self.folder_button.clicked.connect(self.choose_folder)
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.import_button, self.folder_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, _BAR_STEPS)
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setObjectName("auditMessage")
        self.message_label.setAccessibleName(self.tr("Import status"))
        self.message_label.hide()
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message_label)

        self.content = QWidget()
        layout.addWidget(self.content)
        self._build_content()
        self.load()

    # ---- layout ---------------------------------------------------------------------------------
    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _text(self, name: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        return label

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _build_content(self) -> None:
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.identity_label = self._text(self.tr("Account"))
        font = QFont(self.identity_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.identity_label.setFont(font)
        self.details_label = self._text(self.tr("Account details"))
        layout.addWidget(self.identity_label)
        layout.addWidget(self.details_label)

        layout.addWidget(self._heading(self.tr("Totals")))
        self.totals_grid = QGridLayout()
        self.totals_grid.setHorizontalSpacing(24)
        for column in (0, 2, 4):  # the room goes to the captions, which wrap only when short of it
            self.totals_grid.setColumnStretch(column, 1)
        layout.addLayout(self.totals_grid)
        self.total_labels: list[tuple[QLabel, QLabel]] = []

        layout.addWidget(self._heading(self.tr("Posts per month")))
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(self.chart.margins() * 0)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(self.fontMetrics().height() * 16)
        self.chart_view.setAccessibleName(self.tr("Chart of posts per month"))
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.chart_summary_label = self._text(self.tr("Chart summary"))
        layout.addWidget(self.chart_view)
        layout.addWidget(self.chart_summary_label)

        layout.addWidget(self._heading(self.tr("Top posts by engagement")))
        self.top_table = self._table(
            self.tr("Top posts by engagement"),
            [self.tr("Date"), self.tr("Kind"), self.tr("Likes"), self.tr("Reposts"), self.tr("Text")],
        )
        # One line per post (the whole text is in the tooltip): rows keep their height at any width.
        self.top_table.setWordWrap(False)
        self.top_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.top_table)

        tags = QHBoxLayout()
        self.hashtag_table = self._table(self.tr("Most used hashtags"), [self.tr("Hashtag"), self.tr("Uses")])
        self.mention_table = self._table(
            self.tr("Most mentioned accounts"), [self.tr("Account"), self.tr("Mentions")]
        )
        for heading, table in (
            (self.tr("Most used hashtags"), self.hashtag_table),
            (self.tr("Most mentioned accounts"), self.mention_table),
        ):
            column = QVBoxLayout()
            column.addWidget(self._heading(heading))
            column.addWidget(table)
            column.addStretch(1)
            tags.addLayout(column)
        layout.addLayout(tags)

        layout.addWidget(self._heading(self.tr("Media")))
        self.media_label = self._text(self.tr("Media volume"))
        layout.addWidget(self.media_label)

        layout.addWidget(self._heading(self.tr("Connected applications")))
        self.apps_table = self._table(
            self.tr("Connected applications"),
            [self.tr("Application"), self.tr("Permissions"), self.tr("Approved on")],
        )
        layout.addWidget(self.apps_table)

        layout.addWidget(self._heading(self.tr("Security")))
        self.security_label = self._text(self.tr("Security findings"))
        layout.addWidget(self.security_label)

        layout.addWidget(self._heading(self.tr("Reconciliation with the archive's manifest")))
        self.reconciliation_label = self._text(self.tr("Reconciliation result"))
        layout.addWidget(self.reconciliation_label)
        self.reconciliation_table = self._table(
            self.tr("Reconciliation"),
            [self.tr("Data"), self.tr("Expected"), self.tr("Read"), self.tr("Difference")],
        )
        layout.addWidget(self.reconciliation_table)

        layout.addWidget(self._heading(self.tr("What the archive does not contain")))
        self.missing_label = self._text(self.tr("What the archive does not contain"))
        layout.addWidget(self.missing_label)

    # ---- display --------------------------------------------------------------------------------
    def load(self) -> None:
        """Show the plan's stored audit (or nothing before the first import)."""
        view = build_view(self.plan.sections.get(SECTION_KEY))
        self.content.setVisible(view is not None)
        if view is None:
            if self._job is None:
                self._say(self.tr("No archive imported yet."))
            return
        self._show(view)

    def _show(self, view: AuditView) -> None:
        self.identity_label.setText(view.identity)
        details = [
            self.tr("Account created on %1.").replace("%1", view.created),
            self.tr("First post on %1, last post on %2.").replace("%1", view.first_post).replace(
                "%2", view.last_post
            ),
        ]
        if view.archive_path:
            details.append(self.tr("Archive: %1").replace("%1", view.archive_path))
        self.details_label.setText("\n".join(details))

        while self.total_labels:
            for label in self.total_labels.pop():
                self.totals_grid.removeWidget(label)
                label.deleteLater()
        per_column = (len(view.totals) + 2) // 3
        for index, (label_text, value) in enumerate(view.totals):
            caption = QLabel(label_text)
            caption.setWordWrap(True)  # three columns of long captions fit a 1366 px screen at 125 %
            figure = QLabel(value)
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            figure.setAccessibleName(label_text)
            figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, column = index % per_column, (index // per_column) * 2
            self.totals_grid.addWidget(caption, row, column)
            self.totals_grid.addWidget(figure, row, column + 1)
            self.total_labels.append((caption, figure))

        self._draw_chart(view)
        self.chart_summary_label.setText(view.chart_summary)
        self.chart_view.setAccessibleDescription(view.chart_summary)

        self._fill(self.top_table, [list(row) for row in view.top_posts], numeric=(2, 3))
        self._fill(self.hashtag_table, [list(row) for row in view.hashtags], numeric=(1,))
        self._fill(self.mention_table, [list(row) for row in view.mentions], numeric=(1,))
        self.media_label.setText(view.media)
        self._fill(self.apps_table, [list(row) for row in view.apps])
        self.apps_table.setVisible(bool(view.apps))
        self.security_label.setText(self._findings(view.security))
        same = self.tr("as announced")
        self._fill(
            self.reconciliation_table,
            [[row.label, row.expected, row.read, row.sentence or same] for row in view.reconciliation],
            numeric=(1, 2),
            bold_rows={i for i, row in enumerate(view.reconciliation) if row.differs},
        )
        differences = [row.sentence for row in view.reconciliation if row.differs]
        if differences:
            text = self.tr("⚠ The archive does not hold everything its manifest announces:")
            text += "\n" + "\n".join("• " + sentence for sentence in differences)
        else:
            text = self.tr("Every data type holds exactly what the archive's manifest announces.")
        if view.warnings:
            text += "\n" + "\n".join("• " + warning for warning in view.warnings)
        self.reconciliation_label.setText(text)
        self.missing_label.setText(self._findings(view.not_contained))

    def _say(self, text: str) -> None:
        """The import's state or error, in words; hidden while there is nothing to say."""
        self.message_label.setText(text)
        self.message_label.setAccessibleDescription(text)
        self.message_label.setVisible(bool(text))

    @staticmethod
    def _findings(findings) -> str:
        return "\n".join(("⚠ " if finding.warning else "• ") + finding.text for finding in findings)

    def _fill(
        self,
        table: QTableWidget,
        rows: list[list[str]],
        numeric: tuple[int, ...] = (),
        bold_rows: set[int] | None = None,
    ) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c in numeric:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if bold_rows and r in bold_rows:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(len(rows))) or table.fontMetrics().height()
        table.setFixedHeight(height + 2)

    def _draw_chart(self, view: AuditView) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if not view.months:
            return
        bars = QBarSet(self.tr("Posts"))
        for _month, n in view.months:
            bars.append(n)
        series = QBarSeries()
        series.setBarWidth(0.9)
        series.append(bars)
        self.chart.addSeries(series)
        if len(view.months) <= 24:
            x_axis = QBarCategoryAxis()
            x_axis.append([f"{key[5:7]}/{key[2:4]}" for key, _n in view.months])
        else:
            # Beyond two years one label per month would not fit: one range per year, labelled in
            # its middle (years with fewer than three months shown stay unlabelled: no room).
            x_axis = QCategoryAxis()
            x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
            x_axis.setRange(-0.5, len(view.months) - 0.5)
            x_axis.setStartValue(-0.5)
            unlabelled = 0
            for index, (key, _n) in enumerate(view.months):
                last_of_year = index == len(view.months) - 1 or view.months[index + 1][0][:4] != key[:4]
                if last_of_year:
                    shown = sum(1 for other, _ in view.months if other[:4] == key[:4])
                    if shown >= 3:
                        label = key[:4]
                    else:
                        unlabelled += 1
                        label = "\u200b" * unlabelled  # category labels must be unique
                    x_axis.append(label, index + 0.5)
        y_axis = QValueAxis()
        y_axis.setRange(0, max(n for _, n in view.months) or 1)
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%d")
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for axis in (x_axis, y_axis):
            axis.setLabelsColor(text_colour)
            axis.setGridLineVisible(axis is y_axis)
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        bars.setColor(self.palette().color(QPalette.ColorRole.Highlight))
        bars.setBorderColor(self.palette().color(QPalette.ColorRole.Highlight))

    # ---- import ---------------------------------------------------------------------------------
    def choose_zip(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The X archive"), str(Path.home()), self.tr("X archive (*.zip)")
        )
        if path:
            self.start_import(Path(path))

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("The extracted X archive"), str(Path.home()))
        if path:
            self.start_import(Path(path))

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start_import(self, path: Path) -> workers.Job | None:
        if self._job is not None:
            return None
        job = workers.Job(run_import, Path(path))
        self._job = job
        job.signals.progress.connect(self._progress)
        job.signals.succeeded.connect(self._succeeded)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        job.signals.finished.connect(self._finished)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.cancel_button.show()
        self.import_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self._say(self.tr("Reading %1…").replace("%1", str(path)))
        workers.start(job)
        return job

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._say(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int, message: str) -> None:
        if total <= 0:
            self.progress_bar.setRange(0, 0)
        else:
            self.progress_bar.setRange(0, _BAR_STEPS)
            self.progress_bar.setValue(min(_BAR_STEPS, done * _BAR_STEPS // total))
        if message:
            self._say(message)

    def _succeeded(self, section: dict[str, Any]) -> None:
        self.plan.sections[SECTION_KEY] = section
        self._say(self.tr("Archive imported and audited."))
        self.load()
        self.changed.emit()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, XArchiveError):
            text = str(error)
        else:
            text = self.tr("The import failed unexpectedly (%1); the plan is unchanged.").replace(
                "%1", type(error).__name__
            )
        self._say("⚠ " + text)

    def _cancelled(self) -> None:
        self._say(self.tr("Import cancelled: the plan is unchanged."))

    def _finished(self) -> None:
        self._job = None
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.import_button.setEnabled(True)
        self.folder_button.setEnabled(True)
