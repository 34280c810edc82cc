-- labinov schema version 4 for H2 2.x: the directory of names (JdbcDirectory).
--
-- Reports print names where histories keep codes and ids; the names live here, never in events.
-- lbv_directory_opd holds a unit's current name by OPD code; lbv_directory_theme a theme's name per
-- language (ISO 639 code, e.g. id or en). lbv_directory_person holds a person's display name by the
-- opaque person id, never a NIP or another identity number. Erasing a person (UU 27/2022) sets the
-- name to NULL and erased to TRUE: the name is gone from the row, only the fact of erasure stays, so
-- reports print "(dihapus)" and a later load cannot bring the name back. The check constraint holds
-- exactly that: a row has a name or is erased, never both. Region names are not stored: they ship
-- with labinov-core (RegionNames).
--
-- Published for DBAs who apply DDL themselves (JdbcStorage.builder().migrate(false)): apply it after
-- version 3, or call JdbcStorage.schemaScript("h2", 4, "myprefix_") for another prefix. Its last
-- statement records version 4 in lbv_schema_history. Every statement is guarded, so the script may
-- be run again.
CREATE TABLE IF NOT EXISTS lbv_directory_opd (
  opd_code VARCHAR(40) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL
);

CREATE TABLE IF NOT EXISTS lbv_directory_person (
  person_id VARCHAR(64) NOT NULL PRIMARY KEY,
  name VARCHAR(200),
  erased BOOLEAN NOT NULL,
  CONSTRAINT lbv_directory_person_erased CHECK ((erased AND name IS NULL) OR (NOT erased AND name IS NOT NULL))
);

CREATE TABLE IF NOT EXISTS lbv_directory_theme (
  theme VARCHAR(40) NOT NULL,
  language VARCHAR(3) NOT NULL,
  name VARCHAR(200) NOT NULL,
  PRIMARY KEY (theme, language)
);

INSERT INTO lbv_schema_history (version, description, installed_at)
  SELECT 4, 'directory of names (lbv_directory_opd, lbv_directory_person, lbv_directory_theme)', CURRENT_TIMESTAMP
  WHERE NOT EXISTS (SELECT 1 FROM lbv_schema_history WHERE version = 4);
