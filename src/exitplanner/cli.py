"""The ``exitplanner`` command: the GUI by default, sub-commands over the same core.

``exitplanner [--demo] [--lang fr|en] [PLAN]`` opens the app; ``exitplanner <command> …`` runs
a sub-command without a screen (scripting, support, checks). Sub-commands live in
``exitplanner.commands`` and are imported only when used so that the GUI starts fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP

from exitplanner import __version__
from exitplanner.commands import COMMANDS, load

# argparse's own words go through gettext, which has no French catalogue here: route the ones a
# user meets (help headings, errors) through our translation file instead.
ARGPARSE_STRINGS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
)


_language: str | None = None


def _t(text: str) -> str:
    """A ``cli`` string (marked with QT_TRANSLATE_NOOP) in the chosen language."""
    from exitplanner.i18n import direct_translate

    return direct_translate("cli", text, _language)


def _translate_argparse(language: str | None) -> None:
    from exitplanner.i18n import direct_translate

    global _language
    _language = language
    known = set(ARGPARSE_STRINGS)
    argparse._ = lambda text: direct_translate("argparse", text, language) if text in known else text


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="exitplanner",
        description=_t(QT_TRANSLATE_NOOP("cli", "Plan and carry out a local authority's departure from X.")),
        epilog=_t(QT_TRANSLATE_NOOP("cli", "Commands (exitplanner COMMAND --help for details): %1")).replace(
            "%1", ", ".join(COMMANDS)
        ),
    )
    parser.add_argument("--version", action="version", version=f"exitplanner {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_t(QT_TRANSLATE_NOOP("cli", "open the demo plan of a fictional commune")),
    )
    parser.add_argument(
        "--lang",
        choices=["fr", "en"],
        help=_t(QT_TRANSLATE_NOOP("cli", "interface language (remembered)")),
    )
    parser.add_argument("plan", nargs="?", help=_t(QT_TRANSLATE_NOOP("cli", "plan file to open")))
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_t(QT_TRANSLATE_NOOP("cli", "check this installation without a window, then quit")),
    )
    return parser


def _lang_from(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _translate_argparse(_lang_from(argv))
    if argv and argv[0] in COMMANDS:
        from exitplanner.i18n import ensure_core_app

        ensure_core_app(_lang_from(argv))
        module = load(argv[0])
        parser = argparse.ArgumentParser(
            prog=f"exitplanner {argv[0]}", description=_t(module.HELP)
        )
        parser.add_argument(
            "--lang", choices=["fr", "en"], help=_t(QT_TRANSLATE_NOOP("cli", "interface language"))
        )
        module.configure(parser)
        args = parser.parse_args(argv[1:])
        return int(module.run(args) or 0)

    args = _gui_parser().parse_args(argv)
    if args.self_test:
        from exitplanner.selftest import run_self_test

        return run_self_test()
    from exitplanner.app import run_gui

    return run_gui(plan_path=args.plan, demo=args.demo, language=args.lang)
