package id.labinov.core.evaluation;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.PersonId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A monitoring (monev) observation of an innovation after DISPLAY: an indicator's value on a date.
 * Kept in the innovation's monitoring stream; appended, never overwritten.
 *
 * @param entryId unique id
 * @param ref the innovation
 * @param indicator what was measured, e.g. {@code beneficiaries}
 * @param value the value
 * @param observedOn the date of the observation
 * @param recordedBy who recorded it
 * @param note an optional note, or {@code null}
 * @param recordedAt when it was recorded (microseconds)
 * @param sequence position in the stream, from 1
 */
public record MonitoringEntry(UUID entryId, InnovationRef ref, String indicator, BigDecimal value, LocalDate observedOn,
    PersonId recordedBy, String note, Instant recordedAt, long sequence) {
  /**
   * Validates the parts.
   *
   * @param entryId unique id
   * @param ref the innovation
   * @param indicator what was measured, e.g. {@code beneficiaries}
   * @param value the value
   * @param observedOn the date of the observation
   * @param recordedBy who recorded it
   * @param note an optional note, or {@code null}
   * @param recordedAt when it was recorded (microseconds)
   * @param sequence position in the stream, from 1
   * @throws InvalidValueException naming a bad part
   */
  public MonitoringEntry {
    Checks.notNull(entryId, "entryId");
    Checks.notNull(ref, "ref");
    indicator = Checks.notBlank(indicator, "indicator");
    Checks.notNull(value, "value");
    Checks.notNull(observedOn, "observedOn");
    Checks.notNull(recordedBy, "recordedBy");
    recordedAt = Checks.notNull(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MICROS);
    if (sequence < 1) {
      throw new InvalidValueException("INVALID_SEQUENCE", "sequence", sequence, "error.sequence");
    }
  }
}
