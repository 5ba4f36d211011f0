#!/usr/bin/env bash
# Benchmark: ./bench/run.sh [N] [THREADS]   (documented in docs/performance.md; not a unit test)
#
# Builds a corpus of N documents (copies of corpus/ and the PolNeAR dev texts), then, in this one run:
#   1. our full pipeline on THREADS threads (default 2), first run, with the cache   -> docs/s, tokens/s, load, RSS
#   2. the same corpus again, unchanged                                              -> no-change re-run time
#   3. our pipeline on 1 thread without the cache                                    -> 2-thread speed-up
#   4. stock CoreNLP's quote pipeline (tokenize..ner,depparse,coref,quote with attribution) on the very texts our
#      pipeline annotated (the cleaned text of each document), THREADS threads     -> the ratio
# Work files go to bench/work/ (not committed). Needs /usr/bin/time (GNU time) for peak RSS.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-24}"
THREADS="${2:-2}"
POLNEAR="${POLNEAR:-$ROOT/../shared/eval/polnear-dev/docs}"
[ -d "$POLNEAR" ] || POLNEAR=/work/shared/eval/polnear-dev/docs
WORK="$ROOT/bench/work"
JAR="$ROOT/pipeline/target/newsquotes.jar"
CP="$JAR:$ROOT/pipeline/target/lib/*"
HEAP="${NEWSQUOTES_HEAP:-3g}"
STOCK_HEAP="${STOCK_HEAP:-5g}"
# BENCH_REUSE=1: keep bench/work from the last run and only (re)run stock CoreNLP and the summary
REUSE="${BENCH_REUSE:-0}"

if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/pipeline/src/main" "$ROOT/models" -newer "$JAR" -print -quit)" ]; then
  echo "bench: building the jar ..." >&2
  (cd "$ROOT" && mvn -B -q -pl pipeline -am -DskipTests package) >&2
fi

timed() {  # timed LABEL CMD... : runs CMD, records wall seconds and peak RSS (MB) in $WORK/LABEL.time
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/$label.time" "$@" > "$WORK/$label.log" 2>&1 \
    || { cat "$WORK/$label.log" "$WORK/$label.time" >&2; exit 1; }
}

if [ "$REUSE" != 1 ]; then
rm -rf "$WORK"; mkdir -p "$WORK/corpus" "$WORK/texts"
mapfile -t SOURCES < <(ls "$ROOT"/corpus/* "$POLNEAR"/* | sort)
for ((i = 0; i < N; i++)); do
  src="${SOURCES[$((i % ${#SOURCES[@]}))]}"
  cp "$src" "$WORK/corpus/$(printf '%05d' "$i")-$(basename "$src")"
done


fi

if [ "$REUSE" != 1 ]; then
echo "bench: $N documents, $THREADS threads; our pipeline (first run) ..." >&2
timed ours java -Xmx"$HEAP" -jar "$JAR" annotate "$WORK/corpus" --out "$WORK/out" --threads "$THREADS" --no-progress
cp "$WORK/out/run.json" "$WORK/ours.run.json"
echo "bench: no-change re-run ..." >&2
timed rerun java -Xmx"$HEAP" -jar "$JAR" annotate "$WORK/corpus" --out "$WORK/out" --threads "$THREADS" --no-progress
cp "$WORK/out/run.json" "$WORK/rerun.run.json"
echo "bench: our pipeline on 1 thread ..." >&2
timed ours1 java -Xmx"$HEAP" -jar "$JAR" annotate "$WORK/corpus" --out "$WORK/out1" --threads 1 --no-progress --no-cache
cp "$WORK/out1/run.json" "$WORK/ours1.run.json"

# the cleaned texts our pipeline annotated, one file per document, for stock CoreNLP
python3 - "$WORK/out/json" "$WORK/texts" <<'PY'
import json, os, sys, pathlib
src, dst = sys.argv[1], sys.argv[2]
for i, p in enumerate(sorted(pathlib.Path(src).rglob("*.json"))):
    text = json.load(open(p, encoding="utf-8"))["text"]
    open(os.path.join(dst, f"{i:05d}.txt"), "w", encoding="utf-8").write(text)
PY
fi
echo "bench: stock CoreNLP quote pipeline ..." >&2
timed stock java -Xmx"$STOCK_HEAP" -cp "$CP" "$ROOT/bench/StockQuotes.java" "$WORK/texts" "$THREADS"

python3 - "$WORK" "$N" "$THREADS" <<'PY'
import json, re, sys
work, n, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def timefile(label):
    wall, rss = open(f"{work}/{label}.time").read().split()[:2]
    return float(wall), int(rss) / 1024
def ours(label):
    d = json.load(open(f"{work}/{label}.run.json"))
    t, c, cpu = d["timings_seconds"], d["counts"], d["cpu_seconds"]
    annotate = t["total"] - t["setup"] - t["model-load"]
    annotate_cpu = cpu["total"] - cpu["setup"] - cpu["model-load"]
    return dict(docs=c["documents"], tokens=c["tokens"], load=t["model-load"], total=t["total"],
                annotate=annotate, tps=c["tokens"] / annotate, dps=c["documents"] / annotate, cached=c["cached"],
                tpcpu=c["tokens"] / annotate_cpu, load_cpu=cpu["model-load"])
o, r, o1 = ours("ours"), ours("rerun"), ours("ours1")
ow, orss = timefile("ours"); rw, _ = timefile("rerun"); o1w, o1rss = timefile("ours1"); sw, srss = timefile("stock")
s = dict(re.findall(r"(\w+)=([\d.]+)", open(f"{work}/stock.log").read().split("STOCK", 1)[1]))
stps = float(s["tokens_per_s"])
print(f"documents {o['docs']}, threads {threads}")
stcpu = float(s["tokens_per_cpu_s"])
print(f"{'':32}{'docs/s':>9}{'tokens/s':>10}{'tokens/cpu-s':>14}{'load s':>8}{'wall s':>8}{'peak RSS MB':>13}")
print(f"{'ours, ' + str(threads) + ' threads (first run)':32}{o['dps']:>9.2f}{o['tps']:>10.0f}{o['tpcpu']:>14.0f}{o['load']:>8.1f}{ow:>8.1f}{orss:>13.0f}")
print(f"{'ours, 1 thread (no cache)':32}{o1['dps']:>9.2f}{o1['tps']:>10.0f}{o1['tpcpu']:>14.0f}{o1['load']:>8.1f}{o1w:>8.1f}{o1rss:>13.0f}")
print(f"{'stock CoreNLP quote, ' + str(threads) + ' threads':32}{float(s['docs_per_s']):>9.2f}{stps:>10.0f}{stcpu:>14.0f}{float(s['load_s']):>8.1f}{sw:>8.1f}{srss:>13.0f}")
print(f"ratio ours/stock tokens/s (wall): {o['tps'] / stps:.1f}x; per CPU-second: {o['tpcpu'] / stcpu:.1f}x")
failed = int(float(s.get("failed", 0)))
print(f"stock CoreNLP failed on {failed} of {n} documents (counted, skipped; throughput over the rest)")
for line in open(f"{work}/stock.log"):
    if line.startswith("STOCK-FAILURE"):
        print("  " + line.strip())
print(f"model load: {o['load']:.1f} s wall, {o['load_cpu']:.1f} s CPU")
print(f"{threads} threads vs 1 thread: {o['tps'] / o1['tps']:.2f}x")
print(f"no-change re-run: {rw:.1f} s wall ({r['cached']} of {r['docs']} documents from the cache) = "
      f"{100 * rw / ow:.1f}% of the first run's {ow:.1f} s")
PY
