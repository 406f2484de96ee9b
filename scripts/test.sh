#!/usr/bin/env bash
# Install everything the tests need (first time only), then run the whole suite with a real
# Secret Service (gnome-keyring in a private D-Bus session). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh --test
exec dbus-run-session -- bash scripts/with-keyring.sh .venv/bin/python -m pytest "$@"
