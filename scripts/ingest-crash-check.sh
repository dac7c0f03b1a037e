#!/usr/bin/env bash
# Crash check for `dyad ingest`: ingests a corpus cleanly into one store; ingests it into a second
# store, kills that process with SIGKILL (kill -9) after KILL_AFTER seconds, reruns the ingest to
# finish, and compares the two stores' counts (articles, events, mentions, quotes, errors).
# Usage: scripts/ingest-crash-check.sh CORPUS [KILL_AFTER_SECONDS] [WORK_DIR]
# A clean store already in WORK_DIR/clean is reused.
# Prints both stats lines and "crash check: PASS" or "crash check: FAIL" (exit 1).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:?usage: ingest-crash-check.sh CORPUS [KILL_AFTER_SECONDS] [WORK_DIR]}"
kill_after="${2:-120}"
work="${3:-$(mktemp -d)}"
dyad="$here/dyad"
clean="$work/clean" crashed="$work/crashed"
rm -rf "$crashed"

if [[ -f "$clean/dyad.duckdb" ]]; then
  echo "crash check: reusing the clean store $clean" >&2
else
  echo "crash check: clean ingest of $corpus into $clean" >&2
  "$dyad" ingest --store "$clean" "$corpus" 2> "$work/clean.log" || true
  tail -1 "$work/clean.log" >&2
fi

echo "crash check: ingest into $crashed, kill -9 after ${kill_after}s" >&2
"$dyad" ingest --store "$crashed" --log-every 5 "$corpus" 2> "$work/crashed-1.log" &
pid=$!
sleep "$kill_after"
# The launcher execs java, so $pid is the JVM itself.
kill -9 "$pid" 2>/dev/null || { echo "crash check: the ingest ended before the kill; use a shorter delay" >&2; exit 2; }
wait "$pid" 2>/dev/null || true
grep "stored" "$work/crashed-1.log" | tail -1 >&2 || true

echo "crash check: rerun into $crashed" >&2
"$dyad" ingest --store "$crashed" "$corpus" 2> "$work/crashed-2.log" || true
tail -1 "$work/crashed-2.log" >&2

a="$("$dyad" stats --store "$clean")"
b="$("$dyad" stats --store "$crashed")"
echo "clean:   $a"
echo "crashed: $b"
if [[ "$a" == "$b" ]]; then echo "crash check: PASS"; else echo "crash check: FAIL"; exit 1; fi
