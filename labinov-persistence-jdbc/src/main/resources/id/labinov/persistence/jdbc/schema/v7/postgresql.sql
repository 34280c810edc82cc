-- labinov schema version 7 for PostgreSQL 12 and later: report aggregates in SQL (issue 21).
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
-- version 6, or call JdbcStorage.schemaScript("postgresql", 7, "myprefix_") for another prefix. Its last
-- statement records version 7 in lbv_schema_history. Every statement is guarded, so the script may
-- be run again.
ALTER TABLE lbv_innovation ADD COLUMN IF NOT EXISTS implementation_start_day BIGINT;
ALTER TABLE lbv_innovation ADD COLUMN IF NOT EXISTS trial_start_day BIGINT;
ALTER TABLE lbv_innovation ADD COLUMN IF NOT EXISTS visited_stages VARCHAR(4000) COLLATE "C";
ALTER TABLE lbv_stage_visit ADD COLUMN IF NOT EXISTS days_exact_from TIMESTAMP(6);
CREATE INDEX IF NOT EXISTS lbv_stage_visit_exact ON lbv_stage_visit (days_exact_from);

CREATE TABLE IF NOT EXISTS lbv_backfill (
  name VARCHAR(40) COLLATE "C" NOT NULL PRIMARY KEY,
  after_id VARCHAR(36) COLLATE "C" NOT NULL,
  done_at TIMESTAMP(6)
);
INSERT INTO lbv_backfill (name, after_id)
  SELECT 'v7', '' WHERE NOT EXISTS (SELECT 1 FROM lbv_backfill WHERE name = 'v7');

INSERT INTO lbv_schema_history (version, description, installed_at)
  SELECT 7, 'report aggregates in SQL (dates, visited stages, days_exact_from)', CURRENT_TIMESTAMP
  WHERE NOT EXISTS (SELECT 1 FROM lbv_schema_history WHERE version = 7);
