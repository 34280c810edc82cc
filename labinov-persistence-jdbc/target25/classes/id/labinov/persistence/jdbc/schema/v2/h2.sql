-- labinov schema version 2 for H2 2.x: change feed positions per region.
--
-- Version 1 numbered the events of the whole database in one sequence (lbv_outbox, counted in
-- lbv_feed_counter), so every writer of every region queued on one counter row until it committed.
-- Version 2 gives each region a gap-free sequence of its own: lbv_feed holds one row per event keyed
-- by (region, feed_position), lbv_feed_head the last position of each region (its row is created by
-- the region's first event). Rows of version 1 are renumbered per region, keeping their order.
--
-- Published for DBAs who apply DDL themselves (JdbcStorage.builder().migrate(false)): apply it after
-- version 1, or call JdbcStorage.schemaScript("h2", 2, "myprefix_") for another prefix. Its last
-- statement records version 2 in lbv_schema_history. Every statement is guarded, so the script may
-- be run again: the first one gives the copy a (then empty) source when version 1's outbox is gone.
CREATE TABLE IF NOT EXISTS lbv_outbox (
  feed_position BIGINT NOT NULL PRIMARY KEY,
  region VARCHAR(13) NOT NULL,
  innovation_id CHAR(36) NOT NULL,
  seq_no BIGINT NOT NULL,
  event_type VARCHAR(100) NOT NULL
);

-- Change feed: one row per committed event, positions per region in commit order (the region's
-- lbv_feed_head row is locked from the position's reservation until commit).
CREATE TABLE IF NOT EXISTS lbv_feed (
  region VARCHAR(13) NOT NULL,
  feed_position BIGINT NOT NULL,
  innovation_id CHAR(36) NOT NULL,
  seq_no BIGINT NOT NULL,
  event_type VARCHAR(100) NOT NULL,
  PRIMARY KEY (region, feed_position)
);

CREATE TABLE IF NOT EXISTS lbv_feed_head (
  region VARCHAR(13) NOT NULL PRIMARY KEY,
  last_position BIGINT NOT NULL
);

INSERT INTO lbv_feed (region, feed_position, innovation_id, seq_no, event_type)
  SELECT o.region, ROW_NUMBER() OVER (PARTITION BY o.region ORDER BY o.feed_position), o.innovation_id, o.seq_no,
    o.event_type
  FROM lbv_outbox o
  WHERE NOT EXISTS (SELECT 1 FROM lbv_feed);

INSERT INTO lbv_feed_head (region, last_position)
  SELECT f.region, MAX(f.feed_position) FROM lbv_feed f
  WHERE NOT EXISTS (SELECT 1 FROM lbv_feed_head h WHERE h.region = f.region)
  GROUP BY f.region;

DROP TABLE IF EXISTS lbv_outbox;
DROP TABLE IF EXISTS lbv_feed_counter;

INSERT INTO lbv_schema_history (version, description, installed_at)
  SELECT 2, 'change feed positions per region (lbv_feed, lbv_feed_head)', CURRENT_TIMESTAMP
  WHERE NOT EXISTS (SELECT 1 FROM lbv_schema_history WHERE version = 2);
