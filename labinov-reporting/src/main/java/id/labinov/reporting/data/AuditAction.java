package id.labinov.reporting.data;

/** What an event in the audit trail did; {@link #OTHER} for event types this version does not know. */
public enum AuditAction {
  /** The innovation was proposed. */
  PROPOSED,
  /** Its details were changed. */
  DETAILS_UPDATED,
  /** Evidence was attached. */
  EVIDENCE_ATTACHED,
  /** An approval was recorded. */
  APPROVED,
  /** It advanced to a later stage. */
  ADVANCED,
  /** It advanced with conditions. */
  ADVANCED_CONDITIONALLY,
  /** A condition was cleared. */
  CONDITION_CLEARED,
  /** It was returned for rework. */
  RETURNED_FOR_REWORK,
  /** It was put on hold. */
  PUT_ON_HOLD,
  /** It was resumed. */
  RESUMED,
  /** It was dropped. */
  DROPPED,
  /** It was reopened. */
  REOPENED,
  /** It was migrated to another rulebook version. */
  RULEBOOK_MIGRATED,
  /** It moved to another OPD (pindah OPD). */
  OPD_CHANGED,
  /** It was handed over to a new owner (serah terima pemilik inovasi), maybe with a move to another OPD. */
  OWNER_HANDED_OVER,
  /** An event of a type this version does not know. */
  OTHER
}
