package id.labinov.core.engine;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import java.time.Instant;

/**
 * An approval recorded in the current stage.
 *
 * @param approver who approved
 * @param role the role the approval counts for
 * @param at when
 */
public record Approval(PersonId approver, Role role, Instant at) {
  /**
   * Validates the parts.
   *
   * @param approver who approved
   * @param role the role the approval counts for
   * @param at when
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public Approval {
    Checks.notNull(approver, "approver");
    Checks.notNull(role, "role");
    Checks.notNull(at, "at");
  }
}
