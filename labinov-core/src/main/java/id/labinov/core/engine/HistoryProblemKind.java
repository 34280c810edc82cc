package id.labinov.core.engine;

import id.labinov.core.model.Labelled;

/**
 * What is wrong with a stored history, as a {@link HistoryVerification} finds it. Every store can
 * report the kinds read from events and state; the hash kinds come from stores that keep a hash
 * chain (the JDBC store). Labels in Bahasa Indonesia and English under
 * {@code label.HistoryProblemKind.<CONSTANT>}.
 */
public enum HistoryProblemKind implements Labelled {
  /** An event with this sequence is missing (deleted), or the stored state names a later version. */
  MISSING_EVENT,
  /** The stored hash is not SHA-256 of the previous hash and the stored payload: payload or hash changed. */
  HASH_MISMATCH,
  /**
   * The event does not decode, names another innovation or sequence, or cannot follow the events
   * before it.
   */
  INVALID_PAYLOAD,
  /** The last hash kept with the stored state is not the last event's hash. */
  LAST_HASH_MISMATCH,
  /** The stored state is not the state the events fold to (or is missing, or does not decode). */
  STATE_MISMATCH,
  /** The hash at a version differs from the one an auditor exported earlier: the history was rewritten. */
  EXPORTED_HASH_MISMATCH
}
