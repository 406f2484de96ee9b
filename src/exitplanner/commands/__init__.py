"""Sub-commands of the ``exitplanner`` command line, one module each, imported only when used.

Each module exposes ``HELP = QT_TRANSLATE_NOOP("cli", "One-line English summary")`` (so lupdate sees it),
``configure(parser: argparse.ArgumentParser) -> None`` and ``run(args: argparse.Namespace) -> int``.
Keeping them lazy keeps ``exitplanner`` (the GUI) fast to start.
"""

from __future__ import annotations

import importlib
from types import ModuleType

COMMANDS: dict[str, str] = {
    "territory": "exitplanner.commands.territory",
    "press": "exitplanner.commands.press",
    "audit": "exitplanner.commands.audit",
    "generate-archive": "exitplanner.commands.generate_archive",
    "record": "exitplanner.commands.record",
    "verify": "exitplanner.commands.verify",
    "cleanup": "exitplanner.commands.cleanup",
    "memo": "exitplanner.commands.memo",
}


def load(name: str) -> ModuleType:
    return importlib.import_module(COMMANDS[name])
