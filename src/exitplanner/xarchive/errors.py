"""Typed errors of the X archive reader, each carrying a user-facing (translated) message.

The GUI shows ``str(error)`` as it is and the command line prints it on one line, so the
message must make sense to a communication officer: what is wrong with the file and what to do,
never a traceback, a byte offset in hex or an internal name. Subclasses let callers (and tests)
tell the cases apart without parsing text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class XArchiveError(Exception):
    """Base of every error raised while reading an X archive."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ArchiveNotFoundError(XArchiveError):
    @classmethod
    def for_path(cls, path: str) -> ArchiveNotFoundError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError", "The archive %1 does not exist or cannot be read."
            ).replace("%1", path)
        )


class NotAnArchiveError(XArchiveError):
    """Not a zip, a truncated download, or a folder that holds no X archive."""

    @classmethod
    def not_zip(cls) -> NotAnArchiveError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "This file is not a valid zip archive (it may be truncated: download it again from X).",
            )
        )

    @classmethod
    def corrupt(cls, name: str) -> NotAnArchiveError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "The archive is damaged: %1 cannot be read (download it again from X).",
            ).replace("%1", name)
        )

    @classmethod
    def no_x_data(cls) -> NotAnArchiveError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "This is not an X archive: no account.js or data/manifest.js was found.",
            )
        )


class UnsafeArchiveError(XArchiveError):
    """Entries that would escape the archive's folder if extracted: traversal names, symlinks."""

    @classmethod
    def bad_name(cls, name: str) -> UnsafeArchiveError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "The archive contains a dangerous file name (%1) and was refused.",
            ).replace("%1", name[:120])
        )

    @classmethod
    def symlink(cls, name: str) -> UnsafeArchiveError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "The archive contains a symbolic link (%1) and was refused.",
            ).replace("%1", name[:120])
        )

    @classmethod
    def duplicate(cls, name: str) -> UnsafeArchiveError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "The archive contains the same file twice (%1) and was refused.",
            ).replace("%1", name[:120])
        )


class ArchiveTooLargeError(XArchiveError):
    """Zip bombs, absurd declared sizes, too many entries."""

    @classmethod
    def bomb(cls, name: str) -> ArchiveTooLargeError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "The file %1 expands far more than a real archive would (possible zip bomb); it was refused.",
            ).replace("%1", name[:120])
        )

    @classmethod
    def too_big(cls, name: str) -> ArchiveTooLargeError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "The file %1 is larger than any real X archive file; it was refused.",
            ).replace("%1", name[:120])
        )

    @classmethod
    def too_many_entries(cls) -> ArchiveTooLargeError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "The archive holds an absurd number of files; it was refused.",
            )
        )


class EncryptedArchiveError(XArchiveError):
    @classmethod
    def for_entry(cls, name: str) -> EncryptedArchiveError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "The archive is password-protected (%1); X archives are not: use the original download.",
            ).replace("%1", name[:120])
        )


class WrongPrefixError(XArchiveError):
    """A data file that does not start with the expected ``window.YTD.<type>.partN =``."""

    @classmethod
    def for_file(cls, name: str, expected: str) -> WrongPrefixError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "The file %1 does not start as an X archive file should (expected %2).",
            )
            .replace("%1", name[:120])
            .replace("%2", expected[:80])
        )


class InvalidJsonError(XArchiveError):
    @classmethod
    def for_file(cls, name: str) -> InvalidJsonError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "The file %1 is damaged: its content is not valid JSON.",
            ).replace("%1", name[:120])
        )


class InvalidEncodingError(XArchiveError):
    @classmethod
    def for_file(cls, name: str) -> InvalidEncodingError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "The file %1 is damaged: it is not valid UTF-8 text.",
            ).replace("%1", name[:120])
        )


class InvalidValueError(XArchiveError):
    """A field with the wrong type or an impossible value (every number is a string in X files)."""

    @classmethod
    def for_field(cls, name: str, field: str) -> InvalidValueError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "The file %1 holds an invalid value in the field %2.",
            )
            .replace("%1", name[:120])
            .replace("%2", field[:60])
        )


class MissingAccountError(XArchiveError):
    @classmethod
    def create(cls) -> MissingAccountError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "The archive has no account.js: it is incomplete or not an X archive.",
            )
        )


class MultipleAccountsError(XArchiveError):
    @classmethod
    def create(cls) -> MultipleAccountsError:
        return cls(
            QCoreApplication.translate(
                "XArchiveError",
                "The archive mixes several accounts; import each account's own archive separately.",
            )
        )
