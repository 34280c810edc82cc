package id.labinov.core.event;

/**
 * What a decision says happened, before it is stamped: an event without its metadata. The decider
 * returns payloads, so it needs no id generator and decides the same way every time; the command
 * pipeline stamps each payload with its event id, time, sequence, actor, rulebook and idempotency
 * key ({@link #stamp}).
 */
@FunctionalInterface
public interface EventPayload {
  /**
   * Makes the event.
   *
   * @param metadata the metadata the pipeline assigned
   * @return the event
   */
  InnovationEvent stamp(EventMetadata metadata);
}
