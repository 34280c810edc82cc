#!/usr/bin/env bash
# Fills PostgreSQL schema bench_national (127.0.0.1:5432, db test) with the national data set of
# BENCHMARKS.md "National size": every kabupaten/kota (514) with a lab year of 300 innovations,
# written through labinov's bulk path. Resumable: run it again after an interruption and it skips
# the regions marked done and replays the cut-off one. Not part of CI.
#   benchmarks/national.sh [regions] [perRegion] [bulk|single]     (defaults: all 300 bulk)
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
{ echo "# $(date -u +%FT%TZ) $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx2g -cp "benchmarks/$TARGET/benchmarks.jar" id.labinov.benchmarks.NationalData "$@"
  echo "# $(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg)"; } 2>&1 \
  | grep --line-buffered -v '^SLF4J' | tee -a benchmarks/results/national-generator.log
