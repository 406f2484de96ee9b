"""Bluesky client: app-password login, session kept in the keyring, profile, posts, pin, domain handle.

Built on the atproto SDK for transport, authentication and session refresh, but every repository
change goes through the generic ``com.atproto.repo.*`` calls with lexicon JSON, not the SDK's
``send_post``-style helpers: those need the Bluesky AppView (``client.me``), which a PDS alone does
not serve, and the generic calls let us keep profile fields we do not know about when we update it
(``putRecord`` replaces the whole record).

Rules this module keeps (DESIGN §2.5, §4):

* limits (graphemes *and* UTF-8 bytes), required alt text and image sizes are checked before the
  first request, so a refused post never leaves half-uploaded images behind;
* the session (access + refresh tokens) lives in the :class:`~exitplanner.secrets.CredentialStore`
  under ``bluesky:<handle>:session`` and is rewritten each time the SDK refreshes it (the refresh
  token is single-use); the app password itself is never stored;
* every failure becomes a typed :mod:`exitplanner.networks.errors` error with a French message;
  nothing secret is logged or put in a message;
* it never touches the plan: it takes and returns plain dataclasses.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import dns.resolver
import httpx
from atproto import Client
from atproto_client import exceptions as at_errors
from atproto_client.client.session import Session, SessionEvent
from atproto_client.models.dot_dict import DotDict
from atproto_client.request import Request
from PySide6.QtCore import QCoreApplication

from exitplanner.networks import bluesky_handle
from exitplanner.networks.bluesky_facets import detect_facets
from exitplanner.networks.bluesky_handle import HandleCheck, HandleInstructions, normalise_handle
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
from exitplanner.networks.images import EncodedImage, fit_image
from exitplanner.networks.limits import BLUESKY, graphemes
from exitplanner.networks.public_figures import FiguresSource, PublicFigures
from exitplanner.secrets import CredentialStore

log = logging.getLogger(__name__)

#: Where accounts created in the Bluesky app live (its "entryway" finds the account's own server).
DEFAULT_SERVICE = "https://bsky.social"
#: Bluesky's public, unauthenticated read API (AppView), for the inventory's figures.
PUBLIC_APPVIEW = "https://public.api.bsky.app"

POST = "app.bsky.feed.post"
FOLLOW = "app.bsky.graph.follow"
PROFILE = "app.bsky.actor.profile"

_APP_PASSWORD = re.compile(r"[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}")
#: Beyond this many records, a repository count is reported as unknown rather than read for minutes.
FIGURES_MAX_RECORDS = 5000
_AT_URI = re.compile(r"at://(?P<repo>[^/]+)/(?P<collection>[^/]+)/(?P<rkey>[^/?#]+)")



def app_password_help() -> str:
    """How to create an app password and why not the main password (shown next to the login form)."""
    return QCoreApplication.translate("Bluesky",
        "Use an app password, not the account's main password. In the Bluesky app: Settings › "
        "Privacy and security › App passwords › Add App Password, name it “ExitPlanner”, then copy "
        "the code shown (four groups of four characters, like abcd-efgh-ijkl-mnop). An app password "
        "can publish and edit the profile but cannot change the account's e-mail, main password or "
        "delete the account, and you can revoke it at any time without changing the main password "
        "shared by your team.")


def session_key(handle: str) -> str:
    return f"bluesky:{handle}:session"


# -- plain data returned to callers -------------------------------------------------------------------


@dataclass(frozen=True)
class Account:
    handle: str
    did: str
    service: str  # the account's own server (PDS) URL


@dataclass(frozen=True)
class PostRef:
    """A "strong reference" to a record: its at:// URI and content hash."""

    uri: str
    cid: str

    @property
    def rkey(self) -> str:
        return self.uri.rsplit("/", 1)[-1]

    def web_url(self, handle: str) -> str:
        return f"https://bsky.app/profile/{handle}/post/{self.rkey}"


@dataclass(frozen=True)
class PostImage:
    """An image to attach; ``alt`` (the description for blind readers) is required."""

    data: bytes
    alt: str


