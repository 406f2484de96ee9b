"""Mastodon: connect through OAuth in the browser, set up the profile, verify it, announce; public look-ups.

Built on Mastodon.py, with three decisions of our own:

* **Rate limits throw.** Mastodon.py sleeps by default when the instance says "too many requests";
  in a GUI worker that looks like a hang. We use ``ratelimit_method="throw"`` and turn the error into
  :class:`~exitplanner.networks.errors.RateLimited` with the number of seconds to wait.
* **Limits are checked before calling**, with the instance's own numbers (:mod:`.mastodon_limits`).
* **Plain dataclasses out**: callers never see Mastodon.py's dict types, and nothing here touches the
  plan file. Secrets go through the credential store given by the caller (``secrets.CredentialStore``):
  ``mastodon:<host>:client`` holds the app registration, ``mastodon:<host>:<user>:token`` the token.

The browser step is injected (``open_url``): Qt's ``QDesktopServices.openUrl`` in the GUI,
``webbrowser.open`` on the command line, an HTTP client in tests.
"""

from __future__ import annotations

import contextlib
import email.utils
import html.parser
import json
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Protocol
from urllib.parse import urlsplit

import requests
from mastodon import Mastodon
from mastodon.errors import (
    MastodonAPIError,
    MastodonError,
    MastodonIllegalArgumentError,
    MastodonNetworkError,
    MastodonNotFoundError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)
from PySide6.QtCore import QCoreApplication

from exitplanner import __version__
from exitplanner.networks.errors import (
    AuthError,
    NetworkError,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    Unreachable,
    ValidationError,
)
from exitplanner.networks.mastodon_limits import (
    MastodonLimits,
    check_media,
    check_profile_image,
    check_profile_texts,
    check_status,
    countable_length,
)
from exitplanner.networks.oauth_loopback import LoopbackPortBusy, LoopbackRedirect
from exitplanner.progress import Progress

__all__ = [
    "DEFAULT_SCOPES",
    "ImageUpload",
    "MastodonAccount",
    "MastodonAuthorizer",
    "MastodonClient",
    "MastodonLimits",
    "MediaAttachment",
    "ProfileField",
    "ProfileUpdate",
    "PublishedStatus",
    "countable_length",
    "instance_key",
    "lookup_public_account",
    "normalise_instance",
    "parse_handle",
    "rel_me_snippet",
]

APP_NAME = "ExitPlanner"
#: Least privilege: read the account and its posts, write the profile (and pins), media and posts.
DEFAULT_SCOPES = ("read:accounts", "read:statuses", "write:accounts", "write:media", "write:statuses")
USER_AGENT = f"ExitPlanner/{__version__}"
DEFAULT_TIMEOUT = 30.0
LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1"}


class SecretStore(Protocol):
    """What we need from ``exitplanner.secrets.CredentialStore``."""

    def get(self, key: str) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...
    def delete(self, key: str) -> None: ...
    def forget(self, prefix: str) -> list[str]: ...


# --- plain data out ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProfileField:
    name: str
    value: str  # HTML as the instance renders it (links become <a>)
    verified_at: datetime | None = None


@dataclass(frozen=True)
class MastodonAccount:
    """An account as read from an instance (our own after login, or anyone's in a public look-up)."""

    id: str
    username: str
    acct: str
    instance: str  # base URL of the instance that answered, e.g. "https://mastodon.social"
    url: str
    display_name: str
    note: str  # HTML
    avatar_url: str
    header_url: str
    fields: tuple[ProfileField, ...]
    followers: int
    following: int
    statuses: int
    created_at: datetime | None
    last_status_at: date | None
    locked: bool = False
    bot: bool = False
    avatar_description: str | None = None
    header_description: str | None = None

    @property
    def handle(self) -> str:
        """The full ``@user@host`` form people type and share."""
        if "@" in self.acct:
            return "@" + self.acct
        return f"@{self.username}@{urlsplit(self.instance).hostname}"

    def verified_fields(self) -> list[ProfileField]:
        return [f for f in self.fields if f.verified_at is not None]


