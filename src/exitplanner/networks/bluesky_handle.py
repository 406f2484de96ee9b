"""Domain handles on Bluesky (``@ville-exemple.fr``): what to publish, and whether it is published.

A town proves that a Bluesky account is its own by publishing the account's DID on its official
domain, in one of two ways (atproto "handle resolution"):

* a DNS TXT record named ``_atproto.<domain>`` whose value is exactly ``did=<did>``; there must be
  only one ``did=`` value, or the handle is invalid;
* or a file ``https://<domain>/.well-known/atproto-did`` whose first line is the DID.

The checks here let the UI say "found / not yet / wrong value" before asking the server to switch
the handle (the server checks again and refuses when it does not see the record). DNS is asked
through dnspython (the system's resolvers by default); DNS changes may take up to the record's TTL
(often an hour) to be visible.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import dns.exception
import dns.resolver
import httpx
import idna
from PySide6.QtCore import QCoreApplication

from exitplanner.networks.errors import Unreachable, ValidationError

log = logging.getLogger(__name__)

_HANDLE_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_MAX_HANDLE = 253



def normalise_handle(text: str, field_name: str = "handle") -> str:
    """``"@Ville-Exemple.FR "`` → ``"ville-exemple.fr"``; ValidationError when it cannot be a handle.

    Accepts what people paste: a leading @, a URL (``https://ville.fr/``), capitals, an accented
    domain (converted to its IDNA "xn--" form, which is what DNS and Bluesky use).
    """
    value = (text or "").strip().lstrip("@").strip()
    for prefix in ("https://", "http://"):
        if value.lower().startswith(prefix):
            value = value[len(prefix):]
    value = value.split("/")[0].rstrip(".").lower()
    try:  # IDNA 2008 with UTS #46 mapping, as registrars do ("ß" stays, unlike Python's own codec)
        value = idna.encode(value, uts46=True).decode("ascii") if value else value
    except (idna.IDNAError, UnicodeError):
        raise ValidationError(field_name, message=QCoreApplication.translate(
            "BlueskyHandle", "This is not a valid domain name.")) from None
    labels = value.split(".")
    if (len(value) > _MAX_HANDLE or len(labels) < 2 or labels[-1][0].isdigit()
            or not all(re.fullmatch(_HANDLE_LABEL, label) for label in labels)):
        raise ValidationError(field_name, message=QCoreApplication.translate(
            "BlueskyHandle", "This is not a valid domain name."))
    return value


@dataclass(frozen=True)
class HandleInstructions:
    """What the town's web or DNS provider must publish (shown with copy buttons)."""

    domain: str
    did: str

    @property
    def dns_name(self) -> str:
        return f"_atproto.{self.domain}"

    @property
    def dns_type(self) -> str:
        return "TXT"

    @property
    def dns_value(self) -> str:
        return f"did={self.did}"

    @property
    def well_known_url(self) -> str:
        return f"https://{self.domain}/.well-known/atproto-did"

    @property
    def well_known_body(self) -> str:
        return self.did


@dataclass
class HandleCheck:
    """Result of looking for the proof; ``ok`` when either way proves ``did``."""

    domain: str
    did: str
    dns_values: list[str] = field(default_factory=list)  # every did=… value found (without "did=")
    dns_error: str | None = None  # translated explanation when DNS could not be asked
    well_known_value: str | None = None
    well_known_error: str | None = None

    @property
    def dns_ok(self) -> bool:
        return self.dns_values == [self.did]

    @property
    def well_known_ok(self) -> bool:
        return self.well_known_value == self.did

    @property
    def ok(self) -> bool:
        return self.dns_ok or self.well_known_ok

    def explanation(self) -> str:
        """One French sentence for the UI about the outcome."""
        if self.dns_ok:
            return QCoreApplication.translate(
                "BlueskyHandle", "The DNS record is in place: the handle can be switched.")
        if self.well_known_ok:
            return QCoreApplication.translate(
                "BlueskyHandle", "The file on the website is in place: the handle can be switched.")
        if len(self.dns_values) > 1:
            return QCoreApplication.translate(
                "BlueskyHandle", "Several did= values are published in the DNS record: keep only one.")
        if self.dns_values:
            return QCoreApplication.translate(
                "BlueskyHandle", "The DNS record exists but names another account: replace its value.")
        if self.well_known_value:
            return QCoreApplication.translate(
                "BlueskyHandle", "The file on the website names another account: replace its content.")
        return QCoreApplication.translate(
            "BlueskyHandle",
            "Neither the DNS record nor the file was found yet. DNS changes can take up to an "
                   "hour to be visible; try again later.")


def check_dns(domain: str, did: str, resolver: dns.resolver.Resolver | None = None,
              timeout: float = 5.0) -> tuple[list[str], str | None]:
    """The ``did=`` values of ``_atproto.<domain>`` TXT, and an explanation when DNS could not answer."""
    resolver = resolver or dns.resolver.Resolver()
    resolver.lifetime = timeout
    try:
        answer = resolver.resolve(f"_atproto.{domain}", "TXT")
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return [], None
    except (dns.exception.Timeout, dns.resolver.NoNameservers, OSError) as error:
        log.info("DNS check of %s failed: %s", domain, type(error).__name__)
        return [], QCoreApplication.translate("BlueskyHandle", "The DNS could not be asked (no connection?).")
    values = [b"".join(record.strings).decode("utf-8", "replace") for record in answer]
    return [value[len("did="):].strip() for value in values if value.startswith("did=")], None


def check_well_known(domain: str, did: str, url: str | None = None,
                     timeout: float = 10.0) -> tuple[str | None, str | None]:
    """The first line of ``/.well-known/atproto-did`` (None when absent), and an explanation on failure.

    ``url`` replaces ``https://<domain>/.well-known/atproto-did`` (tests; the Host header still names
    the domain). Redirects are not followed, as atproto resolvers do not rely on them.
    """
    target = url or HandleInstructions(domain, did).well_known_url
    try:
        response = httpx.get(target, headers={"Host": domain} if url else None, timeout=timeout,
                             follow_redirects=False)
    except httpx.HTTPError as error:
        log.info("well-known check of %s failed: %s", domain, type(error).__name__)
        return None, QCoreApplication.translate(
            "BlueskyHandle", "The website could not be reached over HTTPS.")
    if response.status_code != 200:
        return None, None
    first = response.text[:500].splitlines()[0].strip() if response.text.strip() else ""
    return (first or None), None


def check_handle(domain: str, did: str, resolver: dns.resolver.Resolver | None = None,
                 well_known_url: str | None = None) -> HandleCheck:
    """Look for both proofs (the UI's "check now" button)."""
    domain = normalise_handle(domain)
    values, dns_error = check_dns(domain, did, resolver)
    result = HandleCheck(domain, did, values, dns_error)
    if not result.dns_ok:
        result.well_known_value, result.well_known_error = check_well_known(domain, did, well_known_url)
    if not result.ok and dns_error and result.well_known_error:
        raise Unreachable()
    return result
