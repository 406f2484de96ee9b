"""The one credential store of ExitPlanner, over ``keyring`` (DESIGN §4).

Why a class of our own rather than calling ``keyring`` everywhere:

* only operating-system vaults are trusted (Windows Credential Locker, macOS Keychain, the Secret
  Service of GNOME/KDE, KWallet). ``keyring`` happily falls back to a "fail", "null" or
  third-party plaintext backend; we refuse those and keep secrets **in memory for this session
  only** instead, with a French explanation of what to do — never a file on disk;
* ``keyring`` cannot list entries, yet "Forget this account" must remove every entry of an
  account. We keep an index entry in the vault itself that lists the key *names* we wrote (the
  names are handles and instance URLs, not secrets);
* ``keyring``'s exceptions carry English developer messages; ours are typed, translated and never
  contain a secret.

Keys look like ``"bluesky:<handle>:session"``, ``"mastodon:<instance>:client"``,
``"mastodon:<instance>:<account>:token"``, ``"x:<user>:token"``. Each key is one keyring entry:
service ``exitplanner``, user name = the key.
"""

from __future__ import annotations

import json
import logging
import threading

import keyring
import keyring.backend
import keyring.errors
from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

SERVICE = "exitplanner"
INDEX_KEY = "__exitplanner_index__"

#: Backends trusted to keep secrets encrypted by the operating system, by "module.Class".
#: Exact class names, not isinstance: a plaintext subclass of an accepted class would not be accepted.
ACCEPTED_BACKENDS: set[str] = {
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",  # another client of the same Secret Service
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
}



