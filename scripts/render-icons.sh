#!/usr/bin/env bash
# Renders the application icon (resources/icons/compliance-desk.svg, the only source) into the
# raster files the platforms want and that are committed next to it:
#   resources/icons/hicolor/<N>x<N>/apps/com.vivest.ComplianceDesk.png   Linux icon theme
#   resources/windows/compliance-desk.ico                                 Windows executable and installer
#   resources/macos/compliance-desk.icns                                  macOS application bundle
# They are committed because Windows and macOS builds have no SVG renderer at hand.
# Run it after changing the SVG; tests/packaging checks the PNGs still match it.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."

SVG=resources/icons/compliance-desk.svg
APP_ID=com.vivest.ComplianceDesk
SIZES=(16 24 32 48 64 128 256 512)

for tool in rsvg-convert png2icns; do
    command -v "$tool" >/dev/null || { echo "render-icons: $tool is missing (see scripts/install-deps.sh)" >&2; exit 1; }
done
CONVERT=/usr/bin/convert
[ -x "$CONVERT" ] || CONVERT=convert

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for n in "${SIZES[@]}"; do
    dir="resources/icons/hicolor/${n}x${n}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$n" --height "$n" --format png "$SVG" --output "$work/$n.png"
    # Strip the time stamps and text chunks so that an unchanged icon renders to identical bytes.
    "$CONVERT" "$work/$n.png" -strip -define png:exclude-chunks=date,time "PNG32:$dir/$APP_ID.png"
done

mkdir -p resources/windows resources/macos
"$CONVERT" "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" \
    "$work/256.png" resources/windows/compliance-desk.ico
rsvg-convert --width 1024 --height 1024 --format png "$SVG" --output "$work/1024.png"
png2icns resources/macos/compliance-desk.icns "$work/16.png" "$work/32.png" "$work/48.png" "$work/128.png" \
    "$work/256.png" "$work/512.png" "$work/1024.png" >/dev/null
echo "render-icons: wrote ${#SIZES[@]} PNGs, compliance-desk.ico and compliance-desk.icns"