@dataclass(frozen=True)
class ImageUpload:
    data: bytes
    mime_type: str
    description: str | None = None  # alt text
    file_name: str | None = None


@dataclass
class ProfileUpdate:
    """What to change; ``None`` leaves a part as it is. ``fields`` replaces all the fields at once."""

    display_name: str | None = None
    note: str | None = None  # plain text; the instance turns links into HTML
    fields: Sequence[tuple[str, str]] | None = None
    avatar: ImageUpload | None = None
    header: ImageUpload | None = None


@dataclass(frozen=True)
class MediaAttachment:
    id: str
    type: str
    url: str | None
    preview_url: str | None
    description: str | None


@dataclass(frozen=True)
class PublishedStatus:
    id: str
    url: str | None
    uri: str
    created_at: datetime | None
    pinned: bool
    media_ids: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class FieldVerification:
    """Where the ``rel="me"`` verification of the official site stands."""

    field: ProfileField | None  # the profile field that links to the site, if any
    verified: bool
    site_has_link: bool | None = None  # None when the site was not (or could not be) read


# --- addresses ----------------------------------------------------------------------------------------


def normalise_instance(text: str) -> str:
    """Turn what the user typed ("mastodon.social", "https://piaille.fr/", "@ville@mamot.fr") into a base URL.

    Plain HTTP is refused except on this computer (the tests' servers): a token must never travel in
    clear text.
    """
    raw = (text or "").strip()
    if raw.startswith("@") or (raw.count("@") == 1 and "://" not in raw):
        raw = raw.rsplit("@", 1)[1]
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    host = parts.hostname or ""
    if parts.scheme not in ("https", "http") or not host or " " in raw or parts.query or parts.fragment:
        raise _bad_instance(text)
    if parts.path not in ("", "/") and not parts.path.startswith("/@"):
        raise _bad_instance(text)
    if parts.scheme == "http" and host not in LOOPBACK_HOSTS:
        raise _bad_instance(text)
    netloc = host if ":" not in host else f"[{host}]"
    if parts.port:
        netloc += f":{parts.port}"
    return f"{parts.scheme}://{netloc.lower()}"


def _bad_instance(text: str) -> NetworkError:
    return NetworkError(
        QCoreApplication.translate(
            "Mastodon", "“%1” is not the address of a Mastodon server (example: mastodon.social)."
        ).replace("%1", (text or "").strip()[:100])
    )


def instance_key(base_url: str) -> str:
    """The part of the keyring key that names an instance: its host (and port when not the default)."""
    return urlsplit(base_url).netloc


def client_key(base_url: str) -> str:
    return f"mastodon:{instance_key(base_url)}:client"


def token_key(base_url: str, username: str) -> str:
    return f"mastodon:{instance_key(base_url)}:{username}:token"


def _is_loopback(base_url: str) -> bool:
    return (urlsplit(base_url).hostname or "") in LOOPBACK_HOSTS


def parse_handle(text: str) -> tuple[str, str]:
    """``@user@host``, ``user@host`` or ``https://host/@user`` → ``(user, base URL)``."""
    raw = (text or "").strip()
    if "://" in raw:
        parts = urlsplit(raw)
        path = parts.path.strip("/")
        if path.startswith("@") and "/" not in path:
            return path[1:].split("@", 1)[0], normalise_instance(f"{parts.scheme}://{parts.netloc}")
    else:
        pieces = raw.lstrip("@").split("@")
        if len(pieces) == 2 and all(pieces):
            return pieces[0], normalise_instance(pieces[1])
    raise NetworkError(
        QCoreApplication.translate(
            "Mastodon", "“%1” is not a Mastodon address; write it like @commune@instance.fr."
        ).replace("%1", raw[:100])
    )


def rel_me_snippet(profile_url: str, text: str = "Mastodon") -> str:
    """The link to put on the official site so that Mastodon shows the site field as verified."""
    from html import escape

    return f'<a rel="me" href="{escape(profile_url, quote=True)}">{escape(text)}</a>'


# --- error mapping ------------------------------------------------------------------------------------


class _ResponseRecorder:
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


