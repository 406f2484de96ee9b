#!/usr/bin/env bash
# Compile the Windows installer (packaging/windows/exitplanner.iss) and try it out under Wine, on Linux.
#
# The frozen Windows app cannot be built here (no Windows Python), so the installer is fed a stand-in
# bundle: a real 64-bit Windows console program (packaging/windows/standin.c, built with mingw-w64)
# named exitplanner.exe, with a few resource files. Everything the .iss does is then exercised as a user
# would: silent per-user install in French, then in English, Start-menu shortcut, uninstall entry,
# .exitplan association (its open command starts the installed program with the plan's path),
# "Open with" for .json, and an uninstall that removes all of it but keeps the user's plans and
# another program's file-type settings.
#
#   bash packaging/windows/check-installer.sh     (from anywhere; Debian/Ubuntu, root or sudo)
#
# Installs what it needs when missing: wine (64 and 32-bit: ISCC and Inno's setup are 32-bit), mingw-w64
# (apt), Inno Setup 6 from the npm package "innosetup" into build/innosetup, Pillow in a small venv for
# the .ico. Work files go to build/windows-check/ (Wine prefix made anew on each run), the installer to
# build/windows-check/out/. One line per check, then "check-installer: checks N ok, M failing"; exit 1 on
# any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
start=$(date +%s)

INNO_NPM_VERSION=6.4.1  # Inno Setup 6.4.1 (the forge's Windows job takes Chocolatey's current 6.x)
work=$root/build/windows-check
inno=$root/build/innosetup/node_modules/innosetup/bin

# --- Tools -----------------------------------------------------------------------------------------
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
apt_missing=()
for p in wine wine64 wine32:i386 gcc-mingw-w64-x86-64-win32 iconv; do
  case $p in
    iconv) command -v iconv >/dev/null || apt_missing+=(libc-bin) ;;
    *) dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || apt_missing+=("$p") ;;
  esac
