\set i random(1, 10000)
BEGIN;
SELECT stage, version, title, opd, problem, idea_summary, design_reference, delivery_evidence FROM r_state WHERE id = :i::text;
UPDATE r_state SET stage = CASE WHEN stage = 'DRUM_UP' THEN 'DIAGNOSE' ELSE 'DRUM_UP' END, version = version + 1 WHERE id = :i::text;
INSERT INTO r_event VALUES (:i::text, nextval('s'), 'STAGE_ADVANCED', 'A', 'B', now());
COMMIT;