class SecretStoreError(Exception):
    """A problem with the credential store; ``message`` is user-facing and never holds a secret."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NoSecureStore(SecretStoreError):
    """No operating-system vault is available (or only untrusted ones): session-only mode."""

    def __init__(self):
        super().__init__(QCoreApplication.translate("SecretStore",
            "No secure password store was found on this computer (Windows Credential Locker, macOS "
            "Keychain, GNOME Keyring or KWallet). Your connections will be kept only until you close "
            "ExitPlanner and you will have to log in again next time. On Linux, install and start "
            "GNOME Keyring or KWallet, then restart ExitPlanner; on a managed computer, ask your IT "
            "department."))


class StoreLocked(SecretStoreError):
    """The vault exists but stays locked (the user dismissed the unlock prompt)."""

    def __init__(self):
        super().__init__(QCoreApplication.translate("SecretStore",
            "The password store of your session is locked. Unlock it (your session password usually "
            "does it) and try again. Until then, your connections are kept only until you close "
            "ExitPlanner."))


class StoreInitError(SecretStoreError):
    """The vault could not be opened at all (service crashed, collection could not be created)."""

    def __init__(self):
        super().__init__(QCoreApplication.translate("SecretStore",
            "The password store of your session could not be opened. Close and reopen your session, "
            "or ask your IT department to check the keyring service. Until then, your connections are "
            "kept only until you close ExitPlanner."))


class StoreAccessError(SecretStoreError):
    """Reading, writing or deleting one entry failed for another reason."""

    def __init__(self):
        super().__init__(QCoreApplication.translate("SecretStore",
            "The password store refused the operation. Try again; if it keeps failing, restart "
            "ExitPlanner or your session."))


def backend_id(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_accepted(backend: keyring.backend.KeyringBackend) -> bool:
    return backend_id(backend) in ACCEPTED_BACKENDS


def choose_backend(default: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend | None:
    """The trusted backend to use, or None. A chainer is looked into: its best trusted member wins."""
    if is_accepted(default):
        return default
    members = getattr(default, "backends", None)
    if members is not None and not isinstance(default, type):
        for member in members:  # already sorted by priority, best first
            if is_accepted(member):
                return member
    return None


def _translate_error(error: keyring.errors.KeyringError) -> SecretStoreError:
    # NoKeyringError first: it is also a KeyringError subclass.
    if isinstance(error, keyring.errors.NoKeyringError):
        return NoSecureStore()
    if isinstance(error, keyring.errors.KeyringLocked):
        return StoreLocked()
    if isinstance(error, keyring.errors.InitError):
        return StoreInitError()
    return StoreAccessError()


class CredentialStore:
    """Secrets by key, in the operating system's vault or, failing that, in memory only.

    Never raises for an absent or locked vault: it switches to session-only mode and records why
    in ``problem`` (a :class:`SecretStoreError` whose message the UI shows). Other failures of the
    vault raise :class:`StoreAccessError`. Thread-safe (workers log in in the background).
    """

    def __init__(self, service: str = SERVICE, backend: keyring.backend.KeyringBackend | None = None):
        """``backend``: use this one (tests, or a caller that already chose); else keyring's default,
        accepted only when it is in :data:`ACCEPTED_BACKENDS`."""
        self.service = service
        self._lock = threading.RLock()
        self._memory: dict[str, str] = {}
        self.problem: SecretStoreError | None = None
        self._backend: keyring.backend.KeyringBackend | None
        if backend is not None:
            self._backend = backend
            return
        try:
            self._backend = choose_backend(keyring.get_keyring())
        except keyring.errors.KeyringError as error:
            self._backend = None
            self.problem = _translate_error(error)
            return
        except Exception:  # a broken keyring configuration: refuse rather than crash
            log.warning("keyring backend selection failed", exc_info=True)
            self._backend = None
        if self._backend is None and self.problem is None:
            self.problem = NoSecureStore()
        if self._backend is None:
            log.info("no trusted keyring backend; secrets kept for this session only")

    # -- state ---------------------------------------------------------------------------------------

    @property
    def session_only(self) -> bool:
        """True when secrets live only in this process's memory (no trusted vault, or it is locked)."""
        return self._backend is None

    def backend_name(self) -> str:
        """A short human name of where secrets go (shown in the settings and in support reports)."""
        if self._backend is None:
            return QCoreApplication.translate("SecretStore", "this session only (memory)")
        name = getattr(type(self._backend), "name", None)
        return str(name) if isinstance(name, str) and name else backend_id(self._backend)

    def _fall_back(self, error: keyring.errors.KeyringError) -> None:
        """The vault became unusable: go on in memory and tell the user why (never a plaintext file)."""
        translated = _translate_error(error)
        if isinstance(translated, StoreAccessError):
            raise translated from None
        log.warning("keyring unusable (%s); secrets kept for this session only", type(error).__name__)
        self.problem = translated
        self._backend = None

    # -- entries -------------------------------------------------------------------------------------

    @staticmethod
    def _check_key(key: str) -> None:
        if not isinstance(key, str) or not key or key == INDEX_KEY or any(c in key for c in "\r\n\0"):
            raise ValueError("invalid credential key")

    def get(self, key: str) -> str | None:
        """The secret stored under ``key``, or None."""
        self._check_key(key)
        with self._lock:
            if key in self._memory or self._backend is None:
                return self._memory.get(key)
            try:
                return self._backend.get_password(self.service, key)
            except keyring.errors.KeyringError as error:
                self._fall_back(error)
                return self._memory.get(key)

    def set(self, key: str, value: str) -> None:
        """Store ``value`` under ``key`` (replacing any previous value)."""
        self._check_key(key)
        if not isinstance(value, str):
            raise TypeError("a secret must be a str")
        with self._lock:
            if self._backend is not None:
                try:
                    self._add_to_index(key)
                    self._backend.set_password(self.service, key, value)
                    self._memory.pop(key, None)
                    return
                except keyring.errors.KeyringError as error:
                    self._fall_back(error)
            self._memory[key] = value

    def delete(self, key: str) -> None:
        """Remove ``key``; no error when it is absent."""
        self._check_key(key)
        with self._lock:
            self._memory.pop(key, None)
            if self._backend is None:
                return
            try:
                if self._backend.get_password(self.service, key) is not None:
                    self._backend.delete_password(self.service, key)
                self._remove_from_index([key])
            except keyring.errors.KeyringError as error:
                self._fall_back(error)

    def forget(self, prefix: str) -> list[str]:
        """Remove every entry whose key starts with ``prefix`` ("Forget this account").

        Returns the keys removed. ``prefix`` must be non-empty: forgetting everything is
        ``forget_all()``, on purpose a different, explicit call.
        """
        if not prefix:
            raise ValueError("empty prefix")
        return self._forget(prefix)

    def forget_all(self) -> list[str]:
        return self._forget("")

    def _forget(self, prefix: str) -> list[str]:
        with self._lock:
            removed = [key for key in self._memory if key.startswith(prefix)]
            for key in removed:
                del self._memory[key]
            if self._backend is None:
                return sorted(removed)
            try:
                matching = [key for key in self._read_index() if key.startswith(prefix)]
                for key in matching:
                    if self._backend.get_password(self.service, key) is not None:
                        self._backend.delete_password(self.service, key)
                self._remove_from_index(matching)
            except keyring.errors.KeyringError as error:
                self._fall_back(error)
                return sorted(removed)
            return sorted(set(removed) | set(matching))

    def keys(self, prefix: str = "") -> list[str]:
        """Known key names (from the index and this session's memory), for "connected accounts" lists."""
        with self._lock:
            names = {key for key in self._memory if key.startswith(prefix)}
            if self._backend is not None:
                try:
                    names.update(key for key in self._read_index() if key.startswith(prefix))
                except keyring.errors.KeyringError as error:
                    self._fall_back(error)
            return sorted(names)

    # -- index of key names (in the vault itself) ----------------------------------------------------

    def _read_index(self) -> list[str]:
        assert self._backend is not None
        raw = self._backend.get_password(self.service, INDEX_KEY)
        if not raw:
            return []
        try:
            names = json.loads(raw)
        except ValueError:
            log.warning("credential index unreadable; starting a new one")
            return []
        return [name for name in names if isinstance(name, str)] if isinstance(names, list) else []

    def _write_index(self, names: list[str]) -> None:
        assert self._backend is not None
        if names:
            self._backend.set_password(self.service, INDEX_KEY, json.dumps(sorted(set(names))))
        elif self._backend.get_password(self.service, INDEX_KEY) is not None:
            self._backend.delete_password(self.service, INDEX_KEY)

    def _add_to_index(self, key: str) -> None:
        names = self._read_index()
        if key not in names:
            self._write_index([*names, key])

    def _remove_from_index(self, keys: list[str]) -> None:
        names = self._read_index()
        kept = [name for name in names if name not in set(keys)]
        if kept != names:
            self._write_index(kept)