done
command -v npm >/dev/null || apt_missing+=(nodejs npm)
python3 -c "import ensurepip" 2>/dev/null || apt_missing+=(python3-venv)  # the icon's small venv
if [ ${#apt_missing[@]} -gt 0 ]; then
  echo "check-installer: apt-get install ${apt_missing[*]}"
  if ! dpkg --print-foreign-architectures | grep -qx i386; then
    $SUDO dpkg --add-architecture i386
  fi
  # A mirror may serve one index badly (the i386 list of the security suite was out of step with its
  # Release file here): apt then says so and goes on with the other lists, which is all we need.
  $SUDO apt-get update -qq || echo "check-installer: apt-get update reported errors; going on"
  install=(env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends)
  [ -n "$SUDO" ] && install=("$SUDO" "${install[@]}")
  if ! "${install[@]}" "${apt_missing[@]}" >/dev/null; then
    # Without the security suite's i386 list, the amd64 and i386 halves of a multi-arch library can
    # only match in the release's own suite: ask for that one.
    # shellcheck disable=SC1091
    codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
    echo "check-installer: retrying from the $codename suite only"
    "${install[@]}" -t "$codename" "${apt_missing[@]}" >/dev/null
  fi
fi
if [ ! -f "$inno/ISCC.exe" ]; then
  # The npm package carries the Inno Setup compiler itself (ISCC.exe, Default.isl, Languages\*.isl).
  npm install --prefix "$root/build/innosetup" --no-save --no-audit --no-fund --loglevel=error \
    "innosetup@$INNO_NPM_VERSION" >/dev/null
fi
icon_venv=$work/venv
if ! "$icon_venv/bin/python" -c "import PIL" 2>/dev/null; then
  python3 -m venv "$icon_venv"
  "$icon_venv/bin/python" -m pip install -q --disable-pip-version-check "Pillow>=10,<13"
fi
tools_done=$(date +%s)

# --- Checks bookkeeping ----------------------------------------------------------------------------
passed=0; failed=0
ok() { echo "ok    $1"; passed=$((passed + 1)); }
bad() { echo "FAIL  $1"; failed=$((failed + 1)); }
check() {  # check "description" command...: passes when the command succeeds
  local what=$1; shift
  if "$@" >/dev/null 2>&1; then ok "$what"; else bad "$what"; fi
}
same() {  # same "description" expected actual
  if [ "$2" = "$3" ]; then ok "$1"; else bad "$1 (expected <$2>, got <$3>)"; fi
}

# --- Stand-in bundle, icon, version ------------------------------------------------------------------
if [ -n "$(ls -A "$work/wine" 2>/dev/null)" ]; then WINEPREFIX=$work/wine wineserver -k 2>/dev/null || true; fi
rm -rf "${work:?}/bundle" "$work/out" "$work/logs" "${work:?}/wine" "${work:?}/home" "$work/plans de test"
mkdir -p "$work/bundle/_internal/resources/icons" "$work/out" "$work/logs" "$work/home"
x86_64-w64-mingw32-gcc -O2 -s -Wall -Wextra -Werror -o "$work/bundle/exitplanner.exe" \
  packaging/windows/standin.c
cp resources/icons/exitplanner.png "$work/bundle/_internal/resources/icons/"
echo "stand-in resource file" > "$work/bundle/_internal/standin.txt"
# The same .ico as packaging/exitplanner.spec makes on Windows (SetupIconFile=build\exitplanner.ico).
"$icon_venv/bin/python" -c "from PIL import Image; Image.open('resources/icons/exitplanner.png').save('build/exitplanner.ico')"
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/exitplanner/__init__.py)
app_id=$(sed -n 's/^AppId={\({.*}\)$/\1/p' packaging/windows/exitplanner.iss)

# --- Wine: a throw-away 64-bit prefix, no display needed ---------------------------------------------
export WINEPREFIX=$work/wine WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="   # no Mono / Gecko download prompts (no network for them)
export LC_ALL=C.UTF-8                      # French accents in arguments and registry values
# Wine links the prefix's Documents, Desktop... to the user's own folders: give it an empty home instead.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config
w() { timeout 300 wine "$@"; }
timeout 300 wineboot -i >/dev/null 2>&1
w reg add 'HKCU\Software\Wine\Drivers' /v Graphics /d null /f >/dev/null  # windows without an X server
w winecfg -v win10 >/dev/null 2>&1
timeout 120 wineserver -w  # the desktop process reads the driver setting when it starts: start afresh
winpath() { winepath -w "$1" 2>/dev/null; }
local_appdata=$(winepath -u "$(w cmd /c 'echo %LOCALAPPDATA%' | tr -d '\r')" 2>/dev/null)
appdata=$(winepath -u "$(w cmd /c 'echo %APPDATA%' | tr -d '\r')" 2>/dev/null)
desktop=$(winepath -u "$(w cmd /c 'echo %USERPROFILE%' | tr -d '\r')\\Desktop" 2>/dev/null)
app_dir=$local_appdata/Programs/ExitPlanner
app_dir_win=$(winpath "$app_dir")
drive_c=$WINEPREFIX/drive_c
shortcut=$appdata/Microsoft/Windows/Start\ Menu/Programs/ExitPlanner.lnk

# Registry helpers (the Windows view, through reg.exe). value KEY NAME prints a value ("" = default).
value() {
  local out
  if [ -z "$2" ]; then out=$(w reg query "$1" /ve 2>/dev/null) || return 1
  else out=$(w reg query "$1" /v "$2" 2>/dev/null) || return 1; fi
  printf '%s\n' "$out" | tr -d '\r' | awk -F '    REG_[A-Z_]+    ' 'NF > 1 { print $2; exit }'
}
exported() {  # the key as .reg text in UTF-8 (reg query's console output is not UTF-8 under Wine)
  local file=$work/logs/export.reg
  rm -f "$file"
  w reg export "$1" "$(winpath "$file")" /y >/dev/null 2>&1 || return 1
  iconv -f UTF-16 -t UTF-8 "$file" | tr -d '\r'
}
has_key() { w reg query "$1" >/dev/null 2>&1; }
no_key() { ! has_key "$1"; }
no_value() { ! w reg query "$1" /v "$2" >/dev/null 2>&1; }
classes='HKCU\Software\Classes'
nothing_in_hklm() {
  local machine_uninstall="HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${app_id}_is1"
  no_key 'HKLM\Software\Classes\ExitPlanner.Plan' && no_key 'HKLM\Software\Classes\.exitplan' &&
    ! w reg query "$machine_uninstall" /reg:64 >/dev/null 2>&1 &&
    ! w reg query "$machine_uninstall" /reg:32 >/dev/null 2>&1
}
uninstall_key="HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${app_id}_is1"

# What Windows or another program had before ExitPlanner came: it must still be there afterwards.
w reg add "$classes\\.json" /ve /d OtherEditor.json /f >/dev/null
w reg add "$classes\\.json\\OpenWithProgids" /v OtherEditor.json /d "" /f >/dev/null
# The user's own work from an earlier version (platformdirs: %LOCALAPPDATA%\ExitPlanner\exitplanner).
user_plans=$local_appdata/ExitPlanner/exitplanner/plans
mkdir -p "$user_plans"
echo '{}' > "$user_plans/Mairie de Test.exitplan"

# --- Compile ----------------------------------------------------------------------------------------
# UnderWine: Wine lacks the per-user Programs known folder behind {autopf}; the .iss then names the
# same folder through {localappdata} (see there). Everything else is the script as the forge builds it.
if w "$inno/ISCC.exe" /DUnderWine "/DAppVersion=$version" "/DBundleDir=$(winpath "$work/bundle")" \
    "/O$(winpath "$work/out")" 'packaging\windows\exitplanner.iss' > "$work/logs/iscc.log" 2>&1; then
  ok "ISCC compiles exitplanner.iss (Inno Setup $(sed -n 's/.*engine version: Inno Setup //p' "$work/logs/iscc.log" | tr -d '\r'))"
else
  bad "ISCC compiles exitplanner.iss (see $work/logs/iscc.log)"
  tr -d '\r' < "$work/logs/iscc.log" | grep -i -B2 -A2 "error" || true
fi
if grep -qi "warning" "$work/logs/iscc.log"; then
  bad "no compiler warnings: $(grep -i "warning" "$work/logs/iscc.log" | tr -d '\r' | head -3)"
else
  ok "no compiler warnings"
fi
both_languages() { grep -q 'Languages\\French.isl' "$1" && grep -q 'bin\\Default.isl' "$1"; }
check "French and English messages compiled in" both_languages "$work/logs/iscc.log"
setup=$work/out/ExitPlanner-$version-setup.exe
if [ ! -f "$setup" ]; then
  echo "check-installer: no installer was produced; stopping"
  echo "check-installer: checks $passed ok, $((failed + 1)) failing"
  exit 1
fi

# Runs the setup silently, per user, as someone without administrator rights would.
install() {  # install LANG LOGNAME
  w "$setup" /VERYSILENT /SUPPRESSMSGBOXES /CURRENTUSER /NORESTART \
    "/LANG=$1" /TASKS=associate "/LOG=$(winpath "$work/logs/$2")" >/dev/null 2>&1
}
uninstall() {  # uninstall LOGNAME: the uninstaller hands over to a copy of itself, so wait for Wine
  w "$app_dir/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LOG=$(winpath "$work/logs/$1")" \
    >/dev/null 2>&1 || true
  timeout 120 wineserver -w
}
log_text() { tr -d '\r' < "$work/logs/$1"; }

# --- Install (French) -------------------------------------------------------------------------------
check "setup runs silently, per user, in French (/LANG=fr)" install fr install-fr.log
check "no administrator rights asked (install mode: HKEY_CURRENT_USER)" \
  grep -q "Install mode root key: HKEY_CURRENT_USER" <(log_text install-fr.log)
check "program installed in %LOCALAPPDATA%\\Programs\\ExitPlanner" test -f "$app_dir/exitplanner.exe"
check "bundle files and sub-folders installed" \
  test -f "$app_dir/_internal/resources/icons/exitplanner.png" -a -f "$app_dir/_internal/standin.txt"
check "uninstaller installed" test -f "$app_dir/unins000.exe"
check "nothing in Program Files" \
  test ! -e "$drive_c/Program Files/ExitPlanner" -a ! -e "$drive_c/Program Files (x86)/ExitPlanner"
check "Start-menu shortcut to the program" grep -aq 'exitplanner.exe' "$shortcut"
check "no desktop shortcut (task not chosen)" test ! -e "$desktop/ExitPlanner.lnk"
same "uninstall entry: DisplayName" "ExitPlanner $version" "$(value "$uninstall_key" DisplayName)"
same "uninstall entry: DisplayVersion" "$version" "$(value "$uninstall_key" DisplayVersion)"
same "uninstall entry: Publisher" "ExitPlanner" "$(value "$uninstall_key" Publisher)"
same "uninstall entry: installer language" "fr" "$(value "$uninstall_key" "Inno Setup: Language")"
same ".exitplan opens as ExitPlanner.Plan" "ExitPlanner.Plan" "$(value "$classes\\.exitplan" "")"
check ".exitplan lists ExitPlanner.Plan in OpenWithProgids" \
  w reg query "$classes\\.exitplan\\OpenWithProgids" /v ExitPlanner.Plan
same "plan file type named in French" '@="Plan de départ de X (ExitPlanner)"' \
  "$(exported "$classes\\ExitPlanner.Plan" | grep -m1 '^@=')"
same "plan file icon" "$app_dir_win\\exitplanner.exe,0" "$(value "$classes\\ExitPlanner.Plan\\DefaultIcon" "")"
same "plan open command" "\"$app_dir_win\\exitplanner.exe\" \"%1\"" \
  "$(value "$classes\\ExitPlanner.Plan\\shell\\open\\command" "")"
check ".json: ExitPlanner in \"Open with\"" w reg query "$classes\\.json\\OpenWithProgids" /v ExitPlanner.Plan
same ".json: default program left alone" "OtherEditor.json" "$(value "$classes\\.json" "")"
check "program registered for .exitplan and .json" \
  w reg query "$classes\\Applications\\exitplanner.exe\\SupportedTypes" /v .exitplan
check "nothing written under HKLM (classes, uninstall entry, 64 and 32-bit views)" nothing_in_hklm

# The installed program runs, and the registered open command, with a plan's path in place of %1 as the
# shell does on a double-click, starts it with that path whole (spaces included). Wine 8 itself cannot
# follow a per-user association (its HKEY_CLASSES_ROOT ignores HKCU\Software\Classes), so the command
# line goes through cmd.exe here rather than through ShellExecute.
selftest=$(w "$app_dir/exitplanner.exe" --self-test 2>/dev/null | tr -d '\r' || true)
same "installed exitplanner.exe --self-test runs" "exitplanner stand-in self-test: ok" "$selftest"
plan_dir="$work/plans de test"
mkdir -p "$plan_dir"
echo '{}' > "$plan_dir/Ville de Test.exitplan"
plan_win=$(winpath "$plan_dir/Ville de Test.exitplan")
open_command=$(value "$classes\\ExitPlanner.Plan\\shell\\open\\command" "" || true)
printf '@%s\r\n' "${open_command//%1/$plan_win}" > "$work/logs/open-plan.bat"
opened=$work/logs/opened.txt
EXITPLANNER_STANDIN_LOG=$(winpath "$opened") w cmd /c "$(winpath "$work/logs/open-plan.bat")" >/dev/null 2>&1 || true
same "the open command starts the installed program with the plan's path" \
  "exitplanner stand-in: 1 argument(s) [$plan_win]" "$(tr -d '\r' < "$opened" 2>/dev/null || true)"

# --- Uninstall --------------------------------------------------------------------------------------
uninstall uninstall-fr.log
check "uninstaller removes the program folder" test ! -e "$app_dir"
check "uninstaller removes the Start-menu shortcut" test ! -e "$shortcut"
check "uninstall entry removed" no_key "$uninstall_key"
check ".exitplan association removed" no_key "$classes\\.exitplan"
check "ExitPlanner.Plan file type removed" no_key "$classes\\ExitPlanner.Plan"
check "program's \"Open with\" entry removed" no_key "$classes\\Applications\\exitplanner.exe"
check ".json: ExitPlanner gone from \"Open with\"" no_value "$classes\\.json\\OpenWithProgids" ExitPlanner.Plan
check ".json: the other program's \"Open with\" entry kept" \
  w reg query "$classes\\.json\\OpenWithProgids" /v OtherEditor.json
same ".json: default program still the other one" "OtherEditor.json" "$(value "$classes\\.json" "")"
check "user's plans kept (%LOCALAPPDATA%\\ExitPlanner)" test -f "$user_plans/Mairie de Test.exitplan"

# --- English, and a .exitplan taken over by another program meanwhile -----------------------------------
check "setup runs silently, per user, in English (/LANG=en)" install en install-en.log
same "plan file type named in English" "ExitPlanner plan (leaving X)" "$(value "$classes\\ExitPlanner.Plan" "")"
w reg add "$classes\\.exitplan" /ve /d OtherApp.Plan /f >/dev/null
uninstall uninstall-en.log
same "uninstall keeps another program's later .exitplan default" "OtherApp.Plan" \
  "$(value "$classes\\.exitplan" "")"
check "ExitPlanner.Plan file type removed (English install)" no_key "$classes\\ExitPlanner.Plan"
check "program folder removed (English install)" test ! -e "$app_dir"

# Wine writes its registry to files when its server stops: the machine-wide hive (HKLM) must not
# name ExitPlanner anywhere, whatever key an installer might have picked.
timeout 120 wineserver -w
if grep -qi -e "exitplanner" -e "${app_id//[\{\}]/}" "$WINEPREFIX/system.reg"; then
  bad "machine-wide registry (HKLM) never touched: $(grep -i -m1 -e exitplanner "$WINEPREFIX/system.reg")"
else
  ok "machine-wide registry (HKLM) never touched"
fi

end=$(date +%s)
# The Wine prefix weighs over 1 GB: kept only when something failed, to look into.
[ "$failed" -eq 0 ] && rm -rf "${WINEPREFIX:?}"
echo "check-installer: tools $((tools_done - start)) s, checks $((end - tools_done)) s; installer $setup"
# Not "N passed, M failed": CI reads such a closing line as the test count, which is pytest's.
echo "check-installer: checks $passed ok, $failed failing"
[ "$failed" -eq 0 ]
