#!/usr/bin/env bash
# Fills PostgreSQL schema bench_national (127.0.0.1:5432, db test) with the national data set of
# BENCHMARKS.md "National size": every kabupaten/kota (514) with a lab year of 300 innovations,
# written through labinov's bulk path. Resumable: run it again after an interruption and it skips
# the regions marked done and replays the cut-off one. Not part of CI.
#   benchmarks/national.sh [regions] [perRegion] [bulk|single] [k/n]   (defaults: all 300 bulk 0/1)
# PARTS=n runs n generator processes side by side (each plays every n-th region).
# FRESH=1 drops the schema first. The log goes to benchmarks/results/national-generator.log.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${LABINOV_BENCH_TARGET:-target-bench}"
if [ "${BUILD:-0}" = 1 ] || [ ! -f "benchmarks/$TARGET/benchmarks.jar" ]; then
  ./mvnw -B -q -Pbenchmarks package -pl benchmarks -am -DskipTests -Dlabinov.target="$TARGET"
fi
if [ "${FRESH:-0}" = 1 ]; then
  psql -h 127.0.0.1 -U postgres test -qc "DROP SCHEMA IF EXISTS bench_national CASCADE"
fi
mkdir -p benchmarks/results
LOG=benchmarks/results/national-generator.log
run() { java -Xmx2g -cp "benchmarks/$TARGET/benchmarks.jar" id.labinov.benchmarks.NationalData "$@" 2>&1 | grep --line-buffered -v '^SLF4J'; }
echo "# $(date -u +%FT%TZ) start: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), PARTS=${PARTS:-1} $*" | tee -a "$LOG"
if [ "${PARTS:-1}" -gt 1 ]; then
  run 0 | tee -a "$LOG"   # migrates the schema and makes the progress table once, before the processes share it
  pids=()
  for k in $(seq 0 $((PARTS - 1))); do
    run "${1:-100000}" "${2:-300}" "${3:-bulk}" "$k/$PARTS" | tee -a "$LOG" & pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
else
  run "$@" | tee -a "$LOG"
fi
echo "# $(date -u +%FT%TZ) end: load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"
