#!/usr/bin/env bash
# macOS: ExitPlanner.app (PyInstaller, packaging/exitplanner.spec) → dist/ExitPlanner-<version>.dmg
#
# Run from anywhere on a Mac with the project's .venv (python3 -m venv .venv && .venv/bin/pip install -e . Pillow):
#   bash packaging/macos/build-dmg.sh
# Signing and notarisation happen only when their secrets are in the environment, so that a fork or a
# local build still produces an (unsigned) dmg:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: … (TEAMID)", its certificate already in a keychain
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarisation with notarytool (app-specific password)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
version=$("$PY" -c 'import re,pathlib;print(re.search(r"__version__\s*=\s*\"([^\"]+)\"",pathlib.Path("src/exitplanner/__init__.py").read_text()).group(1))')
app=dist/ExitPlanner.app
dmg=dist/ExitPlanner-$version.dmg

# 1. The bundle, and its frozen self-test (scripts/build-bundle.sh builds dist/exitplanner and the .app).
SKIP_BOOTSTRAP=1 bash scripts/build-bundle.sh
[ -d "$app" ] || { echo "build-dmg: $app missing" >&2; exit 1; }

# 2. The complete Info.plist (bundle id, version, French localisation, plan document type).
sed "s/@VERSION@/$version/g" packaging/macos/Info.plist > "$app/Contents/Info.plist"
plutil -lint "$app/Contents/Info.plist"

# 3. Sign (hardened runtime, needed for notarisation): skipped without an identity.
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --timestamp --options runtime \
    --entitlements packaging/macos/entitlements.plist --sign "$MACOS_SIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
else
  echo "build-dmg: MACOS_SIGN_IDENTITY not set: the app is NOT signed (Gatekeeper will warn, see packaging/README.md)"
fi

# The .app lays files out differently from the one-dir folder (Frameworks, Resources): test it too.
home=$(mktemp -d)
EXITPLANNER_HOME="$home" QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/exitplanner" --self-test
rm -rf "$home"

# 4. The disk image: the app and a link to /Applications to drag it onto.
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "ExitPlanner $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

# 5. Sign and notarise the dmg, then staple the ticket so that it opens offline: skipped without secrets.
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] \
   && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$dmg"
else
  echo "build-dmg: notarisation secrets not set: the dmg is NOT notarised"
fi
echo "build-dmg: $dmg ($(du -h "$dmg" | cut -f1))"
