"""The last gate before a plan reaches the disk: nothing that looks like a secret gets through.

Credentials live in the OS keyring (``exitplanner.secrets``); the plan is handed to colleagues and
kept as a record, so a token copied into it by mistake (a pasted app password in a note, a
section that stored a session) must stop the save rather than be written. The check runs on the
JSON data, so it covers ``sections`` written by every later step.

Refused: a key whose name says secret (``password``, ``app_password``, ``token``,
``access_token``, ``refreshJwt``, ``client_secret``, ``api_key``…) holding a non-empty value —
``{"app_password_set": true}`` or an empty string is fine — and any text that looks like a
token (Bluesky app password ``xxxx-xxxx-xxxx-xxxx``, ``Bearer …``, a JWT ``eyJ…``,
``access_token=…`` in a URL, a password inside a URL). The error names where, never what.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from exitplanner.plan.errors import PlanSecretError
from exitplanner.redact import is_secret_key, looks_like_secret, redact


def _has_payload(value: Any) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, int | float):
        return True
    if isinstance(value, dict):
        return any(_has_payload(item) for item in value.values())
    if isinstance(value, list | tuple):
        return any(_has_payload(item) for item in value)
    return True


def find_secrets(data: Any, where: str = "") -> list[str]:
    """Paths (``sections.networks.app_password``, ``accounts[3].notes``) of the secrets in ``data``."""
    found: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            name = str(key)
            key_is_secret = looks_like_secret(name, oauth_codes=False)
            # The path goes into a message: never show a secret used as a key.
            shown = redact(name, oauth_codes=False) if key_is_secret else name
            path = f"{where}.{shown}" if where else shown
            if key_is_secret or (is_secret_key(name) and _has_payload(value)):
                found.append(path)
            else:
                found.extend(find_secrets(value, path))
    elif isinstance(data, list | tuple):
        for index, item in enumerate(data):
            found.extend(find_secrets(item, f"{where}[{index}]"))
    elif isinstance(data, str) and looks_like_secret(data, oauth_codes=False):
        found.append(where or "(value)")
    return found


def assert_no_secrets(data: Any) -> None:
    """Raise :class:`PlanSecretError` when ``data`` holds anything that looks like a secret."""
    found = find_secrets(data)
    if found:
        message = QCoreApplication.translate(
            "PlanError",
            "The plan was not saved: it seems to contain a password or access token (at %1). "
            "Passwords and tokens are kept in the system keychain, never in a plan file; "
            "remove it and save again.",
        ).replace("%1", ", ".join(found[:3]))
        raise PlanSecretError(message, detail=f"{len(found)} suspicious entries")
