-- labinov schema version 9 for PostgreSQL 12 and later: the verification stream of the IID (JdbcClaimVerificationStore).
--
-- lbv_iid_verification holds every verifier's decision on an index claim, append-only, one row per
-- decision (a revised decision is a new row; no row is ever updated or deleted by labinov):
-- * the claim's key: region, subject, claim_year, indicator. subject is the innovation's id, or
--   'region:' and the region code for a region-level claim, as in lbv_evidence_claim (a NULL
--   innovation would make no two rows equal under a UNIQUE constraint); innovation_id is the
--   innovation's id or NULL, and a check keeps the two equal.
-- * version: the decision's place among the decisions on the same key (1, 2, ...). The unique key
--   lbv_iid_verification_version on (region, claim_year, subject, indicator, version) refuses a
--   second decision at a version another writer took, so of two verifiers who saw the same version
--   exactly one records; it also reads a region's year and a key's latest decision.
-- * stream_seq: the decision's place in its region's verification stream, 1, 2, 3, ... without gaps.
--   The primary key (region, stream_seq) refuses a number another writer took: a writer takes the
--   region's last number plus one, so a number is written only after the one before it committed,
--   and a reader that follows the stream (stream_seq > the last one it read) misses no decision.
-- * the decision: verified_level (0 up to claimed_level), note (the verifier's reason, up to 2000
--   characters), claim_version and claimed_level (the claim as the verifier saw it),
--   predicted_level (what labinov's pre-flight supported then; NULL when no evidence rule covers the
--   indicator), verifier (an opaque person id) and verified_at (UTC, microseconds).
-- No foreign keys, as elsewhere in labinov: a claim removed from the register keeps its decisions.
--
-- Published for DBAs who apply DDL themselves (JdbcStorage.builder().migrate(false)): apply it after
-- version 8, or call JdbcStorage.schemaScript("postgresql", 9, "myprefix_") for another prefix. Its last
-- statement records version 9 in lbv_schema_history. Every statement is guarded, so the script may
-- be run again.
CREATE TABLE IF NOT EXISTS lbv_iid_verification (
  region VARCHAR(13) COLLATE "C" NOT NULL,
  stream_seq BIGINT NOT NULL,
  subject VARCHAR(40) COLLATE "C" NOT NULL,
  claim_year INT NOT NULL,
  indicator VARCHAR(40) COLLATE "C" NOT NULL,
  innovation_id CHAR(36) COLLATE "C",
  version BIGINT NOT NULL,
  verified_level INT NOT NULL,
  note VARCHAR(2000) NOT NULL,
  claim_version BIGINT NOT NULL,
  claimed_level INT NOT NULL,
  predicted_level INT,
  verifier VARCHAR(64) COLLATE "C" NOT NULL,
  verified_at TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (region, stream_seq),
  CONSTRAINT lbv_iid_verification_version UNIQUE (region, claim_year, subject, indicator, version),
  CONSTRAINT lbv_iid_verification_subject CHECK ((innovation_id IS NULL AND subject LIKE 'region:%')
    OR (innovation_id IS NOT NULL AND subject = innovation_id))
);

INSERT INTO lbv_schema_history (version, description, installed_at)
  SELECT 9, 'IID verification stream (lbv_iid_verification)', CURRENT_TIMESTAMP
  WHERE NOT EXISTS (SELECT 1 FROM lbv_schema_history WHERE version = 9);
