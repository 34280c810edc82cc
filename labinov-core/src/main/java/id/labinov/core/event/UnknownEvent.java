package id.labinov.core.event;

/**
 * An event of a type this version of labinov does not know, kept as read so that nothing is lost. {@code Decider.evolve} leaves the state unchanged except for the version.
 *
 * @param metadata the common event metadata
 * @param eventType the stored type name
 * @param payloadJson the stored payload
 */
public record UnknownEvent(EventMetadata metadata, String eventType, String payloadJson) implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata
   * @param eventType the stored type name
   * @param payloadJson the stored payload
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public UnknownEvent {
    id.labinov.core.internal.Checks.notNull(metadata, "metadata");
    id.labinov.core.internal.Checks.notBlank(eventType, "eventType");
    id.labinov.core.internal.Checks.notNull(payloadJson, "payloadJson");
  }

  @Override
  public String type() {
    return eventType;
  }
}
