package id.labinov.core.event;

/**
 * An open condition was declared met.
 *
 * @param metadata the common event metadata
 * @param conditionId the condition cleared
 * @param note an optional note, or {@code null}
 */
public record ConditionCleared(EventMetadata metadata, String conditionId, String note) implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata
   * @param conditionId the condition cleared
   * @param note an optional note, or {@code null}
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public ConditionCleared {
    id.labinov.core.internal.Checks.notNull(metadata, "metadata");
    id.labinov.core.internal.Checks.notBlank(conditionId, "conditionId");
  }
}
