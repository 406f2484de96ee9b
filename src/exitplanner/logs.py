"""The app's log file: rotated, in the platform's log folder, and never holding a secret.

Support asks users for this file, so it must be safe to send: a :class:`RedactingFilter` on the
file handler blanks out app passwords, bearer tokens, ``Authorization`` headers, JWTs, OAuth
codes, ``password=…`` / ``client_secret=…`` pairs (see ``exitplanner.redact``) from the message,
from its arguments (by formatting them first) and from the exception and stack text, before
anything is written. Defence in depth: the network clients already keep secrets out of messages.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from exitplanner import paths
from exitplanner.redact import redact

LOG_FILE_NAME = "exitplanner.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_MARK = "_exitplanner_handler"


class RedactingFilter(logging.Filter):
    """Rewrites each record so that no recognised secret survives in any part of it."""

    def __init__(self) -> None:
        super().__init__()
        self._exception_formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record, nor leak its args raw
            message = f"{record.msg!s} (unformattable arguments)"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._exception_formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def log_file() -> Path:
    return paths.user_log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's logs (root logger) to the rotated log file; returns its path.

    Returns ``None`` when the log folder cannot be created (read-only profile): the app then runs
    without a log file instead of failing to start.

    Calling it again only changes the level, unless the log folder changed (another
    ``EXITPLANNER_HOME``), in which case the handler is moved to the new file.
    """
    root = logging.getLogger()
    try:
        path = log_file()
    except OSError as exc:  # no writable log folder: run without a log file rather than not at all
        logging.getLogger(__name__).warning("no log file: %s", type(exc).__name__)
        return None

    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            if Path(handler.baseFilename) == path.absolute():
                handler.setLevel(level)
                root.setLevel(level)
                return path
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    setattr(handler, _MARK, True)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return path
