#!/usr/bin/env bash
# Converts the yearly sunspot numbers in Debian's python3-statsmodels (public domain, NOAA NGDC)
# into src/data/sequences/sunspotsData.ts. Downloads the package without installing it.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download python3-statsmodels >/dev/null && dpkg-deb -x python3-statsmodels_*.deb extracted)
csv=$(find "$work/extracted" -path '*datasets/sunspots/sunspots.csv' | head -1)
node scripts/makeSunspots.mjs "$csv" src/data/sequences/sunspotsData.ts
