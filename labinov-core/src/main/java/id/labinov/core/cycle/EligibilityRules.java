package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.EvaluationSchemeValidationException;
import id.labinov.core.evaluation.SchemeProblem;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.json.TreeProblems;
import id.labinov.core.rules.RulebookLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The eligibility rules of the competitions, per competition and year, as data (document format
 * {@value #FORMAT}). {@link #shipped()} holds what labinov ships (IGA and KIPP, sources and unverified
 * parts in the document); a region or ministry with newer rules reads its own with {@link #read}.
 * Immutable.
 */
@Beta
public final class EligibilityRules {
  /** The document format this reader reads. */
  public static final String FORMAT = "labinov-competition-eligibility/1";
  /** Classpath resource of the shipped rules. */
  public static final String RESOURCE = "/id/labinov/core/evaluation/competition-eligibility.json";

  private static final Pattern MONTH_DAY = Pattern.compile("(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");
  private static final Set<String> MEMBERS = Set.of("windowYears", "maxEntries", "reentryNeedsDevelopment",
      "minAgeYears", "topTier", "noEarlierTopTier", "top99Limit", "unverified");

  private final List<CompetitionRules> rules;

  private EligibilityRules(List<CompetitionRules> rules) {
    List<CompetitionRules> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(CompetitionRules::competition).thenComparingInt(CompetitionRules::fromYear));
    this.rules = List.copyOf(sorted);
  }

  /**
   * Makes a rule table from rule sets.
   *
   * @param rules the rule sets; at most one per competition and first year
   * @return the table
   * @throws InvalidValueException with code {@code DUPLICATE} for two rule sets of one competition and year
   */
  public static EligibilityRules of(List<CompetitionRules> rules) {
    Set<String> seen = new HashSet<>();
    for (CompetitionRules r : Checks.notNull(rules, "rules")) {
      Checks.notNull(r, "rules[]");
      if (!seen.add(r.competition() + "/" + r.fromYear())) {
        throw new InvalidValueException("DUPLICATE", "rules", r.competition() + " " + r.fromYear(),
            "error.cycle.duplicateRules");
      }
    }
    return new EligibilityRules(rules);
  }

  /** {@return the shipped rules (IGA and KIPP)} */
  public static EligibilityRules shipped() {
    return Holder.SHIPPED;
  }

  /** {@return every rule set, by competition then first year} */
  public List<CompetitionRules> all() {
    return rules;
  }

  /**
   * Finds the rule set that applies to a competition year: the one with the latest first year not after it.
   *
   * @param competition the competition
   * @param year the competition year
   * @return the rule set, or empty if no rule set starts at or before that year
   */
  public Optional<CompetitionRules> find(Competition competition, int year) {
    Checks.notNull(competition, "competition");
    CompetitionRules found = null;
    for (CompetitionRules r : rules) {
      if (r.competition() == competition && r.fromYear() <= year) {
        found = r;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The rule set that applies to a competition year.
   *
   * @param competition the competition
   * @param year the competition year
   * @return the rule set
   * @throws InvalidValueException with code {@code NO_ELIGIBILITY_RULES} naming the competition and year
   */
  public CompetitionRules forYear(Competition competition, int year) {
    return find(competition, year).orElseThrow(() -> new InvalidValueException("NO_ELIGIBILITY_RULES", "year", year,
        "error.cycle.noRules", competition.name(), rules.stream().filter(r -> r.competition() == competition)
            .map(r -> String.valueOf(r.fromYear())).findFirst().orElse("-")));
  }

  /**
   * Reads a rule document.
   *
   * @param source a name for messages (e.g. the file name)
   * @param json the document
   * @return the rules
   * @throws EvaluationSchemeValidationException listing every problem with its JSON path
   */
  public static EligibilityRules read(String source, String json) {
    Checks.notNull(source, "source");
    Checks.notNull(json, "json");
    Reader r = new Reader();
    Object tree = TreeProblems.parse(json, RulebookLimits.DEFAULT_MAX_DEPTH, args ->
        new EvaluationSchemeValidationException(source, List.of(new SchemeProblem("$", "JSON_SYNTAX",
            "error.evaluation.syntax", args))));
    List<CompetitionRules> out = r.document(tree);
    if (r.count() > 0) {
      throw new EvaluationSchemeValidationException(source, r.problems());
    }
    return of(out);
  }

  private static final class Reader extends TreeProblems<SchemeProblem> {
    Reader() {
      super("error.evaluation.", SchemeProblem::new);
    }

    List<CompetitionRules> document(Object tree) {
      List<CompetitionRules> out = new ArrayList<>();
      Map<String, Object> root = object("$", tree, Set.of("format", "rules"), Set.of("id", "note"));
      if (root == null) {
        return out;
      }
      if (!FORMAT.equals(root.get("format"))) {
        problem("$.format", "UNSUPPORTED_FORMAT", "error.evaluation.format", String.valueOf(root.get("format")), FORMAT);
      }
      List<?> sets = array("$.rules", root.get("rules"), true);
      for (int i = 0; i < sets.size(); i++) {
        CompetitionRules c = ruleSet("$.rules[" + i + "]", sets.get(i));
        if (c != null) {
          out.add(c);
        }
      }
      Set<String> seen = new HashSet<>();
      for (CompetitionRules c : out) {
        if (!seen.add(c.competition() + "/" + c.fromYear())) {
          problem("$.rules", "DUPLICATE", "error.cycle.duplicateRules", c.competition() + " " + c.fromYear());
        }
      }
      return out;
    }

    private CompetitionRules ruleSet(String path, Object v) {
      Map<String, Object> m = object(path, v, Set.of("competition", "fromYear", "entryDeadline", "source"), MEMBERS);
      if (m == null) {
        return null;
      }
      int before = count();
      Competition competition = enumNamed(path + ".competition", string(path + ".competition", m.get("competition"),
          null), Competition.class);
      Integer from = integer(path + ".fromYear", m.get("fromYear"), 2000, 2200, null, 2000, 2200);
      String deadlineText = string(path + ".entryDeadline", m.get("entryDeadline"), MONTH_DAY);
      MonthDay deadline = null;
      if (deadlineText != null) {
        try {
          deadline = MonthDay.parse("--" + deadlineText);
        } catch (DateTimeException e) {
          problem(path + ".entryDeadline", "BAD_FORMAT", "error.evaluation.format", deadlineText, "MM-DD");
        }
      }
      String source = string(path + ".source", m.get("source"), null);
      OptionalInt window = optionalInt(path + ".windowYears", m.get("windowYears"));
      OptionalInt maxEntries = optionalInt(path + ".maxEntries", m.get("maxEntries"));
      OptionalInt top99 = optionalInt(path + ".top99Limit", m.get("top99Limit"));
      boolean reentry = flag(path + ".reentryNeedsDevelopment", m.get("reentryNeedsDevelopment"));
      boolean noTopTier = flag(path + ".noEarlierTopTier", m.get("noEarlierTopTier"));
      Map<EntryGroup, Integer> ages = new EnumMap<>(EntryGroup.class);
      if (!absent(m.get("minAgeYears"))) {
        Map<String, Object> a = object(path + ".minAgeYears", m.get("minAgeYears"), Set.of(),
            Set.of("GENERAL", "REPLICATION", "SPECIAL"));
        if (a != null) {
          a.forEach((k, x) -> {
            Integer n = integer(path + ".minAgeYears." + k, x, 0, 50, null, 0, 50);
            if (n != null) {
              ages.put(EntryGroup.valueOf(k), n);
            }
          });
        }
      }
      Set<EntryResult> top = EnumSet.noneOf(EntryResult.class);
      List<?> topList = array(path + ".topTier", m.get("topTier"), false);
      for (int i = 0; i < topList.size(); i++) {
        EntryResult e = enumNamed(path + ".topTier[" + i + "]", string(path + ".topTier[" + i + "]", topList.get(i),
            null), EntryResult.class);
        if (e != null) {
          top.add(e);
        }
      }
      Set<String> unverified = new LinkedHashSet<>();
      List<?> un = array(path + ".unverified", m.get("unverified"), false);
      for (int i = 0; i < un.size(); i++) {
        String f = string(path + ".unverified[" + i + "]", un.get(i), null);
        if (f != null && !CompetitionRules.FIELDS.contains(f)) {
          problem(path + ".unverified[" + i + "]", "UNKNOWN_VALUE", "error.evaluation.enum", f,
              String.join(", ", new java.util.TreeSet<>(CompetitionRules.FIELDS)));
        } else if (f != null) {
          unverified.add(f);
        }
      }
      if (count() > before || competition == null || from == null || deadline == null || source == null) {
        return null;
      }
      return new CompetitionRules(competition, from, window, maxEntries, reentry, ages, top, noTopTier, top99, deadline,
          unverified, source);
    }

    private OptionalInt optionalInt(String path, Object v) {
      Integer n = integer(path, v, 1, 50, null, 1, 50);
      return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    private boolean flag(String path, Object v) {
      Boolean b = bool(path, v);
      return b != null && b;
    }
  }

  private static final class Holder {
    static final EligibilityRules SHIPPED = load();

    private static EligibilityRules load() {
      try (InputStream in = EligibilityRules.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return read(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
