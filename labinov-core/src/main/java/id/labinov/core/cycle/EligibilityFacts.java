package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What eligibility is decided on: the facts of one innovation, from its state and its cycle streams.
 *
 * @param ref the innovation
 * @param title its name, for listings
 * @param group the group it would enter in ({@link EntryGroup#REPLICATION} for a replication)
 * @param implementedOn the day its implementation (penerapan) started, or empty if it has not
 * @param dropped whether it was dropped
 * @param entries its competition entries (the latest record per competition and year), any order
 * @param versions its development versions, any order
 */
@Beta
public record EligibilityFacts(InnovationRef ref, String title, EntryGroup group, Optional<LocalDate> implementedOn,
    boolean dropped, List<CompetitionEntry> entries, List<InnovationVersion> versions) {
  /**
   * Validates and copies the parts.
   *
   * @param ref the innovation
   * @param title its name
   * @param group the group
   * @param implementedOn the implementation start, or empty
   * @param dropped whether it was dropped
   * @param entries its entries
   * @param versions its versions
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public EligibilityFacts {
    Checks.notNull(ref, "ref");
    title = Checks.notBlank(title, "title");
    Checks.notNull(group, "group");
    Checks.notNull(implementedOn, "implementedOn");
    entries = List.copyOf(Checks.notNull(entries, "entries"));
    versions = List.copyOf(Checks.notNull(versions, "versions"));
  }
}
