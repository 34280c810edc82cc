package id.labinov.core.conformance;

import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import id.labinov.core.rules.EvaluationSummary;
import id.labinov.core.rules.HoldPeriod;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.ProgrammeContext;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.RuleTypes;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.SimpleFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads the language-neutral conformance cases (see the README next to {@code index.json}) and
 * turns them into rulebooks, facts and rule contexts. Case files are read strictly: an unknown
 * member fails, so a misspelt expectation cannot pass silently.
 */
final class ConformanceCases {
  static final String ROOT = "/id/labinov/core/conformance/";
  static final String RULEBOOKS = "/id/labinov/core/rulebooks/";

  private ConformanceCases() {}

  /** One case file: its path relative to {@link #ROOT} and its JSON tree. */
  record Case(String path, Map<String, Object> json) {
    String name() {
      return (String) json.get("name");
    }

    /** Returns the transition checked, or {@code null} for a command case. */
    String transition() {
      return (String) json.get("transition");
    }

    /** Returns the non-transition command checked ({@code propose}, {@code approve}, ...), or {@code null}. */
    String command() {
      return (String) json.get("command");
    }

    Map<String, Object> facts() {
      return object(json.get("facts"), "facts");
    }

    Map<String, Object> context() {
      return object(json.get("context"), "context");
    }

    Map<String, Object> expect() {
      return object(json.get("expect"), "expect");
    }

    /** Returns the shipped rulebook's ref, or {@code null} for an inline rulebook. */
    String ref() {
      Map<String, Object> rb = object(json.get("rulebook"), "rulebook");
      return rb.containsKey("ref") && rb.size() == 1 ? (String) rb.get("ref") : null;
    }

    Object rulebookJson() {
      return json.get("rulebook");
    }

    String expectedError() {
      return (String) expect().get("error");
    }

    @Override
    public String toString() {
      return path;
    }
  }

  /** Returns the case paths listed in {@code index.json}, in order. */
  static List<String> indexedPaths() {
    Map<String, Object> index = object(parse(ROOT + "index.json"), "index.json");
    keys(index, "index.json", Set.of("format", "cases"), Set.of());
    if (!"labinov-conformance/1".equals(index.get("format"))) {
      throw new AssertionError("index.json: unknown format " + index.get("format"));
    }
    List<String> out = new ArrayList<>();
    for (Object o : list(index.get("cases"), "index.json cases")) {
      out.add((String) o);
    }
    return out;
  }

  /** Loads every case of the index, in order. */
  static List<Case> all() {
    return indexedPaths().stream().map(ConformanceCases::load).toList();
  }

  /** Loads one case and checks that it uses only known members. */
  static Case load(String path) {
    Map<String, Object> json = object(parse(ROOT + path), path);
    keys(json, path, Set.of("name", "description", "rulebook", "facts", "context", "expect"),
        Set.of("transition", "command"));
    if (json.containsKey("transition") == json.containsKey("command")) {
      throw new AssertionError(path + ": a case checks exactly one of a transition and a command");
    }
    Case c = new Case(path, json);
    keys(c.facts(), path + " facts", Set.of("stage", "status", "stageEnteredAt", "actor"),
        Set.of("holds", "fields", "evidence", "approvals", "openConditions", "opd", "approvalRole", "proposer",
            "region"));
    keys(c.context(), path + " context", Set.of("now", "zone"), Set.of("programme", "evaluations"));
    if (c.expect().containsKey("error")) {
      keys(c.expect(), path + " expect", Set.of("error"), Set.of("problems"));
    } else {
      keys(c.expect(), path + " expect", Set.of("allowed", "codes"), Set.of("warnings", "notApplicable", "violations"));
    }
    return c;
  }

  /** Lists the file names in the {@code cases} folder, sorted. */
  static List<String> filesInCasesFolder() {
    return filesIn(ROOT + "cases");
  }

  /** Lists the file names in a class-path folder, sorted (the IID cases live in their own folder). */
  static List<String> filesIn(String folder) {
    URL url = ConformanceCases.class.getResource(folder);
    if (url == null) {
      throw new AssertionError("no folder " + folder + " on the class path");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return names(fs.getPath(folder));
        }
      }
      return names(Path.of(uri));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Returns the case's rulebook: a shipped one by ref, or the inline one (which may fail to load). */
  static Rulebook rulebook(Case c) {
    String ref = c.ref();
    if (ref != null) {
      if (!ref.matches("[a-z0-9][a-z0-9.-]*")) {
        throw new AssertionError(c + ": bad rulebook ref " + ref);
      }
      return Rulebooks.fromResource(RULEBOOKS + ref + ".json", RuleTypes.builtIn());
    }
    return Rulebooks.parse(JsonTree.canonical(c.rulebookJson()));
  }

