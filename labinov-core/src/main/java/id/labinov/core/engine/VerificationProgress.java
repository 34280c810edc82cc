package id.labinov.core.engine;

/**
 * Hears each innovation's result while a scope is verified, e.g. to draw a progress bar or print a
 * line per innovation. Called on the verifying thread, once per innovation, in the order verified;
 * an exception it throws stops the verification and reaches the caller.
 */
@FunctionalInterface
public interface VerificationProgress {
  /**
   * Reports one verified innovation.
   *
   * @param result the innovation's result
   * @param done how many innovations are verified so far, this one included (from 1)
   * @param total how many innovations the scope held when the verification began; innovations
   *     created meanwhile may still be verified, so {@code done} can pass it
   */
  void verified(HistoryVerification result, long done, long total);

  /** {@return a listener that ignores every report} */
  static VerificationProgress none() {
    return (result, done, total) -> { };
  }
}
