-- labinov schema version 7 for MariaDB 10.6+ and MySQL 8: report aggregates in SQL (issue 21).
--
-- Reports count innovations and stays with GROUP BY instead of paging through every innovation:
-- * lbv_innovation gains implementation_start_day and trial_start_day, the implementation (penerapan)
--   and trial (uji coba) start dates of the details as epoch days (days since 1970-01-01; NULL when
--   the details have none that is an ISO date), so national stages compare them with the region's
--   today without reading the state document; and visited_stages, the codes of every stage the
--   innovation has stayed in, sorted and joined by commas (NULL only if longer than 4000
--   characters: then the stage visit rows are read), so funnels group the state rows alone;
-- * lbv_stage_visit gains days_exact_from: for the current stay of an innovation, the instant from
--   which its days in stage to an instant follow from entered_at, held_days and held_since in SQL
--   (its entry, or the end of its latest ended pause if later; 9999-12-31 when they never do: two
--   pauses open, or times before 1970); NULL for ended stays, whose days are stored. Days to an
--   earlier instant are counted in Java from the stored pauses. Its index finds those few stays.
-- * lbv_backfill records how far labinov has filled these columns for rows written before version 7
--   (Migrator, in Java, from the state documents, when JdbcStorage is built, also with
--   migrate(false)): page by page in id order, each page committed, so an interrupted fill resumes
--   where it stopped and a start after it reads one row.
--
-- Published for DBAs who apply DDL themselves (JdbcStorage.builder().migrate(false)): apply it after
-- version 6, or call JdbcStorage.schemaScript("mariadb", 7, "myprefix_") for another prefix. Its last
-- statement records version 7 in lbv_schema_history. Every statement is guarded, so the script may
-- be run again.
--
-- MySQL 8 has no ADD COLUMN IF NOT EXISTS: each change is guarded by information_schema and run as
-- a prepared statement (a no-op DO 0 when it was made already).
SET @lbv_ddl = (SELECT IF(COUNT(*) = 0, 'ALTER TABLE lbv_innovation ADD COLUMN implementation_start_day BIGINT NULL, ADD COLUMN trial_start_day BIGINT NULL, ADD COLUMN visited_stages VARCHAR(4000) NULL', 'DO 0')
  FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'lbv_innovation'
  AND column_name = 'implementation_start_day');
PREPARE lbv_step FROM @lbv_ddl;
EXECUTE lbv_step;
DEALLOCATE PREPARE lbv_step;
SET @lbv_ddl = (SELECT IF(COUNT(*) = 0, 'ALTER TABLE lbv_stage_visit ADD COLUMN days_exact_from DATETIME(6) NULL', 'DO 0')
  FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'lbv_stage_visit'
  AND column_name = 'days_exact_from');
PREPARE lbv_step FROM @lbv_ddl;
EXECUTE lbv_step;
DEALLOCATE PREPARE lbv_step;
SET @lbv_ddl = (SELECT IF(COUNT(*) = 0, 'CREATE INDEX lbv_stage_visit_exact ON lbv_stage_visit (days_exact_from)', 'DO 0')
  FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = 'lbv_stage_visit'
  AND index_name = 'lbv_stage_visit_exact');
PREPARE lbv_step FROM @lbv_ddl;
EXECUTE lbv_step;
DEALLOCATE PREPARE lbv_step;

CREATE TABLE IF NOT EXISTS lbv_backfill (
  name VARCHAR(40) NOT NULL PRIMARY KEY,
  after_id VARCHAR(36) NOT NULL,
  done_at DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO lbv_backfill (name, after_id)
  SELECT 'v7', '' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM lbv_backfill WHERE name = 'v7');

INSERT INTO lbv_schema_history (version, description, installed_at)
  SELECT 7, 'report aggregates in SQL (dates, visited stages, days_exact_from)', UTC_TIMESTAMP(6) FROM DUAL
  WHERE NOT EXISTS (SELECT 1 FROM lbv_schema_history WHERE version = 7);
