DROP TABLE IF EXISTS x_noregionid_partial_text, x_noregionid_partial_text_event, x_noregionid_partial_text_feed, x_noregionid_partial_text_head;
CREATE TABLE x_noregionid_partial_text (id CHAR(36) COLLATE "C" NOT NULL PRIMARY KEY, region VARCHAR(13) COLLATE "C" NOT NULL, version BIGINT NOT NULL,
 title VARCHAR(300) NOT NULL, title_search VARCHAR(1200) NOT NULL, opd VARCHAR(40), bentuk VARCHAR(40), jenis VARCHAR(20),
 stage VARCHAR(40) NOT NULL, status VARCHAR(10) NOT NULL, programme_id VARCHAR(100), rulebook_id VARCHAR(64) NOT NULL, rulebook_version INT NOT NULL,
 stage_entered_at TIMESTAMP(6) NOT NULL, proposed_at TIMESTAMP(6) NOT NULL, last_changed_at TIMESTAMP(6) NOT NULL,
 replicates_region VARCHAR(13) COLLATE "C", replicates_id CHAR(36) COLLATE "C", last_hash CHAR(64) NOT NULL, state_json TEXT NOT NULL);
CREATE INDEX ON x_noregionid_partial_text (region, stage, id);
CREATE INDEX ON x_noregionid_partial_text (region, opd, id);
CREATE INDEX ON x_noregionid_partial_text (region, programme_id, id) WHERE programme_id IS NOT NULL;
CREATE INDEX ON x_noregionid_partial_text (replicates_region, replicates_id, region, id) WHERE replicates_id IS NOT NULL;
CREATE TABLE x_noregionid_partial_text_event (region VARCHAR(13) COLLATE "C" NOT NULL, innovation_id CHAR(36) COLLATE "C" NOT NULL, seq_no BIGINT NOT NULL,
 event_id CHAR(36) COLLATE "C" NOT NULL, event_type VARCHAR(100) NOT NULL, occurred_at TIMESTAMP(6) NOT NULL, payload BYTEA NOT NULL, hash CHAR(64) NOT NULL,
 PRIMARY KEY (region, innovation_id, seq_no));
CREATE UNIQUE INDEX ON x_noregionid_partial_text_event (event_id);
CREATE TABLE x_noregionid_partial_text_feed (region VARCHAR(13) COLLATE "C" NOT NULL, feed_position BIGINT NOT NULL, innovation_id CHAR(36) COLLATE "C" NOT NULL, seq_no BIGINT NOT NULL, event_type VARCHAR(100) NOT NULL, PRIMARY KEY (region, feed_position));
CREATE TABLE x_noregionid_partial_text_head (region VARCHAR(13) COLLATE "C" NOT NULL PRIMARY KEY, last_position BIGINT NOT NULL);
INSERT INTO x_noregionid_partial_text_head VALUES ('36.02', 0);
INSERT INTO x_noregionid_partial_text SELECT lpad(g::text, 36, '0'), '36.02', 1, 'Judul '||g, 'judul '||g, 'DINKES', NULL, NULL, 'DRUM_UP', 'ACTIVE', NULL, 'rb', 1, now(), now(), now(), NULL, NULL, repeat('a',64), :'doc' FROM generate_series(1,10000) g;
VACUUM ANALYZE x_noregionid_partial_text;
