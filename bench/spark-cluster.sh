#!/usr/bin/env bash
# A real Spark standalone cluster on this machine, as a Spark user runs the job: a master and two workers on
# 127.0.0.1 started from Spark's own jars on Maven Central (bench/spark-cluster/pom.xml, copied into a throw-away
# SPARK_HOME/jars; nothing is downloaded from anywhere else), separate executor JVMs, the job submitted in client
# mode with the assembly and the CoreNLP models jar. While phase 1 runs, after its first tasks finished, one
# executor is killed with kill -9; Spark replaces it and re-runs the lost tasks. The Parquet tables must then hold
# exactly the local runner's rows (bench/CompareTables.java).
#
# usage: bench/spark-cluster.sh [--short] [CORPUS]
#   --short   the 4 sample articles and 16 PolNeAR dev articles (about 3 minutes on 2 cores)
#   default   the 4 sample articles and the 84 PolNeAR dev articles (about 6-8 minutes on 2 cores)
#   CORPUS    any corpus directory instead
# Needs ~8 GB of free memory (two 2.5 GB executors, a driver, the local runner). Work files: $NQ_CLUSTER_WORK
# (default /tmp/nq-cluster), removed at the start of the next run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WORK="${NQ_CLUSTER_WORK:-/tmp/nq-cluster}"
SHORT=0
CORPUS=""
for a in "$@"; do
  case "$a" in
    --short) SHORT=1 ;;
    -*) echo "unknown option $a" >&2; exit 2 ;;
    *) CORPUS="$a" ;;
  esac
done

MASTER_PORT=${NQ_MASTER_PORT:-17077}
UI_PORT=${NQ_UI_PORT:-14040}
OPENS=$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' spark/pom.xml)
PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  pkill -f "CoarseGrainedExecutorBackend.*spark://.*127.0.0.1" 2>/dev/null || true
}
trap cleanup EXIT

rm -rf "$WORK"
mkdir -p "$WORK"
echo "== building the assembly and Spark's jars"
mvn -B -q -pl spark -am package -DskipTests
ASSEMBLY=$(ls spark/target/newsquotes-spark-*-assembly.jar)
SPARK_HOME="$WORK/spark-home"
mvn -B -q -f bench/spark-cluster/pom.xml dependency:copy-dependencies -DoutputDirectory="$SPARK_HOME/jars"
mvn -B -q dependency:copy -Dartifact=edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models -DoutputDirectory="$WORK"
MODELS="$WORK/stanford-corenlp-4.5.10-models.jar"
export SPARK_HOME SPARK_SCALA_VERSION=2.13
echo "   $(ls "$SPARK_HOME/jars" | wc -l) jars of Spark $(ls "$SPARK_HOME/jars" | sed -n 's/^spark-core_2.13-\(.*\)\.jar$/\1/p')"

if [ -z "$CORPUS" ]; then
  CORPUS="$WORK/corpus"
  mkdir -p "$CORPUS"
  cp corpus/* "$CORPUS/"
  n=84; [ "$SHORT" = 1 ] && n=16
  ls ../shared/eval/polnear-dev/docs | sort | head -n "$n" | while read -r f; do
    cp "../shared/eval/polnear-dev/docs/$f" "$CORPUS/"
  done
fi
echo "== corpus: $CORPUS ($(ls "$CORPUS" | wc -l) files)"

echo "== the local runner"
./newsquotes annotate "$CORPUS" -o "$WORK/local-out" -q --no-cache >/dev/null 2>"$WORK/local.log" || {
  cat "$WORK/local.log" >&2; exit 1; }

echo "== a standalone master and two workers on 127.0.0.1"
java -Xmx512m $OPENS -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$MASTER_PORT" --webui-port $((MASTER_PORT + 1)) >"$WORK/master.log" 2>&1 &
PIDS+=($!)
for w in 1 2; do
  java -Xmx512m $OPENS -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores 1 --memory 3g --webui-port $((MASTER_PORT + 1 + w)) --work-dir "$WORK/worker$w" \
    "spark://127.0.0.1:$MASTER_PORT" >"$WORK/worker$w.log" 2>&1 &
  PIDS+=($!)
done
for i in $(seq 60); do
  alive=$(curl -s "http://127.0.0.1:$((MASTER_PORT + 1))/json/" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("aliveworkers",0))' 2>/dev/null || echo 0)
  [ "$alive" = 2 ] && break
  sleep 1
done
[ "$alive" = 2 ] || { echo "the workers did not register; see $WORK/*.log" >&2; exit 1; }
echo "   2 workers alive"

echo "== submitting the job (Parquet tables), killing one executor mid-job"
START=$(date +%s)
java -Xmx2g $OPENS -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit \
  --master "spark://127.0.0.1:$MASTER_PORT" --deploy-mode client \
  --conf spark.driver.host=127.0.0.1 --conf spark.ui.port="$UI_PORT" \
  --conf spark.executor.memory=2500m --conf spark.executor.cores=1 --conf spark.cores.max=2 \
  --conf "spark.executor.extraJavaOptions=$OPENS" --conf spark.memory.fraction=0.4 \
  --jars "$MODELS" --class org.newsquotes.spark.SparkAnnotateJob "$ASSEMBLY" \
  "$CORPUS" "$WORK/spark-out" --partitions 12 --json none >"$WORK/driver.log" 2>&1 &
DRIVER=$!
PIDS+=($DRIVER)

killed=""
while kill -0 "$DRIVER" 2>/dev/null; do
  # the phase-1 job: running, at least one task done, tasks still to do
  state=$(curl -s "http://127.0.0.1:$UI_PORT/api/v1/applications" 2>/dev/null | python3 -c '
import json, sys, urllib.request
apps = json.load(sys.stdin)
jobs = json.load(urllib.request.urlopen("http://127.0.0.1:'"$UI_PORT"'/api/v1/applications/%s/jobs" % apps[0]["id"]))
# phase 1 is the first job: its first stage spreads the file list (one quick task per partition), its second
# annotates; more than half its tasks done means annotation tasks have finished
run = [j for j in jobs if j["status"] == "RUNNING" and j["numCompletedTasks"] > j["numTasks"] // 2
       and j["numCompletedTasks"] + 2 < j["numTasks"]]
print("mid" if run and len(jobs) == 1 else "")' 2>/dev/null || true)
  if [ "$state" = mid ] && [ -z "$killed" ]; then
    victim=$(pgrep -f "CoarseGrainedExecutorBackend.*127.0.0.1:" | head -1 || true)
    if [ -n "$victim" ]; then
      kill -9 "$victim"
      killed="$victim"
      echo "   kill -9 executor pid $victim after $(( $(date +%s) - START )) s (phase 1 under way)"
    fi
  fi
  sleep 1
done
wait "$DRIVER" || { echo "the job failed; see $WORK/driver.log" >&2; tail -30 "$WORK/driver.log" >&2; exit 1; }
[ -n "$killed" ] || { echo "no executor was killed mid-job (the job ended before phase 1 had a task done?)" >&2; exit 1; }
echo "   $(grep -E '^annotated ' "$WORK/driver.log" || tail -1 "$WORK/driver.log")"
echo "   executors started: $(ls "$WORK"/worker*/app-*/ | grep -c '^[0-9]')"
grep -hE "lost|Lost executor|Removing executor" "$WORK/driver.log" | head -3 | sed 's/^/   driver: /' || true

echo "== the Parquet tables against the local runner's"
java $OPENS -cp "$SPARK_HOME/jars/*:$ASSEMBLY" bench/CompareTables.java "$WORK/local-out" "$WORK/spark-out" 2>"$WORK/compare.log"
