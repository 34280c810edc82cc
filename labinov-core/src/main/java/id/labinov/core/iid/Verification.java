package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.PersonId;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * A verifier's decision on one index claim (verifikasi): the level the verifier accepts for the
 * claim's indicator, with a note, and, kept beside it, what the claim said and what labinov's
 * pre-flight predicted at that moment. Comparing the two is how labinov measures how often its
 * pre-flight foresees the verifier ({@link VerificationAgreement}).
 *
 * <p>Recorded by {@code IidService.verifyClaim}, which fills in the claim's level and version and the
 * prediction; kept in the region's verification stream, apart from the register's change log.
 *
 * @param key the claim verified
 * @param verifiedLevel the level the verifier accepts, 0 (nothing accepted) up to the claimed level
 * @param note the verifier's reason, 1-2000 characters (e.g. "SK kepala dinas, bukan Perda")
 * @param claimVersion the claim's version the verifier saw
 * @param claimedLevel the claim's level at that version, 1-10 (the shipped indicators have 3)
 * @param predictedLevel the level the pre-flight supported at that moment; empty when no evidence
 *     rules cover the indicator (the region-level indicators)
 * @param verifier who verified (an opaque person id)
 * @param at when, in UTC, truncated to microseconds
 */
@Beta
public record Verification(ClaimKey key, int verifiedLevel, String note, long claimVersion, int claimedLevel,
    OptionalInt predictedLevel, PersonId verifier, Instant at) {
  /** The longest note accepted. */
  public static final int MAX_NOTE = 2000;

  /**
   * Validates the parts.
   *
   * @param key the claim verified
   * @param verifiedLevel the accepted level, 0 to {@code claimedLevel}
   * @param note the reason, 1-2000 characters
   * @param claimVersion the claim's version, at least 1
   * @param claimedLevel the claim's level, 1-10
   * @param predictedLevel the pre-flight's level, 0-10, or empty
   * @param verifier who verified
   * @param at when
   * @throws InvalidValueException with code {@code REQUIRED} naming a missing part (or a blank note),
   *     {@code VALUE_TOO_LONG} for a longer note, {@code OUT_OF_RANGE} for a level or version outside
   *     its range, {@code VERIFIED_ABOVE_CLAIM} for a verified level above the claimed one
   */
  public Verification {
    Checks.notNull(key, "key");
    note = Checks.noControlCharacters(Checks.notBlank(note, "note").strip(), "note");
    if (note.length() > MAX_NOTE) {
      throw new InvalidValueException("VALUE_TOO_LONG", "note", note, "error.tooLong", MAX_NOTE);
    }
    if (claimVersion < 1) {
      throw new InvalidValueException("OUT_OF_RANGE", "claimVersion", Long.toString(claimVersion),
          "error.iid.verification.positive");
    }
    level("claimedLevel", claimedLevel, 1, IndicatorClaim.MAX_LEVEL);
    level("verifiedLevel", verifiedLevel, 0, IndicatorClaim.MAX_LEVEL);
    Checks.notNull(predictedLevel, "predictedLevel");
    if (predictedLevel.isPresent()) {
      level("predictedLevel", predictedLevel.getAsInt(), 0, IndicatorClaim.MAX_LEVEL);
    }
    if (verifiedLevel > claimedLevel) {
      throw new InvalidValueException("VERIFIED_ABOVE_CLAIM", "verifiedLevel", Integer.toString(verifiedLevel),
          "error.iid.verification.aboveClaim", key.text(), claimedLevel);
    }
    Checks.notNull(verifier, "verifier");
    Checks.notNull(at, "at");
  }

  private static void level(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException("OUT_OF_RANGE", field, Integer.toString(value),
          "error.iid.verification.range", min, max);
    }
  }

  /** {@return whether the pre-flight predicted this verified level (false without a prediction)} */
  public boolean predicted() {
    return predictedLevel.isPresent() && predictedLevel.getAsInt() == verifiedLevel;
  }
}
