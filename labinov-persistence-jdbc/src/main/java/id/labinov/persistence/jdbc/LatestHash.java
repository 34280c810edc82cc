package id.labinov.persistence.jdbc;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;

/**
 * The newest link of one innovation's hash chain, for an auditor to keep outside the database: if
 * the history is later rewritten, {@link JdbcInnovationStore#verify} against these values shows it.
 *
 * @param ref the innovation
 * @param version its version (the sequence of its last event)
 * @param lastHash the hash of that event, 64 lower-case hex digits
 */
public record LatestHash(InnovationRef ref, long version, String lastHash) {
  /**
   * Validates the parts.
   *
   * @param ref the innovation
   * @param version its version (the sequence of its last event)
   * @param lastHash the hash of that event, 64 lower-case hex digits
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public LatestHash {
    Checks.notNull(ref, "ref");
    Checks.notBlank(lastHash, "lastHash");
  }
}
