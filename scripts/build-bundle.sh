#!/usr/bin/env bash
# Build the frozen one-dir app (PyInstaller, packaging/exitplanner.spec) into dist/exitplanner/ and
# run its self-test headless: a missing resource, translation or Qt plugin fails here, not on a
# user's computer. Used by .ci/run on Linux and by packaging/ci/build-installers.yml on each OS.
#   scripts/build-bundle.sh            bootstrap if needed, build, self-test
#   SKIP_BOOTSTRAP=1 scripts/build-bundle.sh   use the existing .venv as it is (after scripts/test.sh in
#                                              .ci/run, which bootstrapped with the test extras; Windows/macOS)
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

if [ -z "${SKIP_BOOTSTRAP:-}" ]; then
  bash scripts/bootstrap.sh
fi
# PyInstaller reads shared-library dependencies with objdump (binutils) on Linux.
if [ "$(uname -s)" = Linux ] && ! command -v objdump >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq || echo "build-bundle: apt-get update reported errors; going on"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi
if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=.venv/Scripts/python.exe; fi  # Windows venv layout
"$PY" -m pip install -q "pyinstaller>=6.10,<7" 2>&1 | grep -v "^WARNING" || true

# --clean: a stale build/ cache once kept a removed resource in the bundle.
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/exitplanner.spec
built=$(date +%s)

exe=dist/exitplanner/exitplanner
[ -x "$exe" ] || exe=dist/exitplanner/exitplanner.exe
if [ "$(uname -s)" = Linux ]; then
  # The per-user desktop integration (menu entry, *.exitplan file type, command) travels in the bundle.
  cp packaging/linux/install.sh packaging/linux/exitplanner.desktop.in packaging/linux/exitplanner-plan.xml dist/exitplanner/
fi
size=$(du -sh dist/exitplanner | cut -f1)
echo "build-bundle: built $exe ($size) in $(( built - start )) s"

# A private, empty profile: the self-test must not read or write the builder's own settings.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
app_home=$home
command -v cygpath >/dev/null && app_home=$(cygpath -w "$home")  # Git Bash on Windows: a native path
if ! QT_QPA_PLATFORM=offscreen EXITPLANNER_HOME="$app_home" "$exe" --self-test; then
  echo "build-bundle: the frozen self-test FAILED" >&2
  exit 1
fi
if [ "$(uname -s)" = Linux ]; then
  # Install the integration into the private profile and start the frozen app through the command it
  # adds (a symbolic link: the bootloader must still find its _internal folder).
  HOME="$home" XDG_DATA_HOME="$home/share" XDG_CONFIG_HOME="$home/config" EXITPLANNER_BIN_DIR="$home/bin" \
    bash dist/exitplanner/install.sh
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$home/share/applications/fr.exitplanner.ExitPlanner.desktop"
  fi
  if ! QT_QPA_PLATFORM=offscreen EXITPLANNER_HOME="$app_home" "$home/bin/exitplanner" --self-test >/dev/null; then
    echo "build-bundle: the app does not start through the installed command" >&2
    exit 1
  fi
  echo "build-bundle: desktop integration installed and started through $home/bin/exitplanner"
fi
echo "build-bundle: total $(( $(date +%s) - start )) s"
