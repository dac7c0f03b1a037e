#!/usr/bin/env bash
# The figures of docs/spark.md, "Measured": `dyad ingest` (1 and 2 threads) beside `dyad spark` in
# local[1] and local[2] on the first N articles of ../shared/corpus/insightcrime.jsonl, each in a fresh
# JVM (-Xmx3g): wall time, articles/s, the coding stage's time, peak RSS and the heap still live after
# garbage collection (-Xlog:gc); the start-up cost (a run on one article); and whether the Spark
# events equal ingest + export's (EventsComparison). Needs the reactor built:
# `mvn -o -pl dyad-spark -am package -DskipTests`.
# Usage: scripts/spark-measure.sh [N] [WORK_DIR]   (N default 400)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-400}"
work="${2:-$(mktemp -d)}"
corpus="$here/../shared/corpus/insightcrime.jsonl"
[[ -f "$corpus" ]] || { echo "skipped: $corpus is absent (the shared corpus is not in the project)" >&2; exit 0; }
mkdir -p "$work/in" "$work/one"
head -n "$n" "$corpus" > "$work/in/insightcrime.jsonl"
head -n 1 "$corpus" > "$work/one/insightcrime.jsonl"
cli=(-cp "$here/dyad-app/target/dyad-app-0.1.0-SNAPSHOT.jar:$(cat "$here/dyad-app/target/classpath.txt")"
     org.dyad.app.cli.DyadCommand)
spark=("@$here/dyad-spark/jvm.options"
       -cp "$here/dyad-spark/target/dyad-spark-0.1.0-SNAPSHOT.jar:$(cat "$here/dyad-spark/target/classpath.txt")"
       org.dyad.spark.SparkCommand)
export SPARK_LOCAL_IP=127.0.0.1

# run NAME JAVA_ARGS...: one measured JVM; prints NAME, wall s, max RSS GiB, peak live heap MiB
run() {
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/$name.time" java -Xmx3g -Xlog:gc:file="$work/$name.gc" "$@" \
    > "$work/$name.log" 2>&1 || { tail -20 "$work/$name.log" >&2; return 1; }
  local live
  live=$(grep -o '[0-9]*M->[0-9]*M' "$work/$name.gc" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  read -r wall rss < "$work/$name.time"
  printf '%-12s wall %7.1f s  max RSS %5.2f GiB  peak heap after GC %5s MiB  load %s\n' "$name" "$wall" \
    "$(echo "$rss / 1048576" | bc -l)" "${live:-?}" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

run ingest-2 "${cli[@]}" ingest --threads 2 --store "$work/store2" "$work/in/insightcrime.jsonl"
grep -E '^dyad ingest: [0-9]+ read' "$work/ingest-2.log"
run ingest-1 "${cli[@]}" ingest --threads 1 --store "$work/store1" "$work/in/insightcrime.jsonl"
grep -E '^dyad ingest: [0-9]+ read' "$work/ingest-1.log"
for cores in 1 2; do
  run "spark-$cores" "${spark[@]}" --master "local[$cores]" --out "$work/out$cores" "$work/in/insightcrime.jsonl"
  grep -E '^dyad spark: (run|stage .*code articles)' "$work/spark-$cores.log"
done
run startup "${spark[@]}" --master 'local[1]' --out "$work/out-one" "$work/one/insightcrime.jsonl"
grep -E '^dyad spark: (run|stage .*code articles)' "$work/startup.log"
java "${cli[@]:0:2}" org.dyad.app.cli.DyadCommand export --store "$work/store2" --format parquet \
  --out "$work/ingest.parquet"
java "${spark[@]:1:2}" org.dyad.spark.EventsComparison "$work/ingest.parquet" "$work/out2/events"
echo "work folder: $work"
