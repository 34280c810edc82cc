package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * How often labinov's pre-flight predicted the verifier's level: per indicator and overall.
 *
 * <p><b>Definition.</b> Over the latest decision on each verified claim that has a prediction (a
 * claim whose indicator has evidence rules): <i>compared</i> is the number of such decisions;
 * <i>agreed</i> those whose predicted level equals the verified level; <i>predicted higher</i> those
 * where the pre-flight supported more than the verifier accepted (the pre-flight was too generous),
 * <i>predicted lower</i> the reverse. The agreement is agreed / compared x 100, rounded half up to one
 * decimal; with nothing compared it is absent. Decisions without a prediction (region-level claims)
 * are counted as {@code unpredicted} and left out of the agreement.
 *
 * @param indicators one row per indicator code that has decisions, by code
 * @param overall the same counts over all indicators (its indicator is {@code "*"})
 */
@Beta
public record VerificationAgreement(List<IndicatorAgreement> indicators, IndicatorAgreement overall) {
  /** The indicator code of the overall row. */
  public static final String OVERALL = "*";

  /**
   * Copies the parts.
   *
   * @param indicators the rows per indicator
   * @param overall the overall row
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} for a missing part
   */
  public VerificationAgreement {
    indicators = List.copyOf(Checks.notNull(indicators, "indicators"));
    Checks.notNull(overall, "overall");
  }

  /**
   * Computes the agreement over decisions.
   *
   * @param latest the latest decision on each claim (e.g. {@code ClaimVerificationStore.latest(region,
   *     year)}); several decisions on one key are refused
   * @return the agreement
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} for a missing
   *     collection or element, {@code DUPLICATE_CLAIM} for two decisions on one claim key
   */
  public static VerificationAgreement of(Collection<RecordedVerification> latest) {
    Checks.notNull(latest, "latest");
    TreeMap<String, int[]> rows = new TreeMap<>();
    int[] all = new int[5];
    Set<ClaimKey> seen = new HashSet<>();
    for (RecordedVerification r : latest) {
      Verification v = Checks.notNull(r, "latest[]").verification();
      if (!seen.add(v.key())) {
        throw new InvalidValueException("DUPLICATE_CLAIM", "latest", v.key().text(),
            "error.iid.verification.duplicate", v.key().text());
      }
      int[] row = rows.computeIfAbsent(v.key().indicator(), k -> new int[5]);
      count(row, v);
      count(all, v);
    }
    List<IndicatorAgreement> list = new ArrayList<>();
    rows.forEach((code, c) -> list.add(new IndicatorAgreement(code, c[0], c[1], c[2], c[3], c[4])));
    return new VerificationAgreement(list, new IndicatorAgreement(OVERALL, all[0], all[1], all[2], all[3], all[4]));
  }

  private static void count(int[] c, Verification v) {
    if (v.predictedLevel().isEmpty()) {
      c[4]++;
      return;
    }
    c[0]++;
    int p = v.predictedLevel().getAsInt();
    if (p == v.verifiedLevel()) {
      c[1]++;
    } else if (p > v.verifiedLevel()) {
      c[2]++;
    } else {
      c[3]++;
    }
  }

  /**
   * The agreement of one indicator (or overall).
   *
   * @param indicator the indicator code, or {@link #OVERALL}
   * @param compared decisions with a prediction
   * @param agreed those where the prediction equals the verified level
   * @param predictedHigher those where the prediction is above the verified level
   * @param predictedLower those where the prediction is below the verified level
   * @param unpredicted decisions without a prediction, not compared
   */
  @Beta
  public record IndicatorAgreement(String indicator, int compared, int agreed, int predictedHigher,
      int predictedLower, int unpredicted) {
    /**
     * Validates the counts.
     *
     * @param indicator the indicator code
     * @param compared decisions with a prediction
     * @param agreed agreed ones
     * @param predictedHigher too generous ones
     * @param predictedLower too strict ones
     * @param unpredicted decisions without a prediction
     * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} for a blank
     *     indicator, {@code INCONSISTENT_COUNTS} when the parts do not add up to {@code compared} or a
     *     count is negative
     */
    public IndicatorAgreement {
      Checks.notBlank(indicator, "indicator");
      if (compared < 0 || agreed < 0 || predictedHigher < 0 || predictedLower < 0 || unpredicted < 0
          || agreed + predictedHigher + predictedLower != compared) {
        throw new InvalidValueException("INCONSISTENT_COUNTS", "compared",
            Integer.toString(compared), "error.iid.verification.counts", indicator);
      }
    }

    /** {@return agreed / compared x 100, half up to one decimal; empty when nothing was compared} */
    public Optional<BigDecimal> percent() {
      if (compared == 0) {
        return Optional.empty();
      }
      return Optional.of(BigDecimal.valueOf(agreed * 100L).divide(BigDecimal.valueOf(compared), 1,
          RoundingMode.HALF_UP));
    }
  }
}
