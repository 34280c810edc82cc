package id.labinov.core.engine;

/**
 * Receives every refused innovation command from the command pipeline, after the refusal is
 * decided (nothing was stored for it), so a lab can see what blocks innovations most. Optional; set
 * on the builder. A sink that throws is logged and ignored: a refusal log never changes a command's
 * result. Implementations must be thread-safe.
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
