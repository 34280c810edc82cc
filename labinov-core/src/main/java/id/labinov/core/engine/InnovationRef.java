package id.labinov.core.engine;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;

/**
 * Addresses one innovation: every store key starts with the region, so region A's command can never
 * reach region B's innovation even with its id.
 *
 * @param region the region
 * @param id the innovation id
 */
public record InnovationRef(RegionCode region, InnovationId id) {
  /**
   * Validates the parts.
   *
   * @param region the region
   * @param id the innovation id
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public InnovationRef {
    Checks.notNull(region, "region");
    Checks.notNull(id, "id");
  }

  /**
   * Creates a reference from text.
   *
   * @param region e.g. {@code "36.02"}
   * @param id the UUID text
   * @return the reference
   */
  public static InnovationRef of(String region, String id) {
    return new InnovationRef(RegionCode.parse(region), InnovationId.parse(id));
  }

  @Override
  public String toString() {
    return region + "/" + id;
  }
}
