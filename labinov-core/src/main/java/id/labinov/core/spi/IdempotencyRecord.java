package id.labinov.core.spi;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import java.time.Instant;

/**
 * The stored outcome of a command that carried an idempotency key: a retry with the same key and
 * the same request gets this first result back; the same key with a different request is refused.
 *
 * @param key the idempotency key (unique per region)
 * @param requestHash SHA-256 of the canonical request
 * @param target the innovation the command applied to
 * @param versionAfter the innovation's version after the command's events
 * @param eventCount how many events the command appended (they end at {@code versionAfter})
 * @param expiresAt after this instant the key may be forgotten
 */
public record IdempotencyRecord(
    String key, String requestHash, InnovationRef target, long versionAfter, int eventCount, Instant expiresAt) {
  /**
   * Validates the parts.
   *
   * @param key the idempotency key (unique per region)
   * @param requestHash SHA-256 of the canonical request
   * @param target the innovation the command applied to
   * @param versionAfter the innovation's version after the command's events
   * @param eventCount how many events the command appended (they end at {@code versionAfter})
   * @param expiresAt after this instant the key may be forgotten
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public IdempotencyRecord {
    Checks.notBlank(key, "key");
    Checks.notBlank(requestHash, "requestHash");
    Checks.notNull(target, "target");
    Checks.notNull(expiresAt, "expiresAt");
  }
}
