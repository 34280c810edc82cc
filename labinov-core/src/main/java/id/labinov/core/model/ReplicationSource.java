package id.labinov.core.model;

import id.labinov.core.internal.Checks;

/**
 * The innovation of another region that an innovation replicates (replikasi): the key of the source
 * innovation, its region and id. The source may live in another database (a national registry, the
 * other region's own system), so it is a reference, never a copy of the source's data.
 *
 * <p>Lineage is queryable both ways: forward through {@link InnovationDetails#replicates()}, and
 * backward by filtering a query with {@code InnovationFilter.builder().replicates(source)}.
 *
 * @param region the source innovation's region
 * @param innovation the source innovation's id
 */
public record ReplicationSource(RegionCode region, InnovationId innovation) {
  /**
   * Validates the parts.
   *
   * @param region the source innovation's region
   * @param innovation the source innovation's id
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public ReplicationSource {
    Checks.notNull(region, "replicates.region");
    Checks.notNull(innovation, "replicates.innovation");
  }

  /**
   * Parses the text form {@code <region>/<innovation id>}, e.g. {@code 32.04/0190f0c2-...}.
   *
   * @param text the text
   * @return the source
   * @throws id.labinov.core.error.InvalidValueException if the text is not in that form
   */
  public static ReplicationSource parse(String text) {
    String t = Checks.notBlank(text, "replicates");
    int slash = t.indexOf('/');
    if (slash <= 0 || slash == t.length() - 1) {
      throw new id.labinov.core.error.InvalidValueException("INVALID_REPLICATION_SOURCE", "replicates", t,
          "error.replicationSource");
    }
    return new ReplicationSource(RegionCode.parse(t.substring(0, slash)), InnovationId.parse(t.substring(slash + 1)));
  }

  /** Returns the text form {@code <region>/<innovation id>}. */
  @Override
  public String toString() {
    return region + "/" + innovation;
  }
}
