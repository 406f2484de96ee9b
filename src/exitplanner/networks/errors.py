"""Typed errors shared by every network client (Bluesky, Mastodon, X).

The UI shows ``error.message`` as it is (French once translated) and decides what to offer from the
type: log in again for :class:`AuthError`, wait for :class:`RateLimited`, check the connection for
:class:`Unreachable`, fix the form field named by :class:`ValidationError`. Messages never contain a
password, a token or a server's raw answer (which may echo one); details for support go to the log.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class NetworkError(Exception):
    """Base of every network client error; ``message`` is user-facing."""

    def __init__(self, message: str | None = None):
        self.message = message or self.default_message()
        super().__init__(self.message)

    @classmethod
    def default_message(cls) -> str:
        return QCoreApplication.translate(
            "NetworkError", "The network service answered with an error. Try again later.")


class AuthError(NetworkError):
    """Credentials refused or session no longer valid: the user must log in again."""

    @classmethod
    def default_message(cls) -> str:
        return QCoreApplication.translate(
            "NetworkError", "The login was refused: check the identifier and the password, then try again.")


class PermissionDenied(NetworkError):
    """Logged in, but this account or token may not do that (scope, app password restrictions)."""

    @classmethod
    def default_message(cls) -> str:
        return QCoreApplication.translate("NetworkError", "The service refused this action for this account.")


class RateLimited(NetworkError):
    """Too many requests; ``retry_after`` is in seconds when the server said it (else None)."""

    def __init__(self, retry_after: float | None = None, message: str | None = None):
        self.retry_after = retry_after
        if message is None and retry_after is not None:
            minutes = max(1, round(retry_after / 60))
            message = QCoreApplication.translate(
                "NetworkError", "Too many requests: the service asks to wait about %n minute(s).", None,
                minutes)
        super().__init__(message)

    @classmethod
    def default_message(cls) -> str:
        return QCoreApplication.translate(
            "NetworkError", "Too many requests: wait a few minutes, then try again.")


class Unreachable(NetworkError):
    """No answer at all (offline, DNS failure, refused connection, timeout, TLS failure)."""

    @classmethod
    def default_message(cls) -> str:
        return QCoreApplication.translate(
            "NetworkError",
            "The service could not be reached. Check the Internet connection (or the proxy), then try again.")


class NotFound(NetworkError):
    """The account, post or record does not exist (or no longer)."""

    @classmethod
    def default_message(cls) -> str:
        return QCoreApplication.translate(
            "NetworkError", "Not found: the account or the publication does not exist or was deleted.")


class ServerError(NetworkError):
    """The server failed or answered something we cannot read."""

    @classmethod
    def default_message(cls) -> str:
        return QCoreApplication.translate(
            "NetworkError", "The service had a problem handling the request. Try again later.")


class ValidationError(NetworkError, ValueError):
    """A value the network would refuse, found before calling it (or refused by it).

    ``field`` names the form field (e.g. ``"display_name"``, ``"images[0].alt"``); ``limit`` and
    ``actual`` are counts in the network's own unit (graphemes, characters, bytes, items) when the
    problem is a size, else None. ``limit`` with ``actual`` 0 means the value is required.
    """

    def __init__(self, field: str, limit: int | None = None, actual: int | None = None,
                 message: str | None = None):
        self.field = field
        self.limit = limit
        self.actual = actual
        if message is None:
            if limit is not None and actual == 0:
                message = QCoreApplication.translate(
                    "NetworkError", "Required value missing (%1).").replace("%1", field)
            elif limit is not None and actual is not None:
                message = (QCoreApplication.translate("NetworkError", "Too long (%1): %2 for at most %3.")
                           .replace("%1", field).replace("%2", str(actual)).replace("%3", str(limit)))
            else:
                message = QCoreApplication.translate(
                    "NetworkError", "Value not accepted by the service (%1).").replace("%1", field)
        super().__init__(message)

    @classmethod
    def default_message(cls) -> str:
        return QCoreApplication.translate("NetworkError", "A value is not accepted by the service.")
