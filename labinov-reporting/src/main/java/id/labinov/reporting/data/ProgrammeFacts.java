package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;
import id.labinov.core.programme.ProgrammeStatus;
import java.math.BigDecimal;

/**
 * A programme's key figures: target against achieved.
 *
 * @param id the programme id
 * @param name its name
 * @param year its year
 * @param organisingUnit the organising unit
 * @param organisingUnitName its name from the report directory, or {@code null}
 * @param status open or closed
 * @param target the number of innovations aimed for
 * @param achieved innovations in the rulebook's last stage, not dropped (what the target counts)
 * @param achievedPercent {@code achieved} as a percentage of {@code target} (2 decimals, half up; may
 *     pass 100)
 * @param late innovations behind the schedule (the sum of {@link ScheduleStep#late()})
 * @param finalStage the code of the stage the target counts, or {@code null} if the rulebook is unknown
 */
public record ProgrammeFacts(String id, String name, int year, OpdCode organisingUnit, String organisingUnitName,
    ProgrammeStatus status, int target, long achieved, BigDecimal achievedPercent, long late, String finalStage) {
  /**
   * Validates the parts.
   *
   * @param id the programme id
   * @param name its name
   * @param year its year
   * @param organisingUnit the organising unit
   * @param organisingUnitName its name from the report directory, or {@code null}
   * @param status open or closed
   * @param target the number of innovations aimed for
   * @param achieved innovations in the rulebook's last stage, not dropped (what the target counts)
   * @param achievedPercent {@code achieved} as a percentage of {@code target} (2 decimals, half up; may
   *     pass 100)
   * @param late innovations behind the schedule (the sum of {@link ScheduleStep#late()})
   * @param finalStage the code of the stage the target counts, or {@code null} if the rulebook is unknown
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public ProgrammeFacts {
    Checks.notBlank(id, "id");
    Checks.notBlank(name, "name");
    Checks.notNull(status, "status");
    Checks.notNull(achievedPercent, "achievedPercent");
  }
}
