package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.VerdictRefusedException;

/**
 * The actor may not record this in the innovation's cycle (a competition entry or a development
 * version): outside its scope, a read-only scope, or an innovation that is not the actor's. Code
 * {@code CYCLE_REFUSED}; carries the {@link Verdict} with every reason, worded in Bahasa Indonesia or
 * English by {@link #getMessage(java.util.Locale)}. Nothing was written.
 */
@Beta
public class CycleRefusedException extends VerdictRefusedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param verdict the refusing verdict; its id is the action
   */
  public CycleRefusedException(Verdict verdict) {
    super("CYCLE_REFUSED", "error.cycle.refused", verdict);
  }
}
