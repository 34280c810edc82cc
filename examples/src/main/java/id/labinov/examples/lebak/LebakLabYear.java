package id.labinov.examples.lebak;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.Programme;
import id.labinov.core.programme.ProgrammeProgress;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.examples.lebak.LebakScenario.Idea;
import id.labinov.persistence.jdbc.JdbcStorage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Quick start program: one lab year of Kabupaten Lebak (36.02, WIB), 2019. About 150 ideas of
 * 35 work units (dinas, badan, kecamatan, puskesmas) go through the 5D stages under the shipped
 * rulebook; refusals are printed with their reasons, there are reworks, holds, drops and a
 * reopening; 64 innovations reach DISPLAY at the innovation week, where a panel scores them (one
 * conflict of interest is refused). Every report is then written in every format to an output
 * folder. The data is synthetic and comes from a fixed seed, so every run is the same.
 *
 * <p>Runs on a fresh H2 file database by default; give a JDBC URL (first argument or
 * {@code -Dlabinov.jdbcUrl}, with {@code -Dlabinov.jdbcUser} / {@code -Dlabinov.jdbcPassword}) to run
 * on PostgreSQL or MariaDB. Arguments: {@code [jdbcUrl] [--out folder] [--user u] [--password p]
 * [--prefix table_prefix_]}.
 */
public final class LebakLabYear {
  private LebakLabYear() {}

