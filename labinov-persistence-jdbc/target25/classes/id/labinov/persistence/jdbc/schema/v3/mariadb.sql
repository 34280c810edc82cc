-- labinov schema version 3 for MariaDB 10.6+ and MySQL 8: the refusal log.
--
-- lbv_refusal keeps one row per refused command (JdbcRefusalLog): what kind of command, the region,
-- the innovation or other subject, who sent it (a person id and an OPD code, never a name), the
-- stage and OPD of the innovation, and the reasons (codes, rule ids, message arguments) as one JSON
-- document (StoredDocuments.refusalReasonsToJson, kept as LONGTEXT as in version 1), because a
-- refusal is written, read and purged whole. The auto-increment id keeps the insertion order of
-- refusals made at the same instant. (region, refused_at, id) makes reading a region's period one
-- index range in order; (refused_at, id) serves national reads and the daily purge of old rows.
--
-- Published for DBAs who apply DDL themselves (JdbcStorage.builder().migrate(false)): apply it after
-- version 2, or call JdbcStorage.schemaScript("mariadb", 3, "myprefix_") for another prefix. Its
-- last statement records version 3 in lbv_schema_history. Every statement is guarded, so the script
-- may be run again.
CREATE TABLE IF NOT EXISTS lbv_refusal (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  region VARCHAR(13) NOT NULL,
  refused_at DATETIME(6) NOT NULL,
  kind VARCHAR(12) NOT NULL,
  innovation_id CHAR(36),
  subject VARCHAR(200),
  actor VARCHAR(64) NOT NULL,
  actor_opd VARCHAR(40),
  command VARCHAR(100) NOT NULL,
  verdict_id VARCHAR(100),
  stage VARCHAR(100),
  innovation_opd VARCHAR(40),
  reasons_json LONGTEXT NOT NULL,
  KEY lbv_refusal_region_at (region, refused_at, id),
  KEY lbv_refusal_at (refused_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO lbv_schema_history (version, description, installed_at)
  SELECT 3, 'refusal log (lbv_refusal)', UTC_TIMESTAMP(6) FROM DUAL
  WHERE NOT EXISTS (SELECT 1 FROM lbv_schema_history WHERE version = 3);
