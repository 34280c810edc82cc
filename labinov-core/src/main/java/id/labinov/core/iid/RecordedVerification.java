package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;

/**
 * A verification as its store keeps it.
 *
 * @param verification the decision
 * @param version its place among the decisions on the same claim key: 1 for the first, then 2, ...
 *     (a verifier may revise a decision; the latest counts)
 * @param sequence its place in the region's verification stream, increasing, gaps allowed
 */
@Beta
public record RecordedVerification(Verification verification, long version, long sequence) {
  /**
   * Validates the parts.
   *
   * @param verification the decision
   * @param version at least 1
   * @param sequence at least 1
   * @throws InvalidValueException with code {@code REQUIRED} for a missing decision,
   *     {@code OUT_OF_RANGE} for a version or sequence below 1
   */
  public RecordedVerification {
    Checks.notNull(verification, "verification");
    if (version < 1 || sequence < 1) {
      throw new InvalidValueException("OUT_OF_RANGE", version < 1 ? "version" : "sequence",
          Long.toString(Math.min(version, sequence)), "error.iid.verification.positive");
    }
  }

  /** {@return the claim verified} */
  public ClaimKey key() {
    return verification.key();
  }
}
