package id.labinov.core.rules;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.NationalStage;
import java.util.Optional;

/**
 * A stage of a rulebook, e.g. {@code DESIGN} in the 5D method.
 *
 * @param code upper-snake code, unique in the rulebook
 * @param order position, unique, ascending in the order innovations move forward
 * @param label the stage's name and meaning in both languages
 * @param nationalStage the national stage (tahapan) an innovation in this stage reports, or {@code null}
 */
public record Stage(String code, int order, LocalizedText label, NationalStage nationalStage) {
  /**
   * Validates the parts.
   *
   * @param code upper-snake code, unique in the rulebook
   * @param order position, unique, ascending in the order innovations move forward
   * @param label the stage's name and meaning in both languages
   * @param nationalStage the national stage (tahapan) an innovation in this stage reports, or {@code null}
   * @throws id.labinov.core.error.InvalidValueException if the code or label is missing
   */
  public Stage {
    Checks.notBlank(code, "code");
    Checks.notNull(label, "label");
  }

  /** {@return the national stage this stage reports, if any} */
  public Optional<NationalStage> findNationalStage() {
    return Optional.ofNullable(nationalStage);
  }
}
