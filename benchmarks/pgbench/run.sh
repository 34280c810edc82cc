#!/bin/bash
# The database side of one labinov command against raw JDBC's, on PostgreSQL without Java:
# pgbench runs a labinov-shaped transaction (locked read, state row with a 2 KB document and its
# indexes, event row, feed head and feed row) and raw JDBC's (read, small update, small insert)
# on 10,000 pre-filled rows, and variants of the labinov schema (fewer and partial indexes, text
# instead of json, no row lock). Results are in BENCHMARKS.md ("Issue 15, paired runs").
# Needs pgbench (Debian's postgresql-client) and the local server (trust auth, database test).
set -euo pipefail
cd "$(dirname "$0")"
PG="-h 127.0.0.1 -U postgres"
doc=$(python3 -c 'import json; print(json.dumps({"k%d" % i: "x" * 30 for i in range(55)}))')
psql -q $PG -d test -c "CREATE SEQUENCE IF NOT EXISTS s"
for v in base noregionid_partial noregionid_partial_text; do
  psql -q $PG -d test -v doc="$doc" -f schema_$v.sql
done
psql -q $PG -d test -c "DROP TABLE IF EXISTS r_state, r_event" \
  -c "CREATE TABLE r_state (id VARCHAR(36) PRIMARY KEY, stage VARCHAR(16) NOT NULL, version BIGINT NOT NULL, title VARCHAR(300), opd VARCHAR(40), problem VARCHAR(4000), idea_summary VARCHAR(4000), design_reference VARCHAR(500), delivery_evidence VARCHAR(500))" \
  -c "CREATE TABLE r_event (id VARCHAR(36) NOT NULL, seq BIGINT NOT NULL, type VARCHAR(32) NOT NULL, from_stage VARCHAR(16), to_stage VARCHAR(16), occurred_at TIMESTAMP NOT NULL, PRIMARY KEY (id, seq))" \
  -c "INSERT INTO r_state SELECT g::text, 'DRUM_UP', 1, 'Judul', 'DINKES', repeat('p',60), NULL, repeat('d',60), repeat('e',60) FROM generate_series(1,10000) g"
for round in 1 2 3; do
  for f in run_base_lock run_noregionid_partial_lock run_noregionid_partial_text_lock run_base_nolock \
      run_noregionid_partial_nolock raw; do
    printf '%s ' "$f"
    pgbench -n $PG -T 10 -c 1 -M prepared -D doc="$doc" -f $f.sql test 2>&1 | grep -E '^tps'
  done
done
