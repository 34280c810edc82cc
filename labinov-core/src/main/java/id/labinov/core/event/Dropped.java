package id.labinov.core.event;

/**
 * The innovation was dropped (it stops); its stage is kept for a reopening.
 *
 * @param metadata the common event metadata
 * @param reason why
 */
public record Dropped(EventMetadata metadata, String reason) implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata
   * @param reason why
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public Dropped {
    id.labinov.core.internal.Checks.notNull(metadata, "metadata");
    id.labinov.core.internal.Checks.notBlank(reason, "reason");
  }
}
