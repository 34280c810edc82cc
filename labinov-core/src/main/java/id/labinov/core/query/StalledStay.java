package id.labinov.core.query;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import java.time.Instant;
import java.util.Comparator;

/**
 * A current stay that has lasted long: what a stalled list shows of the innovation and its stay.
 *
 * @param ref the innovation
 * @param title its title
 * @param opd its unit, or {@code null}
 * @param status its status (active or on hold)
 * @param rulebookId the rulebook it follows
 * @param rulebookVersion its version
 * @param stage the stage it is in
 * @param enteredAt when it entered the stage
 * @param days its days in the stage, as {@link StageDuration#days()} counts them
 */
public record StalledStay(InnovationRef ref, String title, OpdCode opd, InnovationStatus status, String rulebookId,
    int rulebookVersion, String stage, Instant enteredAt, long days) {
  /** Longest first, then entered earliest, then innovation id: the order of a stalled list. */
  public static final Comparator<StalledStay> ORDER = Comparator.comparingLong(StalledStay::days).reversed()
      .thenComparing(StalledStay::enteredAt)
      .thenComparing(s -> s.ref().id());

  /**
   * Validates the parts.
   *
   * @param ref the innovation
   * @param title its title
   * @param opd its unit, or {@code null}
   * @param status its status
   * @param rulebookId the rulebook it follows
   * @param rulebookVersion its version
   * @param stage the stage it is in
   * @param enteredAt when it entered the stage
   * @param days its days in the stage
   * @throws InvalidValueException naming a missing part or negative days
   */
  public StalledStay {
    Checks.notNull(ref, "ref");
    Checks.notBlank(title, "title");
    Checks.notNull(status, "status");
    Checks.notBlank(rulebookId, "rulebookId");
    Checks.notBlank(stage, "stage");
    Checks.notNull(enteredAt, "enteredAt");
    if (days < 0) {
      throw new InvalidValueException("NEGATIVE_COUNT", "days", days, "error.negativeCount");
    }
  }
}
