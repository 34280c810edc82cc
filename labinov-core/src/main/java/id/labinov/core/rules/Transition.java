package id.labinov.core.rules;

import id.labinov.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A transition of a rulebook and its gate.
 *
 * @param id unique id, lower-kebab, e.g. {@code design-to-deliver}
 * @param kind what it does
 * @param from the stages it may start from; {@code ["*"]} means every stage
 * @param to the target stage for {@link TransitionKind#movesStage() moving} kinds, else {@code null}
 * @param label the transition's name in both languages
 * @param rules the gate rules, all evaluated every time
 */
public record Transition(
    String id, TransitionKind kind, List<String> from, String to, LocalizedText label, List<RuleSpec> rules) {
  /** The wildcard for {@link #from()}: every stage. */
  public static final String ANY_STAGE = "*";

  /**
   * Validates and copies the parts.
   *
   * @param id unique id, lower-kebab, e.g. {@code design-to-deliver}
   * @param kind what it does
   * @param from the stages it may start from; {@code ["*"]} means every stage
   * @param to the target stage for {@link TransitionKind#movesStage() moving} kinds, else {@code null}
   * @param label the transition's name in both languages
   * @param rules the gate rules, all evaluated every time
   * @throws id.labinov.core.error.InvalidValueException if a part is missing
   */
  public Transition {
    Checks.notBlank(id, "id");
    Checks.notNull(kind, "kind");
    from = List.copyOf(Checks.notNull(from, "from"));
    Checks.notNull(label, "label");
    rules = List.copyOf(Checks.notNull(rules, "rules"));
  }

  /**
   * Tells whether the transition may start from a stage.
   *
   * @param stage a stage code
   * @return {@code true} if listed or if {@code from} is the wildcard
   */
  public boolean startsFrom(String stage) {
    return from.contains(ANY_STAGE) || from.contains(stage);
  }

  /** {@return the target stage, if the kind moves the stage} */
  public Optional<String> findTo() {
    return Optional.ofNullable(to);
  }
}
