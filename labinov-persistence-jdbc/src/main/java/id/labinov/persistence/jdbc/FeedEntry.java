package id.labinov.persistence.jdbc;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.codec.EventCodec;

/**
 * One event in the change feed, as committed.
 *
 * @param position the position in the region's feed: 1, 2, 3 … per event of the region, in commit order
 * @param ref the innovation
 * @param sequence the event's sequence within the innovation
 * @param type the event type, e.g. {@code StageAdvanced} (consumers must tolerate types they do not know)
 * @param payloadJson the event's canonical JSON exactly as stored (its UTF-8 bytes are what the hash covers)
 * @param hash the event's link in the innovation's hash chain
 */
public record FeedEntry(long position, InnovationRef ref, long sequence, String type, String payloadJson, String hash) {
  /**
   * Validates the parts.
   *
   * @param position the position in the region's feed: 1, 2, 3 … per event of the region, in commit order
   * @param ref the innovation
   * @param sequence the event's sequence within the innovation
   * @param type the event type, e.g. {@code StageAdvanced} (consumers must tolerate types they do not know)
   * @param payloadJson the event's canonical JSON exactly as stored (its UTF-8 bytes are what the hash covers)
   * @param hash the event's link in the innovation's hash chain
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public FeedEntry {
    Checks.notNull(ref, "ref");
    Checks.notBlank(type, "type");
    Checks.notNull(payloadJson, "payloadJson");
    Checks.notBlank(hash, "hash");
  }

  /**
   * Decodes the event.
   *
   * @return the event; an {@code UnknownEvent} for a type this version does not know
   * @throws id.labinov.core.error.InvalidValueException with code {@code INVALID_EVENT_PAYLOAD} if the payload is not an event
   */
  public InnovationEvent event() {
    return EventCodec.fromJson(payloadJson);
  }
}
