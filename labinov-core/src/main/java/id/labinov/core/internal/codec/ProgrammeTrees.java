package id.labinov.core.internal.codec;

import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.internal.json.TreeObject;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.programme.Programme;
import id.labinov.core.programme.ProgrammeStatus;
import id.labinov.core.rules.PhaseWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mapping of a {@link Programme} to its stored document (format 1) and back: the whole
 * programme, with the schedule as a list so its stage order survives. Not the programme
 * specification file ({@code Programmes}, format {@code labinov-programme/1}), which a lab writes by
 * hand and which has no status or version.
 */
final class ProgrammeTrees {
  static final int FORMAT = 1;

  private ProgrammeTrees() {}

  static Map<String, Object> tree(Programme p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", JsonTree.Num.of(FORMAT));
    m.put("region", p.region().value());
    m.put("id", p.id());
    m.put("year", JsonTree.Num.of(p.year()));
    m.put("name", p.name());
    m.put("organisingUnit", p.organisingUnit().value());
    m.put("participatingOpds", sorted(p.participatingOpds().stream().map(OpdCode::value).toList()));
    m.put("coaches", sorted(p.coaches().stream().map(PersonId::value).toList()));
    m.put("target", JsonTree.Num.of(p.target()));
    m.put("timeZone", p.timeZone().name());
    m.put("rulebookId", p.rulebookId());
    m.put("rulebookVersion", JsonTree.Num.of(p.rulebookVersion()));
    List<Object> schedule = new ArrayList<>();
    p.schedule().forEach((stage, w) -> {
      Map<String, Object> window = new LinkedHashMap<>();
      window.put("stage", stage);
      window.put("start", w.start().toString());
      window.put("end", w.end().toString());
      schedule.add(window);
    });
    m.put("schedule", schedule);
    m.put("status", p.status().name());
    m.put("openedAt", p.openedAt().toString());
    m.put("closedAt", p.closedAt() == null ? null : p.closedAt().toString());
    m.put("version", JsonTree.Num.of(p.version()));
    return m;
  }

  /**
   * Reads a programme document.
   *
   * @throws TreeObject.ShapeException if it is of another format or a member is missing or mistyped
   */
  static Programme programme(TreeObject m) {
    long format = m.whole("format");
    if (format != FORMAT) {
      throw new TreeObject.ShapeException(m.path() + ".format", "unknown programme format " + format
          + "; this version reads format " + FORMAT);
    }
    Set<OpdCode> opds = new TreeSet<>();
    m.texts("participatingOpds").forEach(o -> opds.add(OpdCode.of(o)));
    Set<PersonId> coaches = new HashSet<>();
    m.texts("coaches").forEach(c -> coaches.add(PersonId.of(c)));
    Map<String, PhaseWindow> schedule = new LinkedHashMap<>();
    for (TreeObject w : m.objects("schedule")) {
      schedule.put(w.requiredText("stage"), new PhaseWindow(LocalDate.parse(w.requiredText("start")),
          LocalDate.parse(w.requiredText("end"))));
    }
    return new Programme(RegionCode.parse(m.text("region")), m.text("id"), m.integer("year"), m.text("name"),
        OpdCode.of(m.text("organisingUnit")), opds, coaches, m.integer("target"),
        IndonesianTimeZone.valueOf(m.requiredText("timeZone")), m.text("rulebookId"), m.integer("rulebookVersion"),
        schedule, ProgrammeStatus.valueOf(m.requiredText("status")), StateTrees.instant(m, "openedAt"),
        StateTrees.optionalInstant(m, "closedAt"), m.whole("version"));
  }

  private static List<Object> sorted(List<String> values) {
    return new ArrayList<>(values.stream().sorted().toList());
  }
}