def _status_of(exc: MastodonAPIError) -> int | None:
    args = getattr(exc, "args", ())
    return args[1] if len(args) > 1 and isinstance(args[1], int) else None


def _map_error(exc: Exception, recorder: _ResponseRecorder | None = None) -> Exception:
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
            ).replace("%1", str(_status_of(exc) or ""))
        )
    if isinstance(exc, MastodonAPIError):
        status = _status_of(exc)
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
def _mapped(recorder: _ResponseRecorder | None = None) -> Iterator[None]:
    try:
        yield
    except (MastodonError, requests.RequestException) as exc:
        raise _map_error(exc, recorder) from exc


def _new_session(recorder: _ResponseRecorder) -> requests.Session:
    session = requests.Session()
    session.hooks["response"].append(recorder)
    return session


# --- conversions ----------------------------------------------------------------------------------------


def _as_datetime(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, str) and value:
        with contextlib.suppress(ValueError):
            return _as_datetime(datetime.fromisoformat(value.replace("Z", "+00:00")))
    return None


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        with contextlib.suppress(ValueError):
            return date.fromisoformat(value[:10])
    return None


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _account(data: Any, instance: str) -> MastodonAccount:
    get = data.get if hasattr(data, "get") else (lambda key, default=None: default)
    fields = tuple(
        ProfileField(str(f.get("name") or ""), str(f.get("value") or ""), _as_datetime(f.get("verified_at")))
        for f in (get("fields") or [])
        if hasattr(f, "get")
    )
    return MastodonAccount(
        id=str(get("id") or ""),
        username=str(get("username") or ""),
        acct=str(get("acct") or get("username") or ""),
        instance=instance,
        url=str(get("url") or ""),
        display_name=str(get("display_name") or ""),
        note=str(get("note") or ""),
        avatar_url=str(get("avatar") or ""),
        header_url=str(get("header") or ""),
        fields=fields,
        followers=_int(get("followers_count")),
        following=_int(get("following_count")),
        statuses=_int(get("statuses_count")),
        created_at=_as_datetime(get("created_at")),
        last_status_at=_as_date(get("last_status_at")),
        locked=bool(get("locked")),
        bot=bool(get("bot")),
        avatar_description=get("avatar_description"),
        header_description=get("header_description"),
    )


def _media(data: Any) -> MediaAttachment:
    return MediaAttachment(
        id=str(data.get("id")),
        type=str(data.get("type") or "unknown"),
        url=data.get("url"),
        preview_url=data.get("preview_url"),
        description=data.get("description"),
    )


def _status(data: Any) -> PublishedStatus:
    return PublishedStatus(
        id=str(data.get("id")),
        url=data.get("url"),
        uri=str(data.get("uri") or ""),
        created_at=_as_datetime(data.get("created_at")),
        pinned=bool(data.get("pinned")),
        media_ids=tuple(str(m.get("id")) for m in (data.get("media_attachments") or [])),
    )


# --- the authenticated client ----------------------------------------------------------------------------


