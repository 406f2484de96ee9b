"""``exitplanner record ARCHIVE OUTDIR``: write the archive of record of an X archive without a screen.

OUTDIR is the folder to create (it must not exist, or be empty). A progress line is kept up to
date on stderr; the result (folder, SHA-256 of the original and of the tag manifest) goes to
stdout. Bad input or a write failure: one translated line on stderr and exit code 2;
interrupted (Ctrl+C): the partial folder is removed and the exit code is 130.
"""

from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from exitplanner.progress import Cancelled, Progress

HELP = QT_TRANSLATE_NOOP("cli", "Write the archive of record (BagIt folder) of an X archive")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "archive",
        help=QCoreApplication.translate("cli", "the X archive zip, or the folder it was extracted to"),
    )
    parser.add_argument(
        "outdir", help=QCoreApplication.translate("cli", "the folder to create (must not exist yet)")
    )
    parser.add_argument(
        "--producer",
        default="",
        help=QCoreApplication.translate("cli", "official name of the producing authority, for bag-info.txt "
                                               "and the accompanying note"),
    )


class ProgressLine:
    """One line on stderr rewritten in place, at most ten times a second."""

    def __init__(self, stream=sys.stderr) -> None:
        self.stream = stream
        self.last = 0.0
        self.width = 0

    def __call__(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if now - self.last < 0.1 and not (total and done >= total):
            return
        self.last = now
        percent = f" {100 * done // total:3d} %" if total else ""
        text = f"{message}{percent}"
        self.stream.write("\r" + text.ljust(self.width))
        self.width = len(text)
        self.stream.flush()

    def end(self) -> None:
        if self.width:
            self.stream.write("\n")
            self.stream.flush()


def run(args: argparse.Namespace) -> int:
    from PySide6.QtGui import QGuiApplication

    from exitplanner import i18n
    from exitplanner.gui_app import ensure_gui_app
    from exitplanner.record import RecordError, export_record
    from exitplanner.xarchive.errors import XArchiveError

    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        ensure_gui_app()  # the note's PDF needs QtGui: this replaces the command line's QCoreApplication
        i18n._installed.clear()  # the translators went with the QCoreApplication they belonged to
        i18n.install_translators(i18n.choose_language(getattr(args, "lang", None)))
    line = ProgressLine()
    try:
        result = export_record(args.archive, args.outdir, Progress(line), producer=args.producer)
    except (XArchiveError, RecordError) as error:
        line.end()
        print(str(error).replace("\n", " "), file=sys.stderr)
        return 2
    except (KeyboardInterrupt, Cancelled):
        line.end()
        print(QCoreApplication.translate("cli", "Interrupted."), file=sys.stderr)
        return 130
    line.end()
    print(QCoreApplication.translate("cli", "Archive of record written: %1")
          .replace("%1", str(result.folder)))
    print(QCoreApplication.translate("cli", "Posts: %1, media files: %2")
          .replace("%1", str(result.posts)).replace("%2", str(result.media_files)))
    if result.original_sha256:
        print(QCoreApplication.translate("cli", "SHA-256 of the original archive: %1")
              .replace("%1", result.original_sha256))
    print(QCoreApplication.translate("cli", "SHA-256 of the tag manifest: %1")
          .replace("%1", result.tagmanifest_sha256))
    return 0
