"""``exitplanner press``: write the press release of a plan (PDF, ODT, DOCX, text, e-mail draft).

``exitplanner press PLAN --format pdf -o communique.pdf`` uses the template matching the plan's
decision; ``--template`` picks another (id or name, see ``--list-templates``), ``--short-versions``
prints the X, Bluesky and Mastodon texts with their counts. PDF export needs Qt's GUI module; on a
machine without a display the offscreen platform is used automatically.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QGuiApplication

HELP = QT_TRANSLATE_NOOP("cli", "Write the press release of a plan (PDF, ODT, DOCX or text)")


def configure(parser: argparse.ArgumentParser) -> None:
    from exitplanner.press.export import FORMATS

    source = parser.add_mutually_exclusive_group()
    source.add_argument("plan", nargs="?", help=QCoreApplication.translate("cli", "plan file"))
    source.add_argument("--demo", action="store_true",
                        help=QCoreApplication.translate("cli", "use the demo plan of a fictional commune"))
    parser.add_argument("--template", metavar="NAME",
                        help=QCoreApplication.translate("cli", "template id or name (default: by decision)"))
    parser.add_argument("--format", choices=FORMATS,
                        help=QCoreApplication.translate("cli", "output format (default: from the file name)"))
    parser.add_argument("-o", "--output", metavar="FILE",
                        help=QCoreApplication.translate("cli", "file to write"))
    parser.add_argument("--list-templates", action="store_true",
                        help=QCoreApplication.translate("cli", "list the available templates"))
    parser.add_argument("--short-versions", action="store_true",
                        help=QCoreApplication.translate(
                            "cli", "print the X, Bluesky and Mastodon texts with their lengths"))
    parser.add_argument("--plain-spaces", action="store_true",
                        help=QCoreApplication.translate(
                            "cli", "no-break spaces instead of narrow ones (fonts without U+202F)"))


def _list_templates() -> int:
    from exitplanner.press.templates import list_templates

    builtin = QCoreApplication.translate("cli", "built-in")
    user = QCoreApplication.translate("cli", "user")
    for info in list_templates():
        print(f"{info.id}\t{info.strategy or '-'}\t{builtin if info.builtin else user}\t{info.name}")
    return 0


def _load(args: argparse.Namespace):
    if args.demo:
        from exitplanner.plan.demo import demo_plan

        return demo_plan()
    from exitplanner.plan.storage import load_plan

    return load_plan(Path(args.plan))


def run(args: argparse.Namespace) -> int:
    from exitplanner.plan.errors import PlanError
    from exitplanner.press.errors import PressError

    if args.list_templates:
        return _list_templates()
    if not args.plan and not args.demo:
        print(QCoreApplication.translate("cli", "Give a plan file or --demo."), file=sys.stderr)
        return 2
    fmt = args.format
    if args.output and not fmt:
        fmt = Path(args.output).suffix.lstrip(".").lower() or None
    if not args.short_versions and not args.output:
        print(QCoreApplication.translate("cli", "Give the file to write with -o FILE."), file=sys.stderr)
        return 2
    from exitplanner.press.export import FORMATS

    if args.output and fmt not in FORMATS:
        message = QCoreApplication.translate("cli", "Unknown format “%1”: use one of %2.")
        print(message.replace("%1", str(fmt)).replace("%2", ", ".join(FORMATS)), file=sys.stderr)
        return 2
    try:
        if fmt in ("pdf", "odt"):
            from exitplanner import i18n
            from exitplanner.gui_app import ensure_gui_app

            if not isinstance(QCoreApplication.instance(), QGuiApplication):
                # The command line's QCoreApplication cannot render text: it is replaced, and the
                # translators it owned go with it, so they are forgotten and installed again.
                ensure_gui_app()
                i18n._installed.clear()
                i18n.install_translators(i18n.choose_language(getattr(args, "lang", None)))
        from exitplanner.press.export import export_release
        from exitplanner.press.model import PressReleaseModel

        plan = _load(args)
        # Without the flag, the plan's own setting (step 6) decides.
        narrow = False if args.plain_spaces else None
        model = PressReleaseModel(plan, template_id=args.template, narrow=narrow)
        if args.template:
            from exitplanner.press.templates import find_template

            model.template_id = find_template(args.template).id
        note = model.strategy_note()
        if note:
            print(note, file=sys.stderr)
        if args.short_versions:
            for network, short in model.short_versions().items():
                print(f"== {network} ({short.length}/{short.limit})")
                print(short.text)
                print()
        if args.output:
            path = export_release(model.release(), fmt, args.output, narrow=not args.plain_spaces)
            print(QCoreApplication.translate("cli", "Press release written to %1").replace("%1", str(path)))
    except (PlanError, PressError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0
