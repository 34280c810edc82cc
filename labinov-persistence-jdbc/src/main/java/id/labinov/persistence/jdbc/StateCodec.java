package id.labinov.persistence.jdbc;

import id.labinov.core.engine.Approval;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.StageVisit;
import id.labinov.core.event.Condition;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.InitiatorType;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.ReplicationSource;
import id.labinov.core.model.Role;
import id.labinov.core.model.Theme;
import id.labinov.core.rules.HoldPeriod;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes an {@link InnovationState} as JSON for the state row and reads it back equal, so loading
 * never needs the history. The document carries {@code "format":1}; a later format adds a reader
 * here, never a rewrite of old rows. Not API.
 */
final class StateCodec {
  static final int FORMAT = 1;

  private StateCodec() {}

  static String encode(InnovationState s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", (long) FORMAT);
    m.put("region", s.region().value());
    m.put("id", s.id().toString());
    m.put("rulebookId", s.rulebookId());
    m.put("rulebookVersion", (long) s.rulebookVersion());
    m.put("programmeId", s.programmeId());
    m.put("details", details(s.details()));
    m.put("stage", s.stage());
    m.put("status", s.status().name());
    m.put("approvals", map(s.approvals(), a -> obj("approver", a.approver().value(), "role", a.role().name(),
        "at", a.at().toString())));
    m.put("openConditions", map(s.openConditions(), c -> obj("id", c.id(), "text", c.text())));
    m.put("evidence", map(s.evidence(), e -> obj("kind", e.kind().code(), "uri", e.uri().toString(),
        "sha256", e.sha256(), "mediaType", e.mediaType(), "sizeBytes", e.sizeBytes())));
    m.put("visits", map(s.visits(), v -> obj("stage", v.stage(), "enteredAt", v.enteredAt().toString(),
        "leftAt", text(v.leftAt()), "pauses", map(v.pauses(), p -> obj("start", p.start().toString(),
            "end", text(p.end()))))));
    m.put("proposedBy", s.proposedBy().value());
    m.put("proposedAt", s.proposedAt().toString());
    m.put("lastChangedAt", s.lastChangedAt().toString());
    m.put("version", s.version());
    return Json.write(m);
  }

  /**
   * Reads a stored state document.
   *
   * @param json the document
   * @param ref what the row claims to be, for the message
   * @throws id.labinov.core.port.StorageException if the row cannot be read (it was changed outside labinov)
   */
  static InnovationState read(String json, String ref) {
    try {
      return decode(json);
    } catch (RuntimeException e) {
      throw new id.labinov.core.port.StorageException("read the stored state of " + ref, null, e);
    }
  }

  /**
   * Reads a state document.
   *
   * @throws IllegalArgumentException if the text is not a state document of a known format
   */
  static InnovationState decode(String json) {
    Map<?, ?> m = (Map<?, ?>) Json.parse(json);
    long format = num(m, "format");
    if (format != FORMAT) {
      throw new IllegalArgumentException("unknown state format " + format);
    }
    return new InnovationState(
        RegionCode.parse(str(m, "region")),
        InnovationId.parse(str(m, "id")),
        str(m, "rulebookId"),
        (int) num(m, "rulebookVersion"),
        str(m, "programmeId"),
        details((Map<?, ?>) m.get("details")),
        str(m, "stage"),
        InnovationStatus.valueOf(str(m, "status")),
        list(m, "approvals", a -> new Approval(PersonId.of(str(a, "approver")), Role.valueOf(str(a, "role")),
            Instant.parse(str(a, "at")))),
        list(m, "openConditions", c -> new Condition(str(c, "id"), str(c, "text"))),
        list(m, "evidence", e -> new EvidenceRef(EvidenceKind.of(str(e, "kind")), URI.create(str(e, "uri")),
            str(e, "sha256"), str(e, "mediaType"), num(e, "sizeBytes"))),
        list(m, "visits", v -> new StageVisit(str(v, "stage"), Instant.parse(str(v, "enteredAt")),
            instant(str(v, "leftAt")), list(v, "pauses", p -> new HoldPeriod(Instant.parse(str(p, "start")),
                instant(str(p, "end")))))),
        PersonId.of(str(m, "proposedBy")),
        Instant.parse(str(m, "proposedAt")),
        Instant.parse(str(m, "lastChangedAt")),
        num(m, "version"));
  }

  private static Map<String, Object> details(InnovationDetails d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", d.title());
    m.put("opd", d.opd() == null ? null : d.opd().value());
    m.put("bentuk", name(d.bentuk()));
    m.put("jenis", name(d.jenis()));
    m.put("initiatorType", name(d.initiatorType()));
    m.put("governmentAffair", name(d.governmentAffair()));
    m.put("themes", d.themes().stream().map(Theme::code).toList());
    m.put("texts", new TreeMap<>(d.texts()));
    if (d.replicates() != null) {
      m.put("replicates", obj("region", d.replicates().region().value(), "innovation",
          d.replicates().innovation().toString()));
    }
    return m;
  }

  private static InnovationDetails details(Map<?, ?> m) {
    TreeSet<Theme> themes = new TreeSet<>();
    for (Object t : (List<?>) m.get("themes")) {
      themes.add(Theme.of((String) t));
    }
    Map<String, String> texts = new TreeMap<>();
    ((Map<?, ?>) m.get("texts")).forEach((k, v) -> texts.put((String) k, (String) v));
    String opd = str(m, "opd");
    String bentuk = str(m, "bentuk");
    String jenis = str(m, "jenis");
    String initiator = str(m, "initiatorType");
    String affair = str(m, "governmentAffair");
    return new InnovationDetails(str(m, "title"), opd == null ? null : OpdCode.of(opd),
        bentuk == null ? null : Bentuk.valueOf(bentuk), jenis == null ? null : Jenis.valueOf(jenis),
        initiator == null ? null : InitiatorType.valueOf(initiator),
        affair == null ? null : GovernmentAffair.valueOf(affair), themes, texts, replicates(m.get("replicates")));
  }

  /** Reads the optional replication source; documents written before lineage existed have none. */
  private static ReplicationSource replicates(Object value) {
    if (value == null) {
      return null;
    }
    Map<?, ?> r = (Map<?, ?>) value;
    return new ReplicationSource(RegionCode.parse(str(r, "region")), InnovationId.parse(str(r, "innovation")));
  }

  private static Map<String, Object> obj(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  private static <T> List<Object> map(List<T> items, Function<T, Object> f) {
    List<Object> out = new ArrayList<>(items.size());
    for (T t : items) {
      out.add(f.apply(t));
    }
    return out;
  }

  private static <T> List<T> list(Map<?, ?> m, String key, Function<Map<?, ?>, T> f) {
    List<T> out = new ArrayList<>();
    for (Object o : (List<?>) m.get(key)) {
      out.add(f.apply((Map<?, ?>) o));
    }
    return out;
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  private static String text(Instant i) {
    return i == null ? null : i.toString();
  }

  private static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }

  private static String str(Map<?, ?> m, String key) {
    return (String) m.get(key);
  }

  private static long num(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof Long l)) {
      throw new IllegalArgumentException("missing number " + key);
    }
    return l;
  }
}
