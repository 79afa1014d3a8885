#!/usr/bin/env bash
# Regenerates every icon from the one source, resources/icons/werkmap.svg. The outputs are committed, so the
# normal build and the installer build never need this script or its tools; run it only after changing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin; installed here when missing) and a JDK 11+ for the source launcher.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if ! command -v rsvg-convert >/dev/null; then
  echo "rsvg-convert ontbreekt; installeren met apt-get (librsvg2-bin)..."
  apt-get install -y -q librsvg2-bin
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rsvg-convert -w 1024 -h 1024 "$root/resources/icons/werkmap.svg" -o "$work/master.png"
java "$root/installer/icons/IconSet.java" "$work/master.png" "$root/resources/icons"
