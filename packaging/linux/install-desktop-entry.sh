#!/bin/sh
# Puts Penholder in this person's application menu, makes it open .penholder files on a
# double-click, and puts the `penholder` command in ~/.local/bin: no administrator needed.
# Run it from the unpacked application folder:   penholder/lib/install-desktop-entry.sh
# and to undo it:                                 penholder/lib/install-desktop-entry.sh --uninstall
# (The .deb does the same for every user of the computer.)
set -eu

lib=$(cd "$(dirname "$0")" && pwd)
app=$(dirname "$lib")
launcher="$app/bin/penholder"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/penholder.desktop"
mime="$data/mime/packages/penholder.xml"
app_icon="$data/icons/hicolor/256x256/apps/penholder.png"
file_icon="$data/icons/hicolor/256x256/mimetypes/application-x-penholder.png"
command_link="$HOME/.local/bin/penholder"

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$data/mime" >/dev/null 2>&1 || true; fi
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$data/applications" >/dev/null 2>&1 || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true; fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$entry" "$mime" "$app_icon" "$file_icon"
  if [ -L "$command_link" ]; then rm -f "$command_link"; fi
  refresh
  echo "Penholder is no longer in your menu; its folder $app is untouched."
  exit 0
fi

[ -x "$launcher" ] || { echo "install-desktop-entry.sh: no launcher at $launcher" >&2; exit 1; }
mkdir -p "$(dirname "$entry")" "$(dirname "$mime")" "$(dirname "$app_icon")" "$(dirname "$file_icon")" "$(dirname "$command_link")"

# The menu entry: the same template the .deb uses, with this folder's launcher. A path with spaces
# is quoted, as the desktop entry specification asks.
case "$launcher" in
  *" "*) exec_path="\"$launcher\"" ;;
  *) exec_path="$launcher" ;;
esac
sed -e "s|APPLICATION_LAUNCHER|$exec_path|" \
    -e "s|APPLICATION_ICON|penholder|" \
    -e "s|DESKTOP_MIMES|MimeType=application/x-penholder;|" \
    "$lib/penholder.desktop" > "$entry"

cat > "$mime" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-penholder">
    <comment>Penholder project</comment>
    <icon name="application-x-penholder"/>
    <glob pattern="*.penholder" weight="80"/>
  </mime-type>
</mime-info>
XML

cp "$lib/penholder.png" "$app_icon"
cp "$lib/penholder.png" "$file_icon"
ln -sf "$launcher" "$command_link"
refresh
if command -v xdg-mime >/dev/null 2>&1; then xdg-mime default penholder.desktop application/x-penholder >/dev/null 2>&1 || true; fi

echo "Penholder is in your application menu and opens .penholder files."
case ":$PATH:" in
  *":$HOME/.local/bin:"*) echo "The command line: penholder --help" ;;
  *) echo "The command line: $command_link --help (add ~/.local/bin to PATH to type just penholder)" ;;
esac