  /** Builds the facts of a case. */
  static SimpleFacts facts(Case c) {
    Map<String, Object> f = c.facts();
    SimpleFacts.Builder b = SimpleFacts.builder()
        .stage((String) f.get("stage"))
        .status(InnovationStatus.valueOf((String) f.get("status")))
        .stageEnteredAt(Instant.parse((String) f.get("stageEnteredAt")));
    for (Object h : list(f.getOrDefault("holds", List.of()), "holds")) {
      Map<String, Object> hold = object(h, "hold");
      keys(hold, c + " hold", Set.of("start"), Set.of("end"));
      b.hold(new HoldPeriod(Instant.parse((String) hold.get("start")),
          hold.containsKey("end") ? Instant.parse((String) hold.get("end")) : null));
    }
    object(f.getOrDefault("fields", Map.of()), "fields").forEach((k, v) -> b.field(k, (String) v));
    object(f.getOrDefault("evidence", Map.of()), "evidence").forEach((k, v) -> b.evidence(k, integer(v)));
    object(f.getOrDefault("approvals", Map.of()), "approvals").forEach((k, v) -> b.approvals(Role.valueOf(k), integer(v)));
    for (Object t : list(f.getOrDefault("openConditions", List.of()), "openConditions")) {
      b.openCondition((String) t);
    }
    if (f.containsKey("opd")) {
      b.opd(OpdCode.of((String) f.get("opd")));
    }
    if (f.containsKey("approvalRole")) {
      b.approvalRole(Role.valueOf((String) f.get("approvalRole")));
    }
    if (f.containsKey("proposer")) {
      b.proposer(PersonId.of((String) f.get("proposer")));
    }
    if (f.containsKey("region")) {
      b.region(id.labinov.core.model.RegionCode.parse((String) f.get("region")));
    }
    Map<String, Object> a = object(f.get("actor"), "actor");
    keys(a, c + " actor", Set.of("personId", "roles"), Set.of("opd", "scope"));
    Set<Role> roles = EnumSet.noneOf(Role.class);
    list(a.get("roles"), "roles").forEach(r -> roles.add(Role.valueOf((String) r)));
    b.actor(new Actor(PersonId.of((String) a.get("personId")),
        a.containsKey("opd") ? OpdCode.of((String) a.get("opd")) : null, roles,
        a.containsKey("scope") ? scope((String) a.get("scope")) : null));
    return b.build();
  }

  /** Reads an actor's scope: {@code national}, a province code ({@code 36}) or a region code. */
  static id.labinov.core.model.Scope scope(String text) {
    if (text.equals("national")) {
      return id.labinov.core.model.Scope.national();
    }
    return text.contains(".") ? id.labinov.core.model.Scope.region(id.labinov.core.model.RegionCode.parse(text))
        : id.labinov.core.model.Scope.province(id.labinov.core.model.Province.ofCode(text));
  }

  /** Builds the rule context of a case. */
  static RuleContext context(Case c) {
    Map<String, Object> x = c.context();
    RuleContext.Builder b = RuleContext.builder()
        .now(Instant.parse((String) x.get("now")))
        .zone(ZoneId.of((String) x.get("zone")));
    if (x.containsKey("programme")) {
      Map<String, Object> p = object(x.get("programme"), "programme");
      keys(p, c + " programme", Set.of("programmeId", "windows"), Set.of());
      Map<String, PhaseWindow> windows = new LinkedHashMap<>();
      object(p.get("windows"), "windows").forEach((stage, w) -> {
        Map<String, Object> window = object(w, "window");
        keys(window, c + " window", Set.of("start", "end"), Set.of());
        windows.put(stage, PhaseWindow.of((String) window.get("start"), (String) window.get("end")));
      });
      b.programme(new ProgrammeContext((String) p.get("programmeId"), true, Set.of(), windows));
    }
    for (Object e : list(x.getOrDefault("evaluations", List.of()), "evaluations")) {
      Map<String, Object> ev = object(e, "evaluation");
      keys(ev, c + " evaluation", Set.of("schemeId", "score", "evaluatorCount"), Set.of());
      b.evaluation(new EvaluationSummary((String) ev.get("schemeId"), new BigDecimal((String) ev.get("score")),
          integer(ev.get("evaluatorCount"))));
    }
    return b.build();
  }

  static Object parse(String resource) {
    try (InputStream in = ConformanceCases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("missing resource " + resource);
      }
      return JsonTree.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object v, String what) {
    if (!(v instanceof Map)) {
      throw new AssertionError(what + ": expected a JSON object, got " + v);
    }
    return (Map<String, Object>) v;
  }

  static List<?> list(Object v, String what) {
    if (!(v instanceof List<?> l)) {
      throw new AssertionError(what + ": expected a JSON array, got " + v);
    }
    return l;
  }

  static int integer(Object v) {
    if (!(v instanceof JsonTree.Num n)) {
      throw new AssertionError("expected a number, got " + v);
    }
    return n.decimal().intValueExact();
  }

  static void keys(Map<String, Object> m, String where, Set<String> required, Set<String> optional) {
    Set<String> missing = new TreeSet<>(required);
    missing.removeAll(m.keySet());
    Set<String> unknown = new TreeSet<>(m.keySet());
    unknown.removeAll(required);
    unknown.removeAll(optional);
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw new AssertionError(where + ": missing " + missing + ", unknown " + unknown);
    }
  }
}
