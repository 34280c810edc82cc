package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.LabinovException;
import id.labinov.core.rules.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * The actor may not make this change to the evidence register: outside its scope, a read-only scope,
 * a role that does not write the register, or an innovation that is not the actor's. Code
 * {@code REGISTER_REFUSED}; carries the {@link Verdict} with every reason (codes such as
 * {@code OUTSIDE_SCOPE}, {@code SCOPE_READ_ONLY}, {@code NOT_OWN_OPD}, {@code NOT_INNOVATION_TEAM},
 * {@code ROLE_NOT_PERMITTED}), worded in Bahasa Indonesia or English by {@link #getMessage(Locale)}.
 * Nothing was written.
 */
@Beta
public class RegisterRefusedException extends LabinovException {
  private static final long serialVersionUID = 1L;
  private final transient Verdict verdict;

  /**
   * Creates the exception.
   *
   * @param verdict the refusing verdict; its id is the action ({@code add-document}, {@code put-claim}, ...)
   */
  public RegisterRefusedException(Verdict verdict) {
    super("REGISTER_REFUSED", "error.iid.register.refused", List.of(verdict.describe(Locale.ENGLISH)), null);
    this.verdict = verdict;
  }

  /** {@return the verdict with every reason} */
  public Verdict verdict() {
    return verdict;
  }

  @Override
  public String getMessage(Locale locale) {
    return verdict == null ? super.getMessage(locale) : verdict.describe(locale);
  }
}
