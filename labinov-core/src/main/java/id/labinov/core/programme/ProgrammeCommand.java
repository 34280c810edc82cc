package id.labinov.core.programme;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.PhaseWindow;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a lab administrator asks of a programme. */
public sealed interface ProgrammeCommand {
  /**
   * Open a programme.
   *
   * @param spec its specification (see {@link Programme#builder()})
   */
  record Open(Programme spec) implements ProgrammeCommand {
    /**
     * Validates the parts.
     *
     * @param spec its specification (see {@link Programme#builder()})
     * @throws id.labinov.core.error.InvalidValueException if missing
     */
    public Open {
      Checks.notNull(spec, "spec");
    }
  }

  /**
   * Replace the schedule.
   *
   * @param schedule the new phase windows by stage
   */
  record AdjustSchedule(Map<String, PhaseWindow> schedule) implements ProgrammeCommand {
    /**
     * Validates and copies the parts.
     *
     * @param schedule the new phase windows by stage
     * @throws id.labinov.core.error.InvalidValueException if missing
     */
    public AdjustSchedule {
      schedule = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(schedule, "schedule")));
    }
  }

  /**
   * Close the programme.
   *
   * @param reason why
   */
  record Close(String reason) implements ProgrammeCommand {
    /**
     * Validates the parts.
     *
     * @param reason why
     * @throws id.labinov.core.error.InvalidValueException if blank
     */
    public Close {
      reason = Checks.notBlank(reason, "reason");
    }
  }
}
