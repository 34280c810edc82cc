package id.labinov.core.query;

import id.labinov.core.internal.Checks;

/**
 * A stage of one rulebook version, e.g. the last stage of a rulebook, where innovations have arrived
 * rather than stalled.
 *
 * @param rulebookId the rulebook
 * @param rulebookVersion its version
 * @param stage the stage code
 */
public record RulebookStage(String rulebookId, int rulebookVersion, String stage) {
  /**
   * Validates the parts.
   *
   * @param rulebookId the rulebook
   * @param rulebookVersion its version
   * @param stage the stage code
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public RulebookStage {
    Checks.notBlank(rulebookId, "rulebookId");
    Checks.notBlank(stage, "stage");
  }
}
