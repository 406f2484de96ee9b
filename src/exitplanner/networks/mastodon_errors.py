"""Mastodon.py's exceptions turned into our typed, translated errors (:mod:`exitplanner.networks.errors`).

Mastodon.py raises with the status code but drops what we need to help the user: the field named in a
422's ``details`` (its message is in the instance's language, possibly Japanese) and the rate-limit
headers of a 429. A ``requests`` response hook (:class:`ResponseRecorder`) keeps them for the mapping.
"""

from __future__ import annotations

import contextlib
import email.utils
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import requests
from mastodon.errors import (
    MastodonAPIError,
    MastodonError,
    MastodonNetworkError,
    MastodonNotFoundError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)
from PySide6.QtCore import QCoreApplication

from exitplanner.networks.errors import (
    AuthError,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    Unreachable,
    ValidationError,
)


class ResponseRecorder:
    """A ``requests`` hook that remembers the last answer: Mastodon.py drops the 422 ``details`` and the
    rate-limit headers when it raises, and we need both to say something useful."""

    def __init__(self) -> None:
        self.status: int = 0
        self.headers: dict[str, str] = {}
        self.body: Any = None

    def __call__(self, response: requests.Response, *args: Any, **kwargs: Any) -> requests.Response:
        self.status = response.status_code
        self.headers = dict(response.headers)
        self.body = None
        if not response.ok:
            with contextlib.suppress(ValueError):
                self.body = response.json()
        return response

    def retry_after(self, now: float | None = None) -> float | None:
        now = time.time() if now is None else now
        headers = {k.lower(): v for k, v in self.headers.items()}
        value = headers.get("retry-after")
        if value:
            if value.strip().isdigit():
                return float(value.strip())
            with contextlib.suppress(TypeError, ValueError):
                return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - now)
        reset = headers.get("x-ratelimit-reset")
        if reset:
            with contextlib.suppress(ValueError):
                moment = datetime.fromisoformat(reset.replace("Z", "+00:00"))
                if moment.tzinfo is None:
                    moment = moment.replace(tzinfo=UTC)
                return max(0.0, moment.timestamp() - now)
        return None

    def invalid_field(self) -> str | None:
        details = self.body.get("details") if isinstance(self.body, dict) else None
        if isinstance(details, dict) and details:
            return str(next(iter(details)))
        return None


def status_of(exc: MastodonAPIError) -> int | None:
    args = getattr(exc, "args", ())
    return args[1] if len(args) > 1 and isinstance(args[1], int) else None


def map_error(exc: Exception, recorder: ResponseRecorder | None = None) -> Exception:
    """Turn a Mastodon.py (or requests) exception into one of our typed, translated errors."""
    if isinstance(exc, MastodonRatelimitError):
        return RateLimited(recorder.retry_after() if recorder else None)
    if isinstance(exc, MastodonUnauthorizedError):
        return AuthError(
            QCoreApplication.translate(
                "Mastodon",
                "The Mastodon server no longer accepts this connection. Please connect the account again.",
            )
        )
    if isinstance(exc, MastodonNotFoundError):
        return NotFound(
            QCoreApplication.translate("Mastodon", "The Mastodon server does not know this account or item.")
        )
    if isinstance(exc, MastodonServerError):
        return ServerError(
            QCoreApplication.translate(
                "Mastodon", "The Mastodon server is having trouble (error %1). Please try again later."
            ).replace("%1", str(status_of(exc) or ""))
        )
    if isinstance(exc, MastodonAPIError):
        status = status_of(exc)
        if status == 422:
            return ValidationError((recorder.invalid_field() if recorder else None) or "unknown", None, None)
        if status == 403:
            return PermissionDenied(
                QCoreApplication.translate(
                    "Mastodon", "The Mastodon server refused this action for this account (access denied)."
                )
            )
        if status == 429:  # only when Mastodon.py did not do rate limiting for this call
            return RateLimited(recorder.retry_after() if recorder else None)
        return ServerError(
            QCoreApplication.translate(
                "Mastodon",
                "The Mastodon server gave an unexpected answer (%1).",
            ).replace(
                "%1", str(status or "?")
            )
        )
    if isinstance(exc, (MastodonNetworkError, requests.RequestException, OSError)):
        return Unreachable(
            QCoreApplication.translate(
                "Mastodon",
                "The Mastodon server cannot be reached. Check the address and the Internet connection.",
            )
        )
    return ServerError(
        QCoreApplication.translate("Mastodon", "The Mastodon server gave an unexpected answer (%1).").replace(
            "%1", type(exc).__name__
        )
    )


@contextlib.contextmanager
def mapped(recorder: ResponseRecorder | None = None) -> Iterator[None]:
    try:
        yield
    except (MastodonError, requests.RequestException) as exc:
        raise map_error(exc, recorder) from exc


def new_session(recorder: ResponseRecorder) -> requests.Session:
    session = requests.Session()
    session.hooks["response"].append(recorder)
    return session
