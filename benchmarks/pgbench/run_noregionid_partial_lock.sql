\set i random(1, 10000)
BEGIN;
SELECT version, state_json FROM x_noregionid_partial WHERE id = lpad(:i::text,36,'0')::bpchar FOR UPDATE;
UPDATE x_noregionid_partial SET stage = CASE WHEN stage = 'DRUM_UP' THEN 'DIAGNOSE' ELSE 'DRUM_UP' END, version = version + 1, last_hash = md5(random()::text)||md5(random()::text), last_changed_at = now(), stage_entered_at = now(), state_json = :doc WHERE id = lpad(:i::text,36,'0')::bpchar;
INSERT INTO x_noregionid_partial_event VALUES ('36.02', lpad(:i::text,36,'0'), nextval('s'), gen_random_uuid()::text, 'StageAdvanced', now(), decode(repeat('ab', 300), 'hex'), md5(random()::text)||md5(random()::text));
WITH h AS (UPDATE x_noregionid_partial_head SET last_position = last_position + 1 WHERE region = '36.02' RETURNING last_position) INSERT INTO x_noregionid_partial_feed SELECT '36.02', last_position, lpad(:i::text,36,'0'), 1, 'StageAdvanced' FROM h;
COMMIT;
