package id.labinov.core.spi;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * What the facade asks a store to write in one transaction: new events after an expected version,
 * the state they lead to, and optionally the idempotency record.
 *
 * @param target the innovation
 * @param expectedVersion the version the events follow (0 for a new innovation)
 * @param events the new events, sequences {@code expectedVersion + 1 ...}
 * @param state the state after the events
 * @param idempotency the record to keep for the command's key, or {@code null}
 */
public record Append(InnovationRef target, long expectedVersion, List<InnovationEvent> events,
    InnovationState state, IdempotencyRecord idempotency) {
  /**
   * Validates the parts and that the events continue the expected version without gaps.
   *
   * @param target the innovation
   * @param expectedVersion the version the events follow (0 for a new innovation)
   * @param events the new events, sequences {@code expectedVersion + 1 ...}
   * @param state the state after the events
   * @param idempotency the record to keep for the command's key, or {@code null}
   * @throws InvalidValueException naming the inconsistency
   */
  public Append {
    Checks.notNull(target, "target");
    events = List.copyOf(Checks.notNull(events, "events"));
    Checks.notNull(state, "state");
    if (events.isEmpty()) {
      throw new InvalidValueException("EMPTY_APPEND", "events", "[]", "error.emptyAppend");
    }
    long seq = expectedVersion;
    for (int i = 0; i < events.size(); i++) {
      InnovationEvent e = events.get(i);
      if (e.metadata().sequence() != ++seq || !e.metadata().innovationId().equals(target.id())
          || !e.metadata().region().equals(target.region())) {
        throw new InvalidValueException("INCONSISTENT_APPEND", "events", e.metadata().sequence(), "error.inconsistentAppend",
            target.toString(), expectedVersion);
      }
    }
    if (state.version() != seq || !state.id().equals(target.id()) || !state.region().equals(target.region())) {
      throw new InvalidValueException("INCONSISTENT_APPEND", "state", state.version(), "error.inconsistentAppend",
          target.toString(), expectedVersion);
    }
  }

  /** {@return the idempotency record, if the command carried a key} */
  public Optional<IdempotencyRecord> findIdempotency() {
    return Optional.ofNullable(idempotency);
  }
}
