#!/usr/bin/env bash
# The longer fuzzing run (docs/security.md, "Fuzzing"): fuzzes each Jazzer @FuzzTest in turn, one
# JVM per target, for the maxDuration its annotation gives (90 s), with coverage feedback from Dyad's
# own classes and from the library that does the parsing. Prints per target the executions, the
# time and the findings; a finding fails the target's test and leaves its input under the target's
# src/test/resources/.../<Class>Inputs/<method>/ (crash-*, timeout-*, oom-*), to be fixed and kept.
# Usage: scripts/fuzz.sh [LOG_DIR]   (only the targets named as arguments after LOG_DIR, if any)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
logs="${1:-$(mktemp -d)}"
shift || true
mkdir -p "$logs"
# module | test class#method | classes instrumented for coverage (','-separated globs)
targets=(
  "dyad-ingest|DatesFuzzTest#parse|org.dyad.**"
  "dyad-ingest|HtmlArticleExtractorFuzzTest#extract|org.dyad.**,org.jsoup.**,net.dankito.**"
  "dyad-ingest|JsonlArticleReaderFuzzTest#read|org.dyad.**,com.fasterxml.jackson.**"
  "dyad-ingest|WarcArticleReaderFuzzTest#read|org.dyad.**,org.netpreserve.**"
  "dyad-ingest|FeedArticleReaderFuzzTest#read|org.dyad.**,com.rometools.**,org.jdom2.**"
  "dyad-ingest|TextDecodingFuzzTest#decode|org.dyad.**,org.mozilla.universalchardet.**"
  "dyad-ingest|TextDecodingFuzzTest#sniff|org.dyad.**,com.fasterxml.jackson.**"
  "dyad-store|SearchQueryParserFuzzTest#parse|org.dyad.**,org.apache.lucene.queryparser.**,org.apache.lucene.util.automaton.**"
  "dyad-store|EventFilterFuzzTest#parse|org.dyad.**"
)
cd "$here"
status=0
for t in "${targets[@]}"; do
  IFS='|' read -r module test instrument <<<"$t"
  if [[ $# -gt 0 && " $* " != *" $test "* ]]; then
    continue
  fi
  log="$logs/${test/\#/.}.log"
  JAZZER_FUZZ=1 mvn -B -o test -pl "$module" -am -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.instrument="$instrument" >"$log" 2>&1
  rc=$?
  [[ $rc -ne 0 ]] && status=1
  done_line="$(grep -E '^Done [0-9]+ runs in' "$log" | tail -1)"
  slow="$(grep -c 'Slowest unit' "$log")"
  found="$(grep -cE '== Java Exception|ERROR: libFuzzer|Out of memory|timeout' "$log")"
  echo "$test: ${done_line:-no fuzzing summary} (exit $rc, slow units >10 s: $slow, finding lines: $found, log $log)"
done
exit $status
