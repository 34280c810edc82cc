package id.labinov.reporting.data;

import id.labinov.core.annotation.Beta;
import id.labinov.core.cycle.Competition;
import id.labinov.core.internal.Checks;
import id.labinov.core.rules.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether one innovation may enter one competition year, with every reason it may not.
 *
 * @param competition the competition
 * @param year the competition year
 * @param deadline the year's entry deadline
 * @param reasons why it may not enter, in the order core's eligibility lists them; empty when it may
 * @param closed whether the year's entries had closed on the report day (its deadline had passed), so no
 *     fix counts for that year any more
 * @param closedNote core's sentence saying so, e.g. "Pendaftaran IGA 2025 sudah ditutup pada 31 Agustus
 *     2025; perbaikan baru berlaku untuk tahun berikutnya.", or {@code null} while the entries are open
 */
@Beta
public record CompetitionVerdict(Competition competition, int year, LocalDate deadline, List<VerdictReason> reasons,
    boolean closed, LocalizedText closedNote) {
  /**
   * Validates and copies the parts.
   *
   * @param competition the competition
   * @param year the year
   * @param deadline the entry deadline
   * @param reasons the reasons
   * @param closed whether the entries had closed on the report day
   * @param closedNote the sentence saying so, or {@code null}
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public CompetitionVerdict {
    Checks.notNull(competition, "competition");
    Checks.notNull(deadline, "deadline");
    reasons = List.copyOf(Checks.notNull(reasons, "reasons"));
  }

  /** {@return whether the innovation may enter: no reason against it} */
  public boolean eligible() {
    return reasons.isEmpty();
  }
}
