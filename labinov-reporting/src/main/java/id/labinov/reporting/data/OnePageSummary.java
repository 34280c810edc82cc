package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.LocalizedText;
import java.util.List;

/**
 * Ringkasan Satu Halaman / One-page summary: what a regional head reads about a lab programme on one
 * A4 landscape page or one slide. Every figure is taken from a {@link ProgrammeSummary} and an
 * {@link EvaluationRanking} computed at the same report time over the same innovations, so it equals
 * the figure of those reports and keeps its definition.
 *
 * <ul>
 *   <li>the big numbers: ideas registered ({@link ProgrammeSummary#total()}), innovations that reached
 *       the programme's last stage, Display in the 5D rulebook ({@link ProgrammeFacts#achieved()}), and
 *       the target ({@link ProgrammeFacts#target()});
 *   <li>the stage funnel ({@link ProgrammeSummary#funnel()});
 *   <li>the achieved innovations per OPD (they add up to {@code achieved});
 *   <li>the top of the ranking: the first rows, best first.
 * </ul>
 *
 * @param info kind, language, time, zone and scope (the programme's region)
 * @param programme the programme's figures, as in the programme summary
 * @param total every innovation of the programme, whatever its status, as in the programme summary
 * @param finalStageLabel the label of the stage the target counts ({@link ProgrammeFacts#finalStage()}),
 *     or {@code null} if the rulebook is unknown
 * @param funnel how many reached each stage, as in the programme summary
 * @param achievedByOpd the innovations counted in {@link ProgrammeFacts#achieved()} per OPD, most first
 *     (then by code), "not set" last; OPDs with none are not listed
 * @param schemeId the evaluation scheme of the ranking
 * @param schemeName its name in both languages
 * @param round the evaluation round
 * @param ranked how many innovations the ranking holds
 * @param top the ranking's first rows, best first (at most {@link #TOP}), as in the ranking
 */
public record OnePageSummary(ReportInfo info, ProgrammeFacts programme, long total, LocalizedText finalStageLabel,
    List<FunnelStep> funnel, List<OpdCount> achievedByOpd, String schemeId, LocalizedText schemeName, int round,
    long ranked, List<RankedInnovation> top) implements Report {
  /** How many ranked innovations the page lists. */
  public static final int TOP = 10;

  /**
   * Validates and copies the parts.
   *
   * @param info kind, language, time, zone and scope (the programme's region)
   * @param programme the programme's figures, as in the programme summary
   * @param total every innovation of the programme, whatever its status, as in the programme summary
   * @param finalStageLabel the label of the stage the target counts ({@link ProgrammeFacts#finalStage()}),
   *     or {@code null} if the rulebook is unknown
   * @param funnel how many reached each stage, as in the programme summary
   * @param achievedByOpd the innovations counted in {@link ProgrammeFacts#achieved()} per OPD, most first
   *     (then by code), "not set" last; OPDs with none are not listed
   * @param schemeId the evaluation scheme of the ranking
   * @param schemeName its name in both languages
   * @param round the evaluation round
   * @param ranked how many innovations the ranking holds
   * @param top the ranking's first rows, best first (at most {@link #TOP}), as in the ranking
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public OnePageSummary {
    Checks.notNull(info, "info");
    Checks.notNull(programme, "programme");
    funnel = List.copyOf(Checks.notNull(funnel, "funnel"));
    achievedByOpd = List.copyOf(Checks.notNull(achievedByOpd, "achievedByOpd"));
    Checks.notBlank(schemeId, "schemeId");
    Checks.notNull(schemeName, "schemeName");
    top = List.copyOf(Checks.notNull(top, "top"));
  }
}
