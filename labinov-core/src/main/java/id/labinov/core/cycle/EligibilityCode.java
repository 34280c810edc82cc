package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;

/** Why an innovation is not eligible for a competition year. Each has a sentence and, where one exists, a fix. */
@Beta
public enum EligibilityCode {
  /** The innovation was dropped; fix: reopen it. */
  DROPPED(""),
  /** The innovation has no implementation start yet (not in penerapan); fix: implement it and record the date. */
  NOT_IMPLEMENTED(""),
  /** The recorded implementation start lies after the entry deadline; eligible from a later year. */
  IMPLEMENTED_AFTER_DEADLINE(""),
  /** Implementation and every development lie before the window (IGA); fix: record a development in the window. */
  OUTSIDE_WINDOW("windowYears"),
  /** The innovation already entered the most years allowed; no fix. */
  ENTRY_LIMIT_REACHED("maxEntries"),
  /** Entered before and not developed since; fix: record a development version after the last entry. */
  NO_DEVELOPMENT_SINCE_ENTRY("reentryNeedsDevelopment"),
  /** Younger than the minimum age at the entry deadline (KIPP); fix: wait until it is old enough. */
  TOO_YOUNG("minAgeYears"),
  /** A top-tier win of this competition before; no fix. */
  EARLIER_TOP_TIER("noEarlierTopTier"),
  /** In the Top 99 as often as allowed already; no fix. */
  TOP_99_LIMIT("top99Limit");

  private final String rule;

  EligibilityCode(String rule) {
    this.rule = rule;
  }

  /** {@return the field of {@link CompetitionRules} this reason applies, or {@code ""} for the basic rules} */
  public String rule() {
    return rule;
  }
}
