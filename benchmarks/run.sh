#!/usr/bin/env bash
# Runs the recorded benchmark set and writes JMH JSON to benchmarks/results/ (see BENCHMARKS.md).
#   benchmarks/run.sh [suite ...]     suites: memory persisted bulk concurrency import summary reports national
# (national needs the national data set first: benchmarks/national.sh, see BENCHMARKS.md "National size";
# it is not part of the default set)
# Without arguments runs all of them (about 35 minutes on 2 busy cores). Needs PostgreSQL and MariaDB
# as described in BENCHMARKS.md. Build first, or set BUILD=1 to build here. Smaller runs:
# IMPORT_SIZE (batch-import API, default 100000), FACADE_IMPORT_SIZE (one by one through the
# facade, default 10000), REPORT_WARMUPS=0 REPORT_ITERATIONS=1.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${LABINOV_BENCH_TARGET:-target-bench}"
if [ "${BUILD:-0}" = 1 ] || [ ! -f "benchmarks/$TARGET/benchmarks.jar" ]; then
  ./mvnw -B -q -Pbenchmarks package -pl benchmarks -am -DskipTests -Dlabinov.target="$TARGET"
fi
JAR="benchmarks/$TARGET/benchmarks.jar"
RES=benchmarks/results
mkdir -p "$RES"
failed=()
# Runs one JMH command; a failure (e.g. OutOfMemoryError under -Xmx256m) is recorded and the
# remaining suites still run; the script exits non-zero at the end if any failed.
jmh() {
  local name="$1"; shift
  echo "[run] $name: $*"
  if java -jar "$JAR" "$@" -foe true -rf json -rff "$RES/$name.json" > "$RES/$name.log" 2>&1; then
    grep -E '^[A-Za-z]+Benchmark\.|^\[bench\]' "$RES/$name.log" || true
  else
    echo "[run] FAILED: $name (see $RES/$name.log)"; failed+=("$name")
  fi
}
suites=("$@")
[ ${#suites[@]} -eq 0 ] && suites=(memory persisted bulk concurrency import summary reports)
for s in "${suites[@]}"; do
  case "$s" in
    memory) jmh suite1-memory 'InMemoryBenchmark' -prof gc -wi 5 ;;
    persisted)
      for db in h2-file h2-mem postgresql; do jmh "suite2-$db" 'PersistedBenchmark|EnginesBenchmark' -p db=$db; done
      jmh suite2-mariadb 'PersistedBenchmark' -p db=mariadb ;;
    bulk) jmh suite2-bulk-postgresql 'BulkAdvanceBenchmark' -p db=postgresql ;;
    concurrency) for t in 1 2 4 8; do jmh "suite4-postgresql-t$t" 'ConcurrencyBenchmark' -t $t; done ;;
    import) for db in postgresql h2-file h2-mem mariadb; do
        jmh "suite3-import-api-$db" 'ScaleBenchmark.importBatchApi' -p db=$db -p size="${IMPORT_SIZE:-100000}"
        jmh "suite3-import-$db" 'ScaleBenchmark.importProposals' -p db=$db -p size="${FACADE_IMPORT_SIZE:-10000}"; done ;;
    summary) jmh suite3-summary-postgresql 'ScaleBenchmark.programmeSummary' ;;
    reports) for f in JSON CSV XLSX HTML PDF; do   # one run per format: an OutOfMemoryError stops only its own
        jmh "suite3-reports-$f-postgresql" 'ReportFormatsBenchmark' -p format=$f -wi "${REPORT_WARMUPS:-1}" -i "${REPORT_ITERATIONS:-2}"; done ;;
    national) jmh national-postgresql 'NationalBenchmark'
      for f in JSON CSV XLSX HTML PDF; do jmh "national-formats-$f" 'NationalFormatsBenchmark' -p format=$f; done ;;
    *) echo "unknown suite $s"; exit 2 ;;
  esac
done
if [ ${#failed[@]} -gt 0 ]; then echo "[run] failed: ${failed[*]}"; exit 1; fi
