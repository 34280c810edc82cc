package id.labinov.reporting.data;

/**
 * What an IID readiness figure counts for each claim: the level the region claims, the level its
 * evidence carries by labinov's pre-flight, or the level a verifier accepted.
 */
public enum ReadinessBasis {
  /** The claimed level of every claim. */
  CLAIMED,
  /** The level the pre-flight finds the linked evidence carries (0 to the claimed level). */
  SUPPORTED,
  /** The level the latest verification decision accepted; a claim without a decision counts 0. */
  VERIFIED;

  /** {@return the stable lower-case code, e.g. {@code supported}} */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
