package id.labinov.core.programme;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.Verdict;
import java.util.Optional;

/**
 * The outcome of a programme command: accepted with the new programme, or refused with every reason.
 *
 * @param verdict the verdict
 * @param programme the programme after the command (unchanged, possibly {@code null}, when refused)
 */
public record ProgrammeDecision(Verdict verdict, Programme programme) {
  /**
   * Validates the parts.
   *
   * @param verdict the verdict
   * @param programme the programme after the command (unchanged, possibly {@code null}, when refused)
   * @throws id.labinov.core.error.InvalidValueException if the verdict is missing
   */
  public ProgrammeDecision {
    Checks.notNull(verdict, "verdict");
  }

  /** {@return whether the command was accepted} */
  public boolean accepted() {
    return verdict.allowed();
  }

  /** {@return the programme, if there is one} */
  public Optional<Programme> findProgramme() {
    return Optional.ofNullable(programme);
  }
}
