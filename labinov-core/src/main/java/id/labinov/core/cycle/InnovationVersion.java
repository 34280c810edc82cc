package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.PersonId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * A development version of an innovation (pengembangan): what the innovation became in a year after it
 * was first displayed. Version 1 is the innovation as first displayed and is not recorded; recorded
 * versions are numbered from 2 ({@link #number()}). A version is the same region's innovation
 * developed further — distinct from a replication, where another region adopts it
 * ({@link id.labinov.core.model.InnovationDetails#replicates()}).
 *
 * @param ref the innovation
 * @param year the year of the development, 2000-2200; one version per year
 * @param note what was developed, 1-2000 characters
 * @param changes what changed (at least one)
 * @param recordedBy who recorded it
 * @param recordedAt when (microseconds)
 * @param sequence position in the innovation's version stream, from 1
 */
@Beta
public record InnovationVersion(InnovationRef ref, int year, String note, Set<DevelopmentChange> changes,
    PersonId recordedBy, Instant recordedAt, long sequence) {
  /**
   * Validates the parts.
   *
   * @param ref the innovation
   * @param year the year, 2000-2200
   * @param note what was developed
   * @param changes what changed
   * @param recordedBy who recorded it
   * @param recordedAt when
   * @param sequence position in the stream, from 1
   * @throws InvalidValueException naming a missing or bad part ({@code REQUIRED}, {@code INVALID_YEAR},
   *     {@code VALUE_TOO_LONG}, {@code NO_CHANGE}, {@code INVALID_SEQUENCE})
   */
  public InnovationVersion {
    Checks.notNull(ref, "ref");
    CycleChecks.year(year, "year");
    note = CycleChecks.note(Checks.notBlank(note, "note"), "note");
    Checks.notNull(changes, "changes");
    if (changes.isEmpty()) {
      throw new InvalidValueException("NO_CHANGE", "changes", "[]", "error.cycle.noChange");
    }
    for (DevelopmentChange c : changes) {
      Checks.notNull(c, "changes[]");
    }
    changes = Set.copyOf(EnumSet.copyOf(changes));
    Checks.notNull(recordedBy, "recordedBy");
    recordedAt = Checks.notNull(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MICROS);
    if (sequence < 1) {
      throw new InvalidValueException("INVALID_SEQUENCE", "sequence", sequence, "error.sequence");
    }
  }

  /** {@return the version number: 2 for the first recorded development (1 is the innovation as displayed)} */
  public long number() {
    return sequence + 1;
  }
}
