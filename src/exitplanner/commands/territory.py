"""``exitplanner territory NAME [--json] [--limit N] [--kind KIND]``: look up French authorities.

For each match: code, type, official name, the « de » and « à » forms and the head's title in
both genders, from the same functions step 1 and the press release use; so support can check
what the app will write for a given authority without opening it. No match: one translated line
on stderr and exit code 1.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from exitplanner.plan.model import AuthorityKind

HELP = QT_TRANSLATE_NOOP("cli", "Look up French authorities: code, official name, de/à forms, titles")

_KIND_CHOICES = ("commune", "departement", "region", "epci", "other")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "name",
        nargs="+",
        help=QCoreApplication.translate("cli", "name, postal code or INSEE code (several words allowed)"),
    )
    parser.add_argument(
        "--json", action="store_true", help=QCoreApplication.translate("cli", "print the matches as JSON")
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=10,
        help=QCoreApplication.translate("cli", "maximum number of matches (default 10)"),
    )
    parser.add_argument(
        "--kind",
        choices=_KIND_CHOICES,
        action="append",
        help=QCoreApplication.translate("cli", "only this kind of authority (repeatable)"),
    )


def kind_label(territory) -> str:
    """The translated type of an authority, as the CLI and the GUI list show it."""
    if territory.kind == AuthorityKind.COMMUNE and getattr(territory, "parent", ""):
        return QCoreApplication.translate("territory", "municipal district")
    labels = {
        AuthorityKind.COMMUNE: QCoreApplication.translate("territory", "commune"),
        AuthorityKind.DEPARTEMENT: QCoreApplication.translate("territory", "department"),
        AuthorityKind.REGION: QCoreApplication.translate("territory", "region"),
        AuthorityKind.EPCI: QCoreApplication.translate("territory", "EPCI"),
        AuthorityKind.OTHER: QCoreApplication.translate("territory", "overseas collectivity"),
    }
    return labels.get(territory.kind, str(territory.kind))


def describe(territory) -> dict:
    """The JSON-able description of one authority (keys documented in ``exitplanner territory --help``)."""
    from exitplanner.plan.model import Gender
    from exitplanner.territories import grammar, titles

    forms = grammar.forms_of(territory)
    return {
        "code": territory.code,
        "kind": territory.kind.value,
        "name": territory.name,
        "official_name": grammar.official_name(territory),
        "de": forms.de,
        "a": forms.a,
        "population": territory.population,
        "departement": territory.departement,
        "postal_codes": list(territory.postal_codes),
        "titles": {
            "f": titles.title_for(territory, Gender.FEMININE).full,
            "m": titles.title_for(territory, Gender.MASCULINE).full,
        },
    }


def run(args: argparse.Namespace) -> int:
    from exitplanner.territories.data import ResourceError
    from exitplanner.territories.search import search

    query = " ".join(args.name).strip()
    try:
        found = search(query, limit=max(1, args.limit), kinds=set(args.kind) if args.kind else None)
    except ResourceError:
        print(
            QCoreApplication.translate(
                "territory", "The list of authorities shipped with the app cannot be read; reinstall it."
            ),
            file=sys.stderr,
        )
        return 2
    if not found:
        print(
            QCoreApplication.translate("territory", "No French authority matches “%1”.").replace("%1", query),
            file=sys.stderr,
        )
        return 1
    _utf8_stdout()
    described = [describe(t) for t in found]
    if args.json:
        json.dump(described, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for territory, item in zip(found, described, strict=True):
        columns = [
            item["code"],
            kind_label(territory),
            item["official_name"],
            item["de"],
            item["a"],
            item["titles"]["f"],
            item["titles"]["m"],
        ]
        sys.stdout.write("  ".join(columns) + "\n")
    return 0


def _utf8_stdout() -> None:
    """Accents must not crash a Windows console with a legacy code page."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")
