package id.labinov.core.event;

import id.labinov.core.model.Role;
/**
 * The actor approved the innovation in its current stage, acting in a role.
 *
 * @param metadata the common event metadata
 * @param role the role the approval counts for
 * @param note an optional note, or {@code null}
 */
public record ApprovalRecorded(EventMetadata metadata, Role role, String note) implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata
   * @param role the role the approval counts for
   * @param note an optional note, or {@code null}
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public ApprovalRecorded {
    id.labinov.core.internal.Checks.notNull(metadata, "metadata");
    id.labinov.core.internal.Checks.notNull(role, "role");
  }
}