class MastodonClient:
    """One connected account on one instance. Not thread-safe: one client per worker."""

    def __init__(
        self,
        instance: str,
        access_token: str | None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        sleep: Callable[[float], None] = time.sleep,
        client_id: str | None = None,
        client_secret: str | None = None,
        limits: MastodonLimits | None = None,
    ) -> None:
        """``limits`` skips reading them from the instance (known from an earlier session, or in tests)."""
        self.instance = normalise_instance(instance)
        self._recorder = _ResponseRecorder()
        self._session = _new_session(self._recorder)
        self._sleep = sleep
        self._limits = limits
        self._api = Mastodon(
            client_id=client_id,
            client_secret=client_secret,
            access_token=access_token,
            api_base_url=self.instance,
            ratelimit_method="throw",
            request_timeout=timeout,
            session=self._session,
            user_agent=USER_AGENT,
            version_check_mode="none",
        )

    @classmethod
    def from_store(
        cls, store: SecretStore, instance: str, username: str, **kwargs: Any
    ) -> MastodonClient | None:
        """The client of a previously connected account, or ``None`` when it has to connect again."""
        base = normalise_instance(instance)
        token = store.get(token_key(base, username))
        if not token:
            return None
        registration = _stored_registration(store, base)
        if registration is not None:  # needed to revoke the token later
            kwargs.setdefault("client_id", registration.client_id)
            kwargs.setdefault("client_secret", registration.client_secret)
        return cls(base, token, **kwargs)

    def _call(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with _mapped(self._recorder):
            return function(*args, **kwargs)

    # --- reading ---------------------------------------------------------------------------------------

    def limits(self) -> MastodonLimits:
        """The instance's limits (``/api/v2/instance``, else v1, else Mastodon's defaults); cached."""
        if self._limits is None:
            data: Any = None
            for getter in (self._api.instance_v2, self._api.instance_v1):
                try:
                    data = self._call(getter)
                    break
                except (NotFound, NetworkError) as exc:
                    if isinstance(exc, (Unreachable, RateLimited)):
                        raise
            self._limits = MastodonLimits.from_instance(data)
        return self._limits

    def verify_credentials(self) -> MastodonAccount:
        return _account(self._call(self._api.account_verify_credentials), self.instance)

    # --- profile ---------------------------------------------------------------------------------------

    def check_profile(self, update: ProfileUpdate) -> None:
        """Raise :class:`ValidationError` when the instance would refuse ``update`` (before any upload)."""
        limits = self.limits()
        check_profile_texts(limits, update.display_name, update.note, update.fields)
        for name, image in (("avatar", update.avatar), ("header", update.header)):
            if image is None:
                continue
            check_profile_image(name, image.data, image.mime_type, limits)
            allowed = limits.avatar_description if name == "avatar" else limits.header_description
            if image.description and allowed is not None and len(image.description) > allowed:
                raise ValidationError(f"{name}_description", allowed, len(image.description))

    def update_profile(self, update: ProfileUpdate) -> MastodonAccount:
        """Apply ``update`` in one request and return the profile as the instance now holds it.

        Image descriptions are sent only to instances that announce them (Mastodon 4.7+): older ones
        would silently drop them, and the read-back tells the caller (``avatar_description`` is None).
        """
        self.check_profile(update)
        limits = self.limits()
        kwargs: dict[str, Any] = {}
        if update.display_name is not None:
            kwargs["display_name"] = update.display_name
        if update.note is not None:
            kwargs["note"] = update.note
        if update.fields is not None:
            kwargs["fields"] = [(name, value) for name, value in update.fields]
        for name, image in (("avatar", update.avatar), ("header", update.header)):
            if image is None:
                continue
            kwargs[name] = image.data
            kwargs[f"{name}_mime_type"] = image.mime_type
            supported = limits.avatar_description if name == "avatar" else limits.header_description
            if image.description and supported is not None:
                kwargs[f"{name}_description"] = image.description
        return _account(self._call(self._api.account_update_credentials, **kwargs), self.instance)

    def field_verification(self, site_url: str, *, check_site: bool = True) -> FieldVerification:
        """Is there a profile field pointing to ``site_url``, and has the instance verified it?

        Mastodon checks the link when the profile is saved: if the site got its ``rel="me"`` link
        afterwards, saving the fields again triggers a new check. ``check_site`` also reads the site
        to tell "the link is missing on the site" from "Mastodon has not checked yet".
        """
        account = self.verify_credentials()
        wanted = _site_key(site_url)
        match = next((f for f in account.fields if wanted and wanted in _site_key(_text_of(f.value))), None)
        site_has_link = None
        if check_site:
            site_has_link = site_links_back(site_url, account.url, session=self._session)
        return FieldVerification(match, bool(match and match.verified_at), site_has_link)

    # --- media and posts -------------------------------------------------------------------------------

    def upload_media(
        self,
        image: ImageUpload,
        *,
        timeout: float = 120.0,
        poll_interval: float = 1.0,
        progress: Progress | None = None,
    ) -> MediaAttachment:
        """Upload a file with its (required) description; wait until the instance has processed it.

        ``POST /api/v2/media`` answers 202 with ``url: null`` while the file is being processed (always
        for videos, often for big images): we poll ``GET /api/v1/media/:id`` until the URL appears, so
        the post that follows does not fail with "media not ready".
        """
        check_media(image.data, image.mime_type, image.description, self.limits())
        description = (image.description or "").strip()
        media = _media(
            self._call(
                self._api.media_post,
                image.data,
                mime_type=image.mime_type,
                description=description,
                file_name=image.file_name,
            )
        )
        deadline = time.monotonic() + timeout
        while media.url is None:
            if progress is not None:
                progress.check()
            if time.monotonic() > deadline:
                raise NetworkError(
                    QCoreApplication.translate(
                        "Mastodon",
                        "The Mastodon server is still processing the file; try again in a few minutes.",
                    )
                )
            self._sleep(poll_interval)
            media = _media(self._call(self._api.media, media.id))
        return media

    def post(
        self,
        text: str,
        *,
        media: Sequence[MediaAttachment | str] = (),
        visibility: str = "public",
        language: str | None = "fr",
        spoiler_text: str = "",
        idempotency_key: str | None = None,
    ) -> PublishedStatus:
        """Publish a status; the idempotency key makes a retry after a network failure safe (no double)."""
        check_status(text, len(media), self.limits(), spoiler_text)
        ids = [m.id if isinstance(m, MediaAttachment) else str(m) for m in media]
        data = self._call(
            self._api.status_post,
            text,
            media_ids=ids or None,
            visibility=visibility,
            language=language,
            spoiler_text=spoiler_text or None,
            idempotency_key=idempotency_key or str(uuid.uuid4()),
        )
        return _status(data)

    def pin(self, status: PublishedStatus | str) -> PublishedStatus:
        status_id = status.id if isinstance(status, PublishedStatus) else str(status)
        return _status(self._call(self._api.status_pin, status_id))

    def revoke(self) -> None:
        """Revoke the token on the instance (best effort: it may already be gone)."""
        with contextlib.suppress(MastodonError, requests.RequestException):
            self._api.revoke_access_token(allow_http=_is_loopback(self.instance))


# --- connecting (app registration + OAuth in the browser) -------------------------------------------------


@dataclass(frozen=True)
class _Registration:
    client_id: str
    client_secret: str
    redirect_uri: str

    def port(self) -> int:
        return urlsplit(self.redirect_uri).port or 0


def _stored_registration(store: SecretStore, base: str) -> _Registration | None:
    raw = store.get(client_key(base))
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return _Registration(str(data["client_id"]), str(data["client_secret"]), str(data["redirect_uri"]))
    except (ValueError, KeyError, TypeError):
        return None


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

    def register(self, base: str, redirect_uri: str) -> _Registration:
        """Register the app on the instance for ``redirect_uri`` and keep its id and secret in the store."""
        recorder = _ResponseRecorder()
        session = _new_session(recorder)
        try:
            with _mapped(recorder):
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
        registration = _Registration(client_id, client_secret, redirect_uri)
        self._store.set(client_key(base), json.dumps(registration.__dict__))
        return registration

    def _catcher(self, stored: _Registration | None) -> LoopbackRedirect:
        if self._port:
            return LoopbackRedirect(port=self._port).start()
        if stored is not None and stored.port():
            with contextlib.suppress(LoopbackPortBusy):
                return LoopbackRedirect(port=stored.port()).start()
        return LoopbackRedirect(port=0).start()

    def authorization_url(self, base: str, registration: _Registration, state: str) -> str:
        api = Mastodon(
            client_id=registration.client_id,
            client_secret=registration.client_secret,
            api_base_url=base,
            request_timeout=self._request_timeout,
            user_agent=USER_AGENT,
        )
        with _mapped():
            return api.auth_request_url(
                redirect_uris=registration.redirect_uri,
                scopes=self._scopes,
                state=state,
                force_login=True,  # the browser may be logged in with someone's personal account
                lang="fr",
                allow_http=_is_loopback(base),
            )

    def connect(
        self, instance: str, progress: Progress | None = None
    ) -> tuple[MastodonClient, MastodonAccount]:
        """Run the whole connection; return the client and the account it is connected to.

        Raises :class:`AuthError` (refused, timed out, forged answer), ``Cancelled`` (``progress.cancel()``),
        :class:`Unreachable`, :class:`RateLimited`.
        """
        base = normalise_instance(instance)
        stored = _stored_registration(self._store, base)
        with self._catcher(stored) as catcher:
            registration = stored
            if registration is None or registration.redirect_uri != catcher.redirect_uri:
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

    def _exchange(self, base: str, registration: _Registration, code: str) -> str:
        recorder = _ResponseRecorder()
        api = Mastodon(
            client_id=registration.client_id,
            client_secret=registration.client_secret,
            api_base_url=base,
            ratelimit_method="throw",
            request_timeout=self._request_timeout,
            session=_new_session(recorder),
            user_agent=USER_AGENT,
        )
        try:
            return api.log_in(
                code=code,
                redirect_uri=registration.redirect_uri,
                scopes=self._scopes,
                allow_http=_is_loopback(base),
            )
        except MastodonIllegalArgumentError as exc:
            # Mastodon.py wraps every failure of the token request in this, even "offline": look inside.
            cause = exc.__context__
            if isinstance(cause, (MastodonNetworkError, MastodonServerError, MastodonRatelimitError)):
                raise _map_error(cause, recorder) from exc
            if recorder.status == 401:  # invalid_client: the app was deleted on the server
                self._store.delete(client_key(base))
            raise AuthError(
                QCoreApplication.translate(
                    "Mastodon", "The Mastodon server did not accept the authorisation. Please connect again."
                )
            ) from exc
        except (MastodonError, requests.RequestException) as exc:
            raise _map_error(exc, recorder) from exc

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


# --- public look-ups (inventory) -----------------------------------------------------------------------


def lookup_public_account(handle: str, *, timeout: float = 10.0) -> MastodonAccount:
    """Public figures of any account (followers, posts, creation, last post) from its own instance, no login.

    Raises :class:`NotFound` for an unknown account and :class:`Unreachable` offline: the inventory
    shows the message and keeps what the user typed.
    """
    username, base = parse_handle(handle)
    recorder = _ResponseRecorder()
    api = Mastodon(
        api_base_url=base,
        ratelimit_method="throw",
        request_timeout=timeout,
        session=_new_session(recorder),
        user_agent=USER_AGENT,
        version_check_mode="none",
    )
    with _mapped(recorder):
        return _account(api.account_lookup(username), base)


# --- the official site's rel="me" link --------------------------------------------------------------------


class _RelMeParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("a", "link"):
            return
        values = dict(attrs)
        rel = (values.get("rel") or "").lower().split()
        if "me" in rel and values.get("href"):
            self.targets.append(str(values["href"]))


def _site_key(url: str) -> str:
    """Compare sites loosely: scheme, "www." and trailing slash do not matter."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    return host + parts.path.rstrip("/")


def _text_of(html_value: str) -> str:
    """The visible text of a field value ("<a href=…><span>https://</span>…</a>" → the URL)."""

    class _Text(html.parser.HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []
            self.href: str | None = None

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "a" and self.href is None:
                self.href = dict(attrs).get("href")

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    parser = _Text()
    parser.feed(html_value)
    return parser.href or "".join(parser.parts)


def site_links_back(site_url: str, profile_url: str, *, session: requests.Session | None = None,
                    timeout: float = 10.0) -> bool | None:
    """Does the official site's page carry ``rel="me"`` to the profile? ``None`` when it cannot be read."""
    url = site_url if "://" in site_url else "https://" + site_url
    try:
        response = (session or requests).get(url, timeout=timeout, headers={"User-Agent": USER_AGENT})
        if not response.ok:
            return None
        parser = _RelMeParser()
        parser.feed(response.text[:2_000_000])
    except (requests.RequestException, OSError):
        return None
    wanted = profile_url.rstrip("/")
    return any(target.rstrip("/") == wanted for target in parser.targets)
