package id.labinov.persistence.jdbc;

import id.labinov.core.error.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The table names, each the configured prefix plus a fixed name. Not API.
 *
 * @param prefix the validated prefix, e.g. {@code lbv_}
 */
record Tables(String prefix) {
  /** The prefix the published scripts use. */
  static final String DEFAULT_PREFIX = "lbv_";
  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,15}");

  /**
   * Validates the prefix.
   *
   * @throws InvalidValueException with code {@code INVALID_TABLE_PREFIX}
   */
  Tables {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new JdbcSettingException("INVALID_TABLE_PREFIX", "tablePrefix", prefix, "jdbc.tablePrefix");
    }
  }

  String history() {
    return prefix + "schema_history";
  }

  String innovation() {
    return prefix + "innovation";
  }

  String theme() {
    return prefix + "innovation_theme";
  }

  String event() {
    return prefix + "event";
  }

  String idempotency() {
    return prefix + "idempotency";
  }

  String rulebook() {
    return prefix + "rulebook";
  }

  String programme() {
    return prefix + "programme";
  }

  String score() {
    return prefix + "score";
  }

  String monitoring() {
    return prefix + "monitoring";
  }

  /** The refusal log: one row per refused command. */
  String refusal() {
    return prefix + "refusal";
  }

  /** The directory: OPD names by code. */
  String directoryOpd() {
    return prefix + "directory_opd";
  }

  /** The directory: person display names (or erasures) by person id. */
  String directoryPerson() {
    return prefix + "directory_person";
  }

  /** The directory: a person's NIP or PPPK number by person id (no row: none). */
  String directoryIdentity() {
    return prefix + "directory_identity";
  }

  /** The directory: theme names by theme and language. */
  String directoryTheme() {
    return prefix + "directory_theme";
  }

  /** The stage visits: one row per stay of an innovation in a stage (schema version 6). */
  String stageVisit() {
    return prefix + "stage_visit";
  }

  /** How far labinov has filled columns added to existing rows (schema version 7). */
  String backfill() {
    return prefix + "backfill";
  }

  /** The evidence register: one row per document (schema version 8). */
  String evidenceDocument() {
    return prefix + "evidence_document";
  }

  /** The evidence register: the innovations a document backs. */
  String evidenceDocumentInnovation() {
    return prefix + "evidence_document_innovation";
  }

  /** The evidence register: the innovations a document is attached to as gate evidence. */
  String evidenceAttachment() {
    return prefix + "evidence_attachment";
  }

  /** The evidence register: the indicator codes a document backs. */
  String evidenceDocumentIndicator() {
    return prefix + "evidence_document_indicator";
  }

  /** The evidence register: one row per indicator claim. */
  String evidenceClaim() {
    return prefix + "evidence_claim";
  }

  /** The evidence register: the documents a claim links, in order. */
  String evidenceClaimDocument() {
    return prefix + "evidence_claim_document";
  }

  /** The evidence register's change log. */
  String evidenceChange() {
    return prefix + "evidence_change";
  }

  /** The verification stream of the IID: one row per verifier's decision on a claim (schema version 9). */
  String iidVerification() {
    return prefix + "iid_verification";
  }

  /** The yearly cycle: one row per competition record of an innovation (schema version 10). */
  String competitionEntry() {
    return prefix + "competition_entry";
  }

  /** The yearly cycle: one row per development version of an innovation (schema version 10). */
  String innovationVersion() {
    return prefix + "innovation_version";
  }

  /** The change feed (the outbox): one row per committed event, keyed by region and position. */
  String feed() {
    return prefix + "feed";
  }

  /** The last feed position of each region. */
  String feedHead() {
    return prefix + "feed_head";
  }

  /**
   * Rewrites a published script (written with {@link #DEFAULT_PREFIX}) for this prefix: every
   * identifier that starts with the default prefix gets this one instead.
   */
  String apply(String script) {
    return DEFAULT_PREFIX.equals(prefix) ? script
        : script.replaceAll("(?<![A-Za-z0-9_])" + DEFAULT_PREFIX, prefix);
  }
}
