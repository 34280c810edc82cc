-- labinov schema version 1 for MariaDB 10.6+ and MySQL 8 (InnoDB, utf8mb4, binary collation).
--
-- Published for DBAs who apply DDL themselves (JdbcStorage.builder().migrate(false)). Every table
-- and index name starts with the default prefix lbv_; for another prefix, replace it (or call
-- JdbcStorage.schemaScript("mariadb", 1, "myprefix_")). Apply the whole file in order: its last
-- statement records version 1 in lbv_schema_history, which the library checks at start.
-- Instants are UTC DATETIME(6); ids are UUID text, compared byte by byte (utf8mb4_bin), so that
-- keyset paging and title search behave as on the other databases.

-- JSON documents are LONGTEXT, not JSON: JSON_VALID (MariaDB's JSON check) refuses a lone UTF-16
-- surrogate escape such as \uD83D, which a Java string may hold, and MySQL's binary JSON rewrites
-- the text. Event payloads are the canonical bytes (LONGBLOB), hashed as stored.
CREATE TABLE IF NOT EXISTS lbv_schema_history (
  version INT NOT NULL PRIMARY KEY,
  description VARCHAR(200) NOT NULL,
  installed_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS lbv_innovation (
  id CHAR(36) NOT NULL PRIMARY KEY,
  region VARCHAR(13) NOT NULL,
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
  stage_entered_at DATETIME(6) NOT NULL,
  proposed_at DATETIME(6) NOT NULL,
  last_changed_at DATETIME(6) NOT NULL,
  replicates_region VARCHAR(13),
  replicates_id CHAR(36),
  last_hash CHAR(64) NOT NULL,
  state_json LONGTEXT NOT NULL,
  UNIQUE KEY lbv_innovation_region_id (region, id),
  KEY lbv_innovation_region_stage (region, stage, id),
  KEY lbv_innovation_region_opd (region, opd, id),
  KEY lbv_innovation_region_programme (region, programme_id, id),
  KEY lbv_innovation_replicates (replicates_region, replicates_id, region, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS lbv_innovation_theme (
  innovation_id CHAR(36) NOT NULL,
  theme VARCHAR(40) NOT NULL,
  PRIMARY KEY (innovation_id, theme),
  KEY lbv_innovation_theme_theme (theme, innovation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS lbv_event (
  region VARCHAR(13) NOT NULL,
  innovation_id CHAR(36) NOT NULL,
  seq_no BIGINT NOT NULL,
  event_id CHAR(36) NOT NULL,
  event_type VARCHAR(100) NOT NULL,
  occurred_at DATETIME(6) NOT NULL,
  payload LONGBLOB NOT NULL,
  hash CHAR(64) NOT NULL,
  PRIMARY KEY (region, innovation_id, seq_no),
  UNIQUE KEY lbv_event_event_id (event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS lbv_idempotency (
  region VARCHAR(13) NOT NULL,
  idem_key VARCHAR(200) NOT NULL,
  request_hash VARCHAR(128) NOT NULL,
  innovation_id CHAR(36) NOT NULL,
  version_after BIGINT NOT NULL,
  event_count INT NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  PRIMARY KEY (region, idem_key),
  KEY lbv_idempotency_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS lbv_rulebook (
  region VARCHAR(13) NOT NULL,
  rulebook_id VARCHAR(64) NOT NULL,
  version INT NOT NULL,
  hash CHAR(64) NOT NULL,
  canonical_json LONGTEXT NOT NULL,
  PRIMARY KEY (region, rulebook_id, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Programmes: the whole programme as a JSON document (schedule order kept), version for optimistic saves.
CREATE TABLE IF NOT EXISTS lbv_programme (
  region VARCHAR(13) NOT NULL,
  programme_id VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL,
  programme_year INT NOT NULL,
  status VARCHAR(10) NOT NULL,
  programme_json LONGTEXT NOT NULL,
  PRIMARY KEY (region, programme_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Evaluation streams: scores per innovation and scheme, monitoring per innovation; the key decides races.
CREATE TABLE IF NOT EXISTS lbv_score (
  region VARCHAR(13) NOT NULL,
  innovation_id CHAR(36) NOT NULL,
  scheme_id VARCHAR(100) NOT NULL,
  seq_no BIGINT NOT NULL,
  entry_id CHAR(36) NOT NULL,
  scheme_version INT NOT NULL,
  round_no INT NOT NULL,
  evaluator VARCHAR(200) NOT NULL,
  scores_json LONGTEXT NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (region, innovation_id, scheme_id, seq_no),
  KEY lbv_score_scheme_round (scheme_id, round_no, region)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS lbv_monitoring (
  region VARCHAR(13) NOT NULL,
  innovation_id CHAR(36) NOT NULL,
  seq_no BIGINT NOT NULL,
  entry_id CHAR(36) NOT NULL,
  indicator VARCHAR(200) NOT NULL,
  value_text VARCHAR(200) NOT NULL,
  observed_on DATE NOT NULL,
  recorded_by VARCHAR(200) NOT NULL,
  note LONGTEXT,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (region, innovation_id, seq_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS lbv_outbox (
  feed_position BIGINT NOT NULL PRIMARY KEY,
  region VARCHAR(13) NOT NULL,
  innovation_id CHAR(36) NOT NULL,
  seq_no BIGINT NOT NULL,
  event_type VARCHAR(100) NOT NULL,
  KEY lbv_outbox_region (region, feed_position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS lbv_feed_counter (
  id INT NOT NULL PRIMARY KEY,
  last_position BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO lbv_feed_counter (id, last_position)
  SELECT 1, 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM lbv_feed_counter WHERE id = 1);

INSERT INTO lbv_schema_history (version, description, installed_at)
  SELECT 1, 'innovations, events, idempotency keys, rulebooks, programmes, evaluations, outbox', UTC_TIMESTAMP(6) FROM DUAL
  WHERE NOT EXISTS (SELECT 1 FROM lbv_schema_history WHERE version = 1);
