package id.labinov.core.event;

/**
 * Something that happened to an innovation: a past-tense, immutable record. Folding an
 * innovation's events with {@code Decider.evolve} gives its state.
 *
 * <p>The family is open: new event types may appear in later versions or from other writers, so
 * consumers must tolerate types they do not know (they arrive as {@link UnknownEvent}).
 */
public interface InnovationEvent {
  /** {@return the metadata: ids, sequence, time, actor, rulebook, idempotency key} */
  EventMetadata metadata();

  /** {@return the stable type name, e.g. {@code StageAdvanced}; used in stored payloads} */
  default String type() {
    return getClass().getSimpleName();
  }
}