@dataclass
class Profile:
    display_name: str = ""
    description: str = ""
    avatar: dict[str, Any] | None = None  # the blob reference as stored in the record
    banner: dict[str, Any] | None = None
    pinned_post: PostRef | None = None
    cid: str | None = None  # version of the record, None when the account has no profile yet


@dataclass
class ProfileUpdate:
    """What to change; None leaves a field as it is. Images are any format QImage reads."""

    display_name: str | None = None
    description: str | None = None
    website: str | None = None  # not a Bluesky field: appended to the description when missing
    avatar: bytes | None = None
    banner: bytes | None = None
    remove_avatar: bool = False
    remove_banner: bool = False


@dataclass
class Post:
    ref: PostRef
    text: str
    facets: list[dict[str, Any]] = field(default_factory=list)
    images: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (alt, blob)
    created_at: str = ""
    langs: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PublicProfile:
    """What anyone can see of an account, for the inventory of step 2."""

    handle: str
    did: str
    display_name: str
    description: str
    followers: int | None
    follows: int | None
    posts: int | None
    created_at: datetime | None
    avatar_url: str | None


# -- error translation ---------------------------------------------------------------------------------


def _xrpc_error(error: at_errors.RequestErrorBase) -> tuple[int | None, str, str]:
    """(status, XRPC error name, server message) of an SDK error, without any header or token."""
    response = error.response
    if response is None:
        return None, "", ""
    content = response.content
    name = getattr(content, "error", None) or (content.get("error") if isinstance(content, dict) else None)
    message = getattr(content, "message", None) or (
        content.get("message") if isinstance(content, dict) else None)
    return response.status_code, str(name or ""), str(message or "")


def _retry_after(error: at_errors.RequestErrorBase) -> float | None:
    headers = error.response.headers if error.response is not None else {}
    for name in ("retry-after", "ratelimit-reset"):
        value = headers.get(name)
        if value and value.isdigit():
            seconds = int(value)
            if name == "ratelimit-reset":  # an epoch timestamp
                seconds = int(seconds - datetime.now(UTC).timestamp())
            return float(max(seconds, 1))
    return None


def translate_error(error: Exception, action: str) -> NetworkError:
    """Map an SDK or HTTP exception to our typed errors; logs the technical cause (never a secret)."""
    if isinstance(error, NetworkError):
        return error
    if isinstance(error, httpx.HTTPError):
        log.info("bluesky %s: %s", action, type(error).__name__)
        return Unreachable()
    if isinstance(error, at_errors.LoginRequiredError):
        return AuthError(QCoreApplication.translate(
            "Bluesky", "The Bluesky session has ended: log in again."))
    if not isinstance(error, at_errors.RequestErrorBase):
        log.warning("bluesky %s: unexpected %s", action, type(error).__name__)
        return ServerError()
    status, name, message = _xrpc_error(error)
    log.info("bluesky %s failed: status=%s error=%s", action, status, name)
    if status is None:
        return Unreachable()
    if status == 429 or isinstance(error, at_errors.RateLimitExceededError):
        return RateLimited(_retry_after(error))
    if name in {"ExpiredToken", "InvalidToken"}:
        return AuthError(QCoreApplication.translate(
            "Bluesky", "The Bluesky session has ended: log in again."))
    if name == "AuthFactorTokenRequired":
        return AuthError(QCoreApplication.translate(
            "Bluesky", "This account asks for a code sent by e-mail: log in with an app password "
                             "instead, which does not need one."))
    if name in {"AccountTakedown", "AccountDeactivated"}:
        return PermissionDenied(QCoreApplication.translate(
            "Bluesky", "This Bluesky account is suspended or deactivated."))
    if status == 401 or name == "AuthenticationRequired":
        return AuthError(QCoreApplication.translate(
            "Bluesky", "Bluesky refused the login: check the handle and the app password."))
    if status == 403:
        return PermissionDenied()
    if name == "RecordNotFound" or "Could not locate record" in message or status == 404:
        return NotFound()
    if status == 413 or name == "BlobTooLarge":
        return ValidationError("image", message=QCoreApplication.translate(
            "Bluesky", "Bluesky refused the picture: it is too large."))
    if name in {"InvalidSwap"}:
        return ServerError(QCoreApplication.translate(
            "Bluesky", "The profile was changed elsewhere meanwhile: reload it and try again."))
    if status >= 500 or status == 409:
        return ServerError()
    return NetworkError(QCoreApplication.translate(
        "Bluesky", "Bluesky refused the request (%1).").replace("%1", name or str(status)))


