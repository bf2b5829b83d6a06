#!/usr/bin/env bash
# Renders the PNG icons committed beside their SVG sources in resources/icons/ (run after
# changing an SVG): the application icon at the hicolor sizes the package installs, the
# navigation and toolbar icons at 24 and 48 px. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
command -v rsvg-convert >/dev/null || { echo "render-icons.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" app/org.trustdesk.TrustDesk.svg \
        -o "app/org.trustdesk.TrustDesk-$size.png"
done
for svg in navigation/*.svg; do
    for size in 24 48; do
        rsvg-convert -w "$size" -h "$size" "$svg" -o "${svg%.svg}-$size.png"
    done
done
echo "Rendered $(ls app/*.png navigation/*.png | wc -l) icons."
