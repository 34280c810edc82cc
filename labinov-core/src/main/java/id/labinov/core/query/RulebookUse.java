package id.labinov.core.query;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.RegionCode;
import java.util.Comparator;

/**
 * Which rulebook the innovations of one region follow, as a query groups them: a report looks each
 * rulebook up once (through {@link #first()}) instead of once per innovation.
 *
 * @param region the region
 * @param rulebookId the rulebook
 * @param rulebookVersion its version
 * @param first the innovation of the group with the lowest id, e.g. to look the rulebook up by
 * @param innovations how many innovations of the region follow it (1 or more)
 */
public record RulebookUse(RegionCode region, String rulebookId, int rulebookVersion, InnovationRef first,
    long innovations) {
  /** The order of a query's answer: by {@link #first()}'s id, so rulebooks come as innovations were created. */
  public static final Comparator<RulebookUse> ORDER = Comparator.comparing((RulebookUse u) -> u.first().id());

  /**
   * Validates the parts.
   *
   * @param region the region
   * @param rulebookId the rulebook
   * @param rulebookVersion its version
   * @param first the innovation of the group with the lowest id
   * @param innovations how many innovations of the region follow it
   * @throws InvalidValueException naming a missing part, a first innovation of another region, or a
   *     count below 1
   */
  public RulebookUse {
    Checks.notNull(region, "region");
    Checks.notBlank(rulebookId, "rulebookId");
    Checks.notNull(first, "first");
    if (!first.region().equals(region)) {
      throw new InvalidValueException("OTHER_REGION", "first", first, "error.query.otherRegion", region);
    }
    if (innovations < 1) {
      throw new InvalidValueException("NEGATIVE_COUNT", "innovations", innovations, "error.negativeCount");
    }
  }
}
