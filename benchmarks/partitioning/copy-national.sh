#!/usr/bin/env bash
# Read side of the partitioning experiment (BENCHMARKS.md "National size"): copies the national
# data set (schema bench_national) into schema bench_national_part, where lbv_event and
# lbv_stage_visit are partitioned by hash of region (16 partitions, as hash-by-region.sql) and every
# other table is a plain copy, so that NationalBenchmark can run on both with -p area=... .
set -euo pipefail
P="psql -h 127.0.0.1 -U postgres test -v ON_ERROR_STOP=1 -q"
$P -c "DROP SCHEMA IF EXISTS bench_national_part CASCADE" -c "CREATE SCHEMA bench_national_part"
for t in $($P -At -c "SELECT tablename FROM pg_tables WHERE schemaname = 'bench_national' ORDER BY 1"); do
  case "$t" in
    lbv_event|lbv_stage_visit) ;;
    *) $P -c "CREATE TABLE bench_national_part.$t (LIKE bench_national.$t INCLUDING ALL)" \
          -c "INSERT INTO bench_national_part.$t SELECT * FROM bench_national.$t" ;;
  esac
done
for t in lbv_event lbv_stage_visit; do
  $P -c "CREATE TABLE bench_national_part.$t (LIKE bench_national.$t INCLUDING DEFAULTS INCLUDING CONSTRAINTS) PARTITION BY HASH (region)"
  for i in $(seq 0 15); do
    $P -c "CREATE TABLE bench_national_part.${t}_p$i PARTITION OF bench_national_part.$t FOR VALUES WITH (MODULUS 16, REMAINDER $i)"
  done
done
$P -c "ALTER TABLE bench_national_part.lbv_event ADD PRIMARY KEY (region, innovation_id, seq_no)" \
   -c "CREATE UNIQUE INDEX lbv_event_event_id ON bench_national_part.lbv_event (region, event_id)" \
   -c "ALTER TABLE bench_national_part.lbv_stage_visit ADD PRIMARY KEY (region, innovation_id, visit_no)"
# the visit table's other indexes, as the national schema has them (names kept)
$P -At -c "SELECT indexdef FROM pg_indexes WHERE schemaname = 'bench_national' AND tablename = 'lbv_stage_visit'
  AND indexname NOT LIKE '%pkey'" | sed 's/bench_national\./bench_national_part./g' | while read -r def; do $P -c "$def"; done
$P -c "INSERT INTO bench_national_part.lbv_event SELECT * FROM bench_national.lbv_event" \
   -c "INSERT INTO bench_national_part.lbv_stage_visit SELECT * FROM bench_national.lbv_stage_visit" \
   -c "ANALYZE bench_national_part.lbv_event" -c "ANALYZE bench_national_part.lbv_stage_visit"
$P -At -c "SELECT 'copied: ' || (SELECT COUNT(*) FROM bench_national_part.lbv_innovation) || ' innovations, '
  || (SELECT COUNT(*) FROM bench_national_part.lbv_event) || ' events'"
