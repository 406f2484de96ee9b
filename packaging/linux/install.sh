#!/usr/bin/env bash
# Install (or remove) ExitPlanner's desktop integration for the current user, from the unpacked
# Linux bundle: a menu entry, the icon, the plan file type (*.exitplan opens ExitPlanner on a
# double-click) and an `exitplanner` command in ~/.local/bin. No administrator rights: everything
# goes under the user's XDG folders. The bundle stays where it was unpacked; move it first, then run
# this script again from its new place.
#   ./install.sh              install or update
#   ./install.sh --uninstall  remove what install.sh added (plans, settings and saved connections stay)
set -euo pipefail

APP_ID=fr.exitplanner.ExitPlanner
MIME_TYPE=application/x-exitplanner-plan
bundle=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
bin_home=${EXITPLANNER_BIN_DIR:-$HOME/.local/bin}
applications=$data_home/applications
desktop_file=$applications/$APP_ID.desktop
mime_file=$data_home/mime/packages/$APP_ID.xml
icons=$data_home/icons/hicolor/256x256
app_icon=$icons/apps/exitplanner.png
type_icon=$icons/mimetypes/$MIME_TYPE.png
type_icon=${type_icon/\/application\/x-/\/application-x-}
command_link=$bin_home/exitplanner

refresh_caches() {
  # Each tool is optional: without it the desktop picks the files up at its next start.
  if command -v update-mime-database >/dev/null; then update-mime-database "$data_home/mime" >/dev/null 2>&1 || true; fi
  if command -v update-desktop-database >/dev/null; then update-desktop-database "$applications" >/dev/null 2>&1 || true; fi
  if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache --quiet --ignore-theme-index "$data_home/icons/hicolor" >/dev/null 2>&1 || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$desktop_file" "$mime_file" "$app_icon" "$type_icon"
  # Only our own link: a file of the same name that is not a link to an ExitPlanner bundle is left alone.
  if [ -L "$command_link" ] && [ "$(basename "$(readlink "$command_link")")" = exitplanner ]; then
    rm -f "$command_link"
  fi
  refresh_caches
  echo "ExitPlanner : intégration au bureau retirée (vos plans et réglages sont conservés)."
  exit 0
elif [ -n "${1:-}" ]; then
  echo "usage: $0 [--uninstall]" >&2
  exit 2
fi

exe=$bundle/exitplanner
icon=$bundle/_internal/exitplanner/resources/icons/exitplanner.png
for needed in "$exe" "$icon" "$bundle/exitplanner.desktop.in" "$bundle/exitplanner-plan.xml"; do
  if [ ! -e "$needed" ]; then
    echo "ExitPlanner : fichier introuvable dans le dossier de l’application : $needed" >&2
    exit 1
  fi
done

mkdir -p "$applications" "$(dirname "$mime_file")" "$(dirname "$app_icon")" "$(dirname "$type_icon")" "$bin_home"
# The desktop entry's Exec takes the path quoted (Desktop Entry spec: \, ", ` and $ escaped inside quotes);
# sed's own metacharacters in the path are escaped for the replacement.
quoted=$(printf '%s' "$exe" | sed -e 's/[\\"`$]/\\\\&/g')
quoted=\"$quoted\"
replacement=$(printf '%s' "$quoted" | sed -e 's/[\\&|]/\\&/g')
plain=$(printf '%s' "$exe" | sed -e 's/\\/\\\\/g' -e 's/[\\&|]/\\&/g')
sed -e "s|@EXEC@|$replacement|g" -e "s|@TRYEXEC@|$plain|g" "$bundle/exitplanner.desktop.in" > "$desktop_file.tmp"
mv -f "$desktop_file.tmp" "$desktop_file"
cp -f "$bundle/exitplanner-plan.xml" "$mime_file"
cp -f "$icon" "$app_icon"
cp -f "$icon" "$type_icon"
if [ ! -e "$command_link" ] || [ -L "$command_link" ]; then
  ln -sfn "$exe" "$command_link"
else
  echo "ExitPlanner : $command_link existe déjà et n’est pas un lien ; la commande n’a pas été ajoutée." >&2
fi
refresh_caches
# Make ExitPlanner the default program for plans, where the desktop offers the standard tool.
if command -v xdg-mime >/dev/null; then xdg-mime default "$APP_ID.desktop" "$MIME_TYPE" >/dev/null 2>&1 || true; fi
echo "ExitPlanner : installé pour $(id -un) (menu des applications, fichiers .exitplan, commande $command_link)."
