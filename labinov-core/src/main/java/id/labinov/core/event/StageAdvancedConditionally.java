package id.labinov.core.event;

import java.util.List;
/**
 * The innovation advanced with conditions (a conditional GO) that must be cleared before its next gate.
 *
 * @param metadata the common event metadata
 * @param transitionId the rulebook transition used
 * @param fromStage the stage left
 * @param toStage the stage entered
 * @param conditions the conditions set, at least one
 */
public record StageAdvancedConditionally(EventMetadata metadata, String transitionId, String fromStage, String toStage, List<Condition> conditions) implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata
   * @param transitionId the rulebook transition used
   * @param fromStage the stage left
   * @param toStage the stage entered
   * @param conditions the conditions set, at least one
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public StageAdvancedConditionally {
    id.labinov.core.internal.Checks.notNull(metadata, "metadata");
    id.labinov.core.internal.Checks.notBlank(transitionId, "transitionId");
    id.labinov.core.internal.Checks.notBlank(fromStage, "fromStage");
    id.labinov.core.internal.Checks.notBlank(toStage, "toStage");
    conditions = List.copyOf(id.labinov.core.internal.Checks.notNull(conditions, "conditions"));
  }
}
