"""Connect a Mastodon account: register the app on the instance, OAuth in the browser, token in the keyring.

The flow (OAuth 2.0 authorisation code, RFC 8252 loopback redirect): register the app once per instance
(client id and secret kept in the credential store), open the instance's authorisation page in the
user's browser through the ``open_url`` callable given by the caller, catch the redirect carrying the
code on 127.0.0.1 (:mod:`.oauth_loopback`, with the ``state`` check), exchange the code for a token,
read the account back, store the token. Nothing is written anywhere else.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Sequence

import requests
from mastodon import Mastodon
from mastodon.errors import (
    MastodonError,
    MastodonIllegalArgumentError,
    MastodonNetworkError,
    MastodonRatelimitError,
    MastodonServerError,
)
from PySide6.QtCore import QCoreApplication

from exitplanner.networks.errors import AuthError, NetworkError, RateLimited
from exitplanner.networks.mastodon import (
    APP_NAME,
    DEFAULT_SCOPES,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    AppRegistration,
    MastodonAccount,
    MastodonClient,
    SecretStore,
    client_key,
    instance_key,
    is_loopback,
    new_api,
    normalise_instance,
    stored_registration,
    token_key,
)
from exitplanner.networks.mastodon_errors import ResponseRecorder, map_error, mapped, new_session
from exitplanner.networks.oauth_loopback import LoopbackPortBusy, LoopbackRedirect
from exitplanner.progress import Progress


class MastodonAuthorizer:
    """Connect an account: register the app on the instance (once), authorise in the browser, keep the token.

    ``open_url(url)`` shows the authorisation page (the caller's choice of browser); ``redirect_port`` 0
    lets the system choose a port, remembered with the app registration and reused while it is free
    (Mastodon requires the redirect URI given at registration, port included).
    """

    def __init__(
        self,
        store: SecretStore,
        open_url: Callable[[str], object],
        *,
        redirect_port: int = 0,
        timeout: float = 300.0,
        scopes: Sequence[str] = DEFAULT_SCOPES,
        request_timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self._store = store
        self._open_url = open_url
        self._port = redirect_port
        self._timeout = timeout
        self._scopes = list(scopes)
        self._request_timeout = request_timeout

    def register(self, base: str, redirect_uri: str) -> AppRegistration:
        """Register the app on the instance for ``redirect_uri`` and keep its id and secret in the store."""
        recorder = ResponseRecorder()
        session = new_session(recorder)
        try:
            with mapped(recorder):
                client_id, client_secret = Mastodon.create_app(
                    APP_NAME,
                    scopes=self._scopes,
                    redirect_uris=redirect_uri,
                    api_base_url=base,
                    request_timeout=self._request_timeout,
                    session=session,
                    user_agent=USER_AGENT,
                )
        except (KeyError, TypeError) as exc:  # an error page instead of the app: Mastodon.py does not check
            if recorder.status == 429:
                raise RateLimited(recorder.retry_after()) from exc
            raise NetworkError(
                QCoreApplication.translate(
                    "Mastodon",
                    "This server refused to register ExitPlanner (error %1). Is it a Mastodon server?",
                ).replace("%1", str(recorder.status or "?"))
            ) from exc
        registration = AppRegistration(client_id, client_secret, redirect_uri)
        self._store.set(client_key(base), json.dumps(registration.__dict__))
        return registration

    def _still_registered(self, base: str, registration: AppRegistration) -> bool:
        """Does the instance still know our app? (Its admin may have deleted it.)

        A stale client id would leave the user on an error page in the browser while we wait for a
        redirect that never comes; an app-only token request tells in one call (401 = unknown client).
        The token obtained is useless to anyone and revoked at once. Any other failure: assume yes.
        """
        form = {"client_id": registration.client_id, "client_secret": registration.client_secret}
        try:
            answer = requests.post(
                f"{base}/oauth/token",
                data={**form, "grant_type": "client_credentials", "scope": self._scopes[0]},
                headers={"User-Agent": USER_AGENT},
                timeout=self._request_timeout,
            )
            if answer.status_code in (400, 401) and "invalid_client" in answer.text:
                return False
            if answer.ok:
                token = answer.json().get("access_token")
                if token:
                    requests.post(f"{base}/oauth/revoke", data={**form, "token": token},
                                  headers={"User-Agent": USER_AGENT}, timeout=self._request_timeout)
        except (requests.RequestException, ValueError, AttributeError):
            pass
        return True

    def _catcher(self, stored: AppRegistration | None) -> LoopbackRedirect:
        if self._port:
            return LoopbackRedirect(port=self._port).start()
        if stored is not None and stored.port():
            with contextlib.suppress(LoopbackPortBusy):
                return LoopbackRedirect(port=stored.port()).start()
        return LoopbackRedirect(port=0).start()

    def authorization_url(self, base: str, registration: AppRegistration, state: str) -> str:
        api = new_api(base, self._request_timeout, client_id=registration.client_id,
                      client_secret=registration.client_secret)
        with mapped():
            return api.auth_request_url(
                redirect_uris=registration.redirect_uri,
                scopes=self._scopes,
                state=state,
                force_login=True,  # the browser may be logged in with someone's personal account
                lang="fr",
                allow_http=is_loopback(base),
            )

    def connect(
        self, instance: str, progress: Progress | None = None
    ) -> tuple[MastodonClient, MastodonAccount]:
        """Run the whole connection; return the client and the account it is connected to.

        Raises :class:`AuthError` (refused, timed out, forged answer), ``Cancelled`` (``progress.cancel()``),
        :class:`Unreachable`, :class:`RateLimited`.
        """
        base = normalise_instance(instance)
        stored = stored_registration(self._store, base)
        with self._catcher(stored) as catcher:
            registration = stored
            if registration is not None and registration.redirect_uri != catcher.redirect_uri:
                registration = None
            if registration is not None and not self._still_registered(base, registration):
                registration = None
            if registration is None:
                registration = self.register(base, catcher.redirect_uri)
            if progress is not None:
                progress.check()
            self._open_url(self.authorization_url(base, registration, catcher.state))
            code = catcher.wait(self._timeout, progress)
        token = self._exchange(base, registration, code)
        client = MastodonClient(
            base,
            token,
            timeout=self._request_timeout,
            client_id=registration.client_id,
            client_secret=registration.client_secret,
        )
        account = client.verify_credentials()
        self._store.set(token_key(base, account.username), token)
        return client, account

    def _exchange(self, base: str, registration: AppRegistration, code: str) -> str:
        recorder = ResponseRecorder()
        api = new_api(base, self._request_timeout, new_session(recorder), client_id=registration.client_id,
                      client_secret=registration.client_secret)
        try:
            return api.log_in(
                code=code,
                redirect_uri=registration.redirect_uri,
                scopes=self._scopes,
                allow_http=is_loopback(base),
            )
        except MastodonIllegalArgumentError as exc:
            # Mastodon.py wraps every failure of the token request in this, even "offline": look inside.
            cause = exc.__context__
            if isinstance(cause, (MastodonNetworkError, MastodonServerError, MastodonRatelimitError)):
                raise map_error(cause, recorder) from exc
            if recorder.status == 401:  # invalid_client: the app was deleted on the server
                self._store.delete(client_key(base))
            raise AuthError(
                QCoreApplication.translate(
                    "Mastodon", "The Mastodon server did not accept the authorisation. Please connect again."
                )
            ) from exc
        except (MastodonError, requests.RequestException) as exc:
            raise map_error(exc, recorder) from exc

    def disconnect(self, instance: str, username: str) -> None:
        """"Forget this account": revoke its token on the instance if possible, remove it from the store."""
        base = normalise_instance(instance)
        client = MastodonClient.from_store(self._store, base, username)
        if client is not None:
            client.revoke()
        self._store.delete(token_key(base, username))

    def forget_instance(self, instance: str) -> list[str]:
        """Remove the app registration and every token kept for this instance."""
        return self._store.forget(f"mastodon:{instance_key(normalise_instance(instance))}:")
