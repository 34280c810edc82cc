#!/usr/bin/env bash
# CI smoke test of the benchmarks: builds the module (profile benchmarks) and runs one very short
# iteration of every suite, with small sizes for the scale suites. It checks that every benchmark
# still runs and does the whole work (each lifecycle verifies itself); the figures mean nothing.
# Needs PostgreSQL (127.0.0.1:5432, postgres, db test) and MariaDB (127.0.0.1:3306, root, db test),
# as .ci/run starts them. Exits non-zero on the first failure. Takes a few minutes.
#   usage: benchmarks/ci-smoke.sh          (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${LABINOV_BENCH_TARGET:-target-bench}"
OUT="benchmarks/$TARGET/smoke"
start=$(date +%s)

# tests: only the benchmarks' architecture rule (the library modules' suites ran in .ci/run already)
./mvnw -B -q -Pbenchmarks package -pl benchmarks -am -Dtest=BenchmarksArchitectureTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dlabinov.target="$TARGET"
JAR="benchmarks/$TARGET/benchmarks.jar"
mkdir -p "$OUT"

# -foe true: a benchmark that throws fails the run (JMH exits non-zero).
short=(-f 1 -wi 0 -i 1 -r 200ms -w 200ms -foe true)
n=0
smoke() {
  local name="$1"; shift
  n=$((n + 1))
  echo "[smoke] $name"
  java -jar "$JAR" "$@" "${short[@]}" -rf json -rff "$OUT/$name.json" > "$OUT/$name.log" 2>&1 || {
    echo "[smoke] FAILED: $name (log: $OUT/$name.log)"; tail -n 40 "$OUT/$name.log"; exit 1; }
  grep -E '^[A-Za-z]+Benchmark\.' "$OUT/$name.log" | grep -v ':' || true
}

smoke in-memory         'InMemoryBenchmark'
smoke persisted-h2      'PersistedBenchmark|EnginesBenchmark' -p db=h2-mem
smoke persisted-pg      'PersistedBenchmark|EnginesBenchmark' -p db=postgresql
smoke persisted-mariadb 'PersistedBenchmark' -p db=mariadb
smoke bulk              'BulkAdvanceBenchmark' -p db=postgresql -p batch=5
smoke concurrency       'ConcurrencyBenchmark' -t 2
smoke scale-import      'ScaleBenchmark.import' -p db=h2-mem -p size=300
smoke scale-summary     'ScaleBenchmark.programmeSummary' -p summarySize=3000
smoke reports           'ReportFormatsBenchmark' -p db=h2-mem -p size=300

# national size: a tiny national data set (2 regions x 30 innovations, fresh), then its reports
n=$((n + 1))
echo "[smoke] national-generator"
java -Dbench.national.area=bench_national_smoke -Dbench.national.fresh=true -cp "$JAR" \
  id.labinov.benchmarks.NationalData 2 30 > "$OUT/national-generator.log" 2>&1 || {
  echo "[smoke] FAILED: national-generator (log: $OUT/national-generator.log)"; tail -n 40 "$OUT/national-generator.log"; exit 1; }
grep '^\[national\]' "$OUT/national-generator.log"
smoke national          'NationalBenchmark' -p regions=2 -p province=11 -p region=11.01 -p millionSize=200 \
  -p area=bench_national_smoke
smoke national-formats  'NationalFormatsBenchmark' -p regions=2 -p format=XLSX \
  -p area=bench_national_smoke

echo "$n passed, 0 failed"
echo "[smoke] all suites ran in $(( $(date +%s) - start )) s"
