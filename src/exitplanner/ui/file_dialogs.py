"""Where the export dialogs start, and the extension a typed name gets: shared by the pages.

Exports (press release, calendar, decision memo, imported templates) start in the user's Documents
folder: the home folder on Windows, or the app's data folder hidden under AppData, is not where a
communication officer looks for a file she is about to send. (Plan files follow their own rule:
main_window, DESIGN §3.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's Documents folder, else the home folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home())


def with_suffix(name: str, suffix: str) -> str:
    """A name typed without extension gets one (« .pdf »): a file « note » would not open in a PDF reader."""
    return name if Path(name).suffix else name + suffix
