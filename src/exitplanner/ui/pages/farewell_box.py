"""Step 7's « Publish on X… » line under the farewell task: a thin view over
:class:`~exitplanner.steps.farewell.FarewellModel`.

The confirmation dialog shows the exact text (editable) with X's own count (URLs weigh 23). The
attempt is recorded in the plan and the plan saved *before* the request leaves; the one request then
runs in a :class:`~exitplanner.ui.workers.Job`. A single request cannot be called back once sent, so
there is no Cancel button: the main window's « work in progress » question waits for the answer, and
a post whose answer is lost is shown « à vérifier » until the user says what X shows.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exitplanner.networks.errors import NetworkError
from exitplanner.networks.x import TokenKeeper, XClient
from exitplanner.plan.model import Plan
from exitplanner.steps.farewell import (
    FarewellModel,
    FarewellRefused,
    FarewellState,
    SendResult,
    send,
    x_count,
)
from exitplanner.ui import workers


def _html(text: str) -> str:
    """Plain text for a rich-text label; apostrophes stay as they are (« &#x27; » reads as Alt+# to Qt)."""
    return escape(text, quote=False)


class FarewellDialog(QDialog):
    """The exact text that will be posted, editable, with the live count as X makes it."""

    def __init__(self, text: str, handle: str, model: FarewellModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setWindowTitle(self.tr("Publish the farewell post on X"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This text will be published at once on @%1. Read it again: it is published "
                               "only once from here.").replace("%1", handle))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.editor = QPlainTextEdit(text)
        self.editor.setAccessibleName(self.tr("Text of the farewell post"))
        self.editor.setTabChangesFocus(True)
        layout.addWidget(self.editor)
        self.counter = QLabel()
        self.counter.setAccessibleName(self.tr("Length of the farewell post"))
        layout.addWidget(self.counter)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.publish_button = self.buttons.addButton(self.tr("&Publish"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.editor.textChanged.connect(self._count)
        self.resize(520, 320)
        self._count()

    def text(self) -> str:
        return self.editor.toPlainText()

    def _count(self) -> None:
        length, limit = x_count(self.text())
        problem = self.model.text_problem(self.text())
        line = (self.tr("%1 / %2 characters as X counts them (each address counts 23)")
                .replace("%1", str(length)).replace("%2", str(limit)))
        self.counter.setText(line + (" — " + problem if problem else ""))
        self.counter.setStyleSheet("color: #b00020;" if problem else "")
        self.publish_button.setEnabled(problem is None)


class FarewellBox(QWidget):
    """The button, the state line and, when X's answer was lost, the two ways out."""

    published = Signal(str)  # the post's address; the page refreshes its checklist
    edited = Signal()  # the plan changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.model: FarewellModel | None = None
        self.connection = None  # the XConnectBox in use (the deletion panel's or the page's own)
        self.save_now: Callable[[], bool] = lambda: True  # the page saves the plan before sending
        self.ask_text: Callable[[str, str], str | None] = self._ask_text
        self.ask_address: Callable[[], str | None] = self._ask_address
        self.job: workers.Job | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.publish_button = QPushButton(self.tr("Publish on &X…"))
        self.publish_button.clicked.connect(self.publish)
        self.found_button = QPushButton(self.tr("It is on X…"))
        self.found_button.clicked.connect(self.confirm_found)
        self.missing_button = QPushButton(self.tr("It is not on X"))
        self.missing_button.clicked.connect(self.confirm_missing)
        for button in (self.publish_button, self.found_button, self.missing_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # one request: no figure to show, only that it is under way
        self.bar.setAccessibleName(self.tr("Publishing on X"))
        layout.addWidget(self.bar)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setOpenExternalLinks(True)
        layout.addWidget(self.status_label)
        self._message = ""

    # --- state ----------------------------------------------------------------------------------------

    def load(self, plan: Plan, connection) -> None:
        self.plan, self.connection = plan, connection
        self.model = FarewellModel(plan)
        self._message = ""
        self.sync()

    def busy(self) -> bool:
        return self.job is not None

    def connected(self) -> bool:
        return self.connection is not None and self.connection.connected()

    def handle(self) -> str:
        return self.connection.connected_as if self.connection is not None else ""

    def sync(self) -> None:
        if self.model is None:
            return
        state = self.model.state(in_flight=self.busy())
        self.publish_button.setEnabled(not self.busy() and self.connected() and self.model.can_publish())
        self.publish_button.setVisible(state != FarewellState.UNCERTAIN)
        self.found_button.setVisible(state == FarewellState.UNCERTAIN)
        self.missing_button.setVisible(state == FarewellState.UNCERTAIN)
        self.bar.setVisible(state == FarewellState.SENDING)
        if state == FarewellState.SENDING:
            text = self.tr("Publishing on X… (a request already sent cannot be called back)")
        elif state == FarewellState.PUBLISHED:
            url = self.model.url()
            text = self.tr("Published: %1").replace("%1", f'<a href="{escape(url)}">{escape(url)}</a>')
        elif state == FarewellState.UNCERTAIN:
            text = _html(self.model.uncertain_message())
        else:
            parts = [_html(self._message or str(self.model.record.get("error") or ""))]
            if not self.connected():
                parts.append(_html(self.tr("Connect the X account to publish from here, or publish the post "
                                            "by hand and paste its address in the note.")))
            text = "<br>".join(p for p in parts if p)
        self.status_label.setText(text)

    # --- publishing -----------------------------------------------------------------------------------

    def _ask_text(self, text: str, handle: str) -> str | None:
        assert self.model is not None
        dialog = FarewellDialog(text, handle, self.model, self)
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def client(self) -> XClient:
        """An X client with the tokens kept by the connection box (tests replace it)."""
        box = self.connection
        store = box.store()
        keeper = TokenKeeper.load(store, box.connected_as, api_base=box.api_base)
        return XClient(keeper, api_base=box.api_base)

    def publish(self) -> None:
        if self.model is None or self.busy() or not self.connected() or not self.model.can_publish():
            return
        handle = self.handle()
        text = self.ask_text(self.model.default_text(), handle)
        if text is None:
            return
        previous = self.model.record
        try:
            self.model.begin(text, handle)
        except FarewellRefused as refused:
            self._message = refused.message
            self.sync()
            return
        self.edited.emit()
        if not self.save_now():  # never send what the plan on disk does not know about
            self.model.restore(previous)
            self._message = self.tr("The plan could not be saved, so nothing was sent to X. Save the plan, "
                                    "then try again.")
            self.edited.emit()
            self.sync()
            return
        holder: dict = {}
        make_client = self.client
        unreadable = self.tr("The X connection could not be read from the password store, so nothing was "
                             "sent. Connect the X account again.")

        def work(progress):
            progress.check()  # the last moment a cancel leaves nothing sent
            try:
                client = make_client()
            except NetworkError as error:  # no tokens, unreadable tokens: nothing was sent
                holder["result"] = SendResult(error=error)
                return None
            except Exception:  # a broken password store: nothing was sent either
                holder["result"] = SendResult(error=NetworkError(unreadable))
                return None
            holder["sent"] = True
            try:
                holder["result"] = send(client, text)
            finally:
                client.close()
            return None

        self.job = workers.Job(work)
        self.job.label = self.tr("The farewell post is being published on X: its answer is awaited.")
        self.job.signals.finished.connect(lambda holder=holder: self._ended(holder))
        workers.start(self.job)
        self._message = ""
        self.sync()

    def _ended(self, holder: dict) -> None:
        self.job = None
        assert self.model is not None
        result = holder.get("result")
        if result is None and not holder.get("sent"):
            result = SendResult(error=NetworkError(self.tr("Publishing cancelled: nothing was sent to X.")))
        elif result is None:  # sent, then no result (cannot happen: send() keeps every error)
            result = SendResult(error=RuntimeError("no answer"))
        self._message = self.model.finish(result)
        self.edited.emit()
        self.save_now()
        self.sync()
        if self.model.state() == FarewellState.PUBLISHED:
            self.published.emit(self.model.url())

    # --- after « à vérifier » -------------------------------------------------------------------------

    def _ask_address(self) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("The farewell post is on X"),
            self.tr("Address of the farewell post on X (https://x.com/…/status/…):"),
            QLineEdit.EchoMode.Normal)
        return text if ok else None

    def confirm_found(self) -> None:
        if self.model is None or self.model.state() != FarewellState.UNCERTAIN:
            return
        address = self.ask_address()
        if address is None:
            return
        try:
            self._message = self.model.confirm_published(address)
        except FarewellRefused as refused:
            self.status_label.setText(_html(refused.message) + "<br>" + _html(self.model.uncertain_message()))
            return
        self.edited.emit()
        self.sync()
        self.published.emit(self.model.url())

    def confirm_missing(self) -> None:
        if self.model is None:
            return
        self.model.confirm_not_published()
        self._message = ""
        self.edited.emit()
        self.sync()
