package id.labinov.reporting.data;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import id.labinov.core.rules.LocalizedText;
import java.math.BigDecimal;
import java.util.List;

/**
 * One claim of an innovation in the IID readiness report: the level claimed, the level the
 * pre-flight finds its evidence carries, the verifier's level if there is a decision, and the gaps
 * of the claimed level.
 *
 * @param ref the innovation
 * @param title its title, or {@code null} if the query port does not know it (renderers say so)
 * @param indicator the indicator as the scheme defines it (code, label, weight)
 * @param claimedLevel the level claimed, 1 or more
 * @param supportedLevel the level the evidence carries by the pre-flight, 0 to the claimed level
 * @param verifiedLevel the level of the latest verification decision on the claim, or {@code null}
 *     when no verifier has decided
 * @param gaps how many gaps the pre-flight lists for the claim (those of the claimed level, and links
 *     to documents not found)
 * @param sentence the pre-flight's sentence on the claim, in both languages
 * @param gapReasons the reason of each gap, in both languages, in the pre-flight's order
 */
public record ReadinessClaim(InnovationRef ref, String title, CriterionInfo indicator, int claimedLevel,
    int supportedLevel, Integer verifiedLevel, int gaps, LocalizedText sentence, List<LocalizedText> gapReasons) {
  /**
   * Validates and copies the parts.
   *
   * @param ref the innovation
   * @param title its title, or {@code null} if the query port does not know it
   * @param indicator the indicator
   * @param claimedLevel the level claimed, 1 or more
   * @param supportedLevel the supported level, 0 to the claimed level
   * @param verifiedLevel the verified level, or {@code null} without a decision
   * @param gaps the number of gaps, 0 or more
   * @param sentence the pre-flight's sentence
   * @param gapReasons the reasons of the gaps
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} naming a missing part, or
   *     {@code OUT_OF_RANGE} for a level outside its range or a gap count other than the reasons' count
   */
  public ReadinessClaim {
    Checks.notNull(ref, "ref");
    Checks.notNull(indicator, "indicator");
    Checks.notNull(sentence, "sentence");
    gapReasons = List.copyOf(Checks.notNull(gapReasons, "gapReasons"));
    range("claimedLevel", claimedLevel, 1, 10);
    range("supportedLevel", supportedLevel, 0, claimedLevel);
    if (verifiedLevel != null) {
      range("verifiedLevel", verifiedLevel, 0, 10);
    }
    range("gaps", gaps, gapReasons.size(), gapReasons.size());
  }

  private static void range(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new id.labinov.core.error.InvalidValueException("OUT_OF_RANGE", field, Integer.toString(value),
          "error.evaluation.outOfRange", min, max);
    }
  }

  /** {@return the points claimed: weight x claimed level} */
  public BigDecimal claimedPoints() {
    return indicator.weight().multiply(BigDecimal.valueOf(claimedLevel));
  }

  /** {@return the points the evidence carries: weight x supported level} */
  public BigDecimal supportedPoints() {
    return indicator.weight().multiply(BigDecimal.valueOf(supportedLevel));
  }

  /** {@return the points verified: weight x verified level, 0 without a decision} */
  public BigDecimal verifiedPoints() {
    return verifiedLevel == null ? BigDecimal.ZERO : indicator.weight().multiply(BigDecimal.valueOf(verifiedLevel));
  }

  /** {@return the points to gain by fixing the gaps: claimed points - supported points} */
  public BigDecimal pointsToGain() {
    return claimedPoints().subtract(supportedPoints());
  }

  /** {@return whether a verifier has decided on the claim} */
  public boolean verified() {
    return verifiedLevel != null;
  }
}
