"""CredentialStore: trusted backends only, session-only fallback, index-based forget, no secret leaks."""

from __future__ import annotations

import os
import uuid

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest

from exitplanner import secrets
from exitplanner.secrets import CredentialStore, NoSecureStore, StoreAccessError, StoreInitError, StoreLocked
from fixtures.memory_keyring import MemoryKeyring, memory_keyring_fixture  # noqa: F401

SECRET = "s3cr3t-app-password-xyz"


def test_round_trip_and_overwrite(memory_keyring):
    store = CredentialStore()
    assert not store.session_only and store.problem is None
    assert store.get("bluesky:ville.fr:session") is None
    store.set("bluesky:ville.fr:session", SECRET)
    store.set("bluesky:ville.fr:session", SECRET + "2")
    assert store.get("bluesky:ville.fr:session") == SECRET + "2"
    # It really lives in the backend, under our service name, one entry per key.
    assert memory_keyring.entries[("exitplanner", "bluesky:ville.fr:session")] == SECRET + "2"
    assert CredentialStore().get("bluesky:ville.fr:session") == SECRET + "2"  # another instance sees it


def test_delete_is_idempotent(memory_keyring):
    store = CredentialStore()
    store.set("x:mairie:token", SECRET)
    store.delete("x:mairie:token")
    store.delete("x:mairie:token")
    assert store.get("x:mairie:token") is None
    assert store.keys() == []


def test_forget_removes_only_the_prefix_and_index_holds_names_only(memory_keyring):
    store = CredentialStore()
    store.set("mastodon:piaille.fr:client", "client-secret")
    store.set("mastodon:piaille.fr:mairie:token", "token-1")
    store.set("mastodon:mastodon.social:mairie:token", "token-2")
    store.set("bluesky:ville.fr:session", SECRET)
    index = memory_keyring.entries[("exitplanner", secrets.INDEX_KEY)]
    assert "piaille.fr" in index
    for value in ("client-secret", "token-1", "token-2", SECRET):
        assert value not in index
    removed = CredentialStore().forget("mastodon:piaille.fr:")  # a fresh instance: the index is in the vault
    assert removed == ["mastodon:piaille.fr:client", "mastodon:piaille.fr:mairie:token"]
    assert store.get("mastodon:piaille.fr:client") is None
    assert store.get("mastodon:mastodon.social:mairie:token") == "token-2"
    assert store.keys("bluesky:") == ["bluesky:ville.fr:session"]
    with pytest.raises(ValueError):
        store.forget("")
    store.forget_all()
    assert memory_keyring.entries == {}


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()])
def test_untrusted_backends_are_refused_and_secrets_stay_in_memory(monkeypatch, backend):
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    store = CredentialStore()
    assert store.session_only
    assert isinstance(store.problem, NoSecureStore) and "GNOME Keyring" in store.problem.message
    store.set("bluesky:ville.fr:session", SECRET)
    assert store.get("bluesky:ville.fr:session") == SECRET
    assert store.forget("bluesky:") == ["bluesky:ville.fr:session"]
    assert CredentialStore().get("bluesky:ville.fr:session") is None  # nothing persisted anywhere


def test_plaintext_like_backend_is_refused_even_when_it_is_keyrings_choice(monkeypatch):
    class PlaintextKeyring(MemoryKeyring):
        """Stands for keyrings.alt's file backends: works, but is not a vault."""

    monkeypatch.setattr(keyring, "get_keyring", lambda: PlaintextKeyring())
    assert CredentialStore().session_only


def test_chainer_is_looked_into(monkeypatch, memory_keyring):
    class Chainer:
        backends = (keyring.backends.null.Keyring(), memory_keyring)

    monkeypatch.setattr(keyring, "get_keyring", lambda: Chainer())
    store = CredentialStore()
    assert not store.session_only
    store.set("k", "v")
    assert memory_keyring.entries[("exitplanner", "k")] == "v"


def test_no_keyring_error_at_selection(monkeypatch):
    def boom():
        raise keyring.errors.NoKeyringError("no backend")

    monkeypatch.setattr(keyring, "get_keyring", boom)
    store = CredentialStore()
    assert store.session_only and isinstance(store.problem, NoSecureStore)
    assert store.backend_name() == "this session only (memory)"


@pytest.mark.parametrize(("failure", "expected"), [
    (keyring.errors.KeyringLocked, StoreLocked),
    (keyring.errors.InitError, StoreInitError),
])
def test_locked_or_broken_vault_switches_to_session_only(memory_keyring, failure, expected):
    store = CredentialStore()
    store.set("bluesky:a:session", "old")
    memory_keyring.fail_with = failure
    store.set("bluesky:a:session", SECRET)  # does not raise: kept for this session
    assert store.session_only and isinstance(store.problem, expected)
    assert store.get("bluesky:a:session") == SECRET
    assert SECRET not in store.problem.message


def test_a_vault_locked_when_reading_keeps_this_sessions_values(memory_keyring):
    store = CredentialStore()
    memory_keyring.fail_with = keyring.errors.KeyringLocked
    assert store.get("bluesky:a:session") is None
    assert store.session_only and isinstance(store.problem, StoreLocked)
    store.set("bluesky:a:session", SECRET)
    assert store.get("bluesky:a:session") == SECRET and store.keys() == ["bluesky:a:session"]


def test_other_failures_raise_a_typed_error_without_the_secret(memory_keyring):
    store = CredentialStore()
    memory_keyring.fail_with = keyring.errors.PasswordSetError
    with pytest.raises(StoreAccessError) as caught:
        store.set("bluesky:a:session", SECRET)
    assert SECRET not in str(caught.value) and caught.value.__cause__ is None
    assert not store.session_only


def test_invalid_keys_are_rejected(memory_keyring):
    store = CredentialStore()
    for key in ("", secrets.INDEX_KEY, "a\nb"):
        with pytest.raises(ValueError):
            store.set(key, "v")


def _secret_service_available() -> bool:
    try:
        import keyring.backends.SecretService as ss

        return ss.Keyring.priority > 0
    except Exception:
        return False


@pytest.mark.skipif(not os.environ.get("CI") and not _secret_service_available(),
                    reason="no Secret Service on the session bus (run through scripts/test.sh)")
def test_real_secret_service_round_trip():
    """The real path users on Linux get: gnome-keyring over D-Bus, chosen by keyring itself."""
    store = CredentialStore(service=f"exitplanner-test-{uuid.uuid4().hex[:8]}")
    assert not store.session_only, store.problem and store.problem.message
    assert store.backend_name() in {"SecretService Keyring", "libsecret Keyring"}
    try:
        store.set("bluesky:test.example:session", SECRET)
        assert CredentialStore(service=store.service).get("bluesky:test.example:session") == SECRET
        assert store.keys() == ["bluesky:test.example:session"]
    finally:
        assert store.forget_all() == ["bluesky:test.example:session"]
    assert store.get("bluesky:test.example:session") is None
