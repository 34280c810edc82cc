package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.VerdictRefusedException;

/**
 * The actor may not make this change to the evidence register: outside its scope, a read-only scope,
 * a role that does not write the register, or an innovation that is not the actor's. Code
 * {@code REGISTER_REFUSED}; carries the {@link Verdict} with every reason (codes such as
 * {@code OUTSIDE_SCOPE}, {@code SCOPE_READ_ONLY}, {@code NOT_OWN_OPD}, {@code NOT_INNOVATION_TEAM},
 * {@code ROLE_NOT_PERMITTED}), worded in Bahasa Indonesia or English by {@link #getMessage(java.util.Locale)}.
 * Nothing was written.
 */
@Beta
public class RegisterRefusedException extends VerdictRefusedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param verdict the refusing verdict; its id is the action
   */
  public RegisterRefusedException(Verdict verdict) {
    super("REGISTER_REFUSED", "error.iid.register.refused", verdict);
  }
}
