package id.labinov.core.rules;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What rules may know of the programme an innovation belongs to: its id, whether it is open, its
 * participating units and its phase windows per stage (local dates in the rule context's zone).
 *
 * @param programmeId the programme
 * @param open {@code true} while the programme is open
 * @param participatingOpds the units taking part (empty means any unit)
 * @param windows phase windows by stage code
 */
public record ProgrammeContext(String programmeId, boolean open, Set<OpdCode> participatingOpds,
    Map<String, PhaseWindow> windows) {
  /**
   * Validates and copies the parts.
   *
   * @param programmeId the programme
   * @param open {@code true} while the programme is open
   * @param participatingOpds the units taking part (empty means any unit)
   * @param windows phase windows by stage code
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public ProgrammeContext {
    Checks.notBlank(programmeId, "programmeId");
    participatingOpds = Set.copyOf(Checks.notNull(participatingOpds, "participatingOpds"));
    windows = Map.copyOf(Checks.notNull(windows, "windows"));
  }

  /**
   * Finds the window of a stage.
   *
   * @param stage the stage code
   * @return the window, or empty if the programme schedules no window for it
   */
  public Optional<PhaseWindow> findWindow(String stage) {
    return Optional.ofNullable(windows.get(stage));
  }
}
