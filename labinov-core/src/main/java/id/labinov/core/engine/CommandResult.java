package id.labinov.core.engine;

import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.Checks;
import id.labinov.core.rules.TransitionRefusedException;
import id.labinov.core.rules.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * What a command through the facade came to: accepted (events appended; the verdict may carry
 * should-meet warnings) or refused (nothing stored, the verdict lists every reason). A retry with
 * the same idempotency key returns the first result with {@code replayed} set.
 *
 * @param ref the innovation
 * @param verdict the verdict
 * @param events the events appended (for a replay, the ones the first attempt appended); empty when refused
 * @param state the state after the command (for a refusal, the unchanged state; {@code null} if none exists)
 * @param replayed {@code true} if this is the stored result of an earlier attempt with the same key
 */
public record CommandResult(InnovationRef ref, Verdict verdict, List<InnovationEvent> events, InnovationState state,
    boolean replayed) {
  /**
   * Validates and copies the parts.
   *
   * @param ref the innovation
   * @param verdict the verdict
   * @param events the events appended (for a replay, the ones the first attempt appended); empty when refused
   * @param state the state after the command (for a refusal, the unchanged state; {@code null} if none exists)
   * @param replayed {@code true} if this is the stored result of an earlier attempt with the same key
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public CommandResult {
    Checks.notNull(ref, "ref");
    Checks.notNull(verdict, "verdict");
    events = List.copyOf(Checks.notNull(events, "events"));
  }

  /** {@return whether the command was accepted} */
  public boolean accepted() {
    return verdict.allowed();
  }

  /** {@return the state after the command, if the innovation exists} */
  public Optional<InnovationState> findState() {
    return Optional.ofNullable(state);
  }

  /**
   * Returns this result if accepted, else throws.
   *
   * @return this result
   * @throws TransitionRefusedException if refused
   */
  public CommandResult orThrow() {
    verdict.orThrow();
    return this;
  }
}
