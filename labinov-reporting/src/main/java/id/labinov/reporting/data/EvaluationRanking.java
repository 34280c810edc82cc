package id.labinov.reporting.data;

import id.labinov.core.Checks;
import id.labinov.core.rules.LocalizedText;
import java.util.List;

/**
 * Innovations ranked by their aggregated score under one evaluation scheme and round.
 *
 * <p>Each evaluator's latest sheet of the round counts; sheets of another scheme version, and sheets
 * the scheme refuses ({@code EvaluationScheme.check}), are left out and counted in {@link
 * #sheetsRejected()}.
 *
 * @param info kind, language, time, zone and scope
 * @param schemeId the scheme's id
 * @param schemeVersion its version
 * @param schemeName its name in both languages
 * @param round the round (e.g. the year of the innovation week)
 * @param resultScale decimals of scores
 * @param criteria the scheme's criteria, in scheme order
 * @param sheetsRejected sheets left out
 * @param rows the ranked innovations, best first (ties by innovation id)
 */
public record EvaluationRanking(ReportInfo info, String schemeId, int schemeVersion, LocalizedText schemeName,
    int round, int resultScale, List<CriterionInfo> criteria, long sheetsRejected, List<RankedInnovation> rows)
    implements Report {
  /**
   * Validates and copies the parts.
   *
   * @throws id.labinov.core.InvalidValueException naming a missing part
   */
  public EvaluationRanking {
    Checks.notNull(info, "info");
    Checks.notBlank(schemeId, "schemeId");
    Checks.notNull(schemeName, "schemeName");
    criteria = List.copyOf(Checks.notNull(criteria, "criteria"));
    rows = List.copyOf(Checks.notNull(rows, "rows"));
  }
}
