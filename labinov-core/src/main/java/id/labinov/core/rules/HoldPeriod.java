package id.labinov.core.rules;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A period an innovation spent on hold.
 *
 * @param start when it was put on hold
 * @param end when it was resumed, or {@code null} while still on hold
 */
public record HoldPeriod(Instant start, Instant end) {
  /**
   * Validates the period.
   *
   * @param start when it was put on hold
   * @param end when it was resumed, or {@code null} while still on hold
   * @throws InvalidValueException if the start is missing or the end precedes it
   */
  public HoldPeriod {
    Checks.notNull(start, "start");
    if (end != null && end.isBefore(start)) {
      throw new InvalidValueException("INVALID_HOLD_PERIOD", "end", end, "error.holdPeriod", start);
    }
  }

  /** {@return the end, if the innovation has been resumed} */
  public Optional<Instant> findEnd() {
    return Optional.ofNullable(end);
  }
}
