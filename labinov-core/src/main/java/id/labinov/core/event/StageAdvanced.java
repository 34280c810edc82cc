package id.labinov.core.event;

/**
 * The innovation advanced to a later stage through a gate.
 *
 * @param metadata the common event metadata
 * @param transitionId the rulebook transition used
 * @param fromStage the stage left
 * @param toStage the stage entered
 */
public record StageAdvanced(EventMetadata metadata, String transitionId, String fromStage, String toStage) implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata
   * @param transitionId the rulebook transition used
   * @param fromStage the stage left
   * @param toStage the stage entered
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public StageAdvanced {
    id.labinov.core.internal.Checks.notNull(metadata, "metadata");
    id.labinov.core.internal.Checks.notBlank(transitionId, "transitionId");
    id.labinov.core.internal.Checks.notBlank(fromStage, "fromStage");
    id.labinov.core.internal.Checks.notBlank(toStage, "toStage");
  }
}
