package id.labinov.reporting;

import id.labinov.core.engine.InnovationRef;
import id.labinov.reporting.data.HistoryVerification;

/**
 * Checks an innovation's stored history for tampering, for stores that keep evidence of it (e.g. the
 * JDBC store's hash chain). Optional: the audit trail reports "not available" without one.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface HistoryVerifier {
  /**
   * Verifies one innovation's history.
   *
   * @param ref the innovation
   * @return the outcome
   * @throws id.labinov.core.engine.NoSuchInnovationException if the innovation does not exist
   */
  HistoryVerification verify(InnovationRef ref);
}
