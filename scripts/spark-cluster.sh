#!/usr/bin/env bash
# A real Spark standalone cluster on this machine (docs/spark.md, "A cluster on one machine"): starts a
# master and two workers on 127.0.0.1 from Spark's Maven jars, submits `dyad spark` with the shaded
# jar (CoreNLP's models jar given with --jars), then checks the events it wrote against
# `dyad ingest` + `dyad export --format parquet` of the same input (EventsComparison: every column but
# ids and timestamps). Stops everything it started, also on failure. Exit status 0 when they agree.
# Needs: `mvn -o -Pshaded -pl dyad-spark -am package -DskipTests` (the shaded jar, classpath.txt files).
# Usage: scripts/spark-cluster.sh [INPUT]   (default: the built-in example corpus, 12 articles)
# Settings: WORKER_MEMORY (3g), EXECUTOR_MEMORY (2800m), KEEP=1 keeps the work folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
models_pattern='stanford-corenlp-*-models.jar'
shaded="$(ls "$here"/dyad-spark/target/dyad-spark-*-shaded.jar)"
[[ -f "$shaded" ]] || { echo "no shaded jar: run mvn -o -Pshaded -pl dyad-spark -am package -DskipTests" >&2; exit 2; }
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [[ "${KEEP:-0}" == 1 ]] && echo "work folder kept: $work" || rm -rf "$work"
}
trap cleanup EXIT

input="${1:-}"
if [[ -z "$input" ]]; then
  mkdir -p "$work/corpus"
  unzip -p "$here/dyad-app/target/dyad-app-0.1.0-SNAPSHOT.jar" dyad/examples/sample-corpus.jsonl \
    > "$work/corpus/sample-corpus.jsonl"
  input="$work/corpus/sample-corpus.jsonl"
fi

# A SPARK_HOME made of links: Spark's launcher (which the workers use to start executors) looks for
# $SPARK_HOME/jars when $SPARK_HOME/RELEASE exists. Its jars are spark-sql's own class path, nothing of Dyad's.
mkdir -p "$work/spark/jars" "$work/probe"
touch "$work/spark/RELEASE"
version="$(sed -n 's|.*<spark.version>\(.*\)</spark.version>.*|\1|p' "$here/dyad-spark/pom.xml")"
cat > "$work/probe/pom.xml" <<EOF
<project><modelVersion>4.0.0</modelVersion><groupId>local</groupId><artifactId>spark-home</artifactId>
<version>1</version><dependencies><dependency><groupId>org.apache.spark</groupId>
<artifactId>spark-sql_2.13</artifactId><version>$version</version></dependency></dependencies></project>
EOF
(cd "$work/probe" && mvn -q -o -B dependency:build-classpath -Dmdep.outputFile="$work/spark.cp") > /dev/null
for jar in $(tr ':' ' ' < "$work/spark.cp"); do ln -s "$jar" "$work/spark/jars/"; done
models="$(tr ':' '\n' < "$here/dyad-spark/target/classpath.txt" | grep -m1 -- '-models.jar$')"
[[ -f "$models" ]] || { echo "no $models_pattern on dyad-spark's class path" >&2; exit 2; }

export SPARK_HOME="$work/spark" SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.13
spark=(java -Xmx512m "@$here/dyad-spark/jvm.options" -cp "$SPARK_HOME/jars/*")
port=$(( 20000 + RANDOM % 20000 ))
start=$(date +%s.%N)
"${spark[@]}" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port 0 \
  > "$work/master.log" 2>&1 &
pids+=($!)
for w in 1 2; do
  mkdir -p "$work/worker$w"
  "${spark[@]}" org.apache.spark.deploy.worker.Worker "spark://127.0.0.1:$port" --host 127.0.0.1 --cores 1 \
    --memory "${WORKER_MEMORY:-3g}" --webui-port 0 --work-dir "$work/worker$w" > "$work/worker$w.log" 2>&1 &
  pids+=($!)
done
for _ in $(seq 60); do
  [[ $(grep -c "Successfully registered with master" "$work"/worker*.log 2>/dev/null | awk -F: '{s+=$2} END {print s}') -ge 2 ]] && break
  sleep 1
done
echo "cluster: master spark://127.0.0.1:$port and two workers up in $(echo "$(date +%s.%N) - $start" | bc) s" >&2

# The submit line of docs/spark.md, client mode: the driver runs here, executors on the workers.
submitted=$(date +%s.%N)
"${spark[@]}" org.apache.spark.deploy.SparkSubmit --master "spark://127.0.0.1:$port" --deploy-mode client \
  --class org.dyad.spark.SparkCommand --jars "$models" --executor-memory "${EXECUTOR_MEMORY:-2800m}" \
  --total-executor-cores 2 --conf spark.ui.enabled=false \
  "$shaded" --out "$work/out" "$input" 2> "$work/submit.log" || { tail -40 "$work/submit.log" >&2; exit 1; }
grep '^dyad spark' "$work/submit.log" >&2
echo "submit: $(echo "$(date +%s.%N) - $submitted" | bc) s, executors: $(ls "$work"/worker*/app-*/ | grep -c '^[0-9]') ran" >&2

# The same input through dyad ingest + dyad export, on the CLI's class path.
cli=(java -Xmx3g -cp "$here/dyad-app/target/dyad-app-0.1.0-SNAPSHOT.jar:$(cat "$here/dyad-app/target/classpath.txt")")
"${cli[@]}" org.dyad.app.cli.DyadCommand ingest --store "$work/store" --threads 2 "$input" 2> "$work/ingest.log" \
  || { tail -5 "$work/ingest.log" >&2; exit 1; }
"${cli[@]}" org.dyad.app.cli.DyadCommand export --store "$work/store" --format parquet --out "$work/ingest.parquet"
java -cp "$here/dyad-spark/target/dyad-spark-0.1.0-SNAPSHOT.jar:$(cat "$here/dyad-spark/target/classpath.txt")" \
  org.dyad.spark.EventsComparison "$work/ingest.parquet" "$work/out/events"