@contextmanager
def _calling(action: str) -> Iterator[None]:
    try:
        yield
    except NetworkError:
        raise
    except Exception as error:  # the SDK raises its own tree, httpx its own
        raise translate_error(error, action) from None


def parse_at_uri(uri: str) -> tuple[str, str, str]:
    match = _AT_URI.fullmatch(uri or "")
    if not match:
        raise ValidationError("uri", message=QCoreApplication.translate(
            "Bluesky", "This is not the address of a Bluesky publication."))
    return match["repo"], match["collection"], match["rkey"]


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def description_with_website(description: str, website: str | None) -> str:
    """Bluesky has no website field: put the address on its own last line unless it is already there."""
    description = description.rstrip()
    if not website or website.strip() in description:
        return description
    return f"{description}\n{website.strip()}" if description else website.strip()


# -- the client ----------------------------------------------------------------------------------------


class BlueskyClient:
    """One logged-in Bluesky account. Blocking calls: run them in a worker, never in the GUI thread."""

    def __init__(self, store: CredentialStore, service: str = DEFAULT_SERVICE, timeout: float = 20.0,
                 dns_resolver: dns.resolver.Resolver | None = None,
                 well_known_url: Callable[[str], str] | None = None):
        """``dns_resolver`` and ``well_known_url(domain)`` replace the system's DNS and
        ``https://<domain>/.well-known/atproto-did`` for the handle checks (tests, diagnostics)."""
        self.store = store
        self.dns_resolver = dns_resolver
        self.well_known_url = well_known_url
        self.service = service.rstrip("/")
        self.timeout = timeout
        self._client: Client | None = None
        # The handle the stored session is filed under, shared with the SDK client's session callback
        # (a one-item list so that switch_handle can move it); None when not connected.
        self._key: list[str] | None = None
        self.account: Account | None = None

    # -- session ---------------------------------------------------------------------------------------

    def _new_sdk_client(self, handle: str) -> tuple[Client, list[str]]:
        """An SDK client whose every new token pair is stored at once under ``handle``'s entry.

        At once, because the previous refresh token stops working as soon as the server hands out a
        new one: a session kept only in memory would be lost with the process.
        """
        key = [handle]

        def store_session(event: SessionEvent, session: Session) -> None:
            self.store.set(session_key(key[0]), session.encode())
            if event is SessionEvent.REFRESH:
                log.info("bluesky session refreshed")

        client = Client(self.service, request=Request(timeout=self.timeout))
        client.on_session_change(store_session)
        return client, key

    def _require(self) -> tuple[Client, Account]:
        if self._client is None or self.account is None:
            raise AuthError(QCoreApplication.translate("Bluesky", "Not connected to Bluesky: log in first."))
        return self._client, self.account

    def _adopt(self, client: Client, key: list[str]) -> Account:
        session = client._session  # the SDK exposes no public accessor for the current session
        if session is None:
            raise AuthError()
        self._client = client
        self._key = key
        self.account = Account(session.handle, session.did, str(session.pds_endpoint or self.service)
                               .removesuffix("/xrpc"))
        return self.account

    def login(self, handle: str, app_password: str) -> Account:
        """Log in with an app password; the session (not the password) goes to the credential store."""
        handle = normalise_handle(handle)
        app_password = (app_password or "").strip()
        if not _APP_PASSWORD.fullmatch(app_password):
            raise ValidationError("app_password", message=QCoreApplication.translate("Bluesky",
                "This does not look like an app password (four groups of four characters, like "
                "abcd-efgh-ijkl-mnop). Do not use the account's main password: create an app password "
                "in the Bluesky app's settings."))
        client, key = self._new_sdk_client(handle)
        with _calling("login"):
            client.login(handle, app_password, fetch_bsky_profile=False)
        if client._session and client._session.access_jwt_payload.scope == "com.atproto.access":
            # A main password that happens to look like an app password: do not keep that session.
            self._end_session(client)
            self.store.delete(session_key(handle))
            raise ValidationError("app_password", message=QCoreApplication.translate("Bluesky",
                "This is the account's main password. Create an app password in the Bluesky app's "
                "settings and use it instead."))
        return self._adopt(client, key)

    def resume(self, handle: str) -> Account | None:
        """Reconnect from the stored session (refreshed when needed); None when there is none.

        Raises :class:`AuthError` when the stored session no longer works (revoked app password,
        expired refresh token); the stale entry is removed so that the UI shows the login form.
        """
        handle = normalise_handle(handle)
        stored = self.store.get(session_key(handle))
        if not stored:
            return None
        client, key = self._new_sdk_client(handle)
        try:
            with _calling("resume"):
                client.login(session_string=stored, fetch_bsky_profile=False)
                client.com.atproto.server.get_session()  # refreshes first when the access token is old
        except AuthError:
            self.store.delete(session_key(handle))
            raise
        except ValueError:  # an unreadable stored session
            self.store.delete(session_key(handle))
            return None
        return self._adopt(client, key)

    def ensure_fresh(self) -> Account:
        """Check the session with the server, refreshing the tokens first when they are about to expire."""
        client, _ = self._require()
        with _calling("session"):
            info = client.com.atproto.server.get_session()
        self.account = Account(info.handle, info.did, self.account.service if self.account else self.service)
        return self.account

    def _end_session(self, client: Client) -> None:
        session = client._session
        if session is None:
            return
        try:
            client.com.atproto.server.delete_session(
                headers={"Authorization": f"Bearer {session.refresh_jwt}"}, ignore_session_check=True)
        except Exception as error:  # best effort: the tokens are forgotten locally anyway
            log.info("bluesky logout: %s", type(error).__name__)

    def logout(self) -> None:
        """End the session on the server (best effort) and forget it locally ("Disconnect")."""
        if self._client is not None:
            self._end_session(self._client)
        if self._key:
            self.store.forget(f"bluesky:{self._key[0]}:")
        self._client = None
        self.account = None
        self._key = None

    # -- generic repository calls (raw lexicon JSON) -------------------------------------------------

    def _get_record(self, collection: str, rkey: str, repo: str | None = None) -> dict[str, Any] | None:
        client, account = self._require()
        try:
            with _calling("getRecord"):
                response = client.invoke_query("com.atproto.repo.getRecord", params=DotDict({
                    "repo": repo or account.did, "collection": collection, "rkey": rkey}))
        except NotFound:  # the PDS answers 400 InvalidRequest "Could not locate record"
            return None
        return response.content if isinstance(response.content, dict) else None

    def _procedure(self, nsid: str, body: dict[str, Any], action: str) -> dict[str, Any]:
        client, _ = self._require()
        with _calling(action):
            response = client.invoke_procedure(nsid, data=DotDict(body), input_encoding="application/json",
                                               output_encoding="application/json")
        return response.content if isinstance(response.content, dict) else {}

    def _upload(self, image: EncodedImage) -> dict[str, Any]:
        """Upload a prepared picture; returns the blob reference (lexicon JSON) to put in a record."""
        client, _ = self._require()
        with _calling("uploadBlob"):
            response = client.invoke_procedure("com.atproto.repo.uploadBlob", content=image.data,
                                               input_encoding=image.mime_type,
                                               output_encoding="application/json")
        blob = response.content.get("blob") if isinstance(response.content, dict) else None
        if not isinstance(blob, dict):
            raise ServerError()
        return blob

    # -- profile -----------------------------------------------------------------------------------------

    def get_profile(self) -> Profile:
        """The account's profile record as stored on its server (not the AppView's view of it)."""
        record = self._get_record(PROFILE, "self")
        return self._profile_from(record)

    @staticmethod
    def _profile_from(envelope: dict[str, Any] | None) -> Profile:
        if not envelope:
            return Profile()
        value = envelope.get("value") or {}
        pinned = value.get("pinnedPost")
        return Profile(
            display_name=value.get("displayName") or "",
            description=value.get("description") or "",
            avatar=value.get("avatar"),
            banner=value.get("banner"),
            pinned_post=PostRef(pinned["uri"], pinned["cid"]) if isinstance(pinned, dict) else None,
            cid=envelope.get("cid"),
        )

    @staticmethod
    def validate_profile(update: ProfileUpdate) -> tuple[EncodedImage | None, EncodedImage | None]:
        """Check every limit and prepare the images; raises ValidationError before any request."""
        if update.display_name is not None:
            BLUESKY.display_name.check("display_name", update.display_name)
        if update.description is not None or update.website:
            BLUESKY.description.check("description",
                                      description_with_website(update.description or "", update.website))
        avatar = banner = None
        if update.avatar is not None:
            avatar = fit_image(update.avatar, max_bytes=BLUESKY.image_bytes, max_width=BLUESKY.avatar_side,
                               max_height=BLUESKY.avatar_side, field="avatar")
        if update.banner is not None:
            width, height = BLUESKY.banner_size
            banner = fit_image(update.banner, max_bytes=BLUESKY.image_bytes, max_width=width,
                               max_height=height, field="banner")
        return avatar, banner

    def put_profile(self, update: ProfileUpdate) -> Profile:
        """Apply ``update`` to the profile record, keep every other field, and read it back."""
        avatar, banner = self.validate_profile(update)
        self._require()
        envelope = self._get_record(PROFILE, "self")
        record: dict[str, Any] = dict((envelope or {}).get("value") or {})
        record["$type"] = PROFILE
        if update.display_name is not None:
            record["displayName"] = update.display_name.strip()
        if update.description is not None or update.website:
            base = update.description if update.description is not None else record.get("description", "")
            record["description"] = description_with_website(base, update.website)
        if avatar is not None:
            record["avatar"] = self._upload(avatar)
        elif update.remove_avatar:
            record.pop("avatar", None)
        if banner is not None:
            record["banner"] = self._upload(banner)
        elif update.remove_banner:
            record.pop("banner", None)
        self._put_profile_record(record, envelope)
        return self.get_profile()

    def _put_profile_record(self, record: dict[str, Any], envelope: dict[str, Any] | None) -> None:
        _, account = self._require()
        body: dict[str, Any] = {"repo": account.did, "collection": PROFILE, "rkey": "self", "record": record}
        if envelope and envelope.get("cid"):
            body["swapRecord"] = envelope["cid"]  # refuse to overwrite a change made meanwhile elsewhere
        self._procedure("com.atproto.repo.putRecord", body, "putRecord")

    # -- posts -------------------------------------------------------------------------------------------

    @staticmethod
    def validate_post(text: str, images: Sequence[PostImage] = ()) -> list[EncodedImage]:
        """Check text, image count and alt texts, and prepare the images; raises before any request."""
        text = text or ""
        if not text.strip() and not images:
            raise ValidationError("text", BLUESKY.post.graphemes, 0)
        BLUESKY.post.check("text", text)
        if len(images) > BLUESKY.images_per_post:
            raise ValidationError("images", BLUESKY.images_per_post, len(images))
        prepared = []
        for index, image in enumerate(images):
            alt = (image.alt or "").strip()
            if not alt:
                raise ValidationError(f"images[{index}].alt", BLUESKY.alt_text.graphemes, 0,
                                      message=QCoreApplication.translate(
                                          "Bluesky", "Every picture needs a description (alternative text) "
                                          "for people who cannot see it."))
            BLUESKY.alt_text.check(f"images[{index}].alt", alt)
        for index, image in enumerate(images):
            prepared.append(fit_image(image.data, max_bytes=BLUESKY.image_bytes,
                                      max_width=BLUESKY.post_image_side, max_height=BLUESKY.post_image_side,
                                      field=f"images[{index}]"))
        return prepared

    def resolve_handle(self, handle: str) -> str | None:
        """The DID of ``handle`` as the account's server resolves it, or None."""
        client, _ = self._require()
        try:
            with _calling("resolveHandle"):
                response = client.invoke_query("com.atproto.identity.resolveHandle",
                                               params=DotDict({"handle": handle}))
        except (NotFound, ValidationError):
            return None
        except NetworkError as error:
            if isinstance(error, (Unreachable, AuthError, RateLimited)):
                raise
            return None
        content = response.content if isinstance(response.content, dict) else {}
        return content.get("did")

    def create_post(self, text: str, images: Sequence[PostImage] = (), langs: Sequence[str] = ("fr",),
                    resolve_mentions: Callable[[str], str | None] | None = None) -> PostRef:
        """Publish a post with links, mentions and hashtags made clickable, and described pictures."""
        prepared = self.validate_post(text, images)
        if len(langs) > BLUESKY.langs:
            raise ValidationError("langs", BLUESKY.langs, len(langs))
        _, account = self._require()
        record: dict[str, Any] = {"$type": POST, "text": text, "createdAt": _now_iso(), "langs": list(langs)}
        facets = detect_facets(text, resolve_mentions or self.resolve_handle)
        if facets:
            record["facets"] = facets
        if prepared:
            record["embed"] = {"$type": "app.bsky.embed.images", "images": [
                {"alt": image.alt.strip(), "image": self._upload(encoded),
                 "aspectRatio": {"width": encoded.width, "height": encoded.height}}
                for image, encoded in zip(images, prepared, strict=True)]}
        created = self._procedure("com.atproto.repo.createRecord",
                                  {"repo": account.did, "collection": POST, "record": record}, "createRecord")
        return PostRef(created["uri"], created["cid"])

    def get_post(self, uri: str) -> Post:
        """Read a post back from its author's server (to confirm what was published)."""
        repo, collection, rkey = parse_at_uri(uri)
        envelope = self._get_record(collection, rkey, repo=repo)
        if envelope is None:
            raise NotFound()
        value = envelope.get("value") or {}
        embed = value.get("embed") or {}
        images = [(item.get("alt", ""), item.get("image") or {}) for item in embed.get("images", [])]
        return Post(PostRef(envelope["uri"], envelope["cid"]), value.get("text", ""),
                    value.get("facets") or [], images, value.get("createdAt", ""), value.get("langs") or [])

    def delete_post(self, uri: str) -> None:
        """Delete one of the account's posts; unpins it first when it is the pinned one."""
        _, account = self._require()
        repo, collection, rkey = parse_at_uri(uri)
        if collection != POST or repo not in {account.did, account.handle}:
            raise ValidationError("uri", message=QCoreApplication.translate(
                "Bluesky", "Only this account's own publications can be deleted."))
        envelope = self._get_record(PROFILE, "self")
        pinned = self._profile_from(envelope).pinned_post
        if envelope and pinned and pinned.uri.endswith(f"/{collection}/{rkey}"):
            record = dict(envelope["value"])
            record.pop("pinnedPost", None)
            self._put_profile_record(record, envelope)
        self._procedure("com.atproto.repo.deleteRecord",
                        {"repo": account.did, "collection": collection, "rkey": rkey}, "deleteRecord")

    def pin_post(self, ref: PostRef | None) -> Profile:
        """Pin ``ref`` at the top of the profile (None unpins); other profile fields are kept."""
        self._require()
        envelope = self._get_record(PROFILE, "self")
        record: dict[str, Any] = dict((envelope or {}).get("value") or {})
        record["$type"] = PROFILE
        if ref is None:
            record.pop("pinnedPost", None)
        else:
            parse_at_uri(ref.uri)
            record["pinnedPost"] = {"uri": ref.uri, "cid": ref.cid}
        self._put_profile_record(record, envelope)
        return self.get_profile()

    # -- public figures (for the inventory) --------------------------------------------------------------

    def _query(self, nsid: str, params: dict[str, Any]) -> dict[str, Any]:
        client, _ = self._require()
        with _calling(nsid):
            response = client.invoke_query(nsid, params=DotDict(params))
        return response.content if isinstance(response.content, dict) else {}

    def public_figures(self, max_records: int = FIGURES_MAX_RECORDS) -> PublicFigures:
        """Followers, follows, posts and whether the handle is a proven domain, for our own account.

        The AppView counts everything; the PDS forwards ``app.bsky.actor.getProfile`` to it when it
        has one configured. A PDS without one (a self-hosted server, the test servers) answers 400
        "No service configured": then the figures come from the repository itself — the posts and
        follow records it holds, counted page by page up to ``max_records`` — and the followers stay
        unknown (None), since only an index of the whole network knows who follows an account.
        """
        _, account = self._require()
        described = self._query("com.atproto.repo.describeRepo", {"repo": account.did})
        handle = str(described.get("handle") or account.handle)
        verified = self._domain_handle_proven(handle, described.get("handleIsCorrect"))
        try:
            profile = self._query("app.bsky.actor.getProfile", {"actor": account.did})
        except NetworkError as error:
            if isinstance(error, (Unreachable, AuthError, RateLimited)):
                raise
            log.info("bluesky getProfile unavailable (%s): counting the repository", type(error).__name__)
        else:
            if isinstance(profile.get("did"), str):
                return PublicFigures(
                    followers=_count(profile.get("followersCount")),
                    following=_count(profile.get("followsCount")),
                    posts=_count(profile.get("postsCount")),
                    verified=verified, verified_link=handle if verified else "",
                    last_activity=self._newest_post_date(account.did),
                    source=FiguresSource.APPVIEW)
        posts, newest = self._count_records(account.did, POST, max_records)
        follows, _ = self._count_records(account.did, FOLLOW, max_records)
        return PublicFigures(followers=None, following=follows, posts=posts, verified=verified,
                             verified_link=handle if verified else "", last_activity=newest,
                             source=FiguresSource.REPOSITORY)

    def _domain_handle_proven(self, handle: str, handle_is_correct: Any) -> bool | None:
        """A handle outside the server's own domains (``*.bsky.social``…) that its domain proves.

        The proof is checked here (DNS record or well-known file pointing to our DID), as the AppView
        does: the server's own ``handleIsCorrect`` compares with a DID document it caches for up to an
        hour, so it still says False just after a switch. None when the server's domains are unknown.
        """
        try:
            server = self._query("com.atproto.server.describeServer", {})
        except NetworkError as error:
            if isinstance(error, (Unreachable, AuthError, RateLimited)):
                raise
            return None
        domains = [str(d).lower() for d in server.get("availableUserDomains") or []]
        if any(handle.lower().endswith(d if d.startswith(".") else "." + d) for d in domains):
            return False
        if handle_is_correct is True:
            return True
        try:
            return self.check_handle(handle).ok
        except ValidationError:  # not a domain name at all
            return False

    def _count_records(self, did: str, collection: str, max_records: int) -> tuple[int | None, date | None]:
        """How many records ``collection`` holds (None beyond ``max_records``) and the newest createdAt."""
        count, newest, cursor = 0, None, None
        page_size = min(100, max_records + 1)
        while True:
            params: dict[str, Any] = {"repo": did, "collection": collection, "limit": page_size}
            if cursor:
                params["cursor"] = cursor
            page = self._query("com.atproto.repo.listRecords", params)
            records = page.get("records") or []
            count += len(records)
            for record in records:
                created = _created_date(record)
                if created and (newest is None or created > newest):
                    newest = created
            if count > max_records:
                return None, newest
            cursor = page.get("cursor")  # the PDS gives one even after the last page: stop on an empty page
            if not records or not cursor:
                return count, newest

    def _newest_post_date(self, did: str) -> date | None:
        page = self._query("com.atproto.repo.listRecords", {"repo": did, "collection": POST, "limit": 1})
        records = page.get("records") or []
        return _created_date(records[0]) if records else None

    # -- domain handle -----------------------------------------------------------------------------------

    def handle_instructions(self, domain: str) -> HandleInstructions:
        _, account = self._require()
        return HandleInstructions(normalise_handle(domain), account.did)

    def check_handle(self, domain: str) -> HandleCheck:
        """Look for the DNS record and the well-known file (the "check now" button)."""
        _, account = self._require()
        domain = normalise_handle(domain)
        url = self.well_known_url(domain) if self.well_known_url else None
        return bluesky_handle.check_handle(domain, account.did, self.dns_resolver, url)

    def switch_handle(self, domain: str) -> Account:
        """Check the proof, then ask the server to switch the handle; the stored session follows it."""
        domain = normalise_handle(domain)
        check = self.check_handle(domain)
        if not check.ok:
            raise ValidationError("handle", message=check.explanation())
        try:
            self._procedure("com.atproto.identity.updateHandle", {"handle": domain}, "updateHandle")
        except NetworkError as error:
            if isinstance(error, (Unreachable, AuthError, RateLimited, PermissionDenied)):
                raise
            raise ValidationError("handle", message=QCoreApplication.translate("Bluesky",
                "Bluesky could not confirm the record on the domain yet. Wait a few minutes (DNS "
                "changes take time to spread) and try again.")) from None
        client, account = self._require()
        assert self._key is not None
        old_key, self._key[0] = self._key[0], domain
        if client._session is not None:
            client._session.handle = domain
            self.store.set(session_key(domain), client._session.encode())
        if old_key != domain:
            self.store.delete(session_key(old_key))
        self.account = Account(domain, account.did, account.service)
        return self.account


