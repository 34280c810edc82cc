package id.labinov.core.engine;

import id.labinov.core.error.LabinovException;
import java.util.List;

/**
 * No innovation exists with this region and id (or it belongs to another region). Code
 * {@code NO_SUCH_INNOVATION}.
 */
public class NoSuchInnovationException extends LabinovException {
  private static final long serialVersionUID = 1L;
  private final transient InnovationRef ref;

  /**
   * Creates the exception.
   *
   * @param ref the innovation asked for
   */
  public NoSuchInnovationException(InnovationRef ref) {
    super("NO_SUCH_INNOVATION", "error.noSuchInnovation", List.of(ref.id().toString(), ref.region().value()), null);
    this.ref = ref;
  }

  /** {@return the innovation asked for} */
  public InnovationRef ref() {
    return ref;
  }
}
