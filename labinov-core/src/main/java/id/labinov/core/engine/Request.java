package id.labinov.core.engine;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import java.util.Optional;

/**
 * A command addressed to one innovation, by an actor, with optional idempotency key and expected
 * version.
 *
 * @param target the innovation (for {@link Command.Propose}, the id the new innovation gets)
 * @param actor who asks
 * @param command what is asked
 * @param idempotencyKey a key that makes retries safe (1-200 visible characters), or {@code null}
 * @param expectedVersion the version the user saw (a mismatch is a conflict), or {@code null}
 */
public record Request(InnovationRef target, Actor actor, Command command, String idempotencyKey, Long expectedVersion) {
  /**
   * Validates the parts.
   *
   * @param target the innovation (for {@link Command.Propose}, the id the new innovation gets)
   * @param actor who asks
   * @param command what is asked
   * @param idempotencyKey a key that makes retries safe (1-200 visible characters), or {@code null}
   * @param expectedVersion the version the user saw (a mismatch is a conflict), or {@code null}
   * @throws InvalidValueException naming a missing or malformed part
   */
  public Request {
    Checks.notNull(target, "target");
    Checks.notNull(actor, "actor");
    Checks.notNull(command, "command");
    checkVersionAndKey(expectedVersion, idempotencyKey);
  }

  /** Checks an expected version (0 or more) and an idempotency key (1-200 visible characters), each optional. */
  static void checkVersionAndKey(Long expectedVersion, String idempotencyKey) {
    if (idempotencyKey != null && (idempotencyKey.isEmpty() || idempotencyKey.length() > 200
        || !idempotencyKey.chars().allMatch(c -> c > 0x20 && c != 0x7f))) {
      throw new InvalidValueException("INVALID_IDEMPOTENCY_KEY", "idempotencyKey", idempotencyKey, "error.idempotencyKey");
    }
    if (expectedVersion != null && expectedVersion < 0) {
      throw new InvalidValueException("INVALID_EXPECTED_VERSION", "expectedVersion", expectedVersion, "error.expectedVersion");
    }
  }

  /**
   * Creates a request without key or expected version.
   *
   * @param target the innovation
   * @param actor who asks
   * @param command what is asked
   * @return the request
   */
  public static Request of(InnovationRef target, Actor actor, Command command) {
    return new Request(target, actor, command, null, null);
  }

  /**
   * Returns a copy with an idempotency key.
   *
   * @param key the key
   * @return the copy
   */
  public Request withIdempotencyKey(String key) {
    return new Request(target, actor, command, key, expectedVersion);
  }

  /**
   * Returns a copy with the version the user saw.
   *
   * @param version the version
   * @return the copy
   */
  public Request withExpectedVersion(long version) {
    return new Request(target, actor, command, idempotencyKey, version);
  }

  /**
   * Returns the SHA-256 of this request's canonical form (the idempotency key itself excluded; for
   * a proposal, the generated id excluded): equal requests have equal hashes, so a retry can be told
   * from a reused key.
   *
   * @return 64 hex digits
   */
  public String hash() {
    return RequestHash.of(this);
  }

  /** {@return the idempotency key, if any} */
  public Optional<String> findIdempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** {@return the expected version, if the caller gave one} */
  public Optional<Long> findExpectedVersion() {
    return Optional.ofNullable(expectedVersion);
  }
}
