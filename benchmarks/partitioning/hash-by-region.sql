-- Experiment of BENCHMARKS.md "National size": labinov's event and stage-visit tables as PostgreSQL
-- declarative partitions by region (hash, 16 partitions). Applied by NationalData to a new, empty
-- area right after labinov's migrator made it, when
-- -Dbench.national.partitioning=benchmarks/partitioning/hash-by-region.sql is given: the empty
-- tables are replaced by partitioned ones with the same columns and keys.
--
-- One change is forced: PostgreSQL refuses a unique index on a partitioned table unless it holds the
-- partition key ("unique constraint on partitioned table must include all partitioning columns",
-- SQL state 0A000 -- also when the migrator's CREATE UNIQUE INDEX IF NOT EXISTS finds the name
-- taken, so the migrator cannot run on a partitioned table at all), so the global uniqueness of
-- event_id (lbv_event_event_id) can only be kept per region here. labinov's own schema keeps it
-- global; this layout is for the measurement only.
DROP TABLE lbv_event;
DROP TABLE lbv_stage_visit;
CREATE TABLE lbv_event (
  region VARCHAR(13) COLLATE "C" NOT NULL,
  innovation_id CHAR(36) COLLATE "C" NOT NULL,
  seq_no BIGINT NOT NULL,
  event_id CHAR(36) COLLATE "C" NOT NULL,
  event_type VARCHAR(100) NOT NULL,
  occurred_at TIMESTAMP(6) NOT NULL,
  payload BYTEA NOT NULL,
  hash CHAR(64) NOT NULL,
  PRIMARY KEY (region, innovation_id, seq_no)
) PARTITION BY HASH (region);
CREATE UNIQUE INDEX lbv_event_event_id ON lbv_event (region, event_id);
CREATE TABLE lbv_stage_visit (
  region VARCHAR(13) COLLATE "C" NOT NULL,
  innovation_id CHAR(36) COLLATE "C" NOT NULL,
  visit_no INT NOT NULL,
  stage VARCHAR(40) COLLATE "C" NOT NULL,
  entered_at TIMESTAMP(6) NOT NULL,
  left_at TIMESTAMP(6),
  outcome VARCHAR(10) COLLATE "C" NOT NULL,
  days INT,
  held_days INT NOT NULL,
  held_since TIMESTAMP(6),
  pauses TEXT,
  PRIMARY KEY (region, innovation_id, visit_no),
  CONSTRAINT lbv_stage_visit_outcome CHECK (outcome IN ('ADVANCED', 'RETURNED', 'DROPPED', 'OPEN'))
) PARTITION BY HASH (region);
DO $$
BEGIN
  FOR i IN 0..15 LOOP
    EXECUTE format('CREATE TABLE IF NOT EXISTS lbv_event_p%s PARTITION OF lbv_event FOR VALUES WITH (MODULUS 16, REMAINDER %s)', i, i);
    EXECUTE format('CREATE TABLE IF NOT EXISTS lbv_stage_visit_p%s PARTITION OF lbv_stage_visit FOR VALUES WITH (MODULUS 16, REMAINDER %s)', i, i);
  END LOOP;
END $$;
CREATE INDEX lbv_stage_visit_region_stage ON lbv_stage_visit (region, stage, outcome, innovation_id);
