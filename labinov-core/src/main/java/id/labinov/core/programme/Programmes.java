package id.labinov.core.programme;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.error.LabinovException;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.PhaseWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes programme specifications as JSON (format {@code labinov-programme/1}), so a lab
 * can keep its yearly schedule as a file:
 *
 * <pre>{@code
 * {"format": "labinov-programme/1", "region": "36.02", "id": "lebak-2019", "year": 2019,
 *  "name": "Laboratorium Inovasi Kabupaten Lebak 2019", "organisingUnit": "BAPPEDA",
 *  "participants": ["DINKES", "DISDIK"], "coaches": ["coach-lan-03"], "target": 64,
 *  "timeZone": "WIB", "rulebook": {"id": "5d", "version": 1},
 *  "schedule": {"DRUM_UP": {"start": "2019-01-14", "end": "2019-02-01"}}}
 * }</pre>
 *
 * <p>{@code timeZone} is optional (default: the region's); {@code end} is exclusive. Thread-safe.
 */
public final class Programmes {
  /** The format marker. */
  public static final String FORMAT = "labinov-programme/1";
  private static final Set<String> KEYS = Set.of("format", "region", "id", "year", "name", "organisingUnit",
      "participants", "coaches", "target", "timeZone", "rulebook", "schedule");

  private Programmes() {}

  /**
   * Parses a programme specification.
   *
   * @param json the JSON
   * @return the specification, ready for {@code Labinov.openProgramme}
   * @throws InvalidValueException with code {@code INVALID_PROGRAMME_JSON} naming the path and the
   *     problem, or the value's own code for a bad value
   */
  public static Programme parse(String json) {
    Checks.notNull(json, "json");
    Object tree;
    try {
      tree = JsonTree.parse(json, id.labinov.core.rules.RulebookLimits.DEFAULT_MAX_DEPTH);
    } catch (JsonTree.TooDeepException e) {
      throw bad("$", e.getMessage());
    } catch (JsonTree.SyntaxException e) {
      throw bad("$", "line " + e.line() + ", column " + e.column() + ": " + e.getMessage());
    }
    if (!(tree instanceof Map<?, ?> root)) {
      throw bad("$", "an object is expected");
    }
    for (Object k : root.keySet()) {
      if (!KEYS.contains(String.valueOf(k))) {
        throw bad("$." + k, "unknown property; allowed: " + new java.util.TreeSet<>(KEYS));
      }
    }
    if (!FORMAT.equals(root.get("format"))) {
      throw bad("$.format", "must be \"" + FORMAT + "\"");
    }
    Programme.Builder b = Programme.builder()
        .region(RegionCode.parse(text(root, "region")))
        .id(text(root, "id"))
        .year(integer(root, "year"))
        .name(text(root, "name"))
        .organisingUnit(text(root, "organisingUnit"))
        .participants(texts(root, "participants").toArray(String[]::new))
        .coaches(texts(root, "coaches").toArray(String[]::new))
        .target(integer(root, "target"));
    if (root.containsKey("timeZone")) {
      try {
        b.timeZone(IndonesianTimeZone.valueOf(text(root, "timeZone")));
      } catch (IllegalArgumentException e) {
        throw bad("$.timeZone", "use WIB, WITA or WIT");
      }
    }
    if (root.get("rulebook") instanceof Map<?, ?> rb) {
      b.rulebook(text(rb, "id"), integer(rb, "version"));
    }
    if (root.get("schedule") instanceof Map<?, ?> schedule) {
      for (Map.Entry<?, ?> e : schedule.entrySet()) {
        if (!(e.getValue() instanceof Map<?, ?> w)) {
          throw bad("$.schedule." + e.getKey(), "an object with start and end is expected");
        }
        b.phase(String.valueOf(e.getKey()), PhaseWindow.of(text(w, "start"), text(w, "end")));
      }
    } else if (root.containsKey("schedule")) {
      throw bad("$.schedule", "an object of stage windows is expected");
    }
    return b.build();
  }

  /**
   * Writes a programme's specification as canonical JSON.
   *
   * @param p the programme
   * @return the JSON
   */
  public static String toJson(Programme p) {
    Checks.notNull(p, "programme");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("region", p.region().value());
    m.put("id", p.id());
    m.put("year", JsonTree.Num.of(p.year()));
    m.put("name", p.name());
    m.put("organisingUnit", p.organisingUnit().value());
    List<Object> opds = new ArrayList<>();
    p.participatingOpds().forEach(o -> opds.add(o.value()));
    m.put("participants", opds);
    List<Object> coaches = new ArrayList<>();
    p.coaches().stream().map(c -> c.value()).sorted().forEach(coaches::add);
    m.put("coaches", coaches);
    m.put("target", JsonTree.Num.of(p.target()));
    m.put("timeZone", p.timeZone().name());
    Map<String, Object> rb = new LinkedHashMap<>();
    rb.put("id", p.rulebookId());
    rb.put("version", JsonTree.Num.of(p.rulebookVersion()));
    m.put("rulebook", rb);
    Map<String, Object> schedule = new LinkedHashMap<>();
    p.schedule().forEach((stage, w) -> {
      Map<String, Object> wm = new LinkedHashMap<>();
      wm.put("start", w.start().toString());
      wm.put("end", w.end().toString());
      schedule.put(stage, wm);
    });
    m.put("schedule", schedule);
    return JsonTree.canonical(m);
  }

  private static String text(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof String s)) {
      throw bad("$." + key, "a text is required");
    }
    return s;
  }

  private static int integer(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof JsonTree.Num n)) {
      throw bad("$." + key, "a whole number is required");
    }
    try {
      return n.decimal().intValueExact();
    } catch (ArithmeticException e) {
      throw bad("$." + key, "a whole number is required");
    }
  }

  private static List<String> texts(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> l) || !l.stream().allMatch(x -> x instanceof String)) {
      throw bad("$." + key, "a list of texts is required");
    }
    List<String> out = new ArrayList<>();
    l.forEach(x -> out.add((String) x));
    return out;
  }

  private static LabinovException bad(String path, String problem) {
    return new InvalidValueException("INVALID_PROGRAMME_JSON", path, problem, "error.programmeJson");
  }
}
