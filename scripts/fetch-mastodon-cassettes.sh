#!/usr/bin/env bash
# Pre-fetch the real Mastodon 4.x recordings replayed by tests/networks/test_mastodon_replay.py: downloads
# the sdist of the installed Mastodon.py from PyPI into tests/.cache/ (git-ignored) and extracts its
# tests/cassettes. Idempotent and instant once done; the tests also fetch it themselves when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" tests/servers/mastodon_cassettes.py
