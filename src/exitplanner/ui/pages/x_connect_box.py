"""The « Connect the X account » box of the deletion panel: OAuth 2.0 PKCE from the GUI.

The user brings their own X developer app (a public client: a client id, no secret), so the box
explains how to create one and shows the exact redirect address to register, with the configured
loopback port. The client id and port are not secrets and are kept in ``plan.sections["x_connection"]``
so that the next session does not ask again; the tokens go to the keyring through
:class:`~exitplanner.networks.x.TokenKeeper`, under the archive's account name, where the deletion
run (and ``exitplanner cleanup PLAN --run``) finds them.

The flow blocks while waiting for the browser, so it runs in a :class:`~exitplanner.ui.workers.Job`;
the browser is opened on the GUI thread (``browser_requested`` is a queued signal) through
``open_url``, which tests replace by a fake browser. One :class:`CredentialStore` is kept for the
box's lifetime: when no system vault is available it keeps the tokens in memory for the session,
and the run must see that same store.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from exitplanner.networks.errors import NetworkError
from exitplanner.networks.x import (
    DEFAULT_API_BASE,
    DEFAULT_AUTHORIZE_URL,
    DEFAULT_REDIRECT_PORT,
    SCOPES,
    TokenKeeper,
    XClient,
    XOAuth,
    token_key,
)
from exitplanner.plan.model import Plan
from exitplanner.ui import workers

SECTION = "x_connection"


def redirect_uri(port: int) -> str:
    return f"http://127.0.0.1:{port}/callback"


class AccountMismatch(Exception):
    """The browser was logged in to another X account than the archive's."""

    def __init__(self, username: str):
        super().__init__(username)
        self.username = username


