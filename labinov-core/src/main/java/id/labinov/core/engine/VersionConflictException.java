package id.labinov.core.engine;

import id.labinov.core.error.LabinovException;
import java.util.List;

/**
 * Another writer changed the innovation first: the stored version differs from the expected one.
 * Code {@code VERSION_CONFLICT}. Commands without a caller-supplied version are retried by the
 * facade; a user who saved a stale form gets this error.
 */
public class VersionConflictException extends LabinovException {
  private static final long serialVersionUID = 1L;
  private final transient InnovationRef ref;
  /** The version the command was decided against. */
  private final long expected;
  /** The version the store holds. */
  private final long actual;

  /**
   * Creates the exception.
   *
   * @param ref the innovation
   * @param expected the version the writer expected
   * @param actual the stored version
   */
  public VersionConflictException(InnovationRef ref, long expected, long actual) {
    super("VERSION_CONFLICT", "error.versionConflict", List.of(ref.toString(), expected, actual), null);
    this.ref = ref;
    this.expected = expected;
    this.actual = actual;
  }

  /** {@return the innovation} */
  public InnovationRef ref() {
    return ref;
  }

  /** {@return the version the writer expected} */
  public long expected() {
    return expected;
  }

  /** {@return the version found in the store} */
  public long actual() {
    return actual;
  }
}
