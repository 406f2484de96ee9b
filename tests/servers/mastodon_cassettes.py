"""Fetch the real-server recordings (vcrpy cassettes) that ship in the Mastodon.py source distribution.

Mastodon.py's own tests were recorded against a real Mastodon 4.x; its sdist on PyPI carries them in
``tests/cassettes``. We replay some of them through OUR client (tests/networks/test_mastodon_replay.py)
to check our parsing against real answers. They are downloaded, not committed: the sdist of the
installed Mastodon.py version goes to ``tests/.cache/`` (git-ignored) once, and only the cassettes
are extracted. Run this file (or scripts/fetch-mastodon-cassettes.sh) to pre-fetch them in CI.
"""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

CACHE = Path(__file__).resolve().parents[1] / ".cache"


def ensure_cassettes(cache: Path = CACHE) -> Path:
    """Return the folder of ``*.yaml`` cassettes for the installed Mastodon.py, downloading it if needed."""
    version = importlib.metadata.version("Mastodon.py")
    root = cache / f"mastodon-py-{version}"
    target = root / "cassettes"
    if (target / ".complete").exists():
        return target
    sdist_dir = root / "sdist"
    sdist_dir.mkdir(parents=True, exist_ok=True)
    archives = sorted(sdist_dir.glob("*.tar.gz"))
    if not archives:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
             f"Mastodon.py=={version}", "-d", str(sdist_dir)],
            check=True,
        )
        archives = sorted(sdist_dir.glob("*.tar.gz"))
    if not archives:
        raise RuntimeError(f"no Mastodon.py {version} sdist in {sdist_dir}")
    partial = root / "cassettes.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    with tarfile.open(archives[0], "r:gz") as archive:
        for member in archive:
            parts = member.name.split("/")
            # only regular files directly in <top>/tests/cassettes/, written under their bare name
            if member.isfile() and len(parts) == 4 and parts[1:3] == ["tests", "cassettes"] \
                    and parts[3].endswith(".yaml"):
                source = archive.extractfile(member)
                if source is not None:
                    (partial / parts[3]).write_bytes(source.read())
    (partial / ".complete").write_text(version)
    shutil.rmtree(target, ignore_errors=True)
    partial.rename(target)
    return target


if __name__ == "__main__":
    print(ensure_cassettes())
