package id.labinov.core.event;

/**
 * The innovation on hold was resumed.
 *
 * @param metadata the common event metadata
 * @param note an optional note, or {@code null}
 */
public record Resumed(EventMetadata metadata, String note) implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata
   * @param note an optional note, or {@code null}
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public Resumed {
    id.labinov.core.internal.Checks.notNull(metadata, "metadata");

  }
}
