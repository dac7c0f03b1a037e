#!/usr/bin/env bash
# Runs Dyad's JMH micro-benchmarks (module dyad-jmh). Arguments go to JMH, e.g. a name filter:
#   scripts/jmh.sh DependencyParse        scripts/jmh.sh SentenceGate -f 1 -wi 2 -i 3
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -q -B -DskipTests install -pl dyad-jmh -am) >&2
cp="$root/dyad-jmh/target/classes:$(cat "$root/dyad-jmh/target/classpath.txt")"
exec java -cp "$cp" org.openjdk.jmh.Main "$@"
