"""Step 2 on a 1366×768 laptop at 125 % (a 1093×590 window): the accounts table takes the first
screen's spare height, a long address no longer pushes the columns after it off screen, and the
account dialog shows its hints whole."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from exitplanner.plan.model import Account, StepId
from exitplanner.steps.inventory import COLUMNS
from exitplanner.ui.pages.inventory import AccountDialog


def _column(key: str) -> int:
    return next(index for index, column in enumerate(COLUMNS) if column.key == key)


def test_table_fills_the_first_screen_and_purpose_stays_in_view(demo_window, qtbot):
    demo_window.resize(1093, 590)
    demo_window.show_step(StepId.INVENTORY)
    page = demo_window.pages[StepId.INVENTORY]
    page.inventory.accounts[0].url = "https://www.facebook.com/" + "tres-long-nom-de-page-" * 6
    page.load()
    viewport = page.body_layout.parentWidget().parentWidget()
    qtbot.waitUntil(lambda: page.table.height() > page.fontMetrics().height() * 14, timeout=2000)
    bottom = page.table.mapTo(viewport, page.table.rect().bottomLeft()).y()
    assert bottom <= viewport.height()  # the whole table is on the first screen
    assert page.table.height() >= viewport.height() // 2
    purpose = _column("purpose")
    right = page.table.columnViewportPosition(purpose) + page.table.columnWidth(purpose)
    assert right <= page.table.viewport().width()


def test_account_dialog_shows_its_hints_whole(demo_window, qtbot):
    dialog = AccountDialog(Account(), demo_window.pages[StepId.INVENTORY], new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hinted = [edit for edit in dialog.findChildren(QLineEdit) if edit.placeholderText()]
    assert len(hinted) >= 4
    for edit in hinted:
        assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16, \
            edit.placeholderText()
    assert dialog.width() <= 1093  # still fits a 1366×768 screen at 125 %
