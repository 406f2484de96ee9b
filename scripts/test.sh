#!/usr/bin/env bash
# Install everything the tests need (first time only), then run the whole suite with a real
# Secret Service (gnome-keyring in a private D-Bus session). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh --test
bash scripts/install-test-servers.sh     # Bluesky PDS (npm), first time about 100 s
bash scripts/fetch-mastodon-cassettes.sh # real Mastodon recordings from the Mastodon.py sdist (PyPI)
exec dbus-run-session -- bash scripts/with-keyring.sh .venv/bin/python -m pytest "$@"
