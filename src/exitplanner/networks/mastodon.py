"""Mastodon: the connected account's client (profile, media, posts, pin) and public look-ups.

Built on Mastodon.py, with three decisions of our own:

* **Rate limits throw.** Mastodon.py sleeps by default when the instance says "too many requests";
  in a GUI worker that looks like a hang. We use ``ratelimit_method="throw"`` and turn the error into
  :class:`~exitplanner.networks.errors.RateLimited` with the number of seconds to wait
  (:mod:`.mastodon_errors`).
* **Limits are checked before calling**, with the instance's own numbers (:mod:`.mastodon_limits`).
* **Plain dataclasses out**: callers never see Mastodon.py's dict types, and nothing here touches the
  plan file. Secrets go through the credential store given by the caller (``secrets.CredentialStore``):
  ``mastodon:<host>:client`` holds the app registration, ``mastodon:<host>:<user>:token`` the token.

Connecting an account (app registration, OAuth in the browser) is in :mod:`.mastodon_auth`; the
``rel="me"`` verification helpers in :mod:`.mastodon_verification`.
"""

from __future__ import annotations

import contextlib
import json
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Protocol
from urllib.parse import urlsplit

import requests
from mastodon import Mastodon
from mastodon.errors import MastodonError
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
from exitplanner.networks.mastodon_errors import ResponseRecorder, mapped, new_session
from exitplanner.networks.mastodon_limits import (
    MastodonLimits,
    check_media,
    check_profile_image,
    check_profile_texts,
    check_status,
    countable_length,
)
from exitplanner.networks.mastodon_verification import (
    field_for_site,
    field_link,
    rel_me_snippet,
    site_links_back,
)
from exitplanner.networks.public_figures import FiguresSource, PublicFigures
from exitplanner.progress import Progress

__all__ = [
    "DEFAULT_SCOPES",
    "FieldVerification",
    "ImageUpload",
    "MastodonAccount",
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
    #: The owner's own account only: the note and fields as typed (plain text), to fill the form again.
    note_source: str | None = None
    fields_source: tuple[tuple[str, str], ...] = ()

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


def is_loopback(base_url: str) -> bool:
    """Plain HTTP and OAuth over HTTP are allowed only to this computer (the tests' servers)."""
    return (urlsplit(base_url).hostname or "") in LOOPBACK_HOSTS


def new_api(base: str, timeout: float, session: requests.Session | None = None, *,
            client_id: str | None = None, client_secret: str | None = None,
            access_token: str | None = None) -> Mastodon:
    """Mastodon.py set up as every call of ours wants it: a 429 raises (see the module docstring) and
    the instance sees who calls. ``session`` carries a :class:`ResponseRecorder` where errors are mapped."""
    return Mastodon(
        client_id=client_id,
        client_secret=client_secret,
        access_token=access_token,
        api_base_url=base,
        ratelimit_method="throw",
        request_timeout=timeout,
        session=session,
        user_agent=USER_AGENT,
        version_check_mode="none",
    )


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
    source = get("source") if hasattr(get("source"), "get") else {}
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
        note_source=source.get("note"),
        fields_source=tuple(
            (str(f.get("name") or ""), str(f.get("value") or "")) for f in (source.get("fields") or [])
            if hasattr(f, "get")
        ),
    )


