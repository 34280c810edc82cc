package id.labinov.examples.lebak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import id.labinov.core.model.IdentityNumber;
import id.labinov.core.model.Nip;
import id.labinov.examples.lebak.LebakScenario.Fate;
import id.labinov.reporting.render.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Runs the Quick start program on H2 (and on PostgreSQL when it is there) and reads its outputs back. */
class LebakLabYearTest {
  @TempDir static Path folder;
  private static YearOutputs h2;
  private static final LebakScenario PLAN = LebakScenario.plan(new LebakDirectory());

  @BeforeAll
  static void runOnH2() {
    h2 = YearOutputs.run(new LebakLabYear.Settings(folder.resolve("h2"), null, null, null, null));
  }

  @Test
  void sixtyFourInnovationsReachDisplayAsPlannedAndMeetTheTarget() {
    assertThat(h2.summary.displayed()).isEqualTo(PLAN.count(Fate.DISPLAYED)).isEqualTo(h2.summary.target());
    assertThat(h2.summary.registered()).isEqualTo(PLAN.ideas().size());
  }

  @Test
  void everyStageHoldsWhatThePlanLeftThere() {
    var s = h2.summary.byStage();
    assertThat(s.get("DRUM_UP")).isEqualTo(new YearSummary.StageTally(0, 0, PLAN.count(Fate.DROPPED_IN_DRUM_UP)));
    assertThat(s.get("DIAGNOSE")).isEqualTo(new YearSummary.StageTally(0, 0, PLAN.count(Fate.DROPPED_IN_DIAGNOSE)));
    assertThat(s.get("DESIGN"))
        .isEqualTo(new YearSummary.StageTally(PLAN.count(Fate.STILL_IN_DESIGN), 0, PLAN.count(Fate.DROPPED_IN_DESIGN)));
    assertThat(s.get("DELIVER")).isEqualTo(new YearSummary.StageTally(PLAN.count(Fate.STILL_IN_DELIVER),
        PLAN.count(Fate.ON_HOLD_IN_DELIVER), PLAN.count(Fate.DROPPED_IN_DELIVER)));
    // on 2019-12-13 the Design window (to 2019-06-30) and the Deliver window (to 2019-12-11) have ended:
    // every idea still in one of them, active or on hold, is late; Display is where ideas arrive
    assertThat(h2.summary.late()).as("ideas still in DESIGN or DELIVER after its window ended")
        .isEqualTo(PLAN.count(Fate.STILL_IN_DESIGN) + PLAN.count(Fate.STILL_IN_DELIVER)
            + PLAN.count(Fate.ON_HOLD_IN_DELIVER)).isEqualTo(26);
  }

  @Test
  void theRefusalLogHoldsEveryRefusalTheYearCountedAndTheRankingSaysHowManySheetsWereRefused()
      throws java.io.IOException {
    // the year tallied every refused command's codes from the command results; the report reads the log
    java.util.Map<String, Long> expected = new java.util.TreeMap<>();
    h2.summary.refusals().forEach((code, n) -> expected.merge(code, (long) n, Long::sum));
    h2.summary.panelRefusals().forEach((code, n) -> expected.merge(code, (long) n, Long::sum));
    java.util.Map<String, Long> logged = new java.util.TreeMap<>();
    h2.json("what-blocks").path("tables").path("blockers")
        .forEach(b -> logged.merge(b.path("code").asString(), b.path("reasons").asLong(), Long::sum));
    assertThat(logged).isEqualTo(expected);
    assertThat(h2.json("evaluation-ranking").path("facts").path("sheetsRefused").asLong())
        .isEqualTo((long) h2.summary.panelRefusals().get("CONFLICT_OF_INTEREST_OPD")).isEqualTo(4L);
  }

  @Test
  void refusalsAndTheConflictOfInterestAreCountedFromTheDetoursOfThePlan() {
    // a short first draft is refused once at the DESIGN gate, unless the idea is dropped before it
    long shortDesigns = PLAN.ideas().stream().filter(i -> i.fate() != Fate.DROPPED_IN_DESIGN
        && (i.has(LebakScenario.Detour.SHORT_NARRATIVE) || i.fate() == Fate.STILL_IN_DESIGN)).count();
    assertThat(h2.summary.refusals()).containsEntry("FIELD_TOO_SHORT", (int) shortDesigns);
    long dinkesOrInspektorat = PLAN.ideas().stream().filter(i -> i.fate() == Fate.DISPLAYED
        && Set.of("DINKES", "INSPEKTORAT").contains(i.opd().value())).count();
    assertThat(h2.summary.panelRefusals()).containsEntry("CONFLICT_OF_INTEREST_OPD", (int) dinkesOrInspektorat);
    assertThat(h2.summary.scoreSheets()).isEqualTo(4 * h2.summary.displayed() - dinkesOrInspektorat);
  }