# -- public lookup (no login) ------------------------------------------------------------------------------


def _parse_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _created_date(envelope: Any) -> date | None:
    """The day a listed record says it was created (its ``createdAt``), None when absent or unreadable."""
    value = envelope.get("value") if isinstance(envelope, dict) else None
    created = _parse_datetime(value.get("createdAt")) if isinstance(value, dict) else None
    return created.date() if created else None


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and value >= 0 else None


def lookup_public(handle: str, appview: str = PUBLIC_APPVIEW, timeout: float = 10.0) -> PublicProfile:
    """Public figures of any account (followers, posts, creation date) from the AppView.

    Fails with :class:`Unreachable` offline, :class:`NotFound` for an unknown handle.
    """
    actor = handle.strip()
    actor = actor if actor.startswith("did:") else normalise_handle(actor)
    url = f"{appview.rstrip('/')}/xrpc/app.bsky.actor.getProfile"
    try:
        response = httpx.get(url, params={"actor": actor}, timeout=timeout,
                             headers={"Accept": "application/json"})
    except httpx.HTTPError as error:
        raise translate_error(error, "public lookup") from None
    if response.status_code == 429:
        value = response.headers.get("retry-after")
        raise RateLimited(float(value) if value and value.isdigit() else None)
    if response.status_code in {400, 404}:
        raise NotFound(QCoreApplication.translate("Bluesky", "No Bluesky account has this handle."))
    if response.status_code != 200:
        raise ServerError()
    try:
        data = response.json()
    except ValueError:
        raise ServerError() from None
    if not isinstance(data, dict) or not isinstance(data.get("did"), str):
        raise ServerError()
    return PublicProfile(
        handle=str(data.get("handle") or actor), did=data["did"],
        display_name=str(data.get("displayName") or ""), description=str(data.get("description") or ""),
        followers=_count(data.get("followersCount")), follows=_count(data.get("followsCount")),
        posts=_count(data.get("postsCount")), created_at=_parse_datetime(data.get("createdAt")),
        avatar_url=data.get("avatar") if isinstance(data.get("avatar"), str) else None,
    )


def graphemes_left(text: str, limit: int) -> int:
    """For live counters: how many graphemes remain (negative when over)."""
    return limit - graphemes(text)
