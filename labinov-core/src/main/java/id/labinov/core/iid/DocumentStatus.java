package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;

/**
 * Where a document of the evidence register stands. A document is never edited: a corrected or
 * renewed document is added as a new one that supersedes it, so claims and gate evidence keep
 * pointing at what was actually submitted.
 */
@Beta
public enum DocumentStatus {
  /** Berlaku: in the register and not replaced. */
  ACTIVE,
  /** Digantikan: replaced by another document ({@link RegisteredDocument#supersededBy()}). */
  SUPERSEDED
}
