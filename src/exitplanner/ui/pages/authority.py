"""Step 1 — Collectivité: search the official list (or type the authority), then its details.

The search runs in a background job (the territories resource loads on first use) and is
debounced, so typing never stalls the window; stale answers are dropped.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from exitplanner.plan.model import AuthorityKind, Gender, StepId
from exitplanner.steps.authority import AuthorityModel, de_form, official_name
from exitplanner.territories import search as territory_search
from exitplanner.territories import titles
from exitplanner.ui import workers
from exitplanner.ui.pages.base import StepPage

# TNCC codes offered for a hand-typed name, with what they mean.
ARTICLE_CHOICES = ((0, "—"), (1, "d’"), (2, "Le"), (3, "La"), (4, "Les"), (5, "L’"))


def _search(query: str, *, progress) -> tuple[str, list]:
    progress.check()
    return query, territory_search.search(query, limit=30)


class ValidatedLineEdit(QWidget):
    """A line edit with its problem message underneath, announced to screen readers."""

    def __init__(self, accessible_name: str, placeholder: str = "", parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(placeholder)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("fieldProblem")
        self.message.hide()
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        # No focus proxy: Qt 6 would give Tab a second stop on this container, outside the page's order.

    def show_problem(self, problem: str | None) -> None:
        self.message.setText(f"⚠ {problem}" if problem else "")
        self.message.setVisible(bool(problem))
        self.edit.setAccessibleDescription(problem or "")


class AuthorityPage(StepPage):
    step = StepId.AUTHORITY

    def build(self) -> None:
        self.model = AuthorityModel(self.plan)
        self._pending_query = ""
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._start_search)
        self._job: workers.Job | None = None
        self._loading = False
        self._enter_pending = False  # Enter pressed before the answer came: act on it when it comes
        self._searching = False

        self.body_layout.addWidget(self._build_choice())
        self.body_layout.addWidget(self._build_identity())
        self.body_layout.addWidget(self._build_contact())
        self.body_layout.addWidget(self._build_head())
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setObjectName("stepProblems")
        self.body_layout.addWidget(self.problems_label)
        self.body_layout.addStretch(1)
        self._set_tab_order()

    # ---- building -------------------------------------------------------------------------------
    def _build_choice(self) -> QGroupBox:
        box = QGroupBox(self.tr("Authority"))
        layout = QVBoxLayout(box)
        search_label = QLabel(self.tr("&Search by name, postal code or INSEE code:"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("e.g. Kremlin-Bicêtre, 94270, Hérault"))
        self.search_edit.setAccessibleName(self.tr("Search for the authority"))
        self.search_edit.setAccessibleDescription(
            self.tr("Type a name, a postal code or an INSEE code, then choose in the list below.")
        )
        self.search_edit.setClearButtonEnabled(True)
        search_label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(self._query_changed)
        self.search_edit.returnPressed.connect(self._search_entered)
        self.search_edit.installEventFilter(self)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching authorities"))
        self.results.setMaximumHeight(self.fontMetrics().height() * 9)
        self.results.itemActivated.connect(self._choose_item)
        self.results.itemClicked.connect(self._choose_item)
        self.search_status = QLabel()
        self.search_status.setWordWrap(True)
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chosen_label.setObjectName("chosenAuthority")

        self.manual_check = QCheckBox(self.tr("N&ot in the list: enter the authority by hand"))
        self.manual_check.toggled.connect(self._manual_toggled)
        self.manual_box = QWidget()
        manual = QFormLayout(self.manual_box)
        manual.setContentsMargins(0, 0, 0, 0)
        self.manual_name = QLineEdit()
        self.manual_name.setAccessibleName(self.tr("Name of the authority"))
        self.manual_name.setPlaceholderText(self.tr("Official name, with its article (e.g. Les Lilas)"))
        self.manual_kind = QComboBox()
        self.manual_kind.setAccessibleName(self.tr("Type of authority"))
        for kind, label in self._kind_labels().items():
            self.manual_kind.addItem(label, kind)
        self.manual_article = QComboBox()
        self.manual_article.setAccessibleName(self.tr("Article of the name"))
        for code, label in ARTICLE_CHOICES:
            self.manual_article.addItem(label, code)
        manual.addRow(self.tr("Na&me:"), self.manual_name)
        manual.addRow(self.tr("T&ype:"), self.manual_kind)
        manual.addRow(self.tr("A&rticle:"), self.manual_article)
        for widget in (self.manual_name,):
            widget.editingFinished.connect(self._manual_changed)
        self.manual_kind.currentIndexChanged.connect(self._manual_changed)
        self.manual_article.currentIndexChanged.connect(self._manual_changed)

        layout.addWidget(search_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)
        layout.addWidget(self.search_status)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.manual_check)
        layout.addWidget(self.manual_box)
        return box

    def _kind_labels(self) -> dict[AuthorityKind, str]:
        return {
            AuthorityKind.COMMUNE: self.tr("Commune"),
            AuthorityKind.DEPARTEMENT: self.tr("Département"),
            AuthorityKind.REGION: self.tr("Région"),
            AuthorityKind.EPCI: self.tr("Intercommunality (EPCI)"),
            AuthorityKind.OTHER: self.tr("Other public body"),
        }

    def _build_identity(self) -> QGroupBox:
        box = QGroupBox(self.tr("Website and logo"))
        form = QFormLayout(box)
        self.website = ValidatedLineEdit(self.tr("Official website domain"), "ville-exemple.fr")
        self.website.edit.editingFinished.connect(self._website_changed)
        form.addRow(self._buddy(self.tr("Official &website:"), self.website.edit), self.website)

        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(96, 96)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.logo_button = QPushButton(self.tr("Choose lo&go…"))
        self.logo_button.setAccessibleDescription(self.tr("PNG, JPEG or SVG file used as letterhead."))
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_clear = QPushButton(self.tr("Remove logo"))
        self.logo_clear.clicked.connect(self._clear_logo)
        row.addWidget(self.logo_preview)
        row.addWidget(self.logo_button)
        row.addWidget(self.logo_clear)
        row.addStretch(1)
        form.addRow(self.tr("Logo:"), logo_row)
        return box

    def _build_contact(self) -> QGroupBox:
        box = QGroupBox(self.tr("Press contact"))
        form = QFormLayout(box)
        self.contact_service = QLineEdit()
        self.contact_service.setAccessibleName(self.tr("Press contact service"))
        self.contact_service.setPlaceholderText(self.tr("e.g. Communication department"))
        self.contact_name = QLineEdit()
        self.contact_name.setAccessibleName(self.tr("Press contact name"))
        self.contact_phone = ValidatedLineEdit(self.tr("Press contact phone"), "01 23 45 67 89")
        self.contact_email = ValidatedLineEdit(self.tr("Press contact e-mail"), "presse@ville-exemple.fr")
        form.addRow(self._buddy(self.tr("Ser&vice:"), self.contact_service), self.contact_service)
        form.addRow(self._buddy(self.tr("&Contact name:"), self.contact_name), self.contact_name)
        form.addRow(self._buddy(self.tr("&Phone:"), self.contact_phone.edit), self.contact_phone)
        form.addRow(self._buddy(self.tr("&E-mail:"), self.contact_email.edit), self.contact_email)
        self.contact_service.editingFinished.connect(
            lambda: self._contact_changed("service", self.contact_service.text(), None)
        )
        self.contact_name.editingFinished.connect(
            lambda: self._contact_changed("name", self.contact_name.text(), None)
        )
        self.contact_phone.edit.editingFinished.connect(
            lambda: self._contact_changed("phone", self.contact_phone.edit.text(), self.contact_phone)
        )
        self.contact_email.edit.editingFinished.connect(
            lambda: self._contact_changed("email", self.contact_email.edit.text(), self.contact_email)
        )
        return box

    def _build_head(self) -> QGroupBox:
        box = QGroupBox(self.tr("Elected head"))
        form = QFormLayout(box)
        self.head_name = QLineEdit()
        self.head_name.setAccessibleName(self.tr("Name of the elected head"))
        self.head_name.setPlaceholderText(self.tr("First name and last name"))
        gender_row = QWidget()
        gender_layout = QHBoxLayout(gender_row)
        gender_layout.setContentsMargins(0, 0, 0, 0)
        self.gender_f = QRadioButton(self.tr("Fem&inine (« la maire », « la présidente »)"))
        self.gender_m = QRadioButton(self.tr("Masc&uline (« le maire », « le président »)"))
        self.gender_group = QButtonGroup(self)
        self.gender_group.addButton(self.gender_f)
        self.gender_group.addButton(self.gender_m)
        gender_layout.addWidget(self.gender_f)
        gender_layout.addWidget(self.gender_m)
        gender_layout.addStretch(1)
        self.head_title = QComboBox()
        self.head_title.setEditable(True)
        self.head_title.setAccessibleName(self.tr("Title of the elected head"))
        form.addRow(self._buddy(self.tr("N&ame:"), self.head_name), self.head_name)
        gender_label = QLabel(self.tr("Grammatical gender:"))
        gender_label.setAccessibleName(gender_label.text())
        form.addRow(gender_label, gender_row)
        form.addRow(self._buddy(self.tr("&Title:"), self.head_title), self.head_title)
        self.head_name.editingFinished.connect(self._head_changed)
        self.gender_group.buttonToggled.connect(self._gender_changed)
        self.head_title.currentTextChanged.connect(self._head_changed)
        return box

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _set_tab_order(self) -> None:
        order = [
            self.search_edit,
            self.results,
            self.manual_check,
            self.manual_name,
            self.manual_kind,
            self.manual_article,
            self.website.edit,
            self.logo_button,
            self.logo_clear,
            self.contact_service,
            self.contact_name,
            self.contact_phone.edit,
            self.contact_email.edit,
            self.head_name,
            self.gender_f,
            self.gender_m,
            self.head_title,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # ---- showing the plan ---------------------------------------------------------------------------
    def load(self) -> None:
        self._loading = True
        try:
            authority, contact, head = self.plan.authority, self.plan.contact, self.plan.head
            self.manual_check.setChecked(authority.manual)
            self.manual_box.setVisible(authority.manual)
            if authority.manual:
                self.manual_name.setText(authority.name)
                self.manual_kind.setCurrentIndex(max(0, self.manual_kind.findData(authority.kind)))
                self.manual_article.setCurrentIndex(max(0, self.manual_article.findData(authority.tncc or 0)))
            self.website.edit.setText(authority.website)
            self.contact_service.setText(contact.service)
            self.contact_name.setText(contact.name)
            self.contact_phone.edit.setText(contact.phone)
            self.contact_email.edit.setText(contact.email)
            self.head_name.setText(head.name)
            self.gender_f.setChecked(head.gender == Gender.FEMININE)
            self.gender_m.setChecked(head.gender == Gender.MASCULINE)
            self._fill_titles()
            self.head_title.setCurrentText(head.title)
            self._show_logo()
            self._show_chosen()
            self._show_problems()
        finally:
            self._loading = False

    def _show_chosen(self) -> None:
        authority = self.plan.authority
        if not authority.name:
            self.chosen_label.setText(self.tr("No authority chosen yet."))
            return
        details = [official_name(authority)]
        if authority.code:
            details.append(self.tr("INSEE code %1").replace("%1", authority.code))
        if authority.population:
            details.append(
                self.tr("%1 inhabitants").replace("%1", f"{authority.population:,}".replace(",", "\u202f"))
            )
        forms = de_form(authority)
        text = " — ".join(details)
        if forms:
            text += "\n" + self.tr("In sentences: « the press service %1 »").replace("%1", forms)
        self.chosen_label.setText(text)
        self.chosen_label.setAccessibleName(text)

    def _fill_titles(self) -> None:
        authority, gender = self.plan.authority, self.plan.head.gender
        current = self.head_title.currentText()
        self.head_title.blockSignals(True)
        self.head_title.clear()
        if authority.name and gender != Gender.UNSPECIFIED:
            for suggestion in titles.title_suggestions(
                authority.kind, gender, authority.name, authority.tncc
            ):
                self.head_title.addItem(suggestion)
        self.head_title.setCurrentText(current)
        self.head_title.blockSignals(False)

    def _show_logo(self) -> None:
        path = self.plan.authority.logo_path
        pixmap = QPixmap(path) if path and Path(path).is_file() else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            self.logo_clear.setEnabled(False)
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.logo_clear.setEnabled(True)

    def _show_problems(self) -> None:
        problems = self.model.problems()
        if problems:
            lines = "\n".join(f"• {p.message}" for p in problems)
            self.problems_label.setText(self.tr("To complete this step:") + "\n" + lines)
        else:
            self.problems_label.setText(self.tr("This step is complete."))

    # ---- reacting to the user -----------------------------------------------------------------------
    def _after_edit(self) -> None:
        if self._loading:
            return
        self.model.update_status()
        self._show_chosen()
        self._show_problems()
        self.notify_changed()

    def _query_changed(self, text: str) -> None:
        self._enter_pending = False
        self._pending_query = text.strip()
        if len(self._pending_query) < 2:
            self._searching = False
            self.results.clear()
            self.search_status.setText("")
            self._search_timer.stop()
            return
        self._search_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down arrow in the search field goes to the first result, as in a browser's address bar."""
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down and self.results.count()):
            self._focus_results()
            return True
        return super().eventFilter(watched, event)

    def _focus_results(self) -> None:
        self.results.setCurrentRow(max(0, self.results.currentRow()))
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def _search_entered(self) -> None:
        """Enter in the search field: a single result is chosen at once; several, the list gets the
        keyboard (arrows, then Enter); an answer still on its way is handled when it arrives."""
        if self._search_timer.isActive() or self._searching:
            self._enter_pending = True
            return
        if self.results.count() == 1:
            self._choose_item(self.results.item(0))
        elif self.results.count():
            self._focus_results()

    def _start_search(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self._searching = True
        self.search_status.setText(self.tr("Searching…"))
        self._job = workers.Job(_search, self._pending_query)
        self._job.signals.succeeded.connect(self._show_results)
        self._job.signals.failed.connect(self._search_failed)
        workers.start(self._job)

    def _show_results(self, answer) -> None:
        query, found = answer
        if query != self._pending_query:
            return  # a newer search is on its way
        self._searching = False
        self.results.clear()
        kinds = self._kind_labels()
        for territory in found:
            label = official_name_for(territory)
            extra = [kinds.get(territory.kind, "")]
            if territory.kind == AuthorityKind.COMMUNE and territory.departement:
                extra.append(territory.departement)
            extra.append(territory.code)
            item = QListWidgetItem(f"{label}  ({', '.join(e for e in extra if e)})")
            item.setData(Qt.ItemDataRole.UserRole, territory)
            self.results.addItem(item)
        self.search_status.setText(
            self.tr("%n authority(ies) found.", "", len(found))
            if found
            else self.tr("Nothing found. Check the spelling, or enter the authority by hand below.")
        )
        if self._enter_pending:
            self._enter_pending = False
            self._search_entered()

    def _search_failed(self, error: Exception) -> None:
        self._searching = self._enter_pending = False
        self.search_status.setText(
            self.tr("The list of authorities could not be read: %1").replace("%1", str(error))
        )

    def _choose_item(self, item: QListWidgetItem) -> None:
        territory = item.data(Qt.ItemDataRole.UserRole)
        if territory is None:
            return
        self.model.choose(territory)
        self.manual_check.setChecked(False)
        self._fill_titles()
        self._after_edit()

    def _manual_toggled(self, checked: bool) -> None:
        self.manual_box.setVisible(checked)
        if checked and not self._loading:
            self.manual_name.setText(self.plan.authority.name)
            self.manual_name.setFocus()

    def _manual_changed(self, *_args) -> None:
        if self._loading or not self.manual_check.isChecked() or not self.manual_name.text().strip():
            return
        kind = AuthorityKind(self.manual_kind.currentData())
        self.model.set_manual(self.manual_name.text(), kind, self.manual_article.currentData())
        self._fill_titles()
        self._after_edit()

    def _website_changed(self) -> None:
        if self._loading:
            return
        self.website.show_problem(self.model.set_website(self.website.edit.text()))
        self.website.edit.setText(self.plan.authority.website)
        self._after_edit()

    def _contact_changed(self, field: str, text: str, widget: ValidatedLineEdit | None) -> None:
        if self._loading:
            return
        problem = self.model.set_contact(field, text)
        if widget is not None:
            widget.show_problem(problem)
            widget.edit.setText(getattr(self.plan.contact, field))
        self._after_edit()

    def _head_changed(self, *_args) -> None:
        if self._loading:
            return
        self.model.set_head(name=self.head_name.text(), title=self.head_title.currentText())
        self._after_edit()

    def _gender_changed(self, *_args) -> None:
        if self._loading:
            return
        gender = (
            Gender.FEMININE
            if self.gender_f.isChecked()
            else Gender.MASCULINE
            if self.gender_m.isChecked()
            else Gender.UNSPECIFIED
        )
        self.model.set_head(gender=gender)
        self._fill_titles()
        if self.head_title.count() and not self.plan.head.title:
            self.head_title.setCurrentIndex(0)
            self.model.set_head(title=self.head_title.currentText())
        self._after_edit()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), str(Path.home()), self.tr("Images (*.png *.jpg *.jpeg *.svg)")
        )
        if path:
            self.plan.authority.logo_path = path
            self._show_logo()
            self._after_edit()

    def _clear_logo(self) -> None:
        self.plan.authority.logo_path = ""
        self._show_logo()
        self._after_edit()


def official_name_for(territory) -> str:
    from exitplanner.territories import grammar

    return grammar.official_name(territory)
