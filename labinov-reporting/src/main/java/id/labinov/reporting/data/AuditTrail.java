package id.labinov.reporting.data;

import id.labinov.core.engine.HistoryVerification;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * Riwayat: one innovation's events in sequence order, with the tamper check when the store offers one.
 *
 * @param info kind, language, time, zone and scope
 * @param ref the innovation
 * @param title its current title
 * @param verification the tamper check, or {@code null} when no {@code HistoryVerifier} was given
 * @param entries the events, oldest first
 */
public record AuditTrail(ReportInfo info, InnovationRef ref, String title, HistoryVerification verification,
    List<AuditEntry> entries) implements Report {
  /**
   * Validates and copies the parts.
   *
   * @param info kind, language, time, zone and scope
   * @param ref the innovation
   * @param title its current title
   * @param verification the tamper check, or {@code null} when no {@code HistoryVerifier} was given
   * @param entries the events, oldest first
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public AuditTrail {
    Checks.notNull(info, "info");
    Checks.notNull(ref, "ref");
    Checks.notNull(title, "title");
    entries = List.copyOf(Checks.notNull(entries, "entries"));
  }

  /** {@return the tamper check, empty when none was made} */
  public Optional<HistoryVerification> findVerification() {
    return Optional.ofNullable(verification);
  }
}
