"""The main window: step navigator, the current page, Back/Next, menus, plan files, autosave.

Changing the language rebuilds the pages and menus (every string is set once, in constructors,
through ``tr()``), keeping the plan, the file and the current step, which is simpler and more
reliable than a ``retranslateUi`` per widget.
"""

from __future__ import annotations

import itertools
import logging
from pathlib import Path

from PySide6.QtCore import QDateTime, QEventLoop, QLocale, QSize, Qt, QTimer, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from exitplanner import __version__, i18n, paths
from exitplanner.plan import storage
from exitplanner.plan.autosave import AUTOSAVE_PREFIX
from exitplanner.plan.errors import PlanError
from exitplanner.plan.model import Plan, StepId
from exitplanner.ui import workers
from exitplanner.ui.navigator import StepNavigator
from exitplanner.ui.pages.base import StepPage

log = logging.getLogger(__name__)

AUTOSAVE_INTERVAL_MS = 30_000
PLAN_PATTERNS = "*.exitplan *.exitplan.json *.json"


def first_size(available: QSize | None) -> QSize:
    """The window's size at first start: 1100×760, but within the screen's free area. A 1366×768
    laptop at 125 % offers about 1093×574 logical pixels: a taller window would hide Back/Next
    under the taskbar."""
    if available is None or available.isEmpty():
        return QSize(1100, 760)
    # 90 % of the height: the title bar is outside the size given to resize().
    return QSize(min(1100, available.width() * 95 // 100), min(760, available.height() * 90 // 100))


def create_page(step: StepId, plan: Plan) -> StepPage:
    """Build the page of ``step``. Imports are local: a page pulls in its network clients (atproto
    alone takes most of a second to import), and only the page on screen is built at start-up."""
    if step == StepId.AUTHORITY:
        from exitplanner.ui.pages.authority import AuthorityPage

        return AuthorityPage(plan)
    if step == StepId.INVENTORY:
        from exitplanner.ui.pages.inventory import InventoryPage

        return InventoryPage(plan)
    if step == StepId.RECORD:
        from exitplanner.ui.pages.record import RecordPage

        return RecordPage(plan)
    if step == StepId.DECISION:
        from exitplanner.ui.pages.decision import DecisionPage

        return DecisionPage(plan)
    if step == StepId.NETWORKS:
        from exitplanner.ui.pages.networks import NetworksPage

        return NetworksPage(plan)
    if step == StepId.PRESS:
        from exitplanner.ui.pages.press import PressPage

        return PressPage(plan)
    if step == StepId.EXECUTION:
        from exitplanner.ui.pages.execution import ExecutionPage

        return ExecutionPage(plan)
    from exitplanner.ui.pages.later import ComingLaterPage

    return ComingLaterPage(step, plan)


class _LazyPages(dict):
    """``window.pages[step]`` builds the page the first time it is asked for."""

    def __init__(self, build) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, step: StepId) -> StepPage:
        page = self._build(step)
        self[step] = page
        return page


class MainWindow(QMainWindow):
    def __init__(self, plan: Plan | None = None, path: Path | None = None, demo: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.plan = plan or Plan()
        self.path = path
        self.demo = demo
        # An untitled plan autosaved to the plans folder: no longer dirty, but still in no file the user
        # named or knows of, so closing or replacing it must still ask (see _has_unsaved_work).
        self._untitled_autosaved = False
        self.recent = storage.RecentPlans()
        self.autosaver = storage.Autosaver(self.plan, self.path)
        self.pages: dict[StepId, StepPage] = _LazyPages(self._create_page)
        self._current = StepId.AUTHORITY
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()
        self._build()
        self._restore_geometry()
        QApplication.instance().focusChanged.connect(self._focus_left)

    # ---- construction (also used when the language changes) ---------------------------------------
    def _build(self) -> None:
        self.menuBar().clear()
        self._build_menus()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.navigator = StepNavigator()
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self.pages = _LazyPages(self._create_page)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.setAccessibleName(self.tr("Previous step"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.save_state = QLabel()
        self.save_state.setAccessibleName(self.tr("Save status"))
        self.save_state.setWordWrap(True)  # a long path or hint must not widen the window past the screen
        bar.addWidget(self.save_state, 1)
        bar.addWidget(self.back_button)
        bar.addWidget(self.next_button)
        layout.addLayout(bar)
        self.setCentralWidget(central)

        self.navigator.step_chosen.connect(self.show_step)
        QWidget.setTabOrder(self.navigator, self.stack)
        self._refresh_statuses()
        self.show_step(self._current)
        self._refresh_title()

    def _create_page(self, step: StepId) -> StepPage:
        page = create_page(step, self.plan)
        page.changed.connect(self._page_changed)
        self.stack.addWidget(page)
        return page

    def build_all_pages(self) -> None:
        """Build every page now (tests, screenshots); the app builds them on first visit."""
        for step in StepId:
            self.pages[step]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New plan"), self.new_plan, QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open…"), self.open_plan, QKeySequence.StandardKey.Open)
        self.save_action = self._action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(
            self.tr("Save &as…"), self.save_as, QKeySequence.StandardKey.SaveAs
        )
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("&Recent plans"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        group.setExclusive(True)
        current = i18n.choose_language()
        for code, label in (("fr", "Français"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)
        self.language_actions = group

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About ExitPlanner"), self.about))
        help_menu.addAction(self._action(self.tr("About &Qt"), lambda: QMessageBox.aboutQt(self)))

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        entries = self.recent.list()
        for entry in entries:
            action = self.recent_menu.addAction(self._recent_label(entry))
            action.setToolTip(str(entry))
            action.triggered.connect(lambda _checked=False, p=entry: self.open_path(Path(p)))
        if not entries:
            empty = self.recent_menu.addAction(self.tr("No recent plan"))
            empty.setEnabled(False)

    def _recent_label(self, entry: Path) -> str:
        """The file name, or for an untitled plan's recovery copy words a user recognises."""
        if not entry.name.startswith(AUTOSAVE_PREFIX):
            return entry.name
        try:
            when = QDateTime.fromSecsSinceEpoch(int(entry.stat().st_mtime))
        except OSError:
            return entry.name
        return self.tr("Untitled plan (recovery copy of %1)").replace(
            "%1", QLocale().toString(when, QLocale.FormatType.ShortFormat))

    # ---- navigation --------------------------------------------------------------------------------
    def show_step(self, step: StepId) -> None:
        self._current = step
        self.stack.setCurrentWidget(self.pages[step])
        self.navigator.blockSignals(True)
        self.navigator.select(step)
        self.navigator.blockSignals(False)
        index = list(StepId).index(step)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(StepId) - 1)
        self._chain_tab_order(self.pages[step])

    def _chain_tab_order(self, page: StepPage) -> None:
        """Put the page's fields between the step list and Back/Next in Qt's focus chain (pages are
        built on first visit, after the buttons, so Qt had them after Next)."""
        chain = [self.navigator, *self._page_fields(page), self.back_button, self.next_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _page_fields(page: StepPage) -> list[QWidget]:
        """The page's widgets that take Tab, in focus chain order, walked from the page once round."""
        fields = []
        widget = page.nextInFocusChain()
        for _ in range(100_000):
            if widget is None or widget is page:
                break
            if (page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and widget.focusProxy() is None):
                fields.append(widget)
            widget = widget.nextInFocusChain()
        return fields

    def _tab_ring(self) -> list[QWidget]:
        """What Tab visits now: step list, the visible fields of the page on screen (one button of a
        group of radio buttons, as Qt does), Back, Next."""
        ring: list[QWidget] = [self.navigator]
        radio_groups: dict[int, list[QRadioButton]] = {}
        for widget in self._page_fields(self.pages[self._current]):
            if not (widget.isVisible() and widget.isEnabled()):
                continue
            if isinstance(widget, QRadioButton) and widget.autoExclusive():
                key = id(widget.group() or widget.parentWidget())
                if key in radio_groups:
                    radio_groups[key].append(widget)
                    continue
                radio_groups[key] = [widget]
            ring.append(widget)
        for radios in radio_groups.values():  # the checked button stands for its group
            checked = next((radio for radio in radios if radio.isChecked()), None)
            if checked is not None and checked is not radios[0]:
                ring[ring.index(radios[0])] = checked
        return ring + [button for button in (self.back_button, self.next_button) if button.isEnabled()]

    def focusNextPrevChild(self, next_child: bool) -> bool:
        """Tab and Shift+Tab walk :meth:`_tab_ring`. Qt's own walk follows the window's focus chain,
        in which pages built later, rows rebuilt on show and containers with a focus proxy land
        after Next: Tab then went round a part of the page and never back to the step list."""
        ring = self._tab_ring()
        widget = QApplication.focusWidget()
        while widget is not None and widget not in ring:  # a combo box's line edit, a spin box's…
            widget = widget.parentWidget()
        if widget is None:
            return super().focusNextPrevChild(next_child)
        target = ring[(ring.index(widget) + (1 if next_child else -1)) % len(ring)]
        target.setFocus(Qt.FocusReason.TabFocusReason if next_child else Qt.FocusReason.BacktabFocusReason)
        return True

    def current_step(self) -> StepId:
        return self._current

    def go_next(self) -> None:
        steps = list(StepId)
        index = steps.index(self._current)
        if index < len(steps) - 1:
            self.show_step(steps[index + 1])

    def go_back(self) -> None:
        steps = list(StepId)
        index = steps.index(self._current)
        if index > 0:
            self.show_step(steps[index - 1])

    # ---- plan state --------------------------------------------------------------------------------
    def _page_changed(self) -> None:
        self.autosaver.mark_dirty()
        self._refresh_statuses()
        self._refresh_title()

    def _refresh_statuses(self) -> None:
        for step in StepId:
            self.navigator.set_status(step, self.plan.step_status(step))

    def _refresh_title(self) -> None:
        name = self.plan.title or self.tr("Untitled plan")
        where = self.path.name if self.path else self.tr("not saved yet")
        self.setWindowTitle(f"{name} — {where}[*] — ExitPlanner")
        self.setWindowModified(self.autosaver.dirty)
        if self.autosaver.dirty:
            self.save_state.setText(
                self.tr("Unsaved changes (saved automatically every 30 seconds)")
                if self.path
                else self.tr("Unsaved changes")
            )
        elif self.path:
            self.save_state.setText(self.tr("Saved: %1").replace("%1", str(self.path)))
        elif self._untitled_autosaved:
            self.save_state.setText(
                self.tr("Not saved yet: a recovery copy is kept in Recent plans; use File › Save as… "
                        "to give this plan a name.")
            )
        else:
            self.save_state.setText("")

    def _load_plan(self, plan: Plan, path: Path | None) -> None:
        self.plan = plan
        self.path = path
        self.autosaver = storage.Autosaver(plan, path)
        self._untitled_autosaved = False
        self._current = StepId.AUTHORITY
        self._build()

    def commit_pending_edit(self) -> None:
        """Record the line the user is still typing in. Pages take a line's text when the user leaves
        it, but Ctrl+S, a menu or the window's close button do not take the focus: without this the
        save (or the rebuilt pages of another language) would miss the last field typed."""
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit) and widget.isModified() and self.isAncestorOf(widget):
            widget.setModified(False)
            widget.editingFinished.emit()

    def _focus_left(self, old, _new) -> None:
        """A line the user left has had its « editing finished »: nothing pending in it any more."""
        if isinstance(old, QLineEdit):
            old.setModified(False)

    def _has_unsaved_work(self) -> bool:
        """Edits not in a file the user named: dirty, or an untitled plan only in its autosave."""
        return self.autosaver.dirty or (self.path is None and self._untitled_autosaved)

    def _confirm_discard(self) -> bool:
        """Before replacing or closing the plan: save it, drop the changes, or stay."""
        self.commit_pending_edit()
        if not self._has_unsaved_work():
            return True
        if self.path is not None and not self.demo:
            return self.save()
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved plan"),
            self.tr("This plan has not been saved. Save it before continuing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.autosaver.discard_untitled()
            self._untitled_autosaved = False
            return True
        return False

    # ---- background work still running (a deletion run on X above all) ------------------------------
    def _may_stop_jobs(self, leaving: str) -> bool:
        """Before closing, replacing the plan or rebuilding the pages while jobs run: ask whether to stop
        them cleanly (answer Yes) or keep working (No, the default). ``leaving``: close, plan, language."""
        jobs = [job for job in workers.running() if job.ask_before_closing]
        if not jobs:
            return True
        labels = list(dict.fromkeys(job.label for job in jobs if job.label)) or [
            self.tr("A task is still running in the background.")]
        question = {
            "close": self.tr("Stop cleanly and close ExitPlanner?"),
            "plan": self.tr("Stop cleanly and leave this plan?"),
        }.get(leaving, self.tr("Stop cleanly and change the language?"))
        answer = QMessageBox.question(
            self, self.tr("Work in progress"), "\n\n".join([*labels, question]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _stop_jobs(self) -> None:
        """Cancel every job and wait until each has ended on its own terms: a deletion run finishes the
        request already sent and records its answer in the journal; nothing is cut off mid-request."""
        jobs = workers.running()
        if not jobs:
            return
        for job in jobs:
            job.cancel()
        self.save_state.setText(self.tr("Stopping the work in progress…"))
        self.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: loop.quit() if not set(jobs) & set(workers.running()) else None)
        timer.start(50)
        try:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            timer.stop()
            QApplication.restoreOverrideCursor()
            self.setEnabled(True)
            self._refresh_title()

    def new_plan(self) -> None:
        if self._may_stop_jobs("plan") and self._confirm_discard():
            self._stop_jobs()
            self.demo = False
            self._load_plan(Plan(), None)

    def plan_filter(self) -> str:
        """The file dialogs' filter, named in the user's language."""
        return self.tr("ExitPlanner plans (%1)").replace("%1", PLAN_PATTERNS)

    def _plans_folder(self) -> Path:
        """Where the file dialogs open for a plan without a file: the folder of the last plan used
        (the user chose to keep plans there, a shared folder say), else the plans folder in the
        user data directory, where DESIGN §3 keeps plan files unless the user saves elsewhere."""
        for entry in self.recent.list():
            if not entry.name.startswith(AUTOSAVE_PREFIX):
                return entry.parent
        return paths.plans_dir()

    def open_plan(self) -> None:
        if not self._may_stop_jobs("plan") or not self._confirm_discard():
            return
        start = str(self.path.parent if self.path else self._plans_folder())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a plan"), start, self.plan_filter())
        if name:
            self.open_path(Path(name), confirmed=True)

    def open_path(self, path: Path, confirmed: bool = False) -> bool:
        if not confirmed and (not self._may_stop_jobs("plan") or not self._confirm_discard()):
            return False
        try:
            plan = storage.load_plan(path)
        except PlanError as error:
            log.warning("could not open plan %s: %s", path, type(error).__name__)
            self.show_error(self.tr("The plan could not be opened"), str(error))
            return False
        self._stop_jobs()
        self.demo = False
        self.recent.add(path)
        self._load_plan(plan, path)
        return True

    def save(self) -> bool:
        self.commit_pending_edit()
        if self.path is None or self.demo:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        self.commit_pending_edit()
        suggestion = storage.default_plan_path(self.plan)
        if self.path is not None and not self.demo:
            suggestion = self.path.parent / suggestion.name
        else:
            suggestion = self._plans_folder() / suggestion.name
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the plan"), str(suggestion),
                                              self.plan_filter())
        if not name:
            return False
        path = storage.with_plan_suffix(Path(name))
        if self._write(path):
            self.demo = False
            return True
        return False

    def _write(self, path: Path) -> bool:
        try:
            storage.save_plan(self.plan, path)
        except PlanError as error:
            log.warning("could not save plan %s: %s", path, type(error).__name__)
            self.show_error(self.tr("The plan could not be saved"), str(error))
            return False
        self.path = path
        self.autosaver.attach(path)
        self.autosaver.mark_clean()
        self.recent.add(path)
        self._refresh_title()
        return True

    def autosave(self) -> None:
        if self.demo or not self.autosaver.dirty:
            return
        try:
            written = self.autosaver.save_if_dirty()
            if written is not None and self.path is None:
                self._untitled_autosaved = True
                self.recent.add(written)  # the untitled plan can be found again after a crash
        except PlanError as error:
            self._autosave_timer.stop()  # one message, not one every 30 seconds
            self.show_error(self.tr("Automatic save failed"), str(error))
        self._refresh_title()

    def show_error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setAccessibleName(title)
        box.setAccessibleDescription(message)
        box.exec()

    # ---- language, about, geometry -------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        if not self._may_stop_jobs("language"):
            for action in self.language_actions.actions():
                action.setChecked(action.data() == i18n.choose_language())
            return
        self._stop_jobs()
        self.commit_pending_edit()
        i18n.save_language(language)
        i18n.install_translators(language)
        self._build()

    def about(self) -> None:
        from exitplanner.territories import SOURCE_CREDIT

        text = (
            f"<h3>ExitPlanner {__version__}</h3>"
            + "<p>"
            + self.tr(
                "Helps the communication team of a French local authority leave X cleanly: "
                "audit, archive of record, decision, new accounts, press release, clean-up."
            )
            + "</p><p>"
            + SOURCE_CREDIT
            + "</p>"
            + "<p>"
            + self.tr("Built with Qt %1 (PySide6). Licence: MIT.").replace("%1", qVersion())
            + "</p>"
        )
        QMessageBox.about(self, self.tr("About ExitPlanner"), text)

    def _restore_geometry(self) -> None:
        geometry = i18n.settings().value("ui/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen() or QApplication.primaryScreen()
            available = screen.availableGeometry().size() if screen is not None else None
            self.resize(first_size(available))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_stop_jobs("close") or not self._confirm_discard():
            event.ignore()
            return
        self._stop_jobs()
        store = i18n.settings()
        store.setValue("ui/geometry", self.saveGeometry())
        store.sync()
        event.accept()
