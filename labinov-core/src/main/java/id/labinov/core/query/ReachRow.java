package id.labinov.core.query;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/**
 * A group of innovations that have come equally far: the same rulebook, unit, status and current
 * stage, the same set of stages stayed in, and the same answer to whether their trial and
 * implementation start dates have come. Funnels, furthest stages and national stages are computed
 * from these rows, which are few, instead of from every innovation.
 *
 * @param rulebookId the rulebook they follow
 * @param rulebookVersion its version
 * @param opd their unit, or {@code null} for none
 * @param status their status
 * @param stage their current stage
 * @param visitedStages the codes of every stage they have stayed in, the current one included (as
 *     the stays of {@link StageDuration} list them; a sorted copy is kept)
 * @param implementationStarted whether their implementation start date
 *     ({@link InnovationSummary#implementationStartDate()}) is on or before the day of the instant
 *     asked about, in their region's zone
 * @param trialStarted the same for the trial start date ({@link InnovationSummary#trialStartDate()})
 * @param innovations how many innovations the group holds, 1 or more
 */
public record ReachRow(String rulebookId, int rulebookVersion, OpdCode opd, InnovationStatus status, String stage,
    Set<String> visitedStages, boolean implementationStarted, boolean trialStarted, long innovations) {
  /**
   * The order of a query's answer: rulebook id, version, unit (none first), status, stage, visited
   * stages (as their sorted codes joined by commas), then the two dates (not started first).
   */
  public static final Comparator<ReachRow> ORDER = Comparator.comparing(ReachRow::rulebookId)
      .thenComparingInt(ReachRow::rulebookVersion)
      .thenComparing(r -> r.opd() == null ? "" : r.opd().value())
      .thenComparing(ReachRow::status)
      .thenComparing(ReachRow::stage)
      .thenComparing(r -> String.join(",", r.visitedStages()))
      .thenComparing(ReachRow::implementationStarted)
      .thenComparing(ReachRow::trialStarted);

  /**
   * Validates the parts and keeps the visited stages sorted.
   *
   * @param rulebookId the rulebook they follow
   * @param rulebookVersion its version
   * @param opd their unit, or {@code null} for none
   * @param status their status
   * @param stage their current stage
   * @param visitedStages the codes of every stage they have stayed in
   * @param implementationStarted whether their implementation start date has come
   * @param trialStarted whether their trial start date has come
   * @param innovations how many innovations the group holds
   * @throws InvalidValueException naming a missing part or a count below 1
   */
  public ReachRow {
    Checks.notBlank(rulebookId, "rulebookId");
    Checks.notNull(status, "status");
    Checks.notBlank(stage, "stage");
    TreeSet<String> sorted = new TreeSet<>();
    for (String code : Checks.notNull(visitedStages, "visitedStages")) {
      sorted.add(Checks.notBlank(code, "visitedStages"));
    }
    visitedStages = java.util.Collections.unmodifiableSortedSet(sorted);
    if (innovations < 1) {
      throw new InvalidValueException("NEGATIVE_COUNT", "innovations", innovations, "error.negativeCount");
    }
  }
}
