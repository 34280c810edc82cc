package id.labinov.core.event;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;

/**
 * The innovation moved to another OPD (pindah OPD), by a lab administrator; edits of the details
 * cannot change a recorded OPD.
 *
 * @param metadata the common event metadata
 * @param fromOpd the OPD before, or {@code null} when none was recorded
 * @param toOpd the OPD after
 * @param reason why it moved
 */
public record OpdChanged(EventMetadata metadata, OpdCode fromOpd, OpdCode toOpd, String reason)
    implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata
   * @param fromOpd the OPD before, or {@code null} when none was recorded
   * @param toOpd the OPD after
   * @param reason why it moved
   * @throws InvalidValueException naming a missing part, or with code {@code SAME_OPD} if both OPDs
   *     are the same
   */
  public OpdChanged {
    Checks.notNull(metadata, "metadata");
    Checks.notNull(toOpd, "toOpd");
    Checks.notBlank(reason, "reason");
    if (toOpd.equals(fromOpd)) {
      throw new InvalidValueException("SAME_OPD", "toOpd", toOpd.value(), "error.sameOpd");
    }
  }
}
