package id.labinov.core.event;

import id.labinov.core.model.InnovationDetails;
/**
 * An innovation was proposed (registered) in the rulebook's entry stage.
 *
 * @param metadata the common event metadata
 * @param details what was proposed
 * @param programmeId the programme it belongs to, or {@code null}
 * @param stage the entry stage it starts in
 */
public record InnovationProposed(EventMetadata metadata, InnovationDetails details, String programmeId, String stage) implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata
   * @param details what was proposed
   * @param programmeId the programme it belongs to, or {@code null}
   * @param stage the entry stage it starts in
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public InnovationProposed {
    id.labinov.core.internal.Checks.notNull(metadata, "metadata");
    id.labinov.core.internal.Checks.notNull(details, "details");
    id.labinov.core.internal.Checks.notBlank(stage, "stage");
  }
}
