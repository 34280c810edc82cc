-- labinov schema version 10 for MariaDB 10.6+ and MySQL 8: the yearly cycle's streams (JdbcCycleStore).
--
-- Two append-only streams per innovation, each numbered from 1 without gaps; no row is ever updated
-- or deleted by labinov:
-- * lbv_competition_entry: the innovation's competition records. A record names the competition
--   (IGA, KIPP), the competition year (entry_year), the group entered in (entry_group: GENERAL,
--   REPLICATION, SPECIAL) and the result known so far (entry_result: ENTERED, NOT_SELECTED, NOMINEE,
--   TOP_99, TOP_45, WINNER), with an optional note of up to 2000 characters. A later record of the
--   same competition and year carries a newer result; the latest one is the entry.
-- * lbv_innovation_version: the innovation's development versions (pengembangan): the year, what was
--   developed (note, 1 to 2000 characters) and what changed (change_codes: SCOPE,
--   DIGITALISATION, BENEFICIARIES, OTHER, comma-separated in that order, at least one).
-- Both carry who recorded the row (recorded_by, an opaque person id) and when (recorded_at, UTC,
-- microseconds). seq_no is the row's place in its innovation's stream: the primary key (region,
-- innovation_id, seq_no) refuses a number another writer took, so of two writers of the same next
-- record exactly one inserts; it also reads an innovation's stream in order and a region's streams.
-- No foreign keys, as elsewhere in labinov.
--
-- Published for DBAs who apply DDL themselves (JdbcStorage.builder().migrate(false)): apply it after
-- version 9, or call JdbcStorage.schemaScript("mariadb", 10, "myprefix_") for another prefix. Its last
-- statement records version 10 in lbv_schema_history. Every statement is guarded, so the script may
-- be run again.
CREATE TABLE IF NOT EXISTS lbv_competition_entry (
  region VARCHAR(13) NOT NULL,
  innovation_id CHAR(36) NOT NULL,
  seq_no BIGINT NOT NULL,
  competition VARCHAR(20) NOT NULL,
  entry_year INT NOT NULL,
  entry_group VARCHAR(20) NOT NULL,
  entry_result VARCHAR(20) NOT NULL,
  note VARCHAR(2000),
  recorded_by VARCHAR(64) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (region, innovation_id, seq_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS lbv_innovation_version (
  region VARCHAR(13) NOT NULL,
  innovation_id CHAR(36) NOT NULL,
  seq_no BIGINT NOT NULL,
  version_year INT NOT NULL,
  note VARCHAR(2000) NOT NULL,
  change_codes VARCHAR(200) NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (region, innovation_id, seq_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO lbv_schema_history (version, description, installed_at)
  SELECT 10, 'yearly cycle streams (lbv_competition_entry, lbv_innovation_version)', UTC_TIMESTAMP(6) FROM DUAL
  WHERE NOT EXISTS (SELECT 1 FROM lbv_schema_history WHERE version = 10);
