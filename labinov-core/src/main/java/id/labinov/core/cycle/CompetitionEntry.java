package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.PersonId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One record of an innovation's competition stream: the innovation entered {@code competition} in
 * {@code year} (in a group), with the result known so far. A later record with the same competition and
 * year updates the result; the latest record per competition and year is the entry. Appended, never
 * overwritten.
 *
 * @param ref the innovation
 * @param competition the competition
 * @param year the competition year, 2000-2200
 * @param group the group entered in
 * @param result the result so far
 * @param note an optional note (at most 2000 characters), or {@code null}
 * @param recordedBy who recorded it
 * @param recordedAt when (microseconds)
 * @param sequence position in the innovation's competition stream, from 1
 */
@Beta
public record CompetitionEntry(InnovationRef ref, Competition competition, int year, EntryGroup group,
    EntryResult result, String note, PersonId recordedBy, Instant recordedAt, long sequence) {
  /** Longest note. */
  public static final int MAX_NOTE = 2000;

  /**
   * Validates the parts.
   *
   * @param ref the innovation
   * @param competition the competition
   * @param year the competition year, 2000-2200
   * @param group the group entered in
   * @param result the result so far
   * @param note an optional note, or {@code null}
   * @param recordedBy who recorded it
   * @param recordedAt when
   * @param sequence position in the stream, from 1
   * @throws InvalidValueException naming a missing or bad part ({@code REQUIRED}, {@code INVALID_YEAR},
   *     {@code VALUE_TOO_LONG}, {@code INVALID_SEQUENCE})
   */
  public CompetitionEntry {
    Checks.notNull(ref, "ref");
    Checks.notNull(competition, "competition");
    CycleChecks.year(year, "year");
    Checks.notNull(group, "group");
    Checks.notNull(result, "result");
    note = CycleChecks.note(note, "note");
    Checks.notNull(recordedBy, "recordedBy");
    recordedAt = Checks.notNull(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MICROS);
    if (sequence < 1) {
      throw new InvalidValueException("INVALID_SEQUENCE", "sequence", sequence, "error.sequence");
    }
  }

  /**
   * Tells whether two records are of the same entry.
   *
   * @param other another record, or {@code null}
   * @return whether {@code other} has this record's competition and year
   */
  public boolean sameEntry(CompetitionEntry other) {
    return other != null && competition == other.competition && year == other.year;
  }
}
