package id.labinov.core.event;

import id.labinov.core.Checks;
import id.labinov.core.InvalidValueException;
import id.labinov.core.internal.JsonTree;
import id.labinov.core.internal.Trees;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.InitiatorType;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.ReplicationSource;
import id.labinov.core.model.Role;
import id.labinov.core.model.Theme;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The canonical JSON form of events: {@code {"data":{...},"meta":{...},"type":"StageAdvanced"}} with
 * sorted keys, no insignificant white space and NFC strings. Stores keep these bytes verbatim and
 * chain their SHA-256 hashes; decoding the bytes gives an equal event. Unknown types decode to
 * {@link UnknownEvent}, and an {@code UnknownEvent} encodes back to the same bytes. Thread-safe.
 */
public final class EventCodec {
  private EventCodec() {}

  /**
   * Encodes an event as canonical UTF-8 JSON bytes.
   *
   * @param event the event
   * @return the bytes
   */
  public static byte[] encode(InnovationEvent event) {
    return toJson(event).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Encodes an event as canonical JSON text.
   *
   * @param event the event
   * @return the JSON
   */
  public static String toJson(InnovationEvent event) {
    Checks.notNull(event, "event");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("type", event.type());
    root.put("meta", meta(event.metadata()));
    root.put("data", event instanceof UnknownEvent u ? JsonTree.parse(u.payloadJson()) : data(event));
    return JsonTree.canonical(root);
  }

  /**
   * Decodes canonical (or any equivalent) JSON bytes.
   *
   * @param bytes the bytes
   * @return the event; {@link UnknownEvent} for a type this version does not know
   * @throws InvalidValueException with code {@code INVALID_EVENT_PAYLOAD} if the bytes are not a valid event
   */
  public static InnovationEvent decode(byte[] bytes) {
    Checks.notNull(bytes, "bytes");
    return fromJson(new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * Decodes event JSON.
   *
   * @param json the JSON
   * @return the event
   * @throws InvalidValueException with code {@code INVALID_EVENT_PAYLOAD} if the JSON is not a valid event
   */
  public static InnovationEvent fromJson(String json) {
    Checks.notNull(json, "json");
    try {
      Map<?, ?> root = (Map<?, ?>) JsonTree.parse(json);
      String type = (String) root.get("type");
      EventMetadata m = meta((Map<?, ?>) root.get("meta"));
      Map<?, ?> d = (Map<?, ?>) root.get("data");
      return switch (type) {
        case "InnovationProposed" -> new InnovationProposed(m, details(map(d, "details")), str(d, "programmeId"), str(d, "stage"));
        case "DetailsUpdated" -> new DetailsUpdated(m, details(map(d, "details")));
        case "EvidenceAttached" -> new EvidenceAttached(m, evidence(map(d, "evidence")));
        case "ApprovalRecorded" -> new ApprovalRecorded(m, Role.valueOf(str(d, "role")), str(d, "note"));
        case "StageAdvanced" -> new StageAdvanced(m, str(d, "transitionId"), str(d, "fromStage"), str(d, "toStage"));
        case "StageAdvancedConditionally" -> new StageAdvancedConditionally(m, str(d, "transitionId"),
            str(d, "fromStage"), str(d, "toStage"), conditions((List<?>) d.get("conditions")));
        case "ConditionCleared" -> new ConditionCleared(m, str(d, "conditionId"), str(d, "note"));
        case "ReturnedForRework" -> new ReturnedForRework(m, str(d, "transitionId"), str(d, "fromStage"),
            str(d, "toStage"), str(d, "reason"));
        case "PutOnHold" -> new PutOnHold(m, str(d, "reason"));
        case "Resumed" -> new Resumed(m, str(d, "note"));
        case "Dropped" -> new Dropped(m, str(d, "reason"));
        case "Reopened" -> new Reopened(m, str(d, "reason"));
        case "RulebookMigrated" -> new RulebookMigrated(m, str(d, "fromRulebookId"),
            ((JsonTree.Num) d.get("fromVersion")).decimal().intValueExact());
        default -> new UnknownEvent(m, type, JsonTree.canonical(d));
      };
    } catch (InvalidValueException e) {
      throw new InvalidValueException("INVALID_EVENT_PAYLOAD", "payload", abbreviate(json), "error.eventPayload", e.getMessage());
    } catch (RuntimeException e) {
      throw new InvalidValueException("INVALID_EVENT_PAYLOAD", "payload", abbreviate(json), "error.eventPayload",
          e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }

  private static Map<String, Object> meta(EventMetadata m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("eventId", m.eventId().toString());
    out.put("region", m.region().value());
    out.put("innovationId", m.innovationId().toString());
    out.put("sequence", JsonTree.Num.of(m.sequence()));
    out.put("occurredAt", m.occurredAt().toString());
    out.put("actor", m.actor().value());
    out.put("rulebookId", m.rulebookId());
    out.put("rulebookVersion", JsonTree.Num.of(m.rulebookVersion()));
    if (m.idempotencyKey() != null) {
      out.put("idempotencyKey", m.idempotencyKey());
    }
    return out;
  }

  private static EventMetadata meta(Map<?, ?> m) {
    return new EventMetadata(
        UUID.fromString(str(m, "eventId")),
        RegionCode.parse(str(m, "region")),
        InnovationId.parse(str(m, "innovationId")),
        ((JsonTree.Num) m.get("sequence")).decimal().longValueExact(),
        Instant.parse(str(m, "occurredAt")),
        PersonId.of(str(m, "actor")),
        str(m, "rulebookId"),
        ((JsonTree.Num) m.get("rulebookVersion")).decimal().intValueExact(),
        str(m, "idempotencyKey"));
  }

  private static Map<String, Object> data(InnovationEvent e) {
    Map<String, Object> d = new LinkedHashMap<>();
    if (e instanceof InnovationProposed p) {
      d.put("details", Trees.details(p.details()));
      put(d, "programmeId", p.programmeId());
      d.put("stage", p.stage());
    } else if (e instanceof DetailsUpdated u) {
      d.put("details", Trees.details(u.details()));
    } else if (e instanceof EvidenceAttached a) {
      d.put("evidence", Trees.evidence(a.evidence()));
    } else if (e instanceof ApprovalRecorded a) {
      d.put("role", a.role().name());
      put(d, "note", a.note());
    } else if (e instanceof StageAdvanced s) {
      move(d, s.transitionId(), s.fromStage(), s.toStage());
    } else if (e instanceof StageAdvancedConditionally s) {
      move(d, s.transitionId(), s.fromStage(), s.toStage());
      List<Object> cs = new ArrayList<>();
      for (Condition c : s.conditions()) {
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("id", c.id());
        cm.put("text", c.text());
        cs.add(cm);
      }
      d.put("conditions", cs);
    } else if (e instanceof ConditionCleared c) {
      d.put("conditionId", c.conditionId());
      put(d, "note", c.note());
    } else if (e instanceof ReturnedForRework r) {
      move(d, r.transitionId(), r.fromStage(), r.toStage());
      d.put("reason", r.reason());
    } else if (e instanceof PutOnHold h) {
      d.put("reason", h.reason());
    } else if (e instanceof Resumed r) {
      put(d, "note", r.note());
    } else if (e instanceof Dropped x) {
      d.put("reason", x.reason());
    } else if (e instanceof Reopened r) {
      d.put("reason", r.reason());
    } else if (e instanceof RulebookMigrated r) {
      d.put("fromRulebookId", r.fromRulebookId());
      d.put("fromVersion", JsonTree.Num.of(r.fromVersion()));
    } else {
      throw new InvalidValueException("UNSUPPORTED_EVENT", "event", e.getClass().getName(), "error.unsupportedEvent");
    }
    return d;
  }

  private static void move(Map<String, Object> d, String transition, String from, String to) {
    d.put("transitionId", transition);
    d.put("fromStage", from);
    d.put("toStage", to);
  }

  private static void put(Map<String, Object> d, String key, Object value) {
    if (value != null) {
      d.put(key, value);
    }
  }

  private static InnovationDetails details(Map<?, ?> d) {
    TreeSet<Theme> themes = new TreeSet<>();
    for (Object t : (List<?>) d.get("themes")) {
      themes.add(Theme.of((String) t));
    }
    Map<String, String> texts = new LinkedHashMap<>();
    ((Map<?, ?>) d.get("texts")).forEach((k, v) -> texts.put((String) k, (String) v));
    String opd = str(d, "opd");
    String bentuk = str(d, "bentuk");
    String jenis = str(d, "jenis");
    String initiator = str(d, "initiatorType");
    String affair = str(d, "governmentAffair");
    Map<?, ?> r = (Map<?, ?>) d.get("replicates");
    ReplicationSource replicates = r == null ? null
        : new ReplicationSource(RegionCode.parse(str(r, "region")), InnovationId.parse(str(r, "innovation")));
    return new InnovationDetails(str(d, "title"), opd == null ? null : OpdCode.of(opd),
        bentuk == null ? null : Bentuk.valueOf(bentuk), jenis == null ? null : Jenis.valueOf(jenis),
        initiator == null ? null : InitiatorType.valueOf(initiator),
        affair == null ? null : GovernmentAffair.valueOf(affair), themes, texts, replicates);
  }

  private static EvidenceRef evidence(Map<?, ?> d) {
    return new EvidenceRef(id.labinov.core.model.EvidenceKind.of(str(d, "kind")), URI.create(str(d, "uri")),
        str(d, "sha256"), str(d, "mediaType"), ((JsonTree.Num) d.get("sizeBytes")).decimal().longValueExact());
  }

  private static List<Condition> conditions(List<?> raw) {
    List<Condition> out = new ArrayList<>();
    for (Object o : raw) {
      Map<?, ?> m = (Map<?, ?>) o;
      out.add(new Condition(str(m, "id"), str(m, "text")));
    }
    return out;
  }

  private static Map<?, ?> map(Map<?, ?> m, String key) {
    return (Map<?, ?>) m.get(key);
  }

  private static String str(Map<?, ?> m, String key) {
    Object v = m.get(key);
    return v == null || v == JsonTree.NULL ? null : (String) v;
  }
}
