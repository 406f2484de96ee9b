"""What a communication officer meets on a new plan: the search answers the keyboard, the decision
page gives no made-up figures before the archive is imported and follows the other steps, and the
execution page shows the way forward instead of an empty frame."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from exitplanner.plan.demo import demo_plan
from exitplanner.plan.model import Account, Network, StepId
from exitplanner.steps.decision import DecisionModel, Strategy


def test_enter_in_the_search_chooses_a_single_result(window, qtbot):
    page = window.pages[StepId.AUTHORITY]
    window.show_step(StepId.AUTHORITY)
    page.search_edit.setText("Les Lilas")
    QTest.keyClick(page.search_edit, Qt.Key.Key_Return)  # before the answer: handled when it comes
    qtbot.waitUntil(lambda: window.plan.authority.code == "93045", timeout=5000)
    assert "Ville des Lilas" in page.chosen_label.text()


def test_down_or_enter_in_the_search_goes_to_the_results(window, qtbot):
    page = window.pages[StepId.AUTHORITY]
    window.show_step(StepId.AUTHORITY)
    window.activateWindow()
    page.search_edit.setFocus()
    page.search_edit.setText("Hérault")
    qtbot.waitUntil(lambda: page.results.count() > 1, timeout=5000)
    QTest.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert page.results.currentRow() == 0
    qtbot.waitUntil(page.results.hasFocus, timeout=2000)
    QTest.keyClick(page.results, Qt.Key.Key_Return)
    assert window.plan.authority.name  # the département, first in the list
    assert "Hérault" in page.chosen_label.text()


def test_delete_posts_without_archive_gives_no_zero_estimate(window):
    window.show_step(StepId.DECISION)
    page = window.pages[StepId.DECISION]
    text = page.consequence_labels[Strategy.DELETE_POSTS].text()
    assert "0 publication" not in text and "0,00" not in text
    assert "étape 2" in text
    for label in page.consequence_labels.values():
        assert "@…" not in label.text()
        assert "Calendrier\u00a0:" in label.text()


def test_decision_figures_follow_the_inventory_and_the_archive(window, qtbot):
    window.show_step(StepId.DECISION)
    page = window.pages[StepId.DECISION]
    window.show_step(StepId.INVENTORY)
    window.plan.accounts.append(Account(network=Network.X, handle="VilleDesLilas", url="https://x.com/VilleDesLilas"))
    window.plan.sections["x_archive"] = {"summary": {"counts": {"posts": 1500, "likes": 500}}}
    window.show_step(StepId.DECISION)
    text = page.consequence_labels[Strategy.DELETE_POSTS].text()
    assert "1\u202f500 publications" in text
    assert "@VilleDesLilas" in page.consequence_labels[Strategy.DELETE_ACCOUNT].text()


def test_english_figures_and_separator(app):
    from exitplanner import i18n

    plan = demo_plan()
    i18n.install_translators("en")
    try:
        (timeline, *_rest) = DecisionModel(plan).consequences(Strategy.DELETE_POSTS)
        assert "1,500 posts" in timeline.text
    finally:
        i18n.install_translators("fr")
    (timeline, *_rest) = DecisionModel(plan).consequences(Strategy.DELETE_POSTS)
    assert "1\u202f500 publications" in timeline.text


def test_execution_without_decision_shows_no_empty_checklist(window):
    window.show_step(StepId.EXECUTION)
    page = window.pages[StepId.EXECUTION]
    assert "étape 4" in page.strategy_label.text()
    assert not page.box.isVisibleTo(page)
    assert not page.ics_button.isVisibleTo(page)
    DecisionModel(window.plan).choose(Strategy.DORMANT, "La maire", "Modération absente")
    window.show_step(StepId.DECISION)
    window.show_step(StepId.EXECUTION)
    assert page.box.isVisibleTo(page) and page.ics_button.isEnabled()


def test_press_page_follows_a_decision_recorded_after_it_was_built(window):
    window.show_step(StepId.PRESS)
    page = window.pages[StepId.PRESS]
    assert page.strategy_note.isVisibleTo(page)
    window.show_step(StepId.DECISION)
    DecisionModel(window.plan).choose(Strategy.DELETE_POSTS, "La maire", "Modération absente")
    window.show_step(StepId.PRESS)
    assert not page.strategy_note.isVisibleTo(page)
    assert page.model.release.strategy == Strategy.DELETE_POSTS
