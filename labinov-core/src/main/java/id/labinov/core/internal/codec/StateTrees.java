package id.labinov.core.internal.codec;

import id.labinov.core.engine.Approval;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.StageVisit;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.internal.json.TreeObject;
import id.labinov.core.internal.json.ValueTrees;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.HoldPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The mapping of an {@link InnovationState} to its state document (format 1) and back, so loading
 * never needs the history. A later format adds a reader here, never a rewrite of old rows.
 */
final class StateTrees {
  static final int FORMAT = 1;

  private StateTrees() {}

  /** A details object and its document text. */
  private record WrittenDetails(InnovationDetails details, JsonTree.Written written) {}

  /**
   * The details last written, by identity: the states an innovation goes through share one details
   * object until it is edited, so its text is written once. Racy by design (a slot holds a complete
   * entry or none; a miss writes the details again).
   */
  private static final WrittenDetails[] DETAILS = new WrittenDetails[256];

  private static JsonTree.Written details(InnovationDetails d) {
    int slot = System.identityHashCode(d) & (DETAILS.length - 1);
    WrittenDetails e = DETAILS[slot];
    if (e != null && e.details == d) {
      return e.written;
    }
    JsonTree.Written w = JsonTree.Written.of(ValueTrees.details(d));
    DETAILS[slot] = new WrittenDetails(d, w);
    return w;
  }

  static Map<String, Object> tree(InnovationState s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", JsonTree.Num.of(FORMAT));
    m.put("region", s.region().value());
    m.put("id", s.id().toString());
    m.put("rulebookId", s.rulebookId());
    m.put("rulebookVersion", JsonTree.Num.of(s.rulebookVersion()));
    m.put("programmeId", s.programmeId());
    m.put("details", details(s.details()));
    m.put("stage", s.stage());
    m.put("status", s.status().name());
    m.put("approvals", list(s.approvals(), StateTrees::approval));
    m.put("openConditions", list(s.openConditions(), EventTrees::condition));
    m.put("evidence", list(s.evidence(), ValueTrees::evidence));
    m.put("visits", list(s.visits(), StateTrees::visit));
    m.put("proposedBy", s.proposedBy().value());
    m.put("proposedAt", s.proposedAt().toString());
    m.put("lastChangedAt", s.lastChangedAt().toString());
    m.put("version", JsonTree.Num.of(s.version()));
    if (s.contributors() != null) {
      // absent in documents written before contributors were recorded: read back as unknown
      List<Object> people = new ArrayList<>(s.contributors().size());
      s.contributors().forEach(p -> people.add(p.value()));
      m.put("contributors", people);
    }
    return m;
  }

  /**
   * Reads a state document.
   *
   * @throws TreeObject.ShapeException if it is of another format or a member is missing or mistyped
   */
  static InnovationState state(TreeObject m) {
    long format = m.whole("format");
    if (format != FORMAT) {
      throw new TreeObject.ShapeException(m.path() + ".format", "unknown state format " + format
          + "; this version reads format " + FORMAT);
    }
    return new InnovationState(RegionCode.parse(m.text("region")), InnovationId.parse(m.requiredText("id")),
        m.text("rulebookId"), m.integer("rulebookVersion"), m.text("programmeId"),
        ValueTrees.details(m.object("details")), m.text("stage"), InnovationStatus.valueOf(m.requiredText("status")),
        m.objects("approvals").stream().map(StateTrees::approval).toList(),
        m.objects("openConditions").stream().map(EventTrees::condition).toList(),
        m.objects("evidence").stream().map(ValueTrees::evidence).toList(),
        m.objects("visits").stream().map(StateTrees::visit).toList(),
        PersonId.of(m.text("proposedBy")), instant(m, "proposedAt"), instant(m, "lastChangedAt"), m.whole("version"),
        m.members().containsKey("contributors") ? m.texts("contributors").stream().map(PersonId::of).toList() : null);
  }

  private static Map<String, Object> approval(Approval a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("approver", a.approver().value());
    m.put("role", a.role().name());
    m.put("at", a.at().toString());
    return m;
  }

  private static Approval approval(TreeObject a) {
    return new Approval(PersonId.of(a.text("approver")), Role.valueOf(a.requiredText("role")), instant(a, "at"));
  }

  private static Map<String, Object> visit(StageVisit v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stage", v.stage());
    m.put("enteredAt", v.enteredAt().toString());
    m.put("leftAt", v.leftAt() == null ? null : v.leftAt().toString());
    m.put("pauses", list(v.pauses(), StateTrees::pause));
    return m;
  }

  private static StageVisit visit(TreeObject v) {
    return new StageVisit(v.text("stage"), instant(v, "enteredAt"), optionalInstant(v, "leftAt"),
        v.objects("pauses").stream().map(StateTrees::pause).toList());
  }

  private static Map<String, Object> pause(HoldPeriod p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("start", p.start().toString());
    m.put("end", p.end() == null ? null : p.end().toString());
    return m;
  }

  private static HoldPeriod pause(TreeObject p) {
    return new HoldPeriod(instant(p, "start"), optionalInstant(p, "end"));
  }

  private static <T> List<Object> list(List<T> items, Function<T, Object> tree) {
    List<Object> out = new ArrayList<>(items.size());
    items.forEach(t -> out.add(tree.apply(t)));
    return out;
  }

  static Instant instant(TreeObject o, String key) {
    return Instant.parse(o.requiredText(key));
  }

  static Instant optionalInstant(TreeObject o, String key) {
    String s = o.text(key);
    return s == null ? null : Instant.parse(s);
  }
}
