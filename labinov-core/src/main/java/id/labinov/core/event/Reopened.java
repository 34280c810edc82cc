package id.labinov.core.event;

/**
 * The dropped innovation was reopened in the stage it was dropped from.
 *
 * @param metadata the common event metadata
 * @param reason why
 */
public record Reopened(EventMetadata metadata, String reason) implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata
   * @param reason why
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public Reopened {
    id.labinov.core.internal.Checks.notNull(metadata, "metadata");
    id.labinov.core.internal.Checks.notBlank(reason, "reason");
  }
}
