package id.labinov.core.event;

/**
 * The innovation was sent back to an earlier stage for rework.
 *
 * @param metadata the common event metadata
 * @param transitionId the rulebook transition used
 * @param fromStage the stage left
 * @param toStage the earlier stage entered
 * @param reason why
 */
public record ReturnedForRework(EventMetadata metadata, String transitionId, String fromStage, String toStage, String reason) implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata
   * @param transitionId the rulebook transition used
   * @param fromStage the stage left
   * @param toStage the earlier stage entered
   * @param reason why
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public ReturnedForRework {
    id.labinov.core.internal.Checks.notNull(metadata, "metadata");
    id.labinov.core.internal.Checks.notBlank(transitionId, "transitionId");
    id.labinov.core.internal.Checks.notBlank(fromStage, "fromStage");
    id.labinov.core.internal.Checks.notBlank(toStage, "toStage");
    id.labinov.core.internal.Checks.notBlank(reason, "reason");
  }
}