  @Test
  void consoleAndEveryReportInEveryFormatAgree() throws IOException {
    h2.checkEverything();
  }

  @Test
  void theDirectoryKeepsEveryProposersNumberAndNoReportPrintsOne() throws IOException {
    List<String> numbers = new ArrayList<>();
    for (LebakScenario.Idea idea : PLAN.ideas()) {
      IdentityNumber n = idea.innovatorNumber();
      numbers.add(n.value());
      if (n instanceof Nip nip) {
        numbers.add(nip.formatted());
      }
    }
    assertThat(PLAN.ideas()).extracting(i -> i.innovatorNumber().getClass().getSimpleName())
        .contains("Nip", "PppkNumber");
    for (String report : YearOutputs.REPORTS) {
      for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.CSV, ReportFormat.HTML)) {
        String text = Files.readString(h2.file(report, format));
        assertThat(numbers).as(report + " " + format).noneMatch(text::contains);
      }
    }
  }

  @Test
  void theYearHasDigitalAndCommunityInnovationsOfManyUnitsAndThemes() throws IOException {
    JsonNode summary = h2.json("programme-summary").path("tables");
    List<String> jenis = new ArrayList<>();
    summary.path("byJenis").forEach(r -> {
      if (r.path("count").asLong() > 0) {
        jenis.add(r.path("jenis").asString());
      }
    });
    assertThat(jenis).contains("DIGITAL", "NON_DIGITAL");
    assertThat(summary.path("byOpd").size()).isEqualTo(new LebakDirectory().units().size()).isGreaterThanOrEqualTo(30);
    Set<String> themes = new TreeSet<>();
    h2.json("showcase-catalogue-theme").path("tables").path("catalogue").forEach(r -> themes.add(r.path("group").asString()));
    assertThat(themes).contains("KOTA_LAYAK_ANAK", "KOTA_TANPA_KUMUH", "PEMBERDAYAAN_MASYARAKAT", "PELAYANAN_DIGITAL");
  }

  @Test
  void shouldMeetRulesReadAsAdviceAndMustMeetRulesAsRequirements() {
    assertThat(h2.console).contains("[sebaiknya] Hasil sebaiknya diisi.", "[should] Results should be filled in.",
        "[sebaiknya] Bukti dukung foto kegiatan sebaiknya dilampirkan paling sedikit 1; yang terlampir 0.",
        "[wajib] Bukti dukung laporan pelaksanaan: 0 terlampir, paling sedikit 1.");
    assertThat(h2.console).doesNotContain("[sebaiknya] Hasil wajib diisi.", "[should] Results must be filled in.");
  }

  @Test
  void consoleNamesActionsTransitionsAndReasonsInWordsNotCodes() {
    List<String> lines = h2.console.lines().filter(l -> !l.contains("jdbc:")).toList();

    assertThat(lines).as("upper-snake codes (violation codes, stage codes, statuses)")
        .noneMatch(l -> l.matches(".*\\b[A-Z]+(_[A-Z]+)+\\b.*"));
    assertThat(lines).as("actions and transitions by id").noneMatch(l -> l.matches(".*(Tindakan|Perpindahan|Action"
        + "|Transition) \"[a-z]+(-[a-z]+)*\".*"));
    assertThat(h2.console).contains("Tindakan \"Beri nilai\" ditolak.", "Action \"Submit scores\" is refused.",
        "Perpindahan \"Lanjut ke Deliver\" ditolak.", "Transition \"Advance to Deliver\" is refused.",
        "penilaian ditolak: Drs. Yusuf Maulana (Inspektorat Daerah) menilai \"",
        "alasan penolakan: persetujuan belum lengkap (");
  }

  @Test
  void everyConsoleLineIsInOneLanguage() {
    List<String> english = new ArrayList<>();
    List<String> indonesian = new ArrayList<>();
    boolean inEnglish = false;
    for (String line : h2.console.lines().toList()) {
      if (line.startsWith("    ")) {
        String head = line.strip();
        if (!line.startsWith("      ")) {
          inEnglish = head.startsWith("refused:") || head.startsWith("score sheet refused:");
        }
        (inEnglish ? english : indonesian).add(line);
      } else {
        inEnglish = false;
        indonesian.add(line);
      }
    }

    assertThat(english).isNotEmpty();
    assertThat(indonesian).as("Indonesian lines with English words").noneMatch(l -> has(l, ENGLISH_WORDS));
    assertThat(english).as("English lines with Indonesian words").noneMatch(l -> has(l, INDONESIAN_WORDS));
  }

  private static final Set<String> ENGLISH_WORDS = Set.of("refused", "summary", "on", "the", "of", "is", "and",
      "must", "should", "needed", "at", "least", "score", "sheet", "Transition", "Action", "database");
  private static final Set<String> INDONESIAN_WORDS = Set.of("ditolak", "dan", "di", "tahap", "wajib", "sebaiknya",
      "oleh", "pada", "belum", "terlampir", "menilai", "penilaian", "Perpindahan", "Tindakan");

  /** Tells whether a line, without its quoted titles and bracketed names, uses one of the words. */
  private static boolean has(String line, Set<String> words) {
    String plain = line.replaceAll("\"[^\"]*\"", " ").replaceAll("\\([^)]*\\)", " ");
    for (String w : plain.split("[^\\p{L}]+")) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void settingsComeFromArgumentsOrSystemProperties() {
    LebakLabYear.Settings s = LebakLabYear.Settings.from("jdbc:postgresql://db/lab", "--out", "x", "--user", "u",
        "--prefix", "lab_");
    assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db/lab");
    assertThat(s.output()).isEqualTo(Path.of("x").toAbsolutePath());
    assertThat(s.user()).isEqualTo("u");
    assertThat(s.tablePrefix()).isEqualTo("lab_");
    assertThat(LebakLabYear.Settings.from().jdbcUrl()).isEqualTo(System.getProperty("labinov.jdbcUrl"));
  }

  /**
   * The same year on a database server, in tables with a prefix of its own that are dropped
   * afterwards. Skipped with a message when the server is not there, except under {@code CI=true},
   * where that fails.
   */
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract class OnServer {
    private final String prefix = "ex" + Long.toString(new SecureRandom().nextLong() >>> 24, 36) + "_";
    private YearOutputs server;

    abstract String url();

    abstract String user();

    @BeforeAll
    void runOnTheServer() {
      try (Connection c = DriverManager.getConnection(url(), user(), "")) {
        assertThat(c.isValid(5)).isTrue();
      } catch (SQLException e) {
        String why = url() + " (user " + user() + ") is not reachable: " + e.getMessage();
        if ("true".equals(System.getenv("CI"))) {
          fail(why + " (CI=true: a missing database fails the build)");
        }
        Assumptions.abort(why);
      }
      server = YearOutputs.run(new LebakLabYear.Settings(folder.resolve(prefix), url(), user(), null, prefix));
    }

    @AfterAll
    void dropTables() throws SQLException {
      try (Connection c = DriverManager.getConnection(url(), user(), "");
          Statement st = c.createStatement()) {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, prefix + "%", new String[] {"TABLE"})) {
          while (rs.next()) {
            tables.add(rs.getString("TABLE_NAME"));
          }
        }
        for (String t : tables) {
          st.execute("DROP TABLE IF EXISTS " + t + (url().startsWith("jdbc:postgresql") ? " CASCADE" : ""));
        }
      }
    }

    @Test
    void sixtyFourReachDisplayAndEveryOutputChecksOut() throws IOException {
      assertThat(server.summary.tablePrefix()).isEqualTo(prefix);
      assertThat(server.summary.displayed()).isEqualTo(PLAN.count(Fate.DISPLAYED));
      server.checkEverything();
    }

    @Test
    void reportsAreByteForByteTheSameAsOnH2() throws IOException {
      for (String report : YearOutputs.REPORTS) {
        assertThat(Files.readString(server.file(report, ReportFormat.JSON)))
            .as(report).isEqualTo(Files.readString(h2.file(report, ReportFormat.JSON)));
        assertThat(Files.readString(server.file(report, ReportFormat.CSV)))
            .as(report).isEqualTo(Files.readString(h2.file(report, ReportFormat.CSV)));
      }
      assertThat(server.consoleStages()).usingRecursiveComparison().isEqualTo(h2.consoleStages());
    }
  }

  /** PostgreSQL at 127.0.0.1:5432, user postgres, database test, trust authentication. */
  @Nested
  class OnPostgreSql extends OnServer {
    @Override
    String url() {
      return "jdbc:postgresql://127.0.0.1:5432/test";
    }

    @Override
    String user() {
      return "postgres";
    }
  }

  /** MariaDB at 127.0.0.1:3306, user root without a password, database test. */
  @Nested
  class OnMariaDb extends OnServer {
    @Override
    String url() {
      return "jdbc:mariadb://127.0.0.1:3306/test";
    }

    @Override
    String user() {
      return "root";
    }
  }
}
