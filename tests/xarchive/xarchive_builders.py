"""Small hand-made archives for the xarchive tests (the generator covers the realistic ones)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

ACCOUNT = {
    "account": {
        "email": "com@ville.fr",
        "createdVia": "web",
        "username": "VilleTest",
        "accountId": "42",
        "createdAt": "2012-01-02T03:04:05.000Z",
        "accountDisplayName": "Ville Test",
    }
}


def ytd(ytd_type: str, items: Any, part: int = 0) -> bytes:
    """A data file as X writes it: pretty-printed, two-space indentation."""
    return (
        f"window.YTD.{ytd_type}.part{part} = ".encode()
        + json.dumps(items, indent=2, ensure_ascii=False).encode()
    )


def tweet(
    tweet_id: int,
    created: str = "Wed Oct 10 20:19:24 +0000 2018",
    text: str = "Bonjour",
    wrap: bool = True,
    **extra: Any,
) -> dict:
    body = {
        "id_str": str(tweet_id),
        "id": str(tweet_id),
        "created_at": created,
        "full_text": text,
        "favorite_count": "1",
        "retweet_count": "0",
        "entities": {"hashtags": [], "user_mentions": [], "urls": []},
        **extra,
    }
    return {"tweet": body} if wrap else body


def manifest(files: dict[str, list[tuple[str, str, int]]], account_id: str = "42") -> bytes:
    """``files``: data type -> [(fileName, globalName, count)]."""
    config = {
        "userInfo": {"accountId": account_id, "userName": "VilleTest", "displayName": "Ville Test"},
        "archiveInfo": {"sizeBytes": "1", "generationDate": "2024-01-01T00:00:00.000Z"},
        "dataTypes": {
            key: {"files": [{"fileName": f, "globalName": g, "count": str(c)} for f, g, c in specs]}
            for key, specs in files.items()
        },
    }
    return b"window.__THAR_CONFIG = " + json.dumps(config, indent=2).encode()


def write_zip(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def minimal(
    tweets: list[dict] | None = None,
    *,
    prefix: str = "data/",
    with_manifest: bool = True,
    counts: dict[str, int] | None = None,
) -> dict[str, bytes]:
    """A small modern archive: account, tweets, and a manifest whose counts match (unless overridden)."""
    tweets = tweets if tweets is not None else [tweet(1000 + i) for i in range(3)]
    counts = counts or {}
    members = {
        prefix + "account.js": ytd("account", [ACCOUNT]),
        prefix + "tweets.js": ytd("tweets", tweets),
    }
    if with_manifest:
        members[prefix + "manifest.js"] = manifest(
            {
                "account": [("data/account.js", "YTD.account.part0", counts.get("account", 1))],
                "tweets": [("data/tweets.js", "YTD.tweets.part0", counts.get("tweets", len(tweets)))],
            }
        )
    return members
