"""The log file: where it goes, rotation, idempotence, and no secret ever written."""

from __future__ import annotations

import logging
import logging.handlers

import pytest

from exitplanner import paths
from exitplanner.logs import BACKUP_COUNT, MAX_BYTES, setup_logging
from exitplanner.redact import REDACTED, redact

APP_PASSWORD = "abcd-efgh-ijkl-mnop"
JWT = "eyJhbGciOiJFUzI1NksifQ.eyJzY29wZSI6ImNvbS5hdHByb3RvLmFjY2VzcyJ9.ZmFrZS1zaWduYXR1cmUtYnl0ZXM"
TOKEN = "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA"
SECRETS = [APP_PASSWORD, JWT, TOKEN, "hunter2", "s3cr3t-client", "AUTHCODE42", "verifier-xyz"]


def our_handlers():
    return [h for h in logging.getLogger().handlers if getattr(h, "_exitplanner_handler", False)]


@pytest.fixture
def log_path():
    saved_level = logging.getLogger().level
    path = setup_logging(logging.DEBUG)
    yield path
    for handler in our_handlers():
        logging.getLogger().removeHandler(handler)
        handler.close()
    logging.getLogger().setLevel(saved_level)
    logging.captureWarnings(False)


def flushed_text(path):
    for handler in our_handlers():
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_log_file_location_rotation_and_idempotence(log_path):
    assert log_path == paths.user_log_dir() / "exitplanner.log"
    assert setup_logging(logging.INFO) == log_path
    handlers = our_handlers()
    assert len(handlers) == 1
    handler = handlers[0]
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (MAX_BYTES, BACKUP_COUNT) == (1_000_000, 5)
    assert handler.level == logging.INFO
    logging.getLogger("exitplanner.test").info("hello é")
    assert "hello é" in flushed_text(log_path)


def test_a_new_log_folder_moves_the_handler(log_path, tmp_path, monkeypatch):
    monkeypatch.setenv("EXITPLANNER_HOME", str(tmp_path / "other"))
    new_path = setup_logging()
    assert new_path != log_path and len(our_handlers()) == 1
    logging.getLogger("exitplanner.test").warning("moved")
    assert "moved" in flushed_text(new_path)


def test_secrets_in_messages_and_arguments_never_reach_the_file(log_path):
    log = logging.getLogger("exitplanner.networks.test")
    log.info("login with app password %s", APP_PASSWORD)
    log.info("headers: %s", {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"})
    log.info("session %r", {"accessJwt": JWT, "handle": "ville.bsky.social"})
    log.debug("POST /token grant_type=authorization_code&code=AUTHCODE42&client_secret=s3cr3t-client"
              "&code_verifier=verifier-xyz")
    log.warning("redirect http://127.0.0.1:8765/callback?state=abc&code=AUTHCODE42")
    log.info("Authorization: Bearer %s", TOKEN)
    log.info("url https://user:hunter2@example.org/x and password=hunter2")
    log.info("json %s", '{"refresh_token": "' + TOKEN + '", "password": "hunter2"}')
    log.info("bad format %s %s", APP_PASSWORD)  # a broken call must neither crash nor leak
    text = flushed_text(log_path)
    for secret in SECRETS:
        assert secret not in text
    assert text.count(REDACTED) >= 10
    assert "ville.bsky.social" in text and "application/json" in text and "state=abc" in text


def test_secret_in_an_exception_never_reaches_the_file(log_path):
    log = logging.getLogger("exitplanner.test")
    try:
        raise RuntimeError(f"login refused for app password {APP_PASSWORD} with token {JWT}")
    except RuntimeError:
        log.exception("Bluesky login failed")
    try:
        try:
            raise ValueError(f"Authorization: Bearer {TOKEN}")
        except ValueError as inner:
            raise KeyError("password=hunter2") from inner
    except KeyError:
        log.error("chained", exc_info=True, stack_info=True)
    text = flushed_text(log_path)
    assert "Traceback" in text and "RuntimeError" in text and "Bluesky login failed" in text
    for secret in SECRETS:
        assert secret not in text


def test_warnings_are_logged(log_path):
    import warnings

    warnings.warn(f"deprecated, token={TOKEN}", DeprecationWarning, stacklevel=1)
    text = flushed_text(log_path)
    assert "deprecated" in text and TOKEN not in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("code: 75056", "code: 75056"),  # an INSEE code is not an OAuth code
        ("sha256 e3b0c44298fc1c149afbf4c8996fb924", "sha256 e3b0c44298fc1c149afbf4c8996fb924"),
        ("date 2026-01-02", "date 2026-01-02"),
        ("uuid 123e4567-e89b-12d3-a456-426614174000", "uuid 123e4567-e89b-12d3-a456-426614174000"),
        ("tokens used: 3", "tokens used: 3"),
        ("'password': 'correct horse battery'", f"'password': '{REDACTED}'"),
        ("pass abcd-1234-efgh-5678 now", f"pass {REDACTED} now"),
        ("Bearer abc", f"Bearer {REDACTED}"),
        ("Authorization: Basic dXNlcjpwYXNz", f"Authorization: {REDACTED}"),
    ],
)
def test_redact(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "hostile",
    ["a-" * 20000, "a" * 40000 + "=", "password=" * 5000, "://a:" * 8000, "abcd-" * 8000, "eyJa." * 8000],
)
def test_redact_stays_linear_on_long_hostile_text(hostile):
    # A quadratic pattern took 40 s on 20 000 "a-"; the whole set must pass in well under a second.
    redact(hostile)


def test_an_unwritable_log_folder_does_not_stop_the_app(tmp_path, monkeypatch):
    blocker = tmp_path / "home"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("EXITPLANNER_HOME", str(blocker))
    before = list(logging.getLogger().handlers)
    assert setup_logging() is None
    assert logging.getLogger().handlers == before
