package id.labinov.oracle.fold;

import java.time.Instant;

/**
 * A period in which a stay did not count: on hold, or dropped until a reopening.
 *
 * @param start when it began
 * @param end when it ended, or {@code null} while it lasts
 */
public record Pause(Instant start, Instant end) {
  Pause closedAt(Instant t) {
    return end == null ? new Pause(start, t) : this;
  }
}
