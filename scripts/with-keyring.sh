#!/usr/bin/env bash
# Inside a D-Bus session: start gnome-keyring's Secret Service unlocked, run the command, stop it.
set -uo pipefail
keyring_pid=""
if command -v gnome-keyring-daemon >/dev/null && [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  export XDG_DATA_HOME="${XDG_DATA_HOME:-$(mktemp -d)}"
  (printf 'exitplanner-test\n' | exec gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1) &
  keyring_pid=$!
  for _ in $(seq 1 50); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
    sleep 0.1
  done
fi
"$@"
status=$?
[ -n "$keyring_pid" ] && { pkill -P "$keyring_pid" 2>/dev/null; kill "$keyring_pid" 2>/dev/null; }
# pytest exits 5 when it collected no test: that is a failure for us.
exit $status
