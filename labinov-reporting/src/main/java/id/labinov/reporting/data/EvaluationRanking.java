package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.LocalizedText;
import java.util.List;

/**
 * Innovations ranked by their aggregated score under one evaluation scheme and round.
 *
 * <p>Each evaluator's latest sheet of the round counts; stored sheets of another scheme version, and
 * sheets the scheme refuses ({@code EvaluationScheme.check}), are left out and counted in {@link
 * #sheetsLeftOut()}. Sheets refused when they were submitted (a conflict of interest, say) were never
 * stored: only a refusal log knows them ({@link #sheetsRefused()}).
 *
 * @param info kind, language, time, zone and scope
 * @param schemeId the scheme's id
 * @param schemeVersion its version
 * @param schemeName its name in both languages
 * @param round the round (e.g. the year of the innovation week)
 * @param resultScale decimals of scores
 * @param criteria the scheme's criteria, in scheme order
 * @param sheetsLeftOut stored sheets left out (another scheme version, or failing the scheme's check)
 * @param sheetsRefused sheets refused at submission for this scheme and round in the report's scope, from
 *     the refusal log; {@code null} when there is no refusal log, so the number is not known (reports say
 *     "not recorded", never 0)
 * @param rows the ranked innovations, best first (ties by innovation id)
 */
public record EvaluationRanking(ReportInfo info, String schemeId, int schemeVersion, LocalizedText schemeName,
    int round, int resultScale, List<CriterionInfo> criteria, long sheetsLeftOut, Long sheetsRefused,
    List<RankedInnovation> rows)
    implements Report {
  /** {@return the refused sheets when a refusal log recorded them} */
  public java.util.Optional<Long> findSheetsRefused() {
    return java.util.Optional.ofNullable(sheetsRefused);
  }

  /**
   * Validates and copies the parts.
   *
   * @param info kind, language, time, zone and scope
   * @param schemeId the scheme's id
   * @param schemeVersion its version
   * @param schemeName its name in both languages
   * @param round the round (e.g. the year of the innovation week)
   * @param resultScale decimals of scores
   * @param criteria the scheme's criteria, in scheme order
   * @param sheetsLeftOut stored sheets left out (another scheme version, or failing the scheme's check)
   * @param sheetsRefused sheets refused at submission for this scheme and round in the report's scope, from
   *     the refusal log; {@code null} when there is no refusal log, so the number is not known (reports say
   *     "not recorded", never 0)
   * @param rows the ranked innovations, best first (ties by innovation id)
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public EvaluationRanking {
    Checks.notNull(info, "info");
    Checks.notBlank(schemeId, "schemeId");
    Checks.notNull(schemeName, "schemeName");
    criteria = List.copyOf(Checks.notNull(criteria, "criteria"));
    if (sheetsRefused != null && sheetsRefused < 0 || sheetsLeftOut < 0) {
      throw new id.labinov.core.error.InvalidValueException("NEGATIVE_COUNT", "sheetsRefused", sheetsRefused,
          "error.negativeCount");
    }
    rows = List.copyOf(Checks.notNull(rows, "rows"));
  }
}
