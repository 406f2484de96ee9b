#!/usr/bin/env bash
# Install what ExitPlanner needs on a Debian/Ubuntu machine and create .venv (idempotent).
#   scripts/bootstrap.sh          the app (Qt runtime libraries, Python packages)
#   scripts/bootstrap.sh --test   also what the test suite needs (keyring daemon, D-Bus, test servers)
# Runs as root (CI) or with sudo; on other systems install the same packages by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

APT_APP=(libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0
         xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
         libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 fonts-dejavu-core)
APT_TEST=(gnome-keyring dbus-daemon dbus-bin dbus-x11 poppler-utils g++ make
          desktop-file-utils shared-mime-info shellcheck  # packaging checks (Linux integration, scripts)
          chromium)  # drives the archive of record's offline search (tests/record/test_record_search.py)

missing=()
pkgs=("${APT_APP[@]}")
[ $with_tests = 1 ] && pkgs+=("${APT_TEST[@]}")
if command -v dpkg-query >/dev/null; then
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
# The test servers need Node.js and npm (any version: the PDS brings its own Node 22 from npm).
if [ $with_tests = 1 ] && ! command -v npm >/dev/null; then missing+=(nodejs npm); fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "bootstrap: apt-get install ${missing[*]}"
  # A broken list on one mirror (seen: i386 of bookworm-security) must not stop us: the install below
  # still fails loudly if a package we need is really missing.
  $SUDO apt-get update -qq || echo "bootstrap: apt-get update reported errors; going on"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=.venv/.exitplanner-installed
extra=""; [ $with_tests = 1 ] && extra="[test]"
want="$(sha256sum pyproject.toml | cut -c1-16)$extra"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING" || true
  .venv/bin/python -m pip install -q -e ".$extra" 2>&1 | grep -v "^WARNING" || true
  .venv/bin/python -c "import exitplanner, PySide6.QtWidgets" # fail loudly if the install did not work
  echo "$want" > "$stamp"
fi
