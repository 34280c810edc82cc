package id.labinov.examples.rulesonly;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.rules.EvaluationSummary;
import id.labinov.core.rules.HoldPeriod;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.ProgrammeContext;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.RuleTypes;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.RulebookValidationException;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.SimpleFacts;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs the language-neutral conformance cases that labinov-core ships (resources under
 * {@code /id/labinov/core/conformance/}) the way another implementation would: read each case's
 * JSON with a general-purpose JSON library, turn its facts into {@link SimpleFacts}, check the
 * transition with {@link Rulebooks#check} (or, for a command case, {@link Rulebooks#checkCommand}) and compare the verdict with the expected one. Uses only
 * the public API, no store.
 */
public final class ConformanceRunner {
  /** Where core ships the cases. */
  public static final String BASE = "/id/labinov/core/conformance/";

  private final ObjectMapper json = new ObjectMapper();
  private final RuleTypes types;
  private final Map<String, Rulebook> shipped = new HashMap<>();

  /**
   * Creates a runner.
   *
   * @param types the rule types inline rulebooks may use (the built-ins suffice for the shipped cases)
   */
  public ConformanceRunner(RuleTypes types) {
    this.types = Objects.requireNonNull(types, "types");
  }

  /**
   * The outcome of one case.
   *
   * @param name the case's name
   * @param passed whether the verdict (or error) was the expected one
   * @param detail what differed, or what was found when it passed
   */
  public record Outcome(String name, boolean passed, String detail) {}

  /**
   * Lists the case files of the index, in order.
   *
   * @return paths relative to {@link #BASE}
   */
  public List<String> index() {
    JsonNode index = read(BASE + "index.json");
    if (!"labinov-conformance/1".equals(index.path("format").asString())) {
      throw new IllegalStateException("unknown conformance format " + index.path("format"));
    }
    List<String> out = new ArrayList<>();
    index.path("cases").forEach(c -> out.add(c.asString()));
    return out;
  }

  /**
   * Runs every case of the index.
   *
   * @return one outcome per case, in index order
   */
  public List<Outcome> runAll() {
    return index().stream().map(this::run).toList();
  }

  /**
   * Runs one case.
   *
   * @param file its path relative to {@link #BASE}
   * @return the outcome
   */
  public Outcome run(String file) {
    JsonNode c = read(BASE + file);
    String name = c.path("name").asString();
    JsonNode expect = c.path("expect");
    Verdict verdict;
    try {
      Rulebook rulebook = rulebook(c.path("rulebook"));
      verdict = c.has("command")
          ? Rulebooks.checkCommand(rulebook, c.path("command").asString(), facts(c.path("facts")), context(c.path("context")))
          : Rulebooks.check(rulebook, c.path("transition").asString(), facts(c.path("facts")), context(c.path("context")));
    } catch (RulebookValidationException e) {
      Set<String> found = new HashSet<>();
      e.problems().forEach(p -> found.add(p.path() + " " + p.code()));
      Set<String> wanted = new HashSet<>();
      expect.path("problems").forEach(p -> wanted.add(p.path("path").asString() + " " + p.path("code").asString()));
      boolean ok = "INVALID_RULEBOOK".equals(expect.path("error").asString()) && found.equals(wanted);
      return new Outcome(name, ok, "INVALID_RULEBOOK " + found);
    } catch (InvalidValueException e) {
      return new Outcome(name, e.code().equals(expect.path("error").asString()), e.code());
    }
    if (expect.has("error")) {
      return new Outcome(name, false, "expected error " + expect.path("error").asString() + ", got " + verdict.codes());
    }
    List<String> problems = new ArrayList<>();
    compare(problems, "allowed", expect.path("allowed").asBoolean(), verdict.allowed());
    compare(problems, "codes", strings(expect.path("codes")), verdict.codes());
    compare(problems, "warnings", strings(expect.path("warnings")), verdict.warnings().stream().map(Violation::code).toList());
    compare(problems, "notApplicable", strings(expect.path("notApplicable")),
        verdict.notApplicable().stream().map(Violation::code).toList());
    if (expect.has("violations")) {
      compare(problems, "violations", expect.path("violations").size(), verdict.violations().size());
      for (int i = 0; i < Math.min(expect.path("violations").size(), verdict.violations().size()); i++) {
        JsonNode e = expect.path("violations").get(i);
        Violation v = verdict.violations().get(i);
        compare(problems, "violations[" + i + "].severity", e.path("severity").asString(), v.severity().name());
        compare(problems, "violations[" + i + "].rule", e.path("rule").asString(), v.ruleType());
        compare(problems, "violations[" + i + "].arguments", arguments(e.path("arguments")), normalise(v.arguments()));
      }
    }
    return new Outcome(name, problems.isEmpty(), problems.isEmpty() ? verdict.codes().toString() : String.join("; ", problems));
  }

  private Rulebook rulebook(JsonNode node) {
    if (node.has("ref")) {
      String ref = node.path("ref").asString();
      return shipped.computeIfAbsent(ref, r -> Rulebooks.fromResource("/id/labinov/core/rulebooks/" + r + ".json", types));
    }
    return Rulebooks.parse(json.writeValueAsString(node), types);
  }

  private static SimpleFacts facts(JsonNode f) {
    JsonNode a = f.path("actor");
    List<Role> roles = new ArrayList<>();
    a.path("roles").forEach(r -> roles.add(Role.valueOf(r.asString())));
    SimpleFacts.Builder b = SimpleFacts.builder()
        .stage(f.path("stage").asString())
        .status(InnovationStatus.valueOf(f.path("status").asString()))
        .stageEnteredAt(Instant.parse(f.path("stageEnteredAt").asString()))
        .actor(scoped(Actor.of(a.path("personId").asString(), a.hasNonNull("opd") ? a.path("opd").asString() : null,
            roles.toArray(Role[]::new)), a.path("scope")));
    if (f.hasNonNull("proposer")) {
      b.proposer(PersonId.of(f.path("proposer").asString()));
    }
    if (f.hasNonNull("region")) {
      b.region(RegionCode.parse(f.path("region").asString()));
    }
    f.path("holds").forEach(h -> b.hold(new HoldPeriod(Instant.parse(h.path("start").asString()),
        h.hasNonNull("end") ? Instant.parse(h.path("end").asString()) : null)));
    f.path("fields").properties().forEach(e -> b.field(e.getKey(), e.getValue().asString()));
    f.path("evidence").properties().forEach(e -> b.evidence(e.getKey(), e.getValue().asInt()));
    f.path("approvals").properties().forEach(e -> b.approvals(Role.valueOf(e.getKey()), e.getValue().asInt()));
    f.path("openConditions").forEach(c -> b.openCondition(c.asString()));
    if (f.hasNonNull("opd")) {
      b.opd(OpdCode.of(f.path("opd").asString()));
    }
    if (f.hasNonNull("approvalRole")) {
      b.approvalRole(Role.valueOf(f.path("approvalRole").asString()));
    }
    return b.build();
  }

  /** The actor in its scope ({@code national}, a province code or a region code), if the case gives one. */
  private static Actor scoped(Actor actor, JsonNode scope) {
    if (scope.isMissingNode() || scope.isNull()) {
      return actor;
    }
    String s = scope.asString();
    return actor.in(s.equals("national") ? Scope.national()
        : s.contains(".") ? Scope.region(RegionCode.parse(s)) : Scope.province(Province.ofCode(s)));
  }

  private static RuleContext context(JsonNode c) {
    RuleContext.Builder b = RuleContext.builder().now(Instant.parse(c.path("now").asString()))
        .zone(ZoneId.of(c.path("zone").asString()));
    if (c.has("programme")) {
      JsonNode p = c.path("programme");
      Map<String, PhaseWindow> windows = new HashMap<>();
      p.path("windows").properties().forEach(e -> windows.put(e.getKey(),
          PhaseWindow.of(e.getValue().path("start").asString(), e.getValue().path("end").asString())));
      b.programme(new ProgrammeContext(p.path("programmeId").asString(), true, Set.of(), windows));
    }
    c.path("evaluations").forEach(e -> b.evaluation(new EvaluationSummary(e.path("schemeId").asString(),
        new BigDecimal(e.path("score").asString()), e.path("evaluatorCount").asInt())));
    return b.build();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  /** Numbers compare by value: both sides become plain decimal strings. */
  private static List<String> arguments(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.isNumber() ? plain(n.decimalValue()) : n.asString()));
    return out;
  }

  private static List<String> normalise(List<Object> values) {
    return values.stream().map(v -> v instanceof Number n ? plain(new BigDecimal(n.toString())) : String.valueOf(v)).toList();
  }

  private static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  private static void compare(List<String> problems, String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      problems.add(what + ": expected " + expected + ", got " + actual);
    }
  }

  private JsonNode read(String resource) {
    try (InputStream in = ConformanceRunner.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource not found on the class path: " + resource);
      }
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
