"""``exitplanner memo (PLAN | --demo) -o FILE.pdf``: write the note de décision for the elected officials.

The same PDF as the « Export the decision memo » button of step 7, for scripting and support.
Exit codes: 0 written, 2 bad input (plan unreadable, file not writable).
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

HELP = QT_TRANSLATE_NOOP("cli", "Write the decision memo (PDF) for the elected officials")


def configure(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("plan", nargs="?", help=QCoreApplication.translate("cli", "plan file"))
    source.add_argument("--demo", action="store_true",
                        help=QCoreApplication.translate("cli", "use the demo plan"))
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help=QCoreApplication.translate("cli", "the PDF file to write"))


def run(args: argparse.Namespace) -> int:
    from PySide6.QtGui import QGuiApplication

    from exitplanner import i18n
    from exitplanner.gui_app import ensure_gui_app
    from exitplanner.memo import MemoError, write_memo
    from exitplanner.plan.errors import PlanError

    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        ensure_gui_app()  # the PDF needs QtGui: this replaces the command line's QCoreApplication
        i18n._installed.clear()  # the translators went with the QCoreApplication they belonged to
        i18n.install_translators(i18n.choose_language(getattr(args, "lang", None)))
    try:
        if args.demo:
            from exitplanner.plan.demo import demo_plan

            plan = demo_plan()
        else:
            from exitplanner.plan.storage import load_plan

            plan = load_plan(args.plan)
        path = write_memo(plan, args.output)
    except (PlanError, MemoError) as error:
        message = error.message if isinstance(error, MemoError) else str(error)
        print(message.replace("\n", " "), file=sys.stderr)
        return 2
    print(QCoreApplication.translate("cli", "Decision memo written: %1").replace("%1", str(path)))
    return 0
