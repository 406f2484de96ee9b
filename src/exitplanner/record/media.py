"""Where each media file of the X archive goes in the archive of record, and which post shows it.

Media names come from the (possibly hostile) zip: the reader already refused traversal names,
and here every name is reduced to a portable one (letters, digits, ``.``, ``-``, ``_``) that is
unique even on case-insensitive disks (Windows, macOS), since the folder is meant to be copied to
the archives service's storage as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exitplanner.xarchive.model import MediaFile

MEDIA_DIR = "data/media"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "webp", "bmp"}
VIDEO_EXTENSIONS = {"mp4", "mov", "m4v", "webm"}
MIME = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif",
        "webp": "image/webp", "mp4": "video/mp4", "mov": "video/quicktime", "m4v": "video/mp4",
        "webm": "video/webm"}


@dataclass(frozen=True)
class PlacedMedia:
    source: MediaFile
    relative: str  # path in the bag, e.g. data/media/tweets_media/123-abc.jpg

    @property
    def extension(self) -> str:
        return self.relative.rsplit(".", 1)[-1].lower() if "." in self.relative.rsplit("/", 1)[-1] else ""

    @property
    def name(self) -> str:
        return self.relative.rsplit("/", 1)[-1]


def _portable(part: str) -> str:
    cleaned = _UNSAFE.sub("_", part).strip(". ") or "_"
    if cleaned.split(".", 1)[0].lower() in _RESERVED:
        cleaned = "_" + cleaned
    return cleaned[:150]


def place_media(media: list[MediaFile]) -> list[PlacedMedia]:
    """A portable, unique path in the bag for every media file, in the archive's order."""
    placed = []
    used: set[str] = set()
    for item in media:
        # The archive's own folder name (tweets_media or tweet_media), without its data/ prefix.
        folder = _portable(item.folder.rstrip("/").rsplit("/", 1)[-1]) if item.folder.strip("/") else "media"
        base = _portable(item.path.rsplit("/", 1)[-1])
        relative = f"{MEDIA_DIR}/{folder}/{base}"
        stem, dot, ext = base.rpartition(".")
        if not dot:
            stem, ext = base, ""
        counter = 1
        while relative.lower() in used:
            counter += 1
            name = f"{stem}-{counter}.{ext}" if ext else f"{stem}-{counter}"
            relative = f"{MEDIA_DIR}/{folder}/{name}"
        used.add(relative.lower())
        placed.append(PlacedMedia(item, relative))
    return placed


def media_by_post(placed: list[PlacedMedia]) -> dict[int, list[PlacedMedia]]:
    """Media files named ``<tweet id>-…`` grouped by that id (how X ties a file to its post)."""
    index: dict[int, list[PlacedMedia]] = {}
    for item in placed:
        if item.source.tweet_id is not None:
            index.setdefault(item.source.tweet_id, []).append(item)
    return index