def figures_of(account: MastodonAccount, site_url: str = "") -> PublicFigures:
    """The inventory's figures out of an account read from its instance (own or public look-up)."""
    verified_fields = account.verified_fields()
    site_field = field_for_site(verified_fields, site_url) if site_url else None
    chosen = site_field or (verified_fields[0] if verified_fields else None)
    return PublicFigures(
        followers=account.followers, following=account.following, posts=account.statuses,
        verified=chosen is not None, verified_link=field_link(chosen.value) if chosen else "",
        last_activity=account.last_status_at, source=FiguresSource.INSTANCE)


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
        self._recorder = ResponseRecorder()
        self._session = new_session(self._recorder)
        self._sleep = sleep
        self._limits = limits
        self._api = new_api(self.instance, timeout, self._session, client_id=client_id,
                            client_secret=client_secret, access_token=access_token)

    @classmethod
    def from_store(
        cls, store: SecretStore, instance: str, username: str, **kwargs: Any
    ) -> MastodonClient | None:
        """The client of a previously connected account, or ``None`` when it has to connect again."""
        base = normalise_instance(instance)
        token = store.get(token_key(base, username))
        if not token:
            return None
        registration = stored_registration(store, base)
        if registration is not None:  # needed to revoke the token later
            kwargs.setdefault("client_id", registration.client_id)
            kwargs.setdefault("client_secret", registration.client_secret)
        return cls(base, token, **kwargs)

    def _call(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with mapped(self._recorder):
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
        match = field_for_site(account.fields, site_url)
        site_has_link = None
        if check_site:
            site_has_link = site_links_back(site_url, account.url, session=self._session)
        return FieldVerification(match, bool(match and match.verified_at), site_has_link)

    def public_figures(self, site_url: str = "") -> PublicFigures:
        """Followers, following, posts and the verified link of our own account, for the inventory.

        Verified means a profile field the instance has checked (``verified_at``: the page it links to
        carries ``rel="me"`` back to the profile); the field pointing to the authority's ``site_url`` is
        preferred, any other verified field is reported otherwise. Never reads the site itself.
        """
        account = self.verify_credentials()
        return figures_of(account, site_url)

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
            self._api.revoke_access_token(allow_http=is_loopback(self.instance))


# --- connecting (app registration + OAuth in the browser) -------------------------------------------------


@dataclass(frozen=True)
class AppRegistration:
    """What registering ExitPlanner on an instance gave (kept per instance in the credential store)."""

    client_id: str
    client_secret: str
    redirect_uri: str

    def port(self) -> int:
        return urlsplit(self.redirect_uri).port or 0


def stored_registration(store: SecretStore, base: str) -> AppRegistration | None:
    raw = store.get(client_key(base))
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return AppRegistration(str(data["client_id"]), str(data["client_secret"]), str(data["redirect_uri"]))
    except (ValueError, KeyError, TypeError):
        return None


# --- public look-ups (inventory) -----------------------------------------------------------------------


def lookup_public_account(handle: str, *, timeout: float = 10.0) -> MastodonAccount:
    """Public figures of any account (followers, posts, creation, last post) from its own instance, no login.

    A handle's domain is not always the server's (``@ville@ville.fr`` served by ``social.ville.fr``):
    when the domain does not answer as a Mastodon server, WebFinger on that domain says where the
    account lives. Raises :class:`NotFound` for an unknown account and :class:`Unreachable` offline:
    the inventory shows the message and keeps what the user typed.
    """
    username, base = parse_handle(handle)
    recorder = ResponseRecorder()
    try:
        return _lookup(username, base, timeout, recorder)
    except (NotFound, ServerError, ValidationError, AuthError, PermissionDenied) as first:
        if isinstance(first, NotFound) and isinstance(recorder.body, dict) and "error" in recorder.body:
            raise  # a Mastodon API answered "no such account": no need to look elsewhere
        server = _webfinger_server(username, base, timeout)
        if server is None or server == base:
            raise first
        return _lookup(username, server, timeout, ResponseRecorder())  # local on the server WebFinger named


def _lookup(username: str, base: str, timeout: float, recorder: ResponseRecorder) -> MastodonAccount:
    api = new_api(base, timeout, new_session(recorder))
    with mapped(recorder):
        return _account(api.account_lookup(username), base)


def _webfinger_server(username: str, base: str, timeout: float) -> str | None:
    """The base URL of the server hosting ``username@<base's host>``, from WebFinger (RFC 7033)."""
    host = urlsplit(base).netloc
    try:
        answer = requests.get(
            f"{base}/.well-known/webfinger",
            params={"resource": f"acct:{username}@{host}"},
            headers={"Accept": "application/jrd+json", "User-Agent": USER_AGENT},
            timeout=timeout,
        )
        links = answer.json().get("links", []) if answer.ok else []
    except (requests.RequestException, ValueError, AttributeError):
        return None
    for link in links if isinstance(links, list) else []:
        if isinstance(link, dict) and link.get("rel") == "self" and isinstance(link.get("href"), str):
            parts = urlsplit(link["href"])
            with contextlib.suppress(NetworkError):
                return normalise_instance(f"{parts.scheme}://{parts.netloc}")
    return None
