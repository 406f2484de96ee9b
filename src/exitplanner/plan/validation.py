"""Checking and tidying what the user types in step 1 and the inventory.

Two kinds of helpers:

* normalisers return the tidy form or ``None`` when the input is not valid
  (:func:`normalise_french_phone`, :func:`validate_domain`, :func:`normalise_email`,
  :func:`normalise_handle`), and :func:`validate_email` answers yes or no;
* ``*_problem`` functions and :func:`validate_handle` return ``None`` when the input is fine (or
  empty: whether a field is required is the form's business) and otherwise a translated sentence
  telling the user what is expected, ready for a tooltip or a status line.

Phone numbers are shown the way French documents write them. Numbers of the French numbering
plan — metropolitan France and the overseas departments (Guadeloupe, Martinique, Guyane,
La Réunion, Mayotte), whether typed ``01 23 45 67 89``, ``01.23.45.67.89``, ``+33 1 23 45 67 89``,
``+33 (0)1 23…``, ``0033…`` or ``+262 262 12 34 56`` — come out in the national form in pairs,
``01 23 45 67 89`` / ``02 62 12 34 56``, which is what a press release prints. The overseas
collectivities with their own country codes (New Caledonia +687, French Polynesia +689,
Saint-Pierre-et-Miquelon +508, Wallis-et-Futuna +681) cannot be dialled in national form from
metropolitan France, so they keep the international form in pairs: ``+687 28 12 34``. ``+269``
was Mayotte's code until 2007 (today Comoros): a Mayotte number still written with it
(``+269 269 61 23 45``) is read as the Mayotte number; other +269 numbers are refused.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

import idna
from PySide6.QtCore import QCoreApplication

from exitplanner.plan.model import Network

# ---------------------------------------------------------------------------------------- phones

# Country codes whose numbers belong to the French national plan (9 digits after the code).
_NATIONAL_PLAN_CODES = ("33", "262", "590", "594", "596")
# Overseas collectivities with their own plan: code → number of digits after it.
_OWN_PLAN_CODES = {"687": (6,), "689": (8,), "508": (6,), "681": (6,)}
_PHONE_ALLOWED = re.compile(r"^\+?[0-9 .\-/()]+$")


def _pairs(digits: str) -> str:
    return " ".join(digits[index:index + 2] for index in range(0, len(digits), 2))


def normalise_french_phone(text: str) -> str | None:
    """The display form of a French phone number, or ``None`` (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    text = text.replace("\u202f", " ").replace("\u00a0", " ")
    if not text or not _PHONE_ALLOWED.match(text):
        return None
    text = text.replace("(0)", "")  # "+33 (0)1 23…": the trunk zero some people write in brackets
    international = text.startswith("+")
    digits = re.sub(r"[^0-9]", "", text)
    if not international and digits.startswith("00"):
        international, digits = True, digits[2:]
    if not international:
        return _pairs(digits) if re.fullmatch(r"0[1-9][0-9]{8}", digits) else None
    if digits.startswith("269") and re.fullmatch(r"(?:269|639)[0-9]{6}", digits[3:]):
        return _pairs("0" + digits[3:])  # Mayotte written with its pre-2007 code
    for code in _NATIONAL_PLAN_CODES:
        if digits.startswith(code):
            national = digits[len(code):]
            if len(national) == 10 and national.startswith("0"):
                national = national[1:]  # "+33 01 23…": trunk zero typed after the country code
            if re.fullmatch(r"[1-9][0-9]{8}", national):
                return _pairs("0" + national)
            return None
    for code, lengths in _OWN_PLAN_CODES.items():
        if digits.startswith(code) and len(digits) - len(code) in lengths:
            return f"+{code} {_pairs(digits[len(code):])}"
    return None


def phone_problem(text: str) -> str | None:
    if not (text or "").strip() or normalise_french_phone(text) is not None:
        return None
    return QCoreApplication.translate(
        "Validation", "Enter a French phone number, for example 01 23 45 67 89 or +33 1 23 45 67 89.")


# --------------------------------------------------------------------------------------- domains

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def _ascii_domain(host: str) -> str | None:
    """The ASCII (punycode) form of ``host`` if it is a valid public host name, else ``None``."""
    if not host or len(host) > 253 or ".." in host:
        return None
    try:
        ascii_host = idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        return None
    labels = ascii_host.split(".")
    if len(labels) < 2 or len(ascii_host) > 253:
        return None
    if not all(_LABEL.match(label) for label in labels):
        return None
    tld = labels[-1]
    if not (tld.isalpha() and len(tld) >= 2) and not tld.startswith("xn--"):
        return None  # also refuses IP addresses
    return ascii_host


def validate_domain(text: str) -> str | None:
    """The website's domain, lower-case, or ``None``.

    Accepts what people paste: ``https://www.ville-exemple.fr/accueil`` gives
    ``www.ville-exemple.fr`` (the ``www.`` is kept when given: it may be the only name that
    serves the site). Internationalised names are checked (IDNA 2008) and returned in Unicode
    (``mairie-élancourt.fr``). Refused: IP addresses, ports, user names, single labels.
    """
    text = unicodedata.normalize("NFC", (text or "").strip())
    if not text or any(character.isspace() for character in text):
        return None
    if "://" in text:
        try:
            parts = urlsplit(text)
        except ValueError:
            return None
        if parts.scheme.lower() not in ("http", "https") or parts.username or parts.password or parts.port:
            return None
        host = parts.hostname or ""
    else:
        host = re.split(r"[/?#]", text, maxsplit=1)[0]
        if "@" in host or ":" in host:
            return None
    host = host.lower().rstrip(".")
    ascii_host = _ascii_domain(host)
    if ascii_host is None:
        return None
    try:
        return idna.decode(ascii_host)
    except (idna.IDNAError, UnicodeError):
        return None


def domain_problem(text: str) -> str | None:
    if not (text or "").strip() or validate_domain(text) is not None:
        return None
    return QCoreApplication.translate(
        "Validation", "Enter the website's domain name, for example ville-exemple.fr.")


# ---------------------------------------------------------------------------------------- e-mail

# RFC 5322 "atext" characters, dots between them; Unicode local parts are refused on purpose,
# many mail servers of local authorities still reject them.
_LOCAL_PART = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")


def normalise_email(text: str) -> str | None:
    """``Prénom.Nom@Ville-Exemple.fr`` → ``Prénom.Nom@ville-exemple.fr`` (domain lower-cased), or ``None``.

    A leading ``mailto:`` and surrounding spaces or angle brackets are removed.
    """
    text = (text or "").strip().strip("<>").strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:"):]
    if text.count("@") != 1:
        return None
    local, domain = text.split("@")
    if not local or len(local) > 64 or not _LOCAL_PART.match(local):
        return None
    if re.search(r"[/?#:\[\]\\\s]", domain):  # a bare host name, not a URL
        return None
    host = validate_domain(domain)
    if host is None or len(local) + 1 + len(host) > 254:
        return None
    return f"{local}@{host}"


def validate_email(text: str) -> bool:
    return normalise_email(text) is not None


def email_problem(text: str) -> str | None:
    if not (text or "").strip() or validate_email(text):
        return None
    return QCoreApplication.translate(
        "Validation", "Enter an e-mail address, for example communication@ville-exemple.fr.")


# --------------------------------------------------------------------------------------- handles

_X_HANDLE = re.compile(r"^[A-Za-z0-9_]{1,15}$")
_INSTAGRAM_HANDLE = re.compile(r"^(?!.*\.\.)(?!\.)[A-Za-z0-9._]{1,30}(?<!\.)$")
_MASTODON_USER = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$")
_PROFILE_URL = re.compile(r"^https?://(?:www\.|mobile\.)?(?:x|twitter|instagram|threads)\.(?:com|net)/@?([^/?#]+)",
                          re.IGNORECASE)
_BLUESKY_URL = re.compile(r"^https?://bsky\.app/profile/([^/?#]+)", re.IGNORECASE)
_MASTODON_URL = re.compile(r"^https?://([^/?#]+)/@([^/?#@]+)/?$", re.IGNORECASE)


def _network(network: Network | str) -> Network:
    try:
        return Network(network)
    except ValueError:
        return Network.OTHER


def normalise_handle(network: Network | str, text: str) -> str:
    """The handle as it is usually written for ``network``, pulled out of a pasted profile URL.

    X, Instagram, Threads: without ``@`` (``VilleneuveSurEx``); Bluesky: lower-case domain
    (``villeneuve.bsky.social``); Mastodon: ``@user@instance``. Other networks: trimmed text.
    Does not validate: see :func:`validate_handle`.
    """
    network = _network(network)
    text = (text or "").strip()
    if network in (Network.X, Network.INSTAGRAM, Network.THREADS):
        match = _PROFILE_URL.match(text)
        return (match.group(1) if match else text).lstrip("@")
    if network is Network.BLUESKY:
        match = _BLUESKY_URL.match(text)
        return (match.group(1) if match else text).lstrip("@").lower()
    if network is Network.MASTODON:
        match = _MASTODON_URL.match(text)
        if match:
            return f"@{match.group(2)}@{match.group(1).lower()}"
        parts = text.lstrip("@").split("@")
        if len(parts) == 2:
            return f"@{parts[0]}@{parts[1].lower()}"
        return text
    return text


def _is_bluesky_handle(handle: str) -> bool:
    # AT Protocol handles are ASCII domain names; the last label may not start with a digit.
    if len(handle) > 253 or not handle.isascii():
        return False
    labels = handle.lower().split(".")
    return (len(labels) >= 2 and all(_LABEL.match(label) for label in labels)
            and labels[-1][0].isalpha())


def validate_handle(network: Network | str, text: str) -> str | None:
    """``None`` when ``text`` is a plausible handle on ``network`` (or empty), else what is expected.

    Basic shape checks only (the inventory also holds accounts that the user describes loosely):
    X 1–15 letters, digits or ``_``; Bluesky a domain name (``ville.bsky.social``); Mastodon
    ``@user@instance``; Instagram and Threads 1–30 letters, digits, ``.`` or ``_``.
    Other networks are not checked.
    """
    network = _network(network)
    text = (text or "").strip()
    if not text:
        return None
    handle = normalise_handle(network, text)
    if network is Network.X:
        if _X_HANDLE.match(handle):
            return None
        return QCoreApplication.translate(
            "Validation",
            "An X handle has 1 to 15 letters, digits or underscores, for example @VilleExemple.")
    if network is Network.BLUESKY:
        if _is_bluesky_handle(handle):
            return None
        return QCoreApplication.translate(
            "Validation", "A Bluesky handle looks like a domain name, for example ville-exemple.bsky.social "
            "or ville-exemple.fr.")
    if network is Network.MASTODON:
        parts = handle.lstrip("@").split("@")
        if (len(parts) == 2 and len(parts[0]) <= 30 and _MASTODON_USER.match(parts[0])
                and _ascii_domain(parts[1].rstrip(".")) is not None):
            return None
        return QCoreApplication.translate(
            "Validation",
            "A Mastodon address has the form @name@server, for example @ville@mastodon.example.")
    if network in (Network.INSTAGRAM, Network.THREADS):
        if _INSTAGRAM_HANDLE.match(handle):
            return None
        return QCoreApplication.translate(
            "Validation", "An Instagram or Threads handle has 1 to 30 letters, digits, dots or underscores.")
    return None
