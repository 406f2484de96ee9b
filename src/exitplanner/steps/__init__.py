"""Plain models behind the wizard pages: what each page shows, edits and validates, without Qt widgets.

The ``ui`` pages are thin views over these, so the behaviour a communication officer relies on
(what counts as done, which fields are invalid, how an account row is edited) is unit-tested
without a screen.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from exitplanner.plan.model import StepId

# Titles and one-line summaries of the seven steps (DESIGN §2), translated where displayed.
STEP_TITLES: dict[StepId, str] = {
    StepId.AUTHORITY: QT_TRANSLATE_NOOP("steps", "Authority"),
    StepId.INVENTORY: QT_TRANSLATE_NOOP("steps", "Inventory and audit"),
    StepId.RECORD: QT_TRANSLATE_NOOP("steps", "Archive of record"),
    StepId.DECISION: QT_TRANSLATE_NOOP("steps", "Decision"),
    StepId.NETWORKS: QT_TRANSLATE_NOOP("steps", "New accounts"),
    StepId.PRESS: QT_TRANSLATE_NOOP("steps", "Press release"),
    StepId.EXECUTION: QT_TRANSLATE_NOOP("steps", "Execution and follow-up"),
}

STEP_SUMMARIES: dict[StepId, str] = {
    StepId.AUTHORITY: QT_TRANSLATE_NOOP(
        "steps", "Who is leaving X: the authority, its website, its press contact and its elected head."
    ),
    StepId.INVENTORY: QT_TRANSLATE_NOOP(
        "steps", "Every account of the authority on every network, who holds it and what to do with it."
    ),
    StepId.RECORD: QT_TRANSLATE_NOOP(
        "steps",
        "Before anything is deleted: a verifiable copy of every post that the archives service can take "
        "as it is (BagIt folder, HTML copy, CSV and JSON, accompanying note), and the visa of the "
        "Archives départementales.",
    ),
    StepId.DECISION: QT_TRANSLATE_NOOP(
        "steps",
        "Delete the account, delete only the posts or leave the account dormant: the consequences of "
        "each option side by side, and the choice recorded with its date, who validated it and why.",
    ),
    StepId.NETWORKS: QT_TRANSLATE_NOOP(
        "steps",
        "Connect the Bluesky and Mastodon accounts, set up their profiles, verify them with the "
        "official website and compose the first post.",
    ),
    StepId.PRESS: QT_TRANSLATE_NOOP(
        "steps",
        "Draft the press release from templates filled with the plan, and the short announcement "
        "posts; export PDF, ODT, DOCX and plain text.",
    ),
    StepId.EXECUTION: QT_TRANSLATE_NOOP(
        "steps",
        "A checklist with dates for the chosen strategy, the X clean-up run and the decision memo "
        "for the elected officials.",
    ),
}
