-- labinov schema version 5 for MariaDB 10.6+ and MySQL 8: identity numbers in the directory (JdbcDirectory).
--
-- A person's record in the directory is the display name (lbv_directory_person, version 4) and,
-- for a civil servant, the identity number kept here: a PNS NIP (number_kind NIP, 18 digits, checked
-- and decoded by labinov-core's Nip) or a PPPK number (number_kind PPPK, 8 to 30 digits, kept as
-- given), digits only. A person without a number (a citizen, a DPRD member) has no row. The numbers
-- have a table of their own, so lbv_directory_person still never holds one, reports never read this
-- table (they print names only), and a DBA may grant reporting accounts the name tables without it.
-- Erasing a person (UU 27/2022) deletes the row here and empties the name in lbv_directory_person in
-- one transaction: only the fact of erasure stays. A number is written only with its person's name
-- row, in the same transaction (like the other tables, this one has no foreign key, so the tables can
-- be emptied in any order).
--
-- Published for DBAs who apply DDL themselves (JdbcStorage.builder().migrate(false)): apply it after
-- version 4, or call JdbcStorage.schemaScript("mariadb", 5, "myprefix_") for another prefix. Its last
-- statement records version 5 in lbv_schema_history. Every statement is guarded, so the script may
-- be run again.
CREATE TABLE IF NOT EXISTS lbv_directory_identity (
  person_id VARCHAR(64) NOT NULL PRIMARY KEY,
  number_kind VARCHAR(4) NOT NULL,
  digits VARCHAR(30) NOT NULL,
  CONSTRAINT lbv_directory_identity_kind CHECK (number_kind IN ('NIP', 'PPPK'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO lbv_schema_history (version, description, installed_at)
  SELECT 5, 'identity numbers in the directory (lbv_directory_identity)', UTC_TIMESTAMP(6) FROM DUAL
  WHERE NOT EXISTS (SELECT 1 FROM lbv_schema_history WHERE version = 5);
