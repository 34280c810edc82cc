package id.labinov.core.engine;

/**
 * Receives every refused command from the facade after the refusal is decided (nothing was stored
 * for it): innovation commands and import items, programme commands and evaluation commands (score
 * sheets, monitoring), whether refused by the authorisation step or by the rules. Optional; set on
 * the builder, beside or instead of a {@link id.labinov.core.spi.RefusalLog}. A sink that throws is
 * logged and ignored: a refusal's record never changes a command's result. Implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface RefusalSink {
  /**
   * Records a refusal.
   *
   * @param refusal what was refused
   */
  void refused(Refusal refusal);
}
