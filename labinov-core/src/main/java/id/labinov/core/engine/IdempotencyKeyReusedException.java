package id.labinov.core.engine;

import id.labinov.core.error.LabinovException;
import java.util.List;

/**
 * An idempotency key was used again for a different request. Code {@code IDEMPOTENCY_KEY_REUSED}.
 * Make a new key for each distinct request (e.g. when a form is opened).
 */
public class IdempotencyKeyReusedException extends LabinovException {
  private static final long serialVersionUID = 1L;
  /** The idempotency key that was sent with a different request. */
  private final String key;

  /**
   * Creates the exception.
   *
   * @param key the key
   * @param region the region, as text
   */
  public IdempotencyKeyReusedException(String key, String region) {
    super("IDEMPOTENCY_KEY_REUSED", "error.idempotencyKeyReused", List.of(key, region), null);
    this.key = key;
  }

  /** {@return the key} */
  public String key() {
    return key;
  }
}
