package id.labinov.oracle.expect;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.OpdCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the oracle expects of an evaluation ranking.
 *
 * @param schemeId the scheme
 * @param schemeVersion its version
 * @param round the round
 * @param resultScale decimals of scores
 * @param criteria criterion code and weight, in scheme order
 * @param sheetsLeftOut evaluators' latest sheets left out (another scheme version, or failing the scheme's check)
 * @param rows best first, ties by innovation id
 */
public record ExpectedRanking(String schemeId, int schemeVersion, int round, int resultScale,
    List<Map.Entry<String, BigDecimal>> criteria, long sheetsLeftOut, List<Row> rows) {

  /** One ranked innovation. */
  public record Row(int rank, InnovationRef ref, String title, OpdCode opd, String stage, BigDecimal score,
      String category, int evaluators, boolean trimmed, Map<String, BigDecimal> perCriterion) {}
}
