package id.labinov.core.engine;

import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.Checks;
import id.labinov.core.rules.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link Decider#decide}: either accepted, with the new events and the state they
 * lead to (and any should-meet warnings in the verdict), or refused, with a verdict listing every
 * reason and no events.
 *
 * @param verdict the verdict (allowed or not)
 * @param events the new events; empty when refused
 * @param state the state after the events, or the unchanged state (possibly {@code null}) when refused
 */
public record Decision(Verdict verdict, List<InnovationEvent> events, InnovationState state) {
  /**
   * Validates and copies the parts.
   *
   * @param verdict the verdict (allowed or not)
   * @param events the new events; empty when refused
   * @param state the state after the events, or the unchanged state (possibly {@code null}) when refused
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public Decision {
    Checks.notNull(verdict, "verdict");
    events = List.copyOf(Checks.notNull(events, "events"));
  }

  /** {@return whether the command was accepted} */
  public boolean accepted() {
    return verdict.allowed();
  }

  /** {@return the resulting state, if any} */
  public Optional<InnovationState> findState() {
    return Optional.ofNullable(state);
  }
}
