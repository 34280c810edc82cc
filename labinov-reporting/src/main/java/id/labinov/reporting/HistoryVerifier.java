package id.labinov.reporting;

import id.labinov.core.engine.HistoryVerification;
import id.labinov.core.engine.InnovationRef;

/**
 * Checks an innovation's stored history for tampering for the audit trail; usually core's
 * verification, {@code lab.verifications()::verify}, which on the JDBC store also checks its hash
 * chain. Optional: the audit trail reports "not available" without one. Implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface HistoryVerifier {
  /**
   * Verifies one innovation's history.
   *
   * @param ref the innovation
   * @return intact, or the first broken link
   * @throws id.labinov.core.engine.NoSuchInnovationException if the innovation does not exist
   */
  HistoryVerification verify(InnovationRef ref);
}
