-- labinov schema version 6 for H2 2.x: stage visits as rows (issue 21).
--
-- One row per stay of an innovation in a stage (visit_no 0 is the stage it was proposed into), as
-- the state's visit list holds it: entered_at, left_at (NULL while the stay is current), and how it
-- ended (outcome): ADVANCED (StageAdvanced or StageAdvancedConditionally opened the next stay),
-- RETURNED (ReturnedForRework opened it), DROPPED (the current stay of a dropped innovation; left_at
-- stays NULL, as in the state) or OPEN (the current stay otherwise). Holds and drops are pauses
-- that do not count as days in stage: days is the stay's days in stage (closed stays only),
-- held_days the calendar days (in the region's zone) of the stay's ended pauses, held_since the
-- start of the pause still open, and pauses every pause exactly (start/end;... in ISO-8601, NULL
-- when none), so that a duration measured to any instant equals the state's. The appender writes
-- the rows in the same transaction as the events (it updates the open row and inserts the new one).
--
-- The rows of histories written before version 6 are filled by labinov itself (Migrator, in Java:
-- the outcome of a stay needs the type of the event that ended it, the rest comes from the state
-- document) when JdbcStorage is built, also with migrate(false): every innovation without visit rows
-- gets them, page by page, each page committed, so an interrupted fill resumes where it stopped.
--
-- Published for DBAs who apply DDL themselves (JdbcStorage.builder().migrate(false)): apply it after
-- version 5, or call JdbcStorage.schemaScript("h2", 6, "myprefix_") for another prefix. Its last
-- statement records version 6 in lbv_schema_history. Every statement is guarded, so the script may
-- be run again.
CREATE TABLE IF NOT EXISTS lbv_stage_visit (
  region VARCHAR(13) NOT NULL,
  innovation_id CHAR(36) NOT NULL,
  visit_no INT NOT NULL,
  stage VARCHAR(40) NOT NULL,
  entered_at TIMESTAMP(6) NOT NULL,
  left_at TIMESTAMP(6),
  outcome VARCHAR(10) NOT NULL,
  days INT,
  held_days INT NOT NULL,
  held_since TIMESTAMP(6),
  pauses VARCHAR(1000000),
  PRIMARY KEY (region, innovation_id, visit_no),
  CONSTRAINT lbv_stage_visit_outcome CHECK (outcome IN ('ADVANCED', 'RETURNED', 'DROPPED', 'OPEN'))
);
-- Funnel, time in stage and stalled lists: the stays of a region in a stage, open ones apart.
CREATE INDEX IF NOT EXISTS lbv_stage_visit_region_stage ON lbv_stage_visit (region, stage, outcome, innovation_id);

INSERT INTO lbv_schema_history (version, description, installed_at)
  SELECT 6, 'stage visits as rows (lbv_stage_visit)', CURRENT_TIMESTAMP
  WHERE NOT EXISTS (SELECT 1 FROM lbv_schema_history WHERE version = 6);
