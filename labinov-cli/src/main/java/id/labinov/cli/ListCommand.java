package id.labinov.cli;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.model.Theme;
import id.labinov.core.programme.NoSuchProgrammeException;
import id.labinov.core.programme.Programme;
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.RulebookStage;
import id.labinov.core.query.RulebookUse;
import id.labinov.core.query.StalledStay;
import id.labinov.core.query.StalledStays;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.UnknownRulebookException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code labinov list}: the innovations of a scope, narrowed by OPD, stage, status, programme, theme,
 * title, stalled or late. On a terminal a table of names and labels fitted to its width, with the
 * start of each id that {@code show} and the other commands accept; in a pipe or file one
 * tab-separated line per innovation (reference, stage code, status code, OPD code, title) with no
 * heading, so {@code cut -f1} gives references; {@code --format json} an array of objects with codes
 * and labels. The count goes under the table, or to standard error for the other formats.
 *
 * <p>Stalled and late are the reports' definitions: stalled as in {@code report stage-durations}
 * (more than the given days, by default {@value #STALLED_DAYS}, in the current stage, holds not
 * counted, neither dropped nor in the rulebook's last stage), late as in a programme's progress
 * (still in a stage, not dropped, on or after the end of that stage's window in the programme's
 * schedule; never in the last stage, never outside a programme). Both are computed by the library
 * for the scope and kept to the listed innovations.
 */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
final class ListCommand extends BaseCommand {
  /** The days without a stage change after which an innovation is stalled, as {@code report stage-durations} uses. */
  static final int STALLED_DAYS = 30;
  private static final Choices<String> FORMATS = Choices.codes("--format", List.of("table", "tsv", "json"));
  /** How many close codes a note names. */
  private static final int CLOSE = 3;

  @Option(names = "--scope", paramLabel = "SCOPE", descriptionKey = "option.scope")
  String scope;

  @Option(names = "--opd", paramLabel = "OPD", descriptionKey = "option.opdFilter")
  List<String> opds = new ArrayList<>();

  @Option(names = "--stage", paramLabel = "STAGE", descriptionKey = "option.stageFilter")
  List<String> stages = new ArrayList<>();

  @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "option.statusFilter")
  List<String> statuses = new ArrayList<>();

  @Option(names = "--stalled", arity = "0..1", fallbackValue = "" + STALLED_DAYS, paramLabel = "DAYS",
      descriptionKey = "option.stalledFilter")
  Integer stalled;

  @Option(names = "--late", descriptionKey = "option.lateFilter")
  boolean late;

  @Option(names = "--programme", paramLabel = "ID", descriptionKey = "option.programmeFilter")
  String programme;

  @Option(names = "--theme", paramLabel = "THEME", descriptionKey = "option.themeFilter")
  List<String> themes = new ArrayList<>();

  @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "option.titleFilter")
  String title;

  @Option(names = "--format", paramLabel = "table|tsv|json", descriptionKey = "option.listFormat")
  String format;

  /** Rulebooks looked up once per region, id and version. */
  private final Map<String, Optional<Rulebook>> rulebooks = new HashMap<>();

  @Override
  int run() {
    Texts t = texts();
    String shape = format == null ? (Terminal.stdout() ? "table" : "tsv") : FORMATS.parse(format, t);
    Choices<InnovationStatus> statusChoices = Choices.statuses("--status");
    InnovationStatus[] wantedStatuses = statuses.stream().map(v -> statusChoices.parse(v, t))
        .toArray(InnovationStatus[]::new);
    if (stalled != null && stalled < 0) {
      throw new CliException(ExitCodes.USAGE, "error.list.stalledDays", stalled);
    }
    if (programme != null && programme.isBlank()) {
      throw new CliException(ExitCodes.USAGE, "error.list.emptyValue", "--programme");
    }
    try (Session s = open()) {
      Scope where = Scopes.of(scope, settings());
      Names names = Names.of(s, t);
      List<Rulebook> inUse = rulebooksInUse(s, where);
      Choices<String> stageChoices = Choices.stages("--stage", inUse.isEmpty() ? List.of(Rulebooks.fiveD()) : inUse);
      Map<Dimension, Set<String>> known = new HashMap<>();
      Function<Dimension, Set<String>> knownIn = d -> known.computeIfAbsent(d, k -> keys(s, where, k));
      List<String> opdCodes = opds.isEmpty() ? List.of() : codes(opds, knownIn.apply(Dimension.OPD));
      List<String> themeCodes = themes.isEmpty() ? List.of() : codes(themes, knownIn.apply(Dimension.THEME));
      InnovationFilter.Builder f = InnovationFilter.builder()
          .stages(stages.stream().map(v -> stageChoices.parse(v, t)).toArray(String[]::new))
          .statuses(wantedStatuses)
          .opds(opdCodes.stream().map(OpdCode::of).toArray(OpdCode[]::new))
          .themes(themeCodes.stream().map(Theme::of).toArray(Theme[]::new))
          .titleContains(title);
      if (programme != null) {
        f.programmes(programme.strip());
      }
      InnovationFilter filter = f.build();
      Predicate<InnovationSummary> keep = stalled == null ? i -> true : stalledIn(s, where, filter, inUse);
      if (late) {
        keep = keep.and(lateIn(s));
      }
      List<InnovationSummary> rows = new ArrayList<>();
      InnovationFinder.each(s, where, filter, i -> rows.add(i));
      rows.removeIf(keep.negate());
      switch (shape) {
        case "table" -> table(s, where, rows, names);
        case "json" -> json(s, rows, names);
        default -> rows.forEach(i -> out().println(i.ref() + "\t" + i.stage() + "\t" + i.status() + "\t"
            + (i.opd() == null ? "-" : i.opd().value()) + "\t" + TerminalText.field(i.title())));
      }
      out().flush();
      (shape.equals("table") ? out() : err()).println(t.get("list.count", rows.size()));
      if (!opdCodes.isEmpty()) {
        noteUnknown("list.what.opd", opdCodes, knownIn.apply(Dimension.OPD), c -> names.findOpd(OpdCode.of(c)));
      }
      if (!themeCodes.isEmpty()) {
        noteUnknown("list.what.theme", themeCodes, knownIn.apply(Dimension.THEME),
            c -> Optional.of(names.theme(Theme.of(c))).filter(n -> !n.equals(c)));
      }
      if (programme != null) {
        noteUnknown("list.what.programme", List.of(programme.strip()), knownIn.apply(Dimension.PROGRAMME),
            c -> where.level() == Scope.Level.REGION
                ? s.lab().programmes().find(RegionCode.parse(where.code()), c).map(Programme::name) : Optional.empty());
      }
      err().flush();
      return ExitCodes.OK;
    }
  }

  /** The codes of a dimension the scope's innovations hold (OPDs, themes, programmes). */
  private static Set<String> keys(Session s, Scope where, Dimension dimension) {
    return s.lab().queries().count(where, InnovationFilter.all(), dimension).stream().map(CountRow::key)
        .filter(k -> k != null && !k.isBlank()).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Reads typed codes: the code the data holds when it differs only in case, else the typed code in
   * capitals (OPD and theme codes are capitals).
   */
  private static List<String> codes(List<String> typed, Set<String> known) {
    List<String> out = new ArrayList<>();
    for (String v : typed) {
      String code = v.strip();
      out.add(known.stream().filter(k -> k.equalsIgnoreCase(code)).findFirst()
          .orElse(code.toUpperCase(Locale.ROOT)));
    }
    return out;
  }

  /**
   * Tells on standard error about each code no innovation of the scope holds: the directory's name
   * for it (it exists, but has no innovations here), or that nothing knows it, with close codes.
   */
  private void noteUnknown(String what, List<String> codes, Set<String> known,
      Function<String, Optional<String>> directoryName) {
    Texts t = texts();
    for (String code : codes) {
      if (known.contains(code)) {
        continue;
      }
      Optional<String> name = directoryName.apply(code);
      if (name.isPresent()) {
        err().println(t.get("list.note.empty", t.get(what), code, name.get()));
        continue;
      }
      List<String> close = known.stream()
          .filter(k -> close(Choices.normal(code), Choices.normal(k)))
          .sorted(Comparator.comparingInt(k -> Choices.distance(Choices.normal(code), Choices.normal(k))))
          .limit(CLOSE).toList();
      err().println(t.get("list.note.unknown", t.get(what), code,
          close.isEmpty() ? "" : t.get("list.note.close", String.join(", ", close))));
    }
  }

  private static boolean close(String typed, String known) {
    return typed.length() >= 3 && (known.startsWith(typed) || typed.startsWith(known))
        || Choices.distance(typed, known) <= Math.max(2, typed.length() / 3);
  }

  /** The rulebooks the scope's innovations follow, each found once. */
  private List<Rulebook> rulebooksInUse(Session s, Scope where) {
    List<Rulebook> out = new ArrayList<>();
    for (RulebookUse u : s.lab().queries().rulebooks(where, InnovationFilter.all())) {
      rulebook(s, u.region() + "|" + u.rulebookId() + "@" + u.rulebookVersion(), u.first())
          .filter(r -> !out.contains(r)).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Rulebook> rulebook(Session s, String key, InnovationRef first) {
    return rulebooks.computeIfAbsent(key, k -> {
      try {
        return Optional.of(s.lab().innovations().rulebookOf(first));
      } catch (UnknownRulebookException e) {
        return Optional.empty(); // its stages are shown by code
      }
    });
  }

  private Rulebook rulebookOf(Session s, InnovationSummary i) {
    return rulebook(s, i.ref().region() + "|" + i.rulebookId() + "@" + i.rulebookVersion(), i.ref()).orElse(null);
  }

  /**
   * The stalled test: the library's stalled stays of the scope and filter (as the stage-durations
   * report asks for them), the last stage of each rulebook excluded.
   */
  private Predicate<InnovationSummary> stalledIn(Session s, Scope where, InnovationFilter filter, List<Rulebook> inUse) {
    Set<RulebookStage> arrived = new HashSet<>();
    for (Rulebook r : inUse) {
      arrived.add(new RulebookStage(r.id(), r.version(), r.stages().get(r.stages().size() - 1).code()));
    }
    StalledStays found = s.lab().queries().stalled(where, filter, s.lab().clock().instant(), stalled, arrived,
        StalledStays.MAX_LIMIT);
    Set<InnovationRef> refs = found.longest().stream().map(StalledStay::ref).collect(Collectors.toSet());
    return i -> refs.contains(i.ref());
  }

  /** The late test: the late innovations of each programme's progress, each programme computed once. */
  private static Predicate<InnovationSummary> lateIn(Session s) {
    Map<String, Set<InnovationRef>> byProgramme = new HashMap<>();
    return i -> i.programmeId() != null && byProgramme.computeIfAbsent(i.ref().region() + "|" + i.programmeId(), k -> {
      try {
        return s.lab().programmes().progress(i.ref().region(), i.programmeId()).late().stream()
            .map(l -> l.innovation().ref()).collect(Collectors.toSet());
      } catch (NoSuchProgrammeException e) {
        return Set.<InnovationRef>of(); // no schedule: never late
      }
    }).contains(i.ref());
  }

  /**
   * Prints the table. Its id column shows the start of each id that no other innovation of the scope
   * shares, listed or not, so that it can be typed back to {@code show} or {@code advance}.
   */
  private void table(Session s, Scope where, List<InnovationSummary> rows, Names names) {
    if (rows.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>();
    InnovationFinder.each(s, where, InnovationFilter.all(), i -> ids.add(i.ref().id().toString()));
    Texts t = texts();
    TextTable table = TextTable.left(List.of(t.get("list.column.id"), t.get("list.column.stage"),
        t.get("list.column.status"), t.get("list.column.opd"), t.get("list.column.title"))).fixed(0);
    int shown = prefixLength(ids);
    for (InnovationSummary i : rows) {
      table.add(List.of(i.ref().id().toString().substring(0, shown), names.stage(rulebookOf(s, i), i.stage()),
          names.status(i.status()), names.opd(i.opd()), i.title()));
    }
    table.render(Terminal.columns()).forEach(out()::println);
  }

  /**
   * The shortest start of the ids, at least {@value InnovationFinder#MIN_PREFIX} characters and never
   * ending at a {@code -}, that tells these ids apart.
   */
  static int prefixLength(List<String> ids) {
    int length = InnovationFinder.MIN_PREFIX;
    int longest = ids.stream().mapToInt(String::length).max().orElse(length);
    while (length < longest) {
      int n = length;
      if (ids.stream().map(id -> id.substring(0, Math.min(n, id.length()))).distinct().count() == ids.size()) {
        break;
      }
      length++;
    }
    int n = length;
    boolean dash = ids.stream().anyMatch(id -> id.length() > n - 1 && id.charAt(n - 1) == '-');
    return Math.min(longest, dash ? length + 1 : length);
  }

  private void json(Session s, List<InnovationSummary> rows, Names names) {
    StringBuilder sb = new StringBuilder("[");
    for (int r = 0; r < rows.size(); r++) {
      InnovationSummary i = rows.get(r);
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("ref", i.ref().toString());
      o.put("region", i.ref().region().value());
      o.put("id", i.ref().id().toString());
      o.put("title", i.title());
      o.put("stage", i.stage());
      o.put("stageLabel", names.stage(rulebookOf(s, i), i.stage()));
      o.put("status", i.status().name());
      o.put("statusLabel", names.status(i.status()));
      o.put("opd", i.opd() == null ? null : i.opd().value());
      o.put("opdName", i.opd() == null ? null : names.findOpd(i.opd()).orElse(null));
      o.put("programme", i.programmeId());
      o.put("themes", i.themes().stream().sorted().map(th -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", th.code());
        m.put("name", names.theme(th));
        return m;
      }).toList());
      o.put("version", i.version());
      o.put("stageEnteredAt", Objects.toString(i.stageEnteredAt(), null));
      sb.append(r == 0 ? "\n  " : ",\n  ");
      Json.write(sb, o);
    }
    out().println(sb.append(rows.isEmpty() ? "]" : "\n]"));
  }

  /** A small JSON writer for the listings' objects (strings, numbers, booleans, lists, maps, {@code null}). */
  static final class Json {
    private Json() {}

    /** Appends a value as JSON. */
    static void write(StringBuilder sb, Object value) {
      if (value == null) {
        sb.append("null");
      } else if (value instanceof Boolean b) {
        sb.append(b);
      } else if (value instanceof java.math.BigDecimal d) {
        sb.append(d.toPlainString()); // never 1E+1
      } else if (value instanceof Number n) {
        sb.append(n);
      } else if (value instanceof Map<?, ?> m) {
        sb.append('{');
        String sep = "";
        for (Map.Entry<?, ?> e : m.entrySet()) {
          sb.append(sep);
          string(sb, String.valueOf(e.getKey()));
          sb.append(':');
          write(sb, e.getValue());
          sep = ",";
        }
        sb.append('}');
      } else if (value instanceof List<?> l) {
        sb.append('[');
        for (int k = 0; k < l.size(); k++) {
          sb.append(k == 0 ? "" : ",");
          write(sb, l.get(k));
        }
        sb.append(']');
      } else {
        string(sb, value.toString());
      }
    }

    private static void string(StringBuilder sb, String s) {
      sb.append('"');
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c < 0x20 || TerminalText.escaped(c) || c == '\u2028' || c == '\u2029') {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
      sb.append('"');
    }
  }
}
