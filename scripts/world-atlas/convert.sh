#!/usr/bin/env bash
# Rebuilds the web UI's world outlines from the npm package world-atlas (Natural Earth 1:110m
# country outlines, public domain, as TopoJSON), wrapped with their version and provenance.
# Needs node and npm; the build and Dyad itself never do. Usage: scripts/world-atlas/convert.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../dyad-web/src/main/resources/dyad/web/map/world-110m.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent world-atlas@2.0.2 >/dev/null && tar xzf ./*.tgz)
mkdir -p "$(dirname "$out")"
node -e '
const fs = require("fs");
const [src, out] = process.argv.slice(1);
const topology = JSON.parse(fs.readFileSync(src, "utf8"));
// Country names and ids are not drawn: outlines only, smaller to serve.
for (const g of topology.objects.countries.geometries) { delete g.properties; delete g.id; }
fs.writeFileSync(out, JSON.stringify({
  version: "world-atlas 2.0.2 countries-110m",
  source: "Natural Earth 1:110m Admin 0 countries (public domain, naturalearthdata.com) as TopoJSON by the npm package world-atlas 2.0.2 (ISC); written by scripts/world-atlas/convert.sh, do not edit by hand",
  topology,
}) + "\n");
' "$work/package/countries-110m.json" "$out"
ls -l "$out"
