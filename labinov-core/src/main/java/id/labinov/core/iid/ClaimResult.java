package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the pre-flight found for one claim: the level claimed, the highest level at or below it that
 * the linked evidence carries (0 if none), the points of each (weight x level), every gap that keeps
 * the claimed level from being carried, and the documents that carried the supported level.
 *
 * @param claim the claim
 * @param criterion the claimed indicator as the scheme defines it (label, weight, level texts)
 * @param supportedLevel the highest level the evidence carries, 0 to the claimed level
 * @param gaps the gaps of the claimed level, plus links to documents not found or of another region;
 *     empty when the claim is carried as made
 * @param supportingDocuments ids of the documents that carried the supported level
 */
@Beta
public record ClaimResult(IndicatorClaim claim, Criterion criterion, int supportedLevel, List<Gap> gaps,
    List<String> supportingDocuments) {
  /**
   * Validates and copies the parts.
   *
   * @param claim the claim
   * @param criterion the claimed indicator
   * @param supportedLevel the supported level
   * @param gaps the gaps
   * @param supportingDocuments the ids of the supporting documents
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} naming a missing
   *     part, {@code INVALID_LEVEL} if the supported level is negative or above the claim
   */
  public ClaimResult {
    Checks.notNull(claim, "claim");
    Checks.notNull(criterion, "criterion");
    if (supportedLevel < 0 || supportedLevel > claim.claimedLevel()) {
      throw new InvalidValueException("INVALID_LEVEL", "supportedLevel", supportedLevel,
          "error.iid.level", claim.claimedLevel());
    }
    gaps = List.copyOf(EvidenceDocument.noNulls(gaps, "gaps"));
    supportingDocuments = List.copyOf(EvidenceDocument.noNulls(supportingDocuments, "supportingDocuments"));
  }

  /** {@return the level claimed} */
  public int claimedLevel() {
    return claim.claimedLevel();
  }

  /** {@return whether the evidence carries the level claimed} */
  public boolean isSupported() {
    return supportedLevel == claim.claimedLevel();
  }

  /** {@return the points claimed: the indicator's weight x the claimed level} */
  public BigDecimal claimedPoints() {
    return criterion.weight().multiply(BigDecimal.valueOf(claim.claimedLevel()));
  }

  /** {@return the points the evidence carries: the indicator's weight x the supported level} */
  public BigDecimal supportedPoints() {
    return criterion.weight().multiply(BigDecimal.valueOf(supportedLevel));
  }

  /**
   * Says in one sentence what was claimed, what the evidence carries and why not more, e.g.
   * "Regulasi inovasi daerah: klaim tingkat 3 (Ditetapkan dengan peraturan daerah (Perda)); bukti
   * mendukung tingkat 1: SK nomor 800/12/2021 tanggal 2021-03-02 bukan Perda; ...".
   *
   * @param locale {@code en} for English, anything else (or {@code null}) for Indonesian
   * @return the sentence
   */
  public String sentence(Locale locale) {
    String indicator = criterion.label().in(locale);
    String level = criterion.levels().get(claim.claimedLevel() - 1).in(locale);
    String reasons = gaps.stream().map(g -> g.message(locale)).collect(Collectors.joining("; "));
    String key = isSupported() ? (gaps.isEmpty() ? "iid.sentence.supported" : "iid.sentence.supportedWithNotes")
        : "iid.sentence.lower";
    return Messages.format(locale, key, indicator, String.valueOf(claim.claimedLevel()), level,
        String.valueOf(supportedLevel), reasons);
  }
}
