-- labinov schema version 8 for H2 2.x: the evidence register (JdbcEvidenceRegister).
--
-- A region's evidence register holds its documents (bukti dukung) and the levels it claims for the
-- indicators of the national innovation index (IID), with the documents each claim links:
-- * lbv_evidence_document: one row per document, PK (region, document_id): kind, number, date,
--   subject, issuer and issuer level, the file by reference (URI, SHA-256, media type, size; labinov
--   stores no files), the validity period, the status (ACTIVE, or SUPERSEDED and then superseded_by
--   names its successor), supersedes (the document it replaced), the version (optimistic: an update
--   names the version it read) and who recorded that version when. Dates are epoch days (days since
--   1970-01-01), which hold any LocalDate exactly.
-- * lbv_evidence_document_innovation and lbv_evidence_document_indicator: what a document backs,
--   one row per innovation and per indicator code; (region, innovation_id) finds the documents of an
--   innovation.
-- * lbv_evidence_attachment: the innovations a document is attached to as 5D gate evidence, a set
--   added to and removed from row by row (no version: two writers cannot lose each other's rows).
-- * lbv_evidence_claim: one row per claim, PK (region, subject, claim_year, indicator). subject is
--   the innovation's id, or 'region:' and the region code for a region-level claim: a NULL
--   innovation would make no two rows equal under a UNIQUE constraint, so the key uses this column,
--   written by labinov with the row (a check keeps it equal to innovation_id). The stated value is
--   decimal text (its scale kept) and its unit, both or neither.
-- * lbv_evidence_claim_document: the documents a claim links, in their order (link_no 0, 1, ...);
--   (region, document_id) tells whether a document is in use.
-- * lbv_evidence_change: the register's change log, written in the transaction of each change:
--   region, time, actor (a person id), action, subject (a document id or a claim's key), detail (the
--   replacing document or the innovation attached), the subject's version after the change, and a
--   note; the identity column is the entry's sequence, and (region, id) reads a region's log in order.
-- No foreign keys, as elsewhere in labinov, so the tables can be emptied in any order; the register
-- writes a document, its links and the log row in one transaction.
--
-- Published for DBAs who apply DDL themselves (JdbcStorage.builder().migrate(false)): apply it after
-- version 7, or call JdbcStorage.schemaScript("h2", 8, "myprefix_") for another prefix. Its last
-- statement records version 8 in lbv_schema_history. Every statement is guarded, so the script may
-- be run again.
CREATE TABLE IF NOT EXISTS lbv_evidence_document (
  region VARCHAR(13) NOT NULL,
  document_id VARCHAR(64) NOT NULL,
  kind VARCHAR(40) NOT NULL,
  doc_number VARCHAR(200),
  doc_day BIGINT NOT NULL,
  subject VARCHAR(2000) NOT NULL,
  issuer VARCHAR(300) NOT NULL,
  issuer_level VARCHAR(20) NOT NULL,
  file_uri VARCHAR(2000),
  file_sha256 CHAR(64),
  file_media_type VARCHAR(200),
  file_size BIGINT,
  valid_from_day BIGINT,
  valid_until_day BIGINT,
  status VARCHAR(12) NOT NULL,
  supersedes VARCHAR(64),
  superseded_by VARCHAR(64),
  version BIGINT NOT NULL,
  recorded_at TIMESTAMP(6) NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  PRIMARY KEY (region, document_id),
  CONSTRAINT lbv_evidence_document_file CHECK ((file_uri IS NULL AND file_sha256 IS NULL AND file_media_type IS NULL
    AND file_size IS NULL) OR (file_uri IS NOT NULL AND file_sha256 IS NOT NULL AND file_media_type IS NOT NULL
    AND file_size IS NOT NULL)),
  CONSTRAINT lbv_evidence_document_status CHECK ((status = 'ACTIVE' AND superseded_by IS NULL)
    OR (status = 'SUPERSEDED' AND superseded_by IS NOT NULL))
);

CREATE TABLE IF NOT EXISTS lbv_evidence_document_innovation (
  region VARCHAR(13) NOT NULL,
  document_id VARCHAR(64) NOT NULL,
  innovation_id CHAR(36) NOT NULL,
  PRIMARY KEY (region, document_id, innovation_id)
);
CREATE INDEX IF NOT EXISTS lbv_evidence_document_innovation_by ON lbv_evidence_document_innovation (region, innovation_id, document_id);

CREATE TABLE IF NOT EXISTS lbv_evidence_attachment (
  region VARCHAR(13) NOT NULL,
  document_id VARCHAR(64) NOT NULL,
  innovation_id CHAR(36) NOT NULL,
  PRIMARY KEY (region, document_id, innovation_id)
);
CREATE INDEX IF NOT EXISTS lbv_evidence_attachment_by ON lbv_evidence_attachment (region, innovation_id, document_id);

CREATE TABLE IF NOT EXISTS lbv_evidence_document_indicator (
  region VARCHAR(13) NOT NULL,
  document_id VARCHAR(64) NOT NULL,
  indicator VARCHAR(40) NOT NULL,
  PRIMARY KEY (region, document_id, indicator)
);

CREATE TABLE IF NOT EXISTS lbv_evidence_claim (
  region VARCHAR(13) NOT NULL,
  subject VARCHAR(40) NOT NULL,
  claim_year INT NOT NULL,
  indicator VARCHAR(40) NOT NULL,
  innovation_id CHAR(36),
  claimed_level INT NOT NULL,
  stated_amount VARCHAR(200),
  stated_unit VARCHAR(40),
  version BIGINT NOT NULL,
  recorded_at TIMESTAMP(6) NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  PRIMARY KEY (region, subject, claim_year, indicator),
  CONSTRAINT lbv_evidence_claim_subject CHECK ((innovation_id IS NULL AND subject LIKE 'region:%')
    OR (innovation_id IS NOT NULL AND subject = innovation_id)),
  CONSTRAINT lbv_evidence_claim_value CHECK ((stated_amount IS NULL AND stated_unit IS NULL)
    OR (stated_amount IS NOT NULL AND stated_unit IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS lbv_evidence_claim_year ON lbv_evidence_claim (region, claim_year);
CREATE INDEX IF NOT EXISTS lbv_evidence_claim_innovation ON lbv_evidence_claim (region, innovation_id);

CREATE TABLE IF NOT EXISTS lbv_evidence_claim_document (
  region VARCHAR(13) NOT NULL,
  subject VARCHAR(40) NOT NULL,
  claim_year INT NOT NULL,
  indicator VARCHAR(40) NOT NULL,
  link_no INT NOT NULL,
  document_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (region, subject, claim_year, indicator, link_no)
);
CREATE INDEX IF NOT EXISTS lbv_evidence_claim_document_by ON lbv_evidence_claim_document (region, document_id);

CREATE TABLE IF NOT EXISTS lbv_evidence_change (
  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  region VARCHAR(13) NOT NULL,
  changed_at TIMESTAMP(6) NOT NULL,
  actor VARCHAR(64) NOT NULL,
  action VARCHAR(40) NOT NULL,
  subject VARCHAR(200) NOT NULL,
  detail VARCHAR(64),
  version BIGINT NOT NULL,
  note VARCHAR(500)
);
CREATE INDEX IF NOT EXISTS lbv_evidence_change_region ON lbv_evidence_change (region, id);

INSERT INTO lbv_schema_history (version, description, installed_at)
  SELECT 8, 'evidence register (lbv_evidence_document, lbv_evidence_claim, links, change log)', CURRENT_TIMESTAMP
  WHERE NOT EXISTS (SELECT 1 FROM lbv_schema_history WHERE version = 8);