class XConnectBox(QGroupBox):
    connection_changed = Signal(bool)  # connected or not
    edited = Signal()  # the plan's section changed (client id, port)
    browser_requested = Signal(str)  # emitted from the worker, delivered on the GUI thread

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Connect the X account"))
        self.plan: Plan | None = None
        self.username = ""
        self.connected_as = ""
        self.job: workers.Job | None = None
        self.open_url: Callable[[str], object] = lambda url: QDesktopServices.openUrl(QUrl(url))
        self.api_base = DEFAULT_API_BASE
        self.authorize_url = DEFAULT_AUTHORIZE_URL
        self._store = None
        self.browser_requested.connect(lambda url: self.open_url(url))
        layout = QVBoxLayout(self)
        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        self.help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.help_label)
        uri_row = QHBoxLayout()
        self.uri_field = QLineEdit()
        self.uri_field.setReadOnly(True)
        self.uri_field.setAccessibleName(self.tr("Callback URI to register in the X app"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy_uri)
        uri_row.addWidget(self.uri_field, 1)
        uri_row.addWidget(self.copy_button)
        layout.addLayout(uri_row)
        form = QFormLayout()
        self.client_id = QLineEdit()
        self.client_id.setPlaceholderText(self.tr("OAuth 2.0 Client ID of your X app"))
        self.client_id.editingFinished.connect(self._save_settings)
        self.client_id.setAccessibleName(self.tr("Client id of the X app"))
        form.addRow(self.tr("Client id:"), self.client_id)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_REDIRECT_PORT)
        self.port.valueChanged.connect(self._port_changed)
        self.port.setAccessibleName(self.tr("Loopback port of the callback"))
        form.addRow(self.tr("Loopback port:"), self.port)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.clicked.connect(self.connect_account)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.disconnect_button = QPushButton(self.tr("Disconnect"))
        self.disconnect_button.clicked.connect(self.disconnect_account)
        for button in (self.connect_button, self.cancel_button, self.disconnect_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self._show_help()
        self._sync()

    # --- state --------------------------------------------------------------------------------------

    def store(self):
        if self._store is None:
            from exitplanner.secrets import CredentialStore

            self._store = CredentialStore()
        return self._store

    def load(self, plan: Plan, username: str) -> None:
        self.plan, self.username = plan, username
        section = plan.sections.get(SECTION)
        section = section if isinstance(section, dict) else {}
        self.client_id.setText(str(section.get("client_id") or ""))
        self.port.blockSignals(True)
        try:
            self.port.setValue(int(section.get("port") or DEFAULT_REDIRECT_PORT))
        except (TypeError, ValueError):
            self.port.setValue(DEFAULT_REDIRECT_PORT)
        self.port.blockSignals(False)
        self._show_help()
        self.connected_as = ""
        if username and not self.busy():
            try:
                if self.store().get(token_key(username)) is not None:
                    self.connected_as = username
            except Exception:  # a broken vault must not break the page; connecting again tells why
                self.connected_as = ""
        self.status_label.setText(self.tr("Connected as @%1.").replace("%1", self.connected_as)
                                  if self.connected_as else self.tr("The X account is not connected."))
        self._sync()
        self.connection_changed.emit(self.connected())

    def connected(self) -> bool:
        return bool(self.connected_as)

    def busy(self) -> bool:
        return self.job is not None

    def _sync(self) -> None:
        busy = self.busy()
        self.connect_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.disconnect_button.setEnabled(not busy and self.connected())
        self.client_id.setEnabled(not busy)
        self.port.setEnabled(not busy)

    def _show_help(self) -> None:
        uri = redirect_uri(self.port.value())
        self.uri_field.setText(uri)
        self.help_label.setText(
            self.tr("ExitPlanner reaches X through your own X developer app (free to create; X bills "
                    "the API calls):")
            + "\n" + self.tr("1. Sign in on developer.x.com with the authority's account, open "
                             "« Projects & Apps » and create a new app.")
            + "\n" + self.tr("2. In « User authentication settings », enable OAuth 2.0 and choose the type "
                             "« Native App » (public client, no secret).")
            + "\n" + self.tr("3. As Callback URI, register exactly the address below (same port):")
            + "\n" + self.tr("4. The app must allow these scopes: %1.").replace("%1", ", ".join(SCOPES))
            + "\n" + self.tr("5. Copy the OAuth 2.0 Client ID (« Keys and tokens ») into the field below "
                             "and click Connect: your browser opens on X's consent page."))

    def copy_uri(self) -> None:
        QGuiApplication.clipboard().setText(self.uri_field.text())
        self.status_label.setText(self.tr("Callback URI copied."))

    def _port_changed(self) -> None:
        self._show_help()
        self._save_settings()

    def _save_settings(self) -> None:
        if self.plan is None:
            return
        settings = {"client_id": self.client_id.text().strip(), "port": self.port.value()}
        if self.plan.sections.get(SECTION) != settings:
            self.plan.sections[SECTION] = settings
            self.edited.emit()

    # --- connecting ---------------------------------------------------------------------------------

    def connect_account(self) -> None:
        if self.busy():
            return
        self._save_settings()
        client_id, port, expected = self.client_id.text().strip(), self.port.value(), self.username
        if not client_id:
            self.status_label.setText(self.tr("Paste the client id of your X app first."))
            return
        api_base, authorize_url, store = self.api_base, self.authorize_url, self.store()

        def work(progress):
            oauth = XOAuth(client_id, api_base=api_base, authorize_url=authorize_url)
            tokens = oauth.authorize(self.browser_requested.emit, port=port, progress=progress)
            keeper = TokenKeeper(oauth, tokens)
            with XClient(keeper, api_base=api_base) as client:
                user = client.me()
            if expected and user.username.casefold() != expected.casefold():
                raise AccountMismatch(user.username)
            keeper.save_as(store, expected or user.username)
            return user.username, store.problem

        self.status_label.setText(self.tr("Waiting for the consent in your browser… (callback %1)")
                                  .replace("%1", redirect_uri(port)))
        self.job = workers.Job(work)
        self.job.signals.succeeded.connect(self._connected)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.cancelled.connect(
            lambda: self.status_label.setText(self.tr("Connection cancelled.")))
        self.job.signals.finished.connect(self._ended)
        workers.start(self.job)
        self._sync()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _connected(self, result) -> None:
        username, problem = result
        self.connected_as = self.username or username
        text = self.tr("Connected as @%1.").replace("%1", username)
        if problem is not None:
            text += "\n" + problem.message
        self.status_label.setText(text)

    def _failed(self, error: Exception) -> None:
        self.connected_as = ""
        if isinstance(error, AccountMismatch):
            self.status_label.setText(
                self.tr("You logged in as @%1 but the archive is of @%2: log in to X with the account "
                        "of the archive, then connect again.").replace("%1", error.username)
                .replace("%2", self.username))
        elif isinstance(error, NetworkError):
            self.status_label.setText(error.message)
        else:
            self.status_label.setText(self.tr("The connection failed unexpectedly; try again."))

    def _ended(self) -> None:
        self.job = None
        self._sync()
        self.connection_changed.emit(self.connected())

    def disconnect_account(self) -> None:
        if self.busy() or not self.connected_as:
            return
        try:
            self.store().delete(token_key(self.connected_as))
        except Exception:
            self.status_label.setText(self.tr("The tokens could not be removed from the password store."))
            return
        self.connected_as = ""
        self.status_label.setText(self.tr("Disconnected: the tokens were removed from the password store."))
        self._sync()
        self.connection_changed.emit(False)
