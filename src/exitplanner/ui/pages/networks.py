"""Step 5 — Nouveaux comptes: connect Bluesky and Mastodon, set up the profiles, verify, announce.

Every network call runs in a :class:`~exitplanner.ui.workers.Job`; the page only collects the form,
shows counters from :mod:`exitplanner.steps.networks` and records the public outcome in the plan
through :class:`~exitplanner.steps.networks.NetworksModel`. Secrets go to the credential store,
created on first use (reading the keyring may prompt the user, which must not happen at start-up).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exitplanner.networks import bluesky as bsky
from exitplanner.networks import mastodon as masto
from exitplanner.networks.bluesky_handle import HandleInstructions, normalise_handle
from exitplanner.networks.errors import NetworkError, ValidationError
from exitplanner.networks.images import decode, fit_image
from exitplanner.networks.mastodon_auth import MastodonAuthorizer
from exitplanner.networks.mastodon_limits import MastodonLimits
from exitplanner.networks.mastodon_verification import rel_me_snippet
from exitplanner.networks.public_figures import PublicFigures
from exitplanner.plan.model import StepId
from exitplanner.progress import Progress
from exitplanner.secrets import CredentialStore, SecretStoreError
from exitplanner.steps import networks as model_module
from exitplanner.steps.networks import Counter, NetworksModel
from exitplanner.ui import crop_geometry
from exitplanner.ui.crop_dialog import CropDialog
from exitplanner.ui.pages.base import StepPage
from exitplanner.ui.profile_preview import ProfilePreview
from exitplanner.ui.workers import Job, start

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.gif *.webp)"
PREVIEW_SIDE = 64


def error_text(error: BaseException) -> str:
    """The user-facing message of a typed error; a neutral sentence for anything else (no traceback)."""
    if isinstance(error, (NetworkError, SecretStoreError)):
        return error.message
    return QCoreApplication.translate("NetworksPage",
                                      "Something went wrong. Try again; the log file has the details.")


class _BrowserOpener(QObject):
    """Opens URLs in the system browser on the GUI thread (the OAuth job asks from a pool thread)."""

    requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.requested.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))

    def __call__(self, url: str) -> None:
        self.requested.emit(url)


class CounterLabel(QLabel):
    """« 12 / 64 », turned into a warning past the limit."""

    def show_counter(self, counter: Counter) -> None:
        self.setText(counter.text())
        self.setStyleSheet("color: #b00020; font-weight: bold;" if counter.over else "color: palette(mid);")
        self.setAccessibleDescription(counter.text())


class ImagePicker(QWidget):
    """A « Choose… » button, a preview and « Remove »; keeps the chosen file's bytes.

    With an ``aspect`` (width / height), a picked file first goes through the crop dialog and the kept
    part is stored (as PNG: lossless, the network client re-encodes it with ``fit_image`` anyway).
    With ``ratios`` instead, the crop dialog offers that choice of ratios (the announcement's picture).
    """

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None,
                 aspect: float | None = None, ratios: Sequence[tuple[str, float | None]] = (),
                 ratio_help: str = "") -> None:
        super().__init__(parent)
        self.aspect = aspect
        self.ratios = tuple(ratios)
        self.ratio_help = ratio_help
        self.data: bytes | None = None
        self.image: QImage | None = None
        self.file_name = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_SIDE, PREVIEW_SIDE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setAccessibleName(accessible_name)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove the picture"))
        self.remove.setEnabled(False)
        self.choose.clicked.connect(self.pick)
        self.remove.clicked.connect(self.clear)
        layout.addWidget(self.preview)
        layout.addWidget(self.choose)
        layout.addWidget(self.remove)
        layout.addStretch(1)
        # No setFocusProxy(self.choose): Qt then moves this container in the focus chain, after Next.
        # A caption's buddy is the Choose button itself (see _form_row).

    def pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a picture"), str(Path.home()),
                                              IMAGE_FILTER)
        if not path:
            return
        if self.aspect is None and not self.ratios:
            self.set_file(Path(path))
            return
        try:
            image = decode(Path(path).read_bytes())
        except (OSError, ValidationError) as error:
            self.preview.setText(self.tr("Not a picture"))
            self.preview.setToolTip(getattr(error, "message", ""))
            return
        dialog = CropDialog(image, self.aspect, self, ratios=self.ratios, ratio_help=self.ratio_help)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_image(dialog.cropped(), Path(path).name)

    def set_image(self, image: QImage, name: str) -> None:
        """Keep ``image`` (already cropped) as the chosen picture."""
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        self.data = bytes(array.data())
        self.image = image
        self.file_name = name
        scaled = image.scaled(PREVIEW_SIDE, PREVIEW_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(QPixmap.fromImage(scaled))
        self.preview.setToolTip(name)
        self.remove.setEnabled(True)
        self.changed.emit()

    def set_file(self, path: Path) -> None:
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.preview.setText(self.tr("Not a picture"))
            return
        self.data = path.read_bytes()
        self.image = pixmap.toImage()
        self.file_name = path.name
        self.preview.setPixmap(pixmap.scaled(PREVIEW_SIDE, PREVIEW_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        self.preview.setToolTip(path.name)
        self.remove.setEnabled(True)
        self.changed.emit()

    def clear(self) -> None:
        self.data = None
        self.image = None
        self.file_name = ""
        self.preview.clear()
        self.remove.setEnabled(False)
        self.changed.emit()


def _form_row(form: QFormLayout, label: str, widget: QWidget, extra: QWidget | None = None) -> None:
    caption = QLabel(label)
    caption.setBuddy(widget.choose if isinstance(widget, ImagePicker) else widget)
    if extra is None:
        form.addRow(caption, widget)
        return
    row = QHBoxLayout()
    row.addWidget(widget, 1)
    row.addWidget(extra)
    form.addRow(caption, row)


def _status_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _plain_edit(name: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    edit.setMaximumHeight(edit.fontMetrics().height() * (lines + 1))
    return edit


class NetworksPage(StepPage):
    step = StepId.NETWORKS

    # -- construction --------------------------------------------------------------------------------------

    def build(self) -> None:
        self.model = NetworksModel(self.plan)
        self._store: CredentialStore | None = None
        self.bluesky_client: bsky.BlueskyClient | None = None
        self.bluesky_options: dict[str, Any] = {}  # extra BlueskyClient arguments (DNS resolver, tests)
        self.mastodon_client: masto.MastodonClient | None = None
        self.mastodon_limits = MastodonLimits()
        self.open_url: Callable[[str], object] = _BrowserOpener()
        self.jobs: list[Job] = []
        self._loading = False

        self.store_warning = QLabel()
        self.store_warning.setWordWrap(True)
        self.store_warning.setStyleSheet("color: #8a4b00;")
        self.store_warning.setAccessibleName(self.tr("Password store warning"))
        self.store_warning.hide()
        self.body_layout.addWidget(self.store_warning)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Networks"))
        self.tabs.addTab(self._build_bluesky(), "Bluesky")
        self.tabs.addTab(self._build_mastodon(), "Mastodon")
        self.body_layout.addWidget(self.tabs)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.body_layout.addWidget(self.progress)
        self.problems_label = _status_label()
        self.body_layout.addWidget(self.problems_label)
        self.body_layout.addStretch(1)

    def _build_bluesky(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)

        box = QGroupBox(self.tr("Connection"))
        form = QFormLayout(box)
        self.bs_handle = QLineEdit()
        self.bs_handle.setAccessibleName(self.tr("Bluesky handle"))
        self.bs_handle.setPlaceholderText(self.tr("e.g. ville-exemple.bsky.social"))
        self.bs_password = QLineEdit()
        self.bs_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.bs_password.setAccessibleName(self.tr("App password"))
        self.bs_password.setPlaceholderText("abcd-efgh-ijkl-mnop")
        self.bs_service = QLineEdit(bsky.DEFAULT_SERVICE)
        self.bs_service.setAccessibleName(self.tr("Bluesky server"))
        _form_row(form, self.tr("H&andle:"), self.bs_handle)
        _form_row(form, self.tr("App &password:"), self.bs_password)
        _form_row(form, self.tr("&Server:"), self.bs_service)
        help_label = QLabel(bsky.app_password_help())
        help_label.setWordWrap(True)
        help_label.setAccessibleName(self.tr("About app passwords"))
        form.addRow(help_label)
        buttons = QHBoxLayout()
        self.bs_connect = QPushButton(self.tr("&Connect"))
        self.bs_connect.setAccessibleName(self.tr("Connect to Bluesky"))
        self.bs_disconnect = QPushButton(self.tr("Disconnect"))
        self.bs_disconnect.setAccessibleName(self.tr("Disconnect from Bluesky"))
        self.bs_disconnect.setEnabled(False)
        buttons.addWidget(self.bs_connect)
        buttons.addWidget(self.bs_disconnect)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.bs_status = _status_label()
        form.addRow(self.bs_status)
        self.bs_figures, self.bs_refresh = self._figures_row(form, "Bluesky")
        self.bs_refresh.clicked.connect(lambda: self.refresh_figures(model_module.BLUESKY_KEY))
        self.bs_connect.clicked.connect(self.connect_bluesky)
        self.bs_disconnect.clicked.connect(self.disconnect_bluesky)
        layout.addWidget(box)

        box = QGroupBox(self.tr("Profile"))
        form = QFormLayout(box)
        self.bs_name = QLineEdit()
        self.bs_name.setAccessibleName(self.tr("Bluesky display name"))
        self.bs_name_counter = CounterLabel()
        self.bs_description = _plain_edit(self.tr("Bluesky description"), 4)
        self.bs_description_counter = CounterLabel()
        self.bs_website = QLineEdit()
        self.bs_website.setAccessibleName(self.tr("Website"))
        self.bs_website.setPlaceholderText("https://www.ville-exemple.fr")
        self.bs_avatar = ImagePicker(self.tr("Choose the Bluesky avatar"), aspect=crop_geometry.SQUARE)
        self.bs_banner = ImagePicker(self.tr("Choose the Bluesky banner"), aspect=crop_geometry.BANNER)
        _form_row(form, self.tr("Display na&me:"), self.bs_name, self.bs_name_counter)
        _form_row(form, self.tr("&Description:"), self.bs_description, self.bs_description_counter)
        _form_row(form, self.tr("&Website:"), self.bs_website)
        _form_row(form, self.tr("A&vatar:"), self.bs_avatar)
        _form_row(form, self.tr("Bann&er:"), self.bs_banner)
        self.bs_preview = ProfilePreview("Bluesky", round_avatar=True)
        form.addRow(self.tr("Preview:"), self.bs_preview)
        for picker in (self.bs_avatar, self.bs_banner):
            picker.changed.connect(self.update_counters)
        self.bs_apply = QPushButton(self.tr("Appl&y"))
        self.bs_apply.setAccessibleName(self.tr("Apply the Bluesky profile"))
        self.bs_apply.setEnabled(False)
        self.bs_apply.clicked.connect(self.apply_bluesky)
        form.addRow(self.bs_apply)
        self.bs_profile_status = _status_label()
        form.addRow(self.bs_profile_status)
        for edit in (self.bs_name, self.bs_website):
            edit.textChanged.connect(self.update_counters)
        self.bs_description.textChanged.connect(self.update_counters)
        layout.addWidget(box)

        box = QGroupBox(self.tr("Domain handle (verification)"))
        form = QFormLayout(box)
        self.bs_domain = QLineEdit()
        self.bs_domain.setAccessibleName(self.tr("Domain of the official website"))
        self.bs_domain.setPlaceholderText("ville-exemple.fr")
        _form_row(form, self.tr("D&omain:"), self.bs_domain)
        self.bs_txt_name = self._copyable(form, self.tr("DNS record (TXT) name:"), self.tr("TXT record name"))
        self.bs_txt_value = self._copyable(form, self.tr("DNS record value:"), self.tr("TXT record value"))
        self.bs_wk_url = self._copyable(form, self.tr("Or the file:"), self.tr("Address of the file"))
        self.bs_wk_body = self._copyable(form, self.tr("With the content:"), self.tr("Content of the file"))
        buttons = QHBoxLayout()
        self.bs_check = QPushButton(self.tr("Chec&k now"))
        self.bs_check.setAccessibleName(self.tr("Check the domain record now"))
        self.bs_switch = QPushButton(self.tr("Sw&itch handle"))
        self.bs_switch.setAccessibleName(self.tr("Switch the Bluesky handle to the domain"))
        for button in (self.bs_check, self.bs_switch):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.bs_handle_status = _status_label()
        form.addRow(self.bs_handle_status)
        self.bs_domain.textChanged.connect(self.update_instructions)
        self.bs_check.clicked.connect(self.check_bluesky_handle)
        self.bs_switch.clicked.connect(self.switch_bluesky_handle)
        layout.addWidget(box)

        self.bs_composer = self._composer(layout, "Bluesky")
        layout.addStretch(1)
        return tab

    def _build_mastodon(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)

        box = QGroupBox(self.tr("Connection"))
        form = QFormLayout(box)
        self.ma_instance = QLineEdit()
        self.ma_instance.setAccessibleName(self.tr("Mastodon server address"))
        self.ma_instance.setPlaceholderText(self.tr("e.g. mastodon.social"))
        _form_row(form, self.tr("Ser&ver:"), self.ma_instance)
        explanation = QLabel(self.tr(
            "ExitPlanner opens the server's authorisation page in your browser. Log in there with the "
            "authority's account (not a personal one) and accept; the browser then comes back to "
            "ExitPlanner by itself. No password is typed here."))
        explanation.setWordWrap(True)
        form.addRow(explanation)
        buttons = QHBoxLayout()
        self.ma_connect = QPushButton(self.tr("&Connect"))
        self.ma_connect.setAccessibleName(self.tr("Connect to Mastodon"))
        self.ma_cancel = QPushButton(self.tr("Cancel"))
        self.ma_cancel.setAccessibleName(self.tr("Cancel the connection"))
        self.ma_cancel.setEnabled(False)
        self.ma_disconnect = QPushButton(self.tr("Disconnect"))
        self.ma_disconnect.setAccessibleName(self.tr("Disconnect from Mastodon"))
        self.ma_disconnect.setEnabled(False)
        for button in (self.ma_connect, self.ma_cancel, self.ma_disconnect):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.ma_status = _status_label()
        form.addRow(self.ma_status)
        self.ma_figures, self.ma_refresh = self._figures_row(form, "Mastodon")
        self.ma_refresh.clicked.connect(lambda: self.refresh_figures(model_module.MASTODON_KEY))
        self.ma_connect.clicked.connect(self.connect_mastodon)
        self.ma_cancel.clicked.connect(self._cancel_jobs)
        self.ma_disconnect.clicked.connect(self.disconnect_mastodon)
        layout.addWidget(box)

        box = QGroupBox(self.tr("Profile"))
        form = QFormLayout(box)
        self.ma_name = QLineEdit()
        self.ma_name.setAccessibleName(self.tr("Mastodon display name"))
        self.ma_name_counter = CounterLabel()
        self.ma_note = _plain_edit(self.tr("Mastodon biography"), 4)
        self.ma_note_counter = CounterLabel()
        _form_row(form, self.tr("Display na&me:"), self.ma_name, self.ma_name_counter)
        _form_row(form, self.tr("B&iography:"), self.ma_note, self.ma_note_counter)
        self.ma_fields: list[tuple[QLineEdit, QLineEdit, CounterLabel]] = []
        for index in range(4):
            label_edit = QLineEdit()
            label_edit.setAccessibleName(self.tr("Label of field %1").replace("%1", str(index + 1)))
            label_edit.setPlaceholderText(self.tr("Label"))
            value_edit = QLineEdit()
            value_edit.setAccessibleName(self.tr("Content of field %1").replace("%1", str(index + 1)))
            value_edit.setPlaceholderText(self.tr("Content"))
            counter = CounterLabel()
            row = QHBoxLayout()
            row.addWidget(label_edit, 1)
            row.addWidget(value_edit, 2)
            row.addWidget(counter)
            caption = QLabel(self.tr("Field %1:").replace("%1", str(index + 1)))
            caption.setBuddy(label_edit)
            form.addRow(caption, row)
            label_edit.textChanged.connect(self.update_counters)
            value_edit.textChanged.connect(self.update_counters)
            self.ma_fields.append((label_edit, value_edit, counter))
        self.ma_avatar = ImagePicker(self.tr("Choose the Mastodon avatar"), aspect=crop_geometry.SQUARE)
        self.ma_header = ImagePicker(self.tr("Choose the Mastodon header picture"),
                                     aspect=crop_geometry.BANNER)
        _form_row(form, self.tr("Av&atar:"), self.ma_avatar)
        _form_row(form, self.tr("H&eader:"), self.ma_header)
        self.ma_preview = ProfilePreview("Mastodon", round_avatar=False)
        form.addRow(self.tr("Preview:"), self.ma_preview)
        for picker in (self.ma_avatar, self.ma_header):
            picker.changed.connect(self.update_counters)
        self.ma_apply = QPushButton(self.tr("Appl&y"))
        self.ma_apply.setAccessibleName(self.tr("Apply the Mastodon profile"))
        self.ma_apply.setEnabled(False)
        self.ma_apply.clicked.connect(self.apply_mastodon)
        form.addRow(self.ma_apply)
        self.ma_profile_status = _status_label()
        form.addRow(self.ma_profile_status)
        self.ma_name.textChanged.connect(self.update_counters)
        self.ma_note.textChanged.connect(self.update_counters)
        layout.addWidget(box)

        box = QGroupBox(self.tr("Verification with the official website"))
        form = QFormLayout(box)
        intro = QLabel(self.tr(
            "Put this link on the home page of the official website, and the website's address in one "
            "of the profile fields: Mastodon then shows that field as verified."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.ma_snippet = self._copyable(form, self.tr("Link to add:"),
                                         self.tr("rel=me link for the website"))
        self.ma_verify = QPushButton(self.tr("Chec&k now"))
        self.ma_verify.setAccessibleName(self.tr("Check the verification of the website field"))
        self.ma_verify.setEnabled(False)
        self.ma_verify.clicked.connect(self.check_mastodon_verification)
        form.addRow(self.ma_verify)
        self.ma_verify_status = _status_label()
        form.addRow(self.ma_verify_status)
        layout.addWidget(box)

        self.ma_composer = self._composer(layout, "Mastodon")
        layout.addStretch(1)
        return tab

    def _figures_row(self, form: QFormLayout, network: str) -> tuple[QLabel, QPushButton]:
        """« Public figures: … » with its « Refresh » button (read again from the network on demand)."""
        figures = _status_label()
        figures.setAccessibleName(self.tr("Public figures of the account on %1").replace("%1", network))
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.setAccessibleName(self.tr("Read the public figures of the account on %1 again")
                                  .replace("%1", network))
        refresh.setToolTip(self.tr("Followers, follows, posts and verification, as the network shows "
                                   "them; they are copied to the inventory of step 2."))
        refresh.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(figures, 1)
        row.addWidget(refresh, 0, Qt.AlignmentFlag.AlignTop)
        caption = QLabel(self.tr("Public figures:"))
        caption.setBuddy(refresh)
        form.addRow(caption, row)
        return figures, refresh

    def announcement_ratios(self) -> list[tuple[str, float | None]]:
        """The crop ratios offered for the announcement's picture, free first (nothing cut by default)."""
        return [(self.tr("Free"), None), (self.tr("16:9 (whole in the feed)"), crop_geometry.WIDE),
                (self.tr("1:1 (square)"), crop_geometry.SQUARE)]

    def _show_image_fit(self, network: str) -> None:
        """Say at which size the picture will be sent (the networks' limits), before anything is sent."""
        composer = self.bs_composer if network == "Bluesky" else self.ma_composer
        image: QImage | None = composer["image"].image
        if image is None:
            composer["fit"].clear()
            return
        key = model_module.BLUESKY_KEY if network == "Bluesky" else model_module.MASTODON_KEY
        width, height = model_module.announcement_image_size(key, image.width(), image.height(),
                                                             self.mastodon_limits)
        composer["fit"].setText(self.tr(
            "Sent as %1 × %2 pixels, re-encoded under %3's size limit (hidden data such as the place "
            "where a photo was taken is removed).").replace("%1", str(width)).replace("%2", str(height))
            .replace("%3", network))

    def _copyable(self, form: QFormLayout, label: str, name: str) -> QLineEdit:
        """A read-only value with a « Copy » button (DNS values must be pasted exactly)."""
        edit = QLineEdit()
        edit.setReadOnly(True)
        edit.setAccessibleName(name)
        button = QPushButton(self.tr("Copy"))
        button.setAccessibleName(self.tr("Copy: %1").replace("%1", name))
        button.clicked.connect(lambda: QGuiApplication.clipboard().setText(edit.text()))
        _form_row(form, label, edit, button)
        return edit

    def _composer(self, layout: QVBoxLayout, network: str) -> dict[str, Any]:
        box = QGroupBox(self.tr("Announcement"))
        form = QFormLayout(box)
        text = _plain_edit(self.tr("Text of the announcement on %1").replace("%1", network), 5)
        text.setPlaceholderText(self.tr("The first post: why the authority arrives, where to find the press "
                                        "release."))
        counter = CounterLabel()
        image = ImagePicker(self.tr("Choose a picture for the announcement on %1").replace("%1", network),
                            ratios=self.announcement_ratios(), ratio_help=self.tr(
                                "16:9 is the shape Bluesky and Mastodon give a single picture in the "
                                "timeline: at this ratio the whole picture shows in the feed. Other shapes "
                                "may be trimmed or framed with bars there; the full picture appears when "
                                "it is opened. 1:1 suits a logo or a square visual."))
        alt = QLineEdit()
        alt.setAccessibleName(self.tr("Description of the picture (alternative text)"))
        alt.setPlaceholderText(self.tr("Required with a picture: describe it for people who cannot see it"))
        fit = _status_label()
        fit.setAccessibleName(self.tr("Size the picture is sent at"))
        _form_row(form, self.tr("Te&xt:"), text, counter)
        caption = QLabel(self.tr("Pict&ure:"))
        caption.setBuddy(image.choose)
        picture = QVBoxLayout()
        picture.setSpacing(2)
        picture.addWidget(image)
        picture.addWidget(fit)
        form.addRow(caption, picture)
        _form_row(form, self.tr("Descrip&tion of the picture:"), alt)
        publish = QPushButton(self.tr("Publish and pin…"))
        publish.setAccessibleName(self.tr("Publish and pin the announcement on %1").replace("%1", network))
        publish.setEnabled(False)
        form.addRow(publish)
        status = _status_label()
        form.addRow(status)
        text.textChanged.connect(self.update_counters)
        text.textChanged.connect(lambda: self._announcement_edited(network))
        layout.addWidget(box)
        composer = {"text": text, "counter": counter, "image": image, "alt": alt, "publish": publish,
                    "status": status, "fit": fit}
        image.changed.connect(lambda: self._show_image_fit(network))
        publish.clicked.connect(lambda: self.publish(network))
        return composer

    # -- plan ↔ form ----------------------------------------------------------------------------------------

    def load(self) -> None:
        self._loading = True
        try:
            self.model = NetworksModel(self.plan)
            b, m = self.model.bluesky, self.model.mastodon
            self.bs_handle.setText(b.get("handle", ""))
            if b.get("service"):
                self.bs_service.setText(b["service"])
            self.bs_name.setText(b.get("display_name") or self.model.default_display_name())
            self.bs_description.setPlainText(b.get("description", ""))
            self.bs_website.setText(b.get("website") or self.model.authority_website)
            self.bs_domain.setText(b.get("domain") or self.model.default_domain())
            self.bs_composer["text"].setPlainText(b.get("announcement", ""))
            self.ma_instance.setText(m.get("instance", ""))
            self.ma_name.setText(m.get("display_name") or self.model.default_display_name())
            self.ma_note.setPlainText(m.get("note", ""))
            fields = m.get("fields") or self.model.default_mastodon_fields()
            for index, (label_edit, value_edit, _counter) in enumerate(self.ma_fields):
                name, value = (fields[index] if index < len(fields) else ("", ""))[:2]
                label_edit.setText(name)
                value_edit.setText(value)
            self.ma_composer["text"].setPlainText(m.get("announcement", ""))
            self.ma_snippet.setText(rel_me_snippet(m["url"]) if m.get("url") else "")
            self.ma_snippet.setPlaceholderText(self.tr("Shown once connected"))
            self._show_figures()
        finally:
            self._loading = False
        self.update_counters()
        self.update_instructions()
        self._show_state()

    def _show_figures(self) -> None:
        for key, label in ((model_module.BLUESKY_KEY, self.bs_figures),
                           (model_module.MASTODON_KEY, self.ma_figures)):
            text = model_module.figures_text(self.model.figures(key))
            label.setText(text or self.tr("Read once connected."))

    def _announcement_edited(self, network: str) -> None:
        if self._loading:
            return
        composer = self.bs_composer if network == "Bluesky" else self.ma_composer
        key = model_module.BLUESKY_KEY if network == "Bluesky" else model_module.MASTODON_KEY
        self.model.set_announcement(key, composer["text"].toPlainText())
        self.notify_changed()

    def _show_state(self) -> None:
        problems = self.model.problems()
        self.problems_label.setText(
            self.tr("To complete this step:") + "\n" + "\n".join(f"• {p}" for p in problems)
            if problems else self.tr("Both accounts are set up and announced."))
        bs_on = self.bluesky_client is not None and self.bluesky_client.account is not None
        ma_on = self.mastodon_client is not None
        for widget in (self.bs_apply, self.bs_check, self.bs_switch, self.bs_composer["publish"],
                       self.bs_disconnect, self.bs_refresh):
            widget.setEnabled(bs_on and not self.jobs)
        for widget in (self.ma_apply, self.ma_verify, self.ma_composer["publish"], self.ma_disconnect,
                       self.ma_refresh):
            widget.setEnabled(ma_on and not self.jobs)
        self.bs_connect.setEnabled(not self.jobs)
        self.ma_connect.setEnabled(not self.jobs)
        self.ma_cancel.setEnabled(bool(self.jobs))

    def update_counters(self) -> None:
        self.bs_name_counter.show_counter(model_module.bluesky_display_name_counter(self.bs_name.text()))
        self.bs_description_counter.show_counter(model_module.bluesky_description_counter(
            self.bs_description.toPlainText(), self.bs_website.text()))
        self.bs_composer["counter"].show_counter(
            model_module.bluesky_post_counter(self.bs_composer["text"].toPlainText()))
        limits = self.mastodon_limits
        self.ma_name_counter.show_counter(
            model_module.mastodon_display_name_counter(self.ma_name.text(), limits))
        self.ma_note_counter.show_counter(
            model_module.mastodon_note_counter(self.ma_note.toPlainText(), limits))
        for _label, value, counter in self.ma_fields:
            counter.show_counter(model_module.mastodon_field_counter(value.text(), limits))
        self.ma_composer["counter"].show_counter(
            model_module.mastodon_status_counter(self.ma_composer["text"].toPlainText(), limits))
        self.update_previews()

    def update_previews(self) -> None:
        """Redraw both profile cards from the form (called with the counters, on every edit)."""
        handle = self.model.bluesky.get("handle") or self.bs_handle.text().strip()
        self.bs_preview.show_profile(
            name=self.bs_name.text().strip(), handle=f"@{handle.lstrip('@')}" if handle else "",
            description=self.bs_description.toPlainText().strip(), website=self.bs_website.text().strip(),
            avatar=self.bs_avatar.image, banner=self.bs_banner.image)
        ma_handle = self.model.mastodon.get("handle", "")
        self.ma_preview.show_profile(
            name=self.ma_name.text().strip(), handle=f"@{ma_handle.lstrip('@')}" if ma_handle else "",
            description=self.ma_note.toPlainText().strip(), fields=self._mastodon_fields(),
            avatar=self.ma_avatar.image, banner=self.ma_header.image)

    def update_instructions(self) -> None:
        """The exact DNS record and file for the domain typed (the DID is known once connected)."""
        did = self.model.bluesky.get("did", "")
        domain = self.bs_domain.text().strip().lower().lstrip("@")
        if not domain or not did:
            for edit in (self.bs_txt_name, self.bs_txt_value, self.bs_wk_url, self.bs_wk_body):
                edit.clear()
            self.bs_txt_value.setPlaceholderText(self.tr("Known once connected"))
            return
        try:
            instructions = HandleInstructions(normalise_handle(domain), did)
        except ValidationError as error:
            self.bs_handle_status.setText(error.message)
            return
        self.bs_txt_name.setText(instructions.dns_name)
        self.bs_txt_value.setText(instructions.dns_value)
        self.bs_wk_url.setText(instructions.well_known_url)
        self.bs_wk_body.setText(instructions.well_known_body)

    # -- credential store ------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Open the credential store when the page is first shown, so that a missing or locked vault is
        explained before the user types anything (not at start-up: the vault may prompt)."""
        super().showEvent(event)
        self.store()

    def store(self) -> CredentialStore:
        if self._store is None:
            self._store = CredentialStore()
            if self._store.session_only and self._store.problem is not None:
                self.store_warning.setText("⚠ " + self._store.problem.message)
                self.store_warning.show()
        return self._store

    # -- jobs ----------------------------------------------------------------------------------------------

    def _run(self, function: Callable[..., Any], done: Callable[[Any], None], status: QLabel,
             working: str, *args: Any) -> Job:
        job = Job(function, *args)
        self.jobs.append(job)
        status.setText(working)
        self.progress.setRange(0, 0)
        self.progress.show()

        def progressed(current: int, total: int, _message: str) -> None:
            if total:
                self.progress.setRange(0, total)
                self.progress.setValue(current)

        def succeeded(result: Any) -> None:
            try:
                done(result)
            except (NetworkError, SecretStoreError) as error:
                status.setText(error_text(error))

        job.signals.progress.connect(progressed)
        job.signals.succeeded.connect(succeeded)
        job.signals.failed.connect(lambda error: status.setText(error_text(error)))
        job.signals.cancelled.connect(lambda: status.setText(self.tr("Cancelled.")))
        job.signals.finished.connect(lambda: self._job_finished(job))
        self._show_state()
        return start(job)

    def _job_finished(self, job: Job) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        if not self.jobs:
            self.progress.hide()
        self._show_state()

    def _cancel_jobs(self) -> None:
        for job in self.jobs:
            job.cancel()

    def busy(self) -> bool:
        return bool(self.jobs)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- Bluesky -------------------------------------------------------------------------------------------

    def connect_bluesky(self) -> None:
        handle = self.bs_handle.text()
        password = self.bs_password.text()
        store = self.store()
        client = bsky.BlueskyClient(store, service=self.bs_service.text().strip() or bsky.DEFAULT_SERVICE,
                                    **self.bluesky_options)

        def work(progress: Progress) -> tuple[bsky.Account, bsky.Profile]:
            if password.strip():
                account = client.login(handle, password)
            else:  # no password typed: reuse the stored session, if any
                resumed = client.resume(handle)
                if resumed is None:
                    raise ValidationError("app_password", message=QCoreApplication.translate(
                        "NetworksPage", "Type the app password to connect."))
                account = resumed
            progress.report(1, 2, "")
            return account, client.get_profile()

        def done(result: tuple[bsky.Account, bsky.Profile]) -> None:
            account, profile = result
            self.bluesky_client = client
            self.bs_password.clear()
            self.model.bluesky_connected(account.handle, account.did, account.service)
            self.bs_handle.setText(account.handle)
            if profile.display_name and not self.model.bluesky.get("profile_applied"):
                self.bs_name.setText(profile.display_name)
            if profile.description and not self.bs_description.toPlainText().strip():
                self.bs_description.setPlainText(profile.description)
            self.bs_status.setText(self.tr("Connected as @%1.").replace("%1", account.handle))
            self.update_instructions()
            self.notify_changed()
            self.refresh_figures(model_module.BLUESKY_KEY)

        self._run(work, done, self.bs_status, self.tr("Connecting…"))

    def disconnect_bluesky(self) -> None:
        client = self.bluesky_client

        def work(progress: Progress) -> None:
            if client is not None:
                client.logout()

        def done(_result: Any) -> None:
            self.bluesky_client = None
            self.model.bluesky_disconnected()
            self.bs_status.setText(self.tr("Disconnected; the session was removed from this computer."))
            self.update_instructions()
            self.notify_changed()

        self._run(work, done, self.bs_status, self.tr("Disconnecting…"))

    def apply_bluesky(self) -> None:
        client = self.bluesky_client
        if client is None:
            return
        update = bsky.ProfileUpdate(display_name=self.bs_name.text().strip(),
                                    description=self.bs_description.toPlainText().strip(),
                                    website=self.bs_website.text().strip() or None,
                                    avatar=self.bs_avatar.data, banner=self.bs_banner.data)
        try:
            client.validate_profile(update)
        except ValidationError as error:
            self.bs_profile_status.setText(error.message)
            return

        def done(profile: bsky.Profile) -> None:
            self.model.bluesky_profile_applied(profile.display_name, profile.description,
                                               self.bs_website.text().strip())
            self.bs_profile_status.setText(self.tr("Applied. Read back from Bluesky: « %1 ».")
                                           .replace("%1", profile.display_name))
            self._show_state()
            self.notify_changed()

        self._run(lambda progress: client.put_profile(update), done, self.bs_profile_status,
                  self.tr("Applying the profile…"))

    def check_bluesky_handle(self) -> None:
        client = self.bluesky_client
        if client is None:
            return
        domain = self.bs_domain.text()

        def done(check: Any) -> None:
            self.bs_handle_status.setText(check.explanation())

        self._run(lambda progress: client.check_handle(domain), done, self.bs_handle_status,
                  self.tr("Looking for the record…"))

    def switch_bluesky_handle(self) -> None:
        client = self.bluesky_client
        domain = self.bs_domain.text().strip()
        if client is None or not domain:
            return
        if not self.confirm(self.tr("Switch handle"), self.tr(
                "The account will be called @%1 from now on; links to the old handle stop working. "
                "Switch?").replace("%1", domain)):
            return

        def done(account: bsky.Account) -> None:
            self.model.bluesky["domain"] = account.handle
            self.model.bluesky_connected(account.handle, account.did, account.service)
            self.bs_handle.setText(account.handle)
            self.bs_handle_status.setText(self.tr("The handle is now @%1.").replace("%1", account.handle))
            self.notify_changed()
            self.refresh_figures(model_module.BLUESKY_KEY)

        self._run(lambda progress: client.switch_handle(domain), done, self.bs_handle_status,
                  self.tr("Switching the handle…"))

    # -- public figures (both networks) ----------------------------------------------------------------------

    def refresh_figures(self, network: str) -> Job | None:
        """Read followers, follows, posts and verification in a worker; store them in the plan.

        Runs after connecting and on « Refresh ». A failure only says so in the figures line: the
        connection itself is fine, and the figures stored before are kept.
        """
        if network == model_module.BLUESKY_KEY:
            client: Any = self.bluesky_client
            label = self.bs_figures
        else:
            client = self.mastodon_client
            label = self.ma_figures
        if client is None:
            return None
        site = self.model.authority_website

        def work(progress: Progress) -> PublicFigures:
            if network == model_module.BLUESKY_KEY:
                return client.public_figures()
            return client.public_figures(site)

        def done(figures: PublicFigures) -> None:
            self.model.record_figures(network, figures)
            self._show_figures()
            self.notify_changed()

        def failed(error: BaseException) -> None:  # the figures read before stay in sight, under the error
            stored = model_module.figures_text(self.model.figures(network))
            label.setText(error_text(error) + ("\n" + stored if stored else ""))

        job = self._run(work, done, label, self.tr("Reading the public figures…"))
        job.signals.failed.connect(failed)
        return job

    # -- Mastodon ------------------------------------------------------------------------------------------

    def connect_mastodon(self) -> None:
        try:
            base = masto.normalise_instance(self.ma_instance.text())
        except NetworkError as error:
            self.ma_status.setText(error.message)
            return
        store = self.store()
        known = self.model.mastodon.get("username") if self.model.mastodon.get("instance") == base else None
        opener = self.open_url

        def work(progress: Progress) -> tuple[masto.MastodonClient, masto.MastodonAccount, MastodonLimits]:
            client = masto.MastodonClient.from_store(store, base, known) if known else None
            if client is not None:
                account = client.verify_credentials()
            else:
                client, account = MastodonAuthorizer(store, opener).connect(base, progress)
            return client, account, client.limits()

        def done(result: tuple[masto.MastodonClient, masto.MastodonAccount, MastodonLimits]) -> None:
            client, account, limits = result
            self.mastodon_client = client
            self.mastodon_limits = limits
            self.ma_instance.setText(base)
            self.model.mastodon_connected(base, account.username, account.handle, account.url)
            if account.display_name and not self.model.mastodon.get("profile_applied"):
                self.ma_name.setText(account.display_name)
            if account.note_source and not self.ma_note.toPlainText().strip():
                self.ma_note.setPlainText(account.note_source)
            self.ma_snippet.setText(rel_me_snippet(account.url))
            self.ma_status.setText(self.tr("Connected as %1.").replace("%1", account.handle))
            self.update_counters()
            self.notify_changed()
            self.refresh_figures(model_module.MASTODON_KEY)

        self._run(work, done, self.ma_status,
                  self.tr("Waiting for the authorisation in the browser… (Cancel to stop waiting)"))

    def disconnect_mastodon(self) -> None:
        base = self.model.mastodon.get("instance", "")
        username = self.model.mastodon.get("username", "")
        store = self.store()
        opener = self.open_url

        def work(progress: Progress) -> None:
            if base and username:
                MastodonAuthorizer(store, opener).disconnect(base, username)

        def done(_result: Any) -> None:
            self.mastodon_client = None
            self.model.mastodon_disconnected()
            self.ma_status.setText(self.tr("Disconnected; the access was revoked and removed from this "
                                           "computer."))
            self.notify_changed()

        self._run(work, done, self.ma_status, self.tr("Disconnecting…"))

    def _mastodon_fields(self) -> list[tuple[str, str]]:
        return [(label.text().strip(), value.text().strip()) for label, value, _c in self.ma_fields
                if label.text().strip() or value.text().strip()]

    def apply_mastodon(self) -> None:
        client = self.mastodon_client
        if client is None:
            return
        name = self.ma_name.text().strip()
        note = self.ma_note.toPlainText().strip()
        fields = self._mastodon_fields()
        avatar, header = self.ma_avatar.data, self.ma_header.data
        limits = self.mastodon_limits

        def upload(data: bytes | None, width: int, height: int, field: str) -> masto.ImageUpload | None:
            if data is None:
                return None
            image = fit_image(data, max_bytes=limits.profile_image_size, max_width=width, max_height=height,
                              field=field)
            return masto.ImageUpload(image.data, image.mime_type)

        def work(progress: Progress) -> masto.MastodonAccount:
            update = masto.ProfileUpdate(display_name=name, note=note, fields=fields,
                                         avatar=upload(avatar, 400, 400, "avatar"),
                                         header=upload(header, 1500, 500, "header"))
            client.update_profile(update)
            return client.verify_credentials()  # read back what the server now holds

        def done(account: masto.MastodonAccount) -> None:
            applied = [list(pair) for pair in (account.fields_source or
                                               tuple((f.name, f.value) for f in account.fields))]
            self.model.mastodon_profile_applied(account.display_name, account.note_source or note, applied)
            self.ma_profile_status.setText(self.tr("Applied. Read back from Mastodon: « %1 », %n field(s).",
                                                   None, len(account.fields))
                                           .replace("%1", account.display_name))
            self._show_state()
            self.notify_changed()
            self.refresh_figures(model_module.MASTODON_KEY)  # saving the fields re-checks the website link

        self._run(work, done, self.ma_profile_status, self.tr("Applying the profile…"))

    def check_mastodon_verification(self) -> None:
        client = self.mastodon_client
        site = self.model.authority_website or next(
            (value for _n, value in self._mastodon_fields() if value.startswith(("http://", "https://"))), "")
        if client is None:
            return
        if not site:
            self.ma_verify_status.setText(self.tr(
                "No official website is known: enter it in step 1 or in a profile field first."))
            return

        def done(state: masto.FieldVerification) -> None:
            if state.verified:
                text = self.tr("The website field is verified by Mastodon.")
            elif state.field is None:
                text = self.tr("No profile field links to %1: add it as a field and apply.")
                text = text.replace("%1", site)
            elif state.site_has_link is False:
                text = self.tr("The website does not carry the link yet: add it to its home page.")
            else:
                text = self.tr("The website carries the link; Mastodon checks it when the profile is saved: "
                               "apply the profile again.")
            self.ma_verify_status.setText(text)

        self._run(lambda progress: client.field_verification(site), done, self.ma_verify_status,
                  self.tr("Checking…"))

    # -- announcement --------------------------------------------------------------------------------------

    def publish(self, network: str) -> None:
        composer = self.bs_composer if network == "Bluesky" else self.ma_composer
        status: QLabel = composer["status"]
        text = composer["text"].toPlainText().strip()
        image: bytes | None = composer["image"].data
        alt = composer["alt"].text().strip()
        if image is not None and not alt:
            status.setText(self.tr("The picture needs a description (alternative text) for people who "
                                   "cannot see it: write it before publishing."))
            composer["alt"].setFocus()
            return
        if not text and image is None:
            status.setText(self.tr("Write the announcement first."))
            return
        if not self.confirm(self.tr("Publish and pin"), self.tr(
                "Publish this announcement on %1 now and pin it at the top of the profile? It will be "
                "public at once.").replace("%1", network)):
            return
        if network == "Bluesky":
            self._publish_bluesky(text, image, alt, status)
        else:
            self._publish_mastodon(text, image, alt, status, composer["image"].file_name)

    def _publish_bluesky(self, text: str, image: bytes | None, alt: str, status: QLabel) -> None:
        client = self.bluesky_client
        if client is None:
            return
        images = [bsky.PostImage(image, alt)] if image is not None else []

        def work(progress: Progress) -> tuple[bsky.PostRef, bool, str]:
            ref = client.create_post(text, images)
            progress.report(1, 2, "")
            profile = client.pin_post(ref)
            account = client.account
            return ref, profile.pinned_post == ref, ref.web_url(account.handle if account else "")

        def done(result: tuple[bsky.PostRef, bool, str]) -> None:
            ref, pinned, url = result
            self.model.bluesky_published(text, ref.uri, url, pinned)
            status.setText(self.tr("Published and pinned: %1").replace("%1", url) if pinned
                           else self.tr("Published but not pinned: %1").replace("%1", url))
            self._show_state()
            self.notify_changed()
            self.refresh_figures(model_module.BLUESKY_KEY)

        self._run(work, done, status, self.tr("Publishing…"))

    def _publish_mastodon(self, text: str, image: bytes | None, alt: str, status: QLabel,
                          file_name: str) -> None:
        client = self.mastodon_client
        if client is None:
            return
        limits = self.mastodon_limits

        def work(progress: Progress) -> masto.PublishedStatus:
            media = []
            if image is not None:
                source = decode(image, "media")
                width, height = model_module.announcement_image_size(
                    model_module.MASTODON_KEY, source.width(), source.height(), limits)
                fitted = fit_image(image, max_bytes=limits.image_size, max_width=width, max_height=height,
                                   field="media")
                media.append(client.upload_media(masto.ImageUpload(fitted.data, fitted.mime_type, alt,
                                                                   file_name or None), progress=progress))
            published = client.post(text, media=media)
            return client.pin(published)

        def done(published: masto.PublishedStatus) -> None:
            url = published.url or published.uri
            self.model.mastodon_published(text, published.id, url, published.pinned)
            status.setText(self.tr("Published and pinned: %1").replace("%1", url) if published.pinned
                           else self.tr("Published but not pinned: %1").replace("%1", url))
            self._show_state()
            self.notify_changed()
            self.refresh_figures(model_module.MASTODON_KEY)

        self._run(work, done, status, self.tr("Publishing…"))
