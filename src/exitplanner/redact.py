"""Recognise secrets in text and data, so that logs and plan files never hold one.

Two users share these rules: the log filter (``exitplanner.logs``) blanks secrets out of every
message, and the plan guard (``exitplanner.plan.secret_guard``) refuses to save a plan that
contains one. Keeping the patterns in one place means a new kind of token is taught to both.

The patterns aim at what this app handles: Bluesky app passwords (``xxxx-xxxx-xxxx-xxxx``),
bearer tokens and ``Authorization`` headers, JWTs (Bluesky session tokens start with ``eyJ``),
OAuth query parameters (``code=``, ``access_token=``…), ``key=value`` / ``"key": "value"`` pairs
whose key names a secret, and passwords inside URLs (``https://user:pass@host``). A random
Mastodon or X token without such context cannot be told apart from a checksum, so we do not try:
those never reach a message because the network clients keep them out (DESIGN §4).
"""

from __future__ import annotations

import re
from functools import lru_cache

REDACTED = "[REDACTED]"

# Words that make a mapping key (or a ``key=`` in a message) name a secret.
SECRET_KEY_WORDS = frozenset(
    {"password", "passwd", "passphrase", "secret", "token", "jwt", "authorization", "apikey", "privatekey"}
)

_KEY_NAMES = (
    r"(?:app[_-]?password|password|passwd|passphrase|pwd|client[_-]?secret|secret"
    r"|access[_-]?token|refresh[_-]?token|id[_-]?token|access[_-]?jwt|refresh[_-]?jwt|token"
    r"|api[_-]?key|code[_-]?verifier|authorization)"
)

# key=value, key: value, "key": "value", 'key': 'value' (dict reprs, JSON, headers, query strings).
# The key is matched without a left boundary ("x_access_token" matches at "access_token"): a
# ``[\w-]*`` prefix would make the search quadratic on long hyphenated text.
_KEY_VALUE = re.compile(
    rf"(?P<key>{_KEY_NAMES})(?P<sep>['\"]?\s*[:=]\s*)"
    r"(?:(?P<quote>['\"])(?P<quoted>.*?)(?P=quote)"
    r"|(?P<plain>(?:(?:bearer|basic|dpop|token)\s+)?[^\s'\",;&}\]]+))",
    re.IGNORECASE,
)
# OAuth authorisation code in a redirect URL: only in query-string position, so that an INSEE
# ``code: 75056`` in a message stays readable.
_OAUTH_CODE = re.compile(r"(?P<key>[?&#]code=)(?P<plain>[^\s&#'\"]+)", re.IGNORECASE)
_BEARER = re.compile(r"\b(?P<key>bearer\s+)(?P<plain>[A-Za-z0-9\-._~+/]+=*)", re.IGNORECASE)
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*)?")
# Bluesky app passwords: four groups of four lower-case letters or digits.
_APP_PASSWORD = re.compile(
    r"(?<![A-Za-z0-9-])[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}(?![A-Za-z0-9-])"
)
_URL_PASSWORD = re.compile(r"(?P<key>://[^/\s:@]+:)(?P<plain>[^/\s@]+)(?=@)")


def _blank_value(match: re.Match[str]) -> str:
    if match.groupdict().get("quote"):
        return f"{match['key']}{match['sep']}{match['quote']}{REDACTED}{match['quote']}"
    return f"{match['key']}{match.groupdict().get('sep') or ''}{REDACTED}"


def redact(text: str, *, oauth_codes: bool = True) -> str:
    """``text`` with every recognised secret replaced by ``[REDACTED]``.

    ``oauth_codes=False`` leaves ``?code=…`` alone: an authorisation code is only worth
    blanking in logs (it is short-lived), and in a plan a web address with a ``code`` parameter is
    far more likely to be an ordinary link.
    """
    if not text:
        return text
    text = _KEY_VALUE.sub(_blank_value, text)
    if oauth_codes:
        text = _OAUTH_CODE.sub(_blank_value, text)
    text = _BEARER.sub(_blank_value, text)
    text = _URL_PASSWORD.sub(_blank_value, text)
    text = _JWT.sub(REDACTED, text)
    return _APP_PASSWORD.sub(REDACTED, text)


# The same rules as one search, for checking thousands of plan values quickly: only whether there
# is a secret, not where (an empty quoted value, ``password: ""``, does not count).
_ANY_SECRET = re.compile(
    rf"(?i:{_KEY_NAMES}['\"]?\s*[:=]\s*(?:['\"][^'\"]|[^\s'\",;&}}\]]))"
    r"|(?i:\bbearer\s+[A-Za-z0-9\-._~+/])"
    r"|://[^/\s:@]+:[^/\s@]+@"
    r"|\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}"
    r"|(?<![A-Za-z0-9-])[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}(?![A-Za-z0-9-])"
)


def looks_like_secret(text: str, *, oauth_codes: bool = True) -> bool:
    """True when ``text`` contains something :func:`redact` would blank out."""
    if not text:
        return False
    return bool(_ANY_SECRET.search(text) or (oauth_codes and _OAUTH_CODE.search(text)))


def _key_words(key: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", key)
    return [word for word in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if word]


@lru_cache(maxsize=4096)  # plans repeat the same few keys thousands of times
def is_secret_key(key: str) -> bool:
    """True when a mapping key names a secret: ``password``, ``app_password``, ``accessToken``,
    ``client_secret``, ``refreshJwt``, ``api-key``… but not ``credentials_holder`` or ``tokens``."""
    words = _key_words(key)
    if any(word in SECRET_KEY_WORDS for word in words):
        return True
    joined = "".join(words)
    return any(joined.endswith(word) for word in ("apikey", "privatekey"))
