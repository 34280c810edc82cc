package id.labinov.reporting;

import id.labinov.core.annotation.Beta;

/**
 * What the sustainability report (Keberlanjutan) lists: every displayed innovation under watch
 * ({@link #all()}), or only those needing attention ({@link #flaggedOnly()}: lapsed, at risk, or without
 * a legal basis in force). The totals count every innovation under watch either way.
 *
 * @param onlyFlagged whether only the innovations needing attention are listed
 */
@Beta
public record SustainabilityOptions(boolean onlyFlagged) {
  private static final SustainabilityOptions ALL = new SustainabilityOptions(false);
  private static final SustainabilityOptions FLAGGED = new SustainabilityOptions(true);

  /** {@return options listing every displayed innovation under watch} */
  public static SustainabilityOptions all() {
    return ALL;
  }

  /** {@return options listing only the innovations needing attention} */
  public static SustainabilityOptions flaggedOnly() {
    return FLAGGED;
  }
}
