package id.labinov.core.event;

/**
 * The innovation was put on hold; days in stage stop counting.
 *
 * @param metadata the common event metadata
 * @param reason why
 */
public record PutOnHold(EventMetadata metadata, String reason) implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata
   * @param reason why
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public PutOnHold {
    id.labinov.core.internal.Checks.notNull(metadata, "metadata");
    id.labinov.core.internal.Checks.notBlank(reason, "reason");
  }
}
