-- labinov schema version 1 for PostgreSQL 12 and later.
--
-- Published for DBAs who apply DDL themselves (JdbcStorage.builder().migrate(false)). Every table
-- and index name starts with the default prefix lbv_; for another prefix, replace it (or call
-- JdbcStorage.schemaScript("postgresql", 1, "myprefix_")). Apply the whole file in order: its last
-- statement records version 1 in lbv_schema_history, which the library checks at start.
-- Instants are UTC timestamps with microseconds; ids are UUID text, compared byte by byte.

-- JSON documents are of type json, which keeps the text exactly as written (jsonb would reject the
-- \u0000 a title may contain). Event payloads are the canonical bytes (BYTEA), hashed as stored.
CREATE TABLE IF NOT EXISTS lbv_schema_history (
  version INT NOT NULL PRIMARY KEY,
  description VARCHAR(200) NOT NULL,
  installed_at TIMESTAMP NOT NULL
);

-- Current state of each innovation: the state document (state_json) plus indexed columns for queries.
CREATE TABLE IF NOT EXISTS lbv_innovation (
  id CHAR(36) COLLATE "C" NOT NULL PRIMARY KEY,
  region VARCHAR(13) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  title VARCHAR(300) NOT NULL,
  title_search VARCHAR(1200) NOT NULL,
  opd VARCHAR(40),
  bentuk VARCHAR(40),
  jenis VARCHAR(20),
  stage VARCHAR(40) NOT NULL,
  status VARCHAR(10) NOT NULL,
  programme_id VARCHAR(100),
  rulebook_id VARCHAR(64) NOT NULL,
  rulebook_version INT NOT NULL,
  stage_entered_at TIMESTAMP(6) NOT NULL,
  proposed_at TIMESTAMP(6) NOT NULL,
  last_changed_at TIMESTAMP(6) NOT NULL,
  replicates_region VARCHAR(13) COLLATE "C",
  replicates_id CHAR(36) COLLATE "C",
  last_hash CHAR(64) NOT NULL,
  state_json JSON NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS lbv_innovation_region_id ON lbv_innovation (region, id);
CREATE INDEX IF NOT EXISTS lbv_innovation_region_stage ON lbv_innovation (region, stage, id);
CREATE INDEX IF NOT EXISTS lbv_innovation_region_opd ON lbv_innovation (region, opd, id);
CREATE INDEX IF NOT EXISTS lbv_innovation_region_programme ON lbv_innovation (region, programme_id, id);
-- Replication lineage backwards: who replicated this source innovation?
CREATE INDEX IF NOT EXISTS lbv_innovation_replicates ON lbv_innovation (replicates_region, replicates_id, region, id);

CREATE TABLE IF NOT EXISTS lbv_innovation_theme (
  innovation_id CHAR(36) COLLATE "C" NOT NULL,
  theme VARCHAR(40) NOT NULL,
  PRIMARY KEY (innovation_id, theme)
);
CREATE INDEX IF NOT EXISTS lbv_innovation_theme_theme ON lbv_innovation_theme (theme, innovation_id);

-- Append-only history: canonical event bytes kept verbatim, hash chained over the previous event.
CREATE TABLE IF NOT EXISTS lbv_event (
  region VARCHAR(13) COLLATE "C" NOT NULL,
  innovation_id CHAR(36) COLLATE "C" NOT NULL,
  seq_no BIGINT NOT NULL,
  event_id CHAR(36) COLLATE "C" NOT NULL,
  event_type VARCHAR(100) NOT NULL,
  occurred_at TIMESTAMP(6) NOT NULL,
  payload BYTEA NOT NULL,
  hash CHAR(64) NOT NULL,
  PRIMARY KEY (region, innovation_id, seq_no)
);
CREATE UNIQUE INDEX IF NOT EXISTS lbv_event_event_id ON lbv_event (event_id);

CREATE TABLE IF NOT EXISTS lbv_idempotency (
  region VARCHAR(13) COLLATE "C" NOT NULL,
  idem_key VARCHAR(200) NOT NULL,
  request_hash VARCHAR(128) NOT NULL,
  innovation_id CHAR(36) COLLATE "C" NOT NULL,
  version_after BIGINT NOT NULL,
  event_count INT NOT NULL,
  expires_at TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (region, idem_key)
);
CREATE INDEX IF NOT EXISTS lbv_idempotency_expires ON lbv_idempotency (expires_at);

CREATE TABLE IF NOT EXISTS lbv_rulebook (
  region VARCHAR(13) COLLATE "C" NOT NULL,
  rulebook_id VARCHAR(64) NOT NULL,
  version INT NOT NULL,
  hash CHAR(64) NOT NULL,
  canonical_json TEXT NOT NULL,
  PRIMARY KEY (region, rulebook_id, version)
);

-- Programmes: the whole programme as a JSON document (schedule order kept), version for optimistic saves.
CREATE TABLE IF NOT EXISTS lbv_programme (
  region VARCHAR(13) COLLATE "C" NOT NULL,
  programme_id VARCHAR(64) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  programme_year INT NOT NULL,
  status VARCHAR(10) NOT NULL,
  programme_json JSON NOT NULL,
  PRIMARY KEY (region, programme_id)
);

-- Evaluation streams: scores per innovation and scheme, monitoring per innovation; the key decides races.
CREATE TABLE IF NOT EXISTS lbv_score (
  region VARCHAR(13) COLLATE "C" NOT NULL,
  innovation_id CHAR(36) COLLATE "C" NOT NULL,
  scheme_id VARCHAR(100) COLLATE "C" NOT NULL,
  seq_no BIGINT NOT NULL,
  entry_id CHAR(36) COLLATE "C" NOT NULL,
  scheme_version INT NOT NULL,
  round_no INT NOT NULL,
  evaluator VARCHAR(200) NOT NULL,
  scores_json JSON NOT NULL,
  recorded_at TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (region, innovation_id, scheme_id, seq_no)
);
CREATE INDEX IF NOT EXISTS lbv_score_scheme_round ON lbv_score (scheme_id, round_no, region);

CREATE TABLE IF NOT EXISTS lbv_monitoring (
  region VARCHAR(13) COLLATE "C" NOT NULL,
  innovation_id CHAR(36) COLLATE "C" NOT NULL,
  seq_no BIGINT NOT NULL,
  entry_id CHAR(36) COLLATE "C" NOT NULL,
  indicator VARCHAR(200) NOT NULL,
  value_text VARCHAR(200) NOT NULL,
  observed_on DATE NOT NULL,
  recorded_by VARCHAR(200) NOT NULL,
  note TEXT,
  recorded_at TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (region, innovation_id, seq_no)
);

-- Change feed: one row per event, positions in commit order (lbv_feed_counter is locked until commit).
CREATE TABLE IF NOT EXISTS lbv_outbox (
  feed_position BIGINT NOT NULL PRIMARY KEY,
  region VARCHAR(13) COLLATE "C" NOT NULL,
  innovation_id CHAR(36) COLLATE "C" NOT NULL,
  seq_no BIGINT NOT NULL,
  event_type VARCHAR(100) NOT NULL
);
CREATE INDEX IF NOT EXISTS lbv_outbox_region ON lbv_outbox (region, feed_position);

CREATE TABLE IF NOT EXISTS lbv_feed_counter (
  id INT NOT NULL PRIMARY KEY,
  last_position BIGINT NOT NULL
);
INSERT INTO lbv_feed_counter (id, last_position)
  SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM lbv_feed_counter WHERE id = 1);

INSERT INTO lbv_schema_history (version, description, installed_at)
  SELECT 1, 'innovations, events, idempotency keys, rulebooks, programmes, evaluations, outbox', CURRENT_TIMESTAMP
  WHERE NOT EXISTS (SELECT 1 FROM lbv_schema_history WHERE version = 1);
