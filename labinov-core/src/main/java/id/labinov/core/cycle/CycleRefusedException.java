package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.LabinovException;
import id.labinov.core.rules.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * The actor may not record this in the innovation's cycle (a competition entry or a development
 * version): outside its scope, a read-only scope, or an innovation that is not the actor's. Code
 * {@code CYCLE_REFUSED}; carries the {@link Verdict} with every reason, worded in Bahasa Indonesia or
 * English by {@link #getMessage(Locale)}. Nothing was written.
 */
@Beta
public class CycleRefusedException extends LabinovException {
  private static final long serialVersionUID = 1L;
  private final transient Verdict verdict;

  /**
   * Creates the exception.
   *
   * @param verdict the refusing verdict; its id is the action ({@code record-entry}, {@code record-version})
   */
  public CycleRefusedException(Verdict verdict) {
    super("CYCLE_REFUSED", "error.cycle.refused", List.of(verdict.describe(Locale.ENGLISH)), null);
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
