#!/usr/bin/env bash
# Exports Penholder's icon from its SVG sources into every size and format the window, the
# installers and the file type use. Run it after changing an SVG, and commit what it writes.
# Needs: rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "export.sh: $tool is missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done

# 16 and 24 pixels have their own drawing on the pixel grid; the detailed one blurs there.
for size in 16 24; do
  rsvg-convert -w "$size" -h "$size" penholder-small.svg -o "penholder-$size.png"
done
for size in 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" penholder.svg -o "penholder-$size.png"
done

# Windows: one .ico with every size Explorer and the taskbar ask for.
# 256 is stored as PNG inside the .ico (as Windows does since Vista), which keeps the file small.
icotool -c -o penholder.ico penholder-{16,24,32,48,64,128}.png -r penholder-256.png
# macOS: the sizes an .icns holds (png2icns takes 16, 32, 48, 128, 256, 512 and 1024).
png2icns penholder.icns penholder-{16,32,48,128,256,512,1024}.png >/dev/null

# The window's icons, read from the class path.
resources=../src/main/resources/org/penholder/icons
mkdir -p "$resources"
for size in 16 24 32 48 64 128 256; do
  cp "penholder-$size.png" "$resources/"
done
# The Linux menu icon: jpackage takes it from its resource folder when it builds the .deb.
cp penholder-256.png ../packaging/linux/penholder.png
echo "icons exported"
