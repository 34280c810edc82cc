package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * Apa yang menghambat inovasi / What blocks innovations: the criteria most often unmet when commands
 * were refused in a period, overall, by stage and by OPD, from the refusal log, so that coaches know
 * what to work on. Every must-meet reason of every refusal counts once.
 *
 * @param info kind, language, time, zone and scope
 * @param from the first day of the period (in the scope's zone)
 * @param to the last day of the period (inclusive)
 * @param refusals refused commands in the period and scope
 * @param reasons unmet criteria over those refusals (a refusal may give several)
 * @param innovations distinct innovations refused at least once (refusals of programme commands have no
 *     innovation)
 * @param byCriterion every criterion, most often unmet first (then by code and detail)
 * @param byStage per stage in stage order ("not set" last), its criteria most often unmet first
 * @param byOpd per OPD by code ("not set" last), its criteria most often unmet first
 */
public record BlockerReport(ReportInfo info, LocalDate from, LocalDate to, long refusals, long reasons,
    long innovations, List<Blocker> byCriterion, List<Blocker> byStage, List<Blocker> byOpd) implements Report {
  /**
   * Validates and copies the parts.
   *
   * @param info kind, language, time, zone and scope
   * @param from the first day of the period (in the scope's zone)
   * @param to the last day of the period (inclusive)
   * @param refusals refused commands in the period and scope
   * @param reasons unmet criteria over those refusals (a refusal may give several)
   * @param innovations distinct innovations refused at least once (refusals of programme commands have no
   *     innovation)
   * @param byCriterion every criterion, most often unmet first (then by code and detail)
   * @param byStage per stage in stage order ("not set" last), its criteria most often unmet first
   * @param byOpd per OPD by code ("not set" last), its criteria most often unmet first
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public BlockerReport {
    Checks.notNull(info, "info");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    byCriterion = List.copyOf(Checks.notNull(byCriterion, "byCriterion"));
    byStage = List.copyOf(Checks.notNull(byStage, "byStage"));
    byOpd = List.copyOf(Checks.notNull(byOpd, "byOpd"));
  }
}
