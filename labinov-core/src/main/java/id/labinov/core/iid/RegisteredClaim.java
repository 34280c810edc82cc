package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.PersonId;
import java.time.Instant;

/**
 * A claim as the evidence register holds it, with its version and who recorded it when. A claim is
 * put at version 1; each replacement adds one. A write states the version the writer saw (0 for a
 * new claim), and a stale one is a {@link RegisterConflictException}, so of two people editing the
 * same claim one wins and the other is told, never silently overwritten.
 *
 * @param claim the claim
 * @param version 1 or more
 * @param recordedAt when this version was recorded
 * @param recordedBy who recorded this version
 */
@Beta
public record RegisteredClaim(IndicatorClaim claim, long version, Instant recordedAt, PersonId recordedBy) {
  /**
   * Validates the parts.
   *
   * @param claim the claim
   * @param version 1 or more
   * @param recordedAt when
   * @param recordedBy who
   * @throws InvalidValueException with code {@code REQUIRED} naming a missing part, or
   *     {@code INVALID_VERSION} for a version below 1
   */
  public RegisteredClaim {
    Checks.notNull(claim, "claim");
    version(version);
    Checks.notNull(recordedAt, "recordedAt");
    Checks.notNull(recordedBy, "recordedBy");
  }

  static long version(long version) {
    if (version < 1) {
      throw new InvalidValueException("INVALID_VERSION", "version", version, "error.iid.register.version");
    }
    return version;
  }

  /** {@return the claim's key} */
  public ClaimKey key() {
    return ClaimKey.of(claim);
  }
}
