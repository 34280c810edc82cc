package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.LocalizedText;
import java.time.LocalDate;

/**
 * Progress against a programme's schedule for one stage.
 *
 * @param stage the stage code
 * @param label the stage's label in both languages
 * @param windowStart the first day of the stage's phase window, or {@code null} without a window
 * @param windowEnd the last day of the window (inclusive), or {@code null} without a window
 * @param phase where the report day falls against the window
 * @param inStage innovations now in the stage (active or on hold)
 * @param reached innovations that reached the stage or a later one (the funnel)
 * @param late innovations still in this stage, active or on hold (not dropped), although its window
 *     has ended (the report day, in the programme's zone, is on or after the window's end; windows are
 *     half-open); 0 while the window is open or upcoming, without a window, and in the rulebook's
 *     last stage (where innovations arrive)
 */
public record ScheduleStep(String stage, LocalizedText label, LocalDate windowStart, LocalDate windowEnd,
    PhaseState phase, long inStage, long reached, long late) {
  /**
   * Validates the parts.
   *
   * @param stage the stage code
   * @param label the stage's label in both languages
   * @param windowStart the first day of the stage's phase window, or {@code null} without a window
   * @param windowEnd the last day of the window (inclusive), or {@code null} without a window
   * @param phase where the report day falls against the window
   * @param inStage innovations now in the stage (active or on hold)
   * @param reached innovations that reached the stage or a later one (the funnel)
   * @param late innovations still in this stage, active or on hold (not dropped), although its window
   *     has ended (the report day, in the programme's zone, is on or after the window's end; windows are
   *     half-open); 0 while the window is open or upcoming, without a window, and in the rulebook's
   *     last stage (where innovations arrive)
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public ScheduleStep {
    Checks.notBlank(stage, "stage");
    Checks.notNull(label, "label");
    Checks.notNull(phase, "phase");
  }
}
