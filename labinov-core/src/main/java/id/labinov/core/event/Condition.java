package id.labinov.core.event;

import id.labinov.core.internal.Checks;

/**
 * A condition set by a conditional advance (a conditional GO), open until cleared.
 *
 * @param id the condition's id within the innovation, e.g. {@code c3}
 * @param text what must be done
 */
public record Condition(String id, String text) {
  /**
   * Validates the parts.
   *
   * @param id the condition's id within the innovation, e.g. {@code c3}
   * @param text what must be done
   * @throws id.labinov.core.error.InvalidValueException if a part is blank
   */
  public Condition {
    id = Checks.notBlank(id, "id");
    text = Checks.notBlank(text, "text");
  }
}
