package id.labinov.core.internal.codec;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.UnknownEvent;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.internal.json.TreeObject;
import java.nio.charset.StandardCharsets;

/**
 * The canonical JSON form of events: {@code {"data":{...},"meta":{...},"type":"StageAdvanced"}} with
 * sorted keys, no insignificant white space and NFC strings. Stores keep these bytes verbatim and
 * chain their SHA-256 hashes; decoding the bytes gives an equal event, and the same event always
 * encodes to the same bytes (also across labinov versions: tests pin payloads written by earlier
 * ones). Unknown types decode to {@link UnknownEvent}, and an {@code UnknownEvent} encodes back to
 * the same bytes. Thread-safe.
 */
public final class EventCodec {
  private EventCodec() {}

  /**
   * Encodes an event as canonical UTF-8 JSON bytes.
   *
   * @param event the event
   * @return the bytes
   * @throws InvalidValueException with code {@code REQUIRED} if {@code event} is {@code null},
   *     or {@code UNSUPPORTED_EVENT} for an event class that is not labinov's own
   */
  public static byte[] encode(InnovationEvent event) {
    return toJson(event).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Encodes an event as canonical JSON text.
   *
   * @param event the event
   * @return the JSON
   * @throws InvalidValueException as {@link #encode(InnovationEvent)}
   */
  public static String toJson(InnovationEvent event) {
    Checks.notNull(event, "event");
    return JsonTree.canonical(EventTrees.tree(event));
  }

  /**
   * Decodes canonical (or any equivalent) JSON bytes.
   *
   * @param bytes the bytes
   * @return the event; {@link UnknownEvent} for a type this version does not know
   * @throws InvalidValueException with code {@code INVALID_EVENT_PAYLOAD} if the bytes are not a valid
   *     event; its message names the JSON path of a missing or mistyped member
   */
  public static InnovationEvent decode(byte[] bytes) {
    Checks.notNull(bytes, "bytes");
    return fromJson(new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * Decodes event JSON.
   *
   * @param json the JSON
   * @return the event; {@link UnknownEvent} for a type this version does not know
   * @throws InvalidValueException with code {@code INVALID_EVENT_PAYLOAD} if the JSON is not a valid
   *     event; its message names the JSON path of a missing or mistyped member
   */
  public static InnovationEvent fromJson(String json) {
    Checks.notNull(json, "json");
    try {
      return EventTrees.event(TreeObject.root(JsonTree.parse(json)));
    } catch (InvalidValueException | TreeObject.ShapeException e) {
      throw invalid(json, e.getMessage());
    } catch (RuntimeException e) {
      throw invalid(json, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static InvalidValueException invalid(String json, String problem) {
    String shown = json.length() > 60 ? json.substring(0, 60) + "..." : json;
    return new InvalidValueException("INVALID_EVENT_PAYLOAD", "payload", shown, "error.eventPayload", problem);
  }
}
