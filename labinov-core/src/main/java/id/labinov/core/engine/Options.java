package id.labinov.core.engine;

import java.util.Optional;

/**
 * Per-command options: an idempotency key that makes a retry after a lost reply safe, and the
 * version the user saw (a mismatch is a conflict: the user saved a stale form).
 *
 * @param idempotencyKey the key, or {@code null}
 * @param expectedVersion the version the user saw, or {@code null}
 */
public record Options(String idempotencyKey, Long expectedVersion) {
  private static final Options NONE = new Options(null, null);

  /** {@return options with neither key nor version} */
  public static Options none() {
    return NONE;
  }

  /**
   * Returns options with an idempotency key.
   *
   * @param key the key
   * @return the options
   */
  public static Options idempotent(String key) {
    return new Options(key, null);
  }

  /**
   * Returns a copy that expects a version.
   *
   * @param version the version the user saw
   * @return the copy
   */
  public Options expectingVersion(long version) {
    return new Options(idempotencyKey, version);
  }

  /**
   * Returns a copy with an idempotency key.
   *
   * @param key the key
   * @return the copy
   */
  public Options withIdempotencyKey(String key) {
    return new Options(key, expectedVersion);
  }

  /** {@return the key, if any} */
  public Optional<String> findIdempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }
}
