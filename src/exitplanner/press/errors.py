"""Typed errors of the press release step, each carrying a translated, user-facing message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class PressError(Exception):
    """Base class: ``str(error)`` is a message for the user, in the interface language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class TemplateNotFound(PressError):
    def __init__(self, template_id: str) -> None:
        super().__init__(QCoreApplication.translate("press", "There is no press release template named “%1”.")
                         .replace("%1", template_id))
        self.template_id = template_id


class TemplateError(PressError):
    """A template that cannot be read or rendered; ``line`` is 1-based, or None when unknown."""

    def __init__(self, template_id: str, detail: str, line: int | None = None) -> None:
        if line is None:
            message = QCoreApplication.translate("press", "The template “%1” cannot be used: %2")
        else:
            message = QCoreApplication.translate("press", "The template “%1” has an error on line %3: %2")
        super().__init__(message.replace("%1", template_id).replace("%2", detail).replace("%3", str(line)))
        self.template_id = template_id
        self.detail = detail
        self.line = line


class ExportError(PressError):
    """Writing an export file failed (disk full, folder missing, no permission)."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(QCoreApplication.translate("press", "Could not write “%1”: %2")
                         .replace("%1", path).replace("%2", detail))
        self.path = path


class TemplateImportError(PressError):
    """A file offered as a user template was refused (too big, not text, broken); nothing was copied."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(QCoreApplication.translate("press", "“%1” was not imported: %2")
                         .replace("%1", path).replace("%2", reason))
        self.path = path
        self.reason = reason