  /**
   * Where and on what the year runs.
   *
   * @param output the output folder (reports; the H2 database in {@code db/})
   * @param jdbcUrl a server's JDBC URL, or {@code null} for the H2 file database
   * @param user the server user, or {@code null}
   * @param password the server password, or {@code null}
   * @param tablePrefix the table prefix, or {@code null}: {@code lbv_} on H2, a fresh one on a server
   */
  public record Settings(Path output, String jdbcUrl, String user, String password, String tablePrefix) {
    /**
     * Reads the settings from the arguments and system properties.
     *
     * @param args {@code [jdbcUrl] [--out folder] [--user u] [--password p] [--prefix p]}
     * @return the settings
     * @throws IllegalArgumentException for an unknown option
     */
    public static Settings from(String... args) {
      String url = System.getProperty("labinov.jdbcUrl");
      String user = System.getProperty("labinov.jdbcUser");
      String password = System.getProperty("labinov.jdbcPassword");
      String prefix = System.getProperty("labinov.tablePrefix");
      Path out = Path.of(System.getProperty("labinov.examples.output", "output"), "lebak-2019");
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--out" -> out = Path.of(args[++i]);
          case "--user" -> user = args[++i];
          case "--password" -> password = args[++i];
          case "--prefix" -> prefix = args[++i];
          default -> {
            if (!args[i].startsWith("jdbc:")) {
              throw new IllegalArgumentException("unknown argument " + args[i]
                  + "; use [jdbcUrl] [--out folder] [--user u] [--password p] [--prefix table_prefix_]");
            }
            url = args[i];
          }
        }
      }
      return new Settings(out.toAbsolutePath(), blankToNull(url), user, password, blankToNull(prefix));
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s;
    }
  }

  /**
   * Runs the year with the settings from the arguments and prints its progress and summary. The
   * console shows only the year's own lines: the library's notes and PDFBox's font fallback warning
   * are kept off it ({@link ConsoleLogs#quiet()}).
   *
   * @param args see {@link Settings#from(String...)}
   */
  public static void main(String[] args) {
    ConsoleLogs.quiet();
    run(Settings.from(args), System.out);
  }

  /**
   * Runs the year: programme, five stages, panel, reports.
   *
   * @param settings where and on what
   * @param out where progress and summary go
   * @return what happened, as counted from the store after the run
   */
  public static YearSummary run(Settings settings, PrintStream out) {
    long started = System.nanoTime();
    String prefix = settings.tablePrefix() != null ? settings.tablePrefix()
        : settings.jdbcUrl() == null ? "lbv_" : "lbk" + Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36) + "_";
    try (LabDatabase db = settings.jdbcUrl() == null ? LabDatabase.h2File(settings.output().resolve("db"))
        : LabDatabase.server(settings.jdbcUrl(), settings.user(), settings.password())) {
      out.println("LABINOV Kabupaten Lebak (36.02) 2019 - basis data " + db.description() + ", tabel " + prefix + "*");
      JdbcStorage storage = JdbcStorage.builder().dataSource(db.dataSource()).tablePrefix(prefix).build();
      PlayedYear played = play(LabStores.of(storage), out);
      Labinov lab = played.lab();

      long playedAt = System.nanoTime();
      Map<String, YearSummary.StageTally> byStage = tally(lab, played.rulebook());
      ProgrammeProgress progress = lab.programmes().progress(LabYear.LEBAK, LabYear.PROGRAMME);
      InnovationRef audited = played.scenario().ideas().stream()
          .filter(i -> i.has(LebakScenario.Detour.DROPPED_AND_REOPENED) || i.has(LebakScenario.Detour.RETURNED_TO_DESIGN))
          .map(played.year()::ref).findFirst().orElse(played.displayed().get(0));
      List<Path> files = new ReportSet(lab, storage.evaluationStore(), played.directory(), storage.refusalLog(),
          played.clock().instant()).writeAll(settings.output(), audited);
      YearSummary summary = new YearSummary(settings.output(), db.description(), prefix,
          played.scenario().ideas().size(), byStage, played.programme().target(), progress.late().size(),
          played.year().refusals, played.year().warnings, played.panel().sheets, played.panel().refused, files,
          played.year().commands());
      summary.print(out, new ConsoleWords(played.rulebook()), (playedAt - started) / 1_000_000L,
          (System.nanoTime() - playedAt) / 1_000_000L);
      return summary;
    }
  }

  /**
   * The lab year as played: what the summary counts and what a continuation (the IID year,
   * {@link LebakIidYear}) builds on.
   *
   * @param lab the entry point, on the stores the year ran on
   * @param clock the scenario's clock, at the end of the innovation week
   * @param rulebook the 5D rulebook
   * @param directory the units and the people
   * @param scenario the plan
   * @param programme the programme {@code lebak-2019}
   * @param year the year's stages, with their refusals and warnings
   * @param panel the innovation week's panel
   * @param displayed the innovations shown at the innovation week
   */
  record PlayedYear(Labinov lab, ScenarioClock clock, Rulebook rulebook, LebakDirectory directory,
      LebakScenario scenario, Programme programme, LabYear year, InnovationWeekPanel panel,
      List<InnovationRef> displayed) {

    /** {@return the innovations displayed at the innovation week, by their registration number} */
    java.util.SortedMap<Integer, InnovationRef> displayedByNumber() {
      java.util.SortedMap<Integer, InnovationRef> out = new java.util.TreeMap<>();
      java.util.Set<InnovationRef> shown = new java.util.HashSet<>(displayed);
      for (Idea idea : scenario.ideas()) {
        if (idea.fate() == LebakScenario.Fate.DISPLAYED && shown.contains(year.ref(idea))) {
          out.put(idea.number(), year.ref(idea));
        }
      }
      return out;
    }

    /** {@return the titles of the innovations displayed, by their registration number} */
    java.util.SortedMap<Integer, String> displayedTitles() {
      java.util.SortedMap<Integer, String> out = new java.util.TreeMap<>();
      java.util.Set<Integer> numbers = displayedByNumber().keySet();
      for (Idea idea : scenario.ideas()) {
        if (numbers.contains(idea.number())) {
          out.put(idea.number(), idea.title());
        }
      }
      return out;
    }
  }

  /**
   * Plays the year on the given stores: programme, five stages, panel. Progress goes to {@code out}.
   *
   * @param stores where the year is kept
   * @param out where progress goes
   * @return the year as played
   */
  static PlayedYear play(LabStores stores, PrintStream out) {
    LebakDirectory directory = new LebakDirectory();
    LebakScenario scenario = LebakScenario.plan(directory);
    ScenarioClock clock = new ScenarioClock(LocalDate.of(2019, 1, 14));
    Rulebook rulebook = Rulebooks.fiveD();
    Labinov lab = stores.lab(clock, rulebook);

    Programme programme = lab.programmes().open(LabYear.ADMIN, programme(directory, scenario)).findProgramme()
        .orElseThrow(() -> new IllegalStateException("the programme was refused"));
    out.println("Program " + programme.name() + ": " + programme.participatingOpds().size() + " OPD, target "
        + programme.target() + " inovasi, buku aturan " + rulebook.reference());
    for (Idea idea : scenario.ideas()) {
      directory.person(new Person(PersonId.of(idea.innovator()), idea.innovatorName(), idea.innovatorNumber()));
    }
    InnovationWeekPanel.members().forEach((id, name) -> directory.person(Person.named(PersonId.of(id), name)));

    LabYear year = new LabYear(lab, rulebook, clock, out);
    year.drumUp(scenario.ideas());
    year.diagnose(scenario.ideas());
    year.design(scenario.ideas());
    year.deliver(scenario.ideas());
    List<InnovationRef> displayed = year.display(scenario.ideas());
    InnovationWeekPanel panel = new InnovationWeekPanel(lab, clock, out);
    panel.score(displayed);
    return new PlayedYear(lab, clock, rulebook, directory, scenario, programme, year, panel, displayed);
  }

  private static Programme programme(LebakDirectory directory, LebakScenario scenario) {
    return Programme.builder()
        .region(LabYear.LEBAK)
        .id(LabYear.PROGRAMME)
        .year(2019)
        .name("Laboratorium Inovasi Kabupaten Lebak 2019")
        .organisingUnit("BAPPEDA")
        .participants(directory.units().stream().map(u -> u.code().value()).toArray(String[]::new))
        .coaches("coach-lan-01", "coach-lan-02", "coach-lan-03")
        .target((int) scenario.count(LebakScenario.Fate.DISPLAYED))
        .timeZone(IndonesianTimeZone.WIB)
        .rulebook("5d", 1)
        .phase("DRUM_UP", PhaseWindow.of("2019-01-14", "2019-02-01"))
        .phase("DIAGNOSE", PhaseWindow.of("2019-02-01", "2019-04-01"))
        .phase("DESIGN", PhaseWindow.of("2019-04-01", "2019-07-01"))
        .phase("DELIVER", PhaseWindow.of("2019-07-01", "2019-12-12"))
        .phase("DISPLAY", PhaseWindow.of("2019-12-12", "2019-12-15"))
        .build();
  }

  /** Counts the programme's innovations per stage and status, page by page, from the store. */
  private static Map<String, YearSummary.StageTally> tally(Labinov lab, Rulebook rulebook) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    rulebook.stages().forEach(s -> counts.put(s.code(), new long[3]));
    InnovationFilter filter = InnovationFilter.builder().programmes(LabYear.PROGRAMME).build();
    PageRequest next = PageRequest.first(100);
    while (next != null) {
      Page<InnovationSummary> page = lab.queries().find(Scope.region(LabYear.LEBAK), filter, next);
      for (InnovationSummary s : page.items()) {
        counts.get(s.stage())[s.status() == InnovationStatus.ACTIVE ? 0 : s.status() == InnovationStatus.ON_HOLD ? 1 : 2]++;
      }
      next = page.next();
    }
    Map<String, YearSummary.StageTally> out = new LinkedHashMap<>();
    counts.forEach((stage, c) -> out.put(stage, new YearSummary.StageTally(c[0], c[1], c[2])));
    return out;
  }
}
