package id.labinov.core.event;

import id.labinov.core.model.InnovationDetails;
/**
 * The innovation's details were replaced by a corrected or completed version.
 *
 * @param metadata the common event metadata
 * @param details the new details, complete
 */
public record DetailsUpdated(EventMetadata metadata, InnovationDetails details) implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata
   * @param details the new details, complete
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public DetailsUpdated {
    id.labinov.core.internal.Checks.notNull(metadata, "metadata");
    id.labinov.core.internal.Checks.notNull(details, "details");
  }
}
