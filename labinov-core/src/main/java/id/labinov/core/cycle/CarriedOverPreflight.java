package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.iid.PreflightReport;
import id.labinov.core.internal.Checks;
import java.util.Optional;
import java.util.Set;

/**
 * The pre-flight of an innovation's claims of a year with the previous year's claims carried forward:
 * when the innovation has a development version of the year, every indicator claimed the year before and
 * not (yet) claimed this year is checked as claimed again, with the same level and documents, and marked
 * carried over until someone confirms it ({@link id.labinov.core.CycleService#confirmCarriedOver}).
 *
 * @param report the pre-flight, carried-over claims included
 * @param carriedOver the indicator codes whose claims are carried over, not yet confirmed
 * @param version the development version of the year that carries them, or empty (then nothing is carried)
 */
@Beta
public record CarriedOverPreflight(PreflightReport report, Set<String> carriedOver, Optional<InnovationVersion> version) {
  /**
   * Validates and copies the parts.
   *
   * @param report the pre-flight
   * @param carriedOver the carried-over indicators
   * @param version the version, or empty
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public CarriedOverPreflight {
    Checks.notNull(report, "report");
    carriedOver = Set.copyOf(Checks.notNull(carriedOver, "carriedOver"));
    Checks.notNull(version, "version");
  }
}
