"""Alt+letter shortcuts: on a page, each letter leads to one field only, and never hides the menus
(Alt+F Fichier, Alt+L Langue, Alt+A Aide) nor Back/Next. A radio button that shares Alt+F with the
File menu is *checked* by Alt+F: the user meaning to open the menu changed the plan instead."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from exitplanner.plan.model import StepId
from exitplanner.steps.decision import DecisionModel, Strategy

CHECKED = (StepId.AUTHORITY, StepId.DECISION, StepId.PRESS, StepId.EXECUTION)


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(window, step: StepId) -> dict[str, list[str]]:
    page = window.pages[step]
    window.show_step(step)
    if step == StepId.AUTHORITY:
        page.manual_check.setChecked(True)  # the hand-typed fields too
    taken: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        taken[_letter(action.text())].append("menu " + action.text())
    for button in (window.back_button, window.next_button):
        taken[_letter(button.text())].append("bar " + button.text())
    for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
        if widget.isVisibleTo(page) and _letter(widget.text()):
            taken[_letter(widget.text())].append(widget.text())
    taken.pop(None, None)
    return {letter: texts for letter, texts in taken.items() if len(texts) > 1}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_alt_letters_are_unique_on_each_page(demo_window, language):
    DecisionModel(demo_window.plan).choose(Strategy.DELETE_POSTS, "La maire", "Modération absente")
    if language == "en":
        demo_window.set_language("en")
    try:
        found = {step.value: _clashes(demo_window, step) for step in CHECKED}
    finally:
        demo_window.set_language("fr")
    assert not any(found.values()), found


def test_no_page_takes_the_menus_or_back_next_letters_in_french(demo_window):
    """Every step, French interface: Alt+F, Alt+L, Alt+A open the menus, Alt+P and Alt+S go back and on."""
    DecisionModel(demo_window.plan).choose(Strategy.DELETE_POSTS, "La maire", "Modération absente")
    reserved = {_letter(a.text()) for a in demo_window.menuBar().actions()}
    reserved |= {_letter(b.text()) for b in (demo_window.back_button, demo_window.next_button)}
    assert reserved == {"f", "l", "a", "p", "s"}
    found = {}
    for step in StepId:
        demo_window.show_step(step)
        page = demo_window.pages[step]
        taken = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)
                 if w.isVisibleTo(page) and _letter(w.text()) in reserved]
        if taken:
            found[step.value] = taken
    assert not found, found



def _all_letters(window, root) -> dict[str, list[str]]:
    """Every Alt+letter under ``root``, shown or not yet (a verification's problems, a running task's
    Cancel appear later and must not then steal a letter), with the menus' and Back/Next's."""
    taken: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        taken[_letter(action.text())].append("menu " + action.text())
    for button in (window.back_button, window.next_button):
        taken[_letter(button.text())].append("bar " + button.text())
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        taken[_letter(widget.text())].append(widget.text())
    taken.pop(None, None)
    return {letter: texts for letter, texts in taken.items() if len(texts) > 1}


def _roots(window, step: StepId) -> list:
    """The parts of a page shown together: the whole page, or each tab of step 5 (a hidden tab's
    letters are inactive, so Bluesky and Mastodon may share letters)."""
    page = window.pages[step]
    window.show_step(step)
    if step == StepId.NETWORKS:
        return [page.tabs.widget(index) for index in range(page.tabs.count())]
    return [page]


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("step", [StepId.INVENTORY, StepId.RECORD, StepId.NETWORKS])
def test_letters_are_unique_shown_or_hidden(demo_window, language, step):
    if language == "en":
        demo_window.set_language("en")
    try:
        found = [_all_letters(demo_window, root) for root in _roots(demo_window, step)]
    finally:
        demo_window.set_language("fr")
    assert not any(found), found


def test_an_image_caption_leads_to_its_choose_button(demo_window, qtbot):
    """The picker has no focus proxy (it put the picker after Next in Qt's focus chain): the caption's
    buddy is the Choose button itself, so Alt+letter still lands there."""
    from exitplanner.ui.pages.networks import ImagePicker

    page = demo_window.pages[StepId.NETWORKS]
    demo_window.show_step(StepId.NETWORKS)
    pickers = page.findChildren(ImagePicker)
    assert pickers and all(picker.focusProxy() is None for picker in pickers)
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    assert all(picker.choose in buddies for picker in pickers)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_account_dialog_letters_are_unique(demo_window, language):
    """A modal dialog of its own: the menus are out of reach, but two fields must not share a letter
    (French « Dernière activité » and « détenus par » both had Alt+D, « Usage » and « Récupération »
    Alt+U)."""
    from exitplanner.plan.model import Account
    from exitplanner.ui.pages.inventory import AccountDialog

    if language == "en":
        demo_window.set_language("en")
    try:
        dialog = AccountDialog(Account(), demo_window.pages[StepId.INVENTORY], new=True)
        letters = [_letter(label.text()) for label in dialog.findChildren(QLabel) if _letter(label.text())]
        dialog.deleteLater()
    finally:
        demo_window.set_language("fr")
    assert len(letters) >= 10 and len(set(letters)) == len(letters), letters
