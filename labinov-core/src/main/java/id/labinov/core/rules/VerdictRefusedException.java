package id.labinov.core.rules;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.LabinovException;
import java.util.List;
import java.util.Locale;

/**
 * An action outside the command path was refused, and the {@link Verdict} says why: every reason, worded
 * in Bahasa Indonesia or English by {@link #getMessage(Locale)}. Nothing was written. The subclasses name
 * the area (the evidence register, the yearly cycle) by their code.
 */
@Beta
public abstract class VerdictRefusedException extends LabinovException {
  private static final long serialVersionUID = 1L;
  private final transient Verdict verdict;

  /**
   * Creates the exception.
   *
   * @param code the stable code of the area, e.g. {@code REGISTER_REFUSED}
   * @param messageKey the key of the area's fallback message, whose one argument is the English verdict
   * @param verdict the refusing verdict; its id is the action
   */
  protected VerdictRefusedException(String code, String messageKey, Verdict verdict) {
    super(code, messageKey, List.of(verdict.describe(Locale.ENGLISH)), null);
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
