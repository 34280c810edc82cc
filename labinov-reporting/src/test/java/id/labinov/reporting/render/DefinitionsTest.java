package id.labinov.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.reporting.DeterminismTest;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.internal.ReportTexts;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every figure of every report has a written definition in both languages, every definition belongs to
 * a figure some report shows, JSON and HTML carry them, and the README lists them.
 */
class DefinitionsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final String START = "<!-- figure definitions: start -->";
  private static final String END = "<!-- figure definitions: end -->";
  /** Whole-number settings and counts shown as {@code Integer} that are figures too. */
  private static final Set<String> INTEGER_FIGURES = Set.of("stalledAfterDays", "rank", "number", "sequence",
      "eventsChecked", "firstBrokenSequence");

  static List<Report> reports;

  @BeforeAll
  static void lebak() {
    reports = DeterminismTest.all(LebakData.create(), Locale.ROOT, LebakData.REPORT_TIME);
  }

  private static boolean isFigure(String key, Object v) {
    return v instanceof Long || v instanceof BigDecimal || v == Doc.NOT_RECORDED
        || v instanceof Integer && INTEGER_FIGURES.contains(key);
  }

  @Test
  void everyFigureOfEveryReportIsDefinedInBothLanguages() {
    List<String> missing = new ArrayList<>();
    for (Report r : reports) {
      Doc doc = Layouts.of(r);
      String code = r.info().kind().code();
      Set<String> defined = new TreeSet<>();
      Definitions.of(doc).forEach(e -> defined.add(e.section() + "." + e.key()));
      for (Doc.Fact f : doc.facts()) {
        if (isFigure(f.key(), f.value()) && !defined.contains("facts." + f.key())) {
          missing.add(code + " facts." + f.key());
        }
      }
      for (Doc.Table t : doc.tables()) {
        for (Object[] row : t.rows()) {
          for (int i = 0; i < row.length; i++) {
            Doc.Column c = t.columns().get(i);
            String figure = c.group() != null ? c.group() : c.key();
            if (isFigure(figure, row[i]) && !defined.contains(t.name() + "." + figure)) {
              missing.add(code + " " + t.name() + "." + figure);
            }
          }
        }
      }
    }
    assertThat(new TreeSet<>(missing)).as("figures without a definition").isEmpty();
  }

  @Test
  void everyDefinitionBelongsToAFigureAReportShows() {
    Set<String> used = new TreeSet<>();
    for (Report r : reports) {
      String code = r.info().kind().code();
      for (Definitions.Entry e : Definitions.of(Layouts.of(r))) {
        used.add(e.section().equals(Definitions.FACTS) ? Definitions.factKey(code, e.key())
            : "def." + e.section() + "." + e.key());
      }
    }
    Set<String> keys = new TreeSet<>(ReportTexts.keys().get(0));
    keys.removeIf(k -> !k.startsWith("def."));
    assertThat(keys).as("definitions").isNotEmpty();
    keys.removeAll(used);
    assertThat(keys).as("definitions no report uses").isEmpty();
    for (List<String> bundle : ReportTexts.keys()) {
      for (String k : bundle) {
        if (k.startsWith("def.")) {
          assertThat(ReportTexts.isDefined(k)).as(k + " in both languages").isTrue();
          assertThat(ReportTexts.text(Locale.ROOT, k)).as(k).isNotEqualTo(ReportTexts.text(Locale.ENGLISH, k));
        }
      }
    }
  }

  @Test
  void jsonCarriesTheDefinitionsInBothLanguagesAndHtmlInItsOwn() {
    Report summary = reports.get(0);
    JsonNode defs = Rendered.jsonTree(summary).get("definitions");
    JsonNode late = defs.get("schedule").get("late");
    assertThat(late.get("id").asString()).isEqualTo(ReportTexts.text(Locale.ROOT, "def.schedule.late"))
        .contains("sesudah tanggal Akhir jadwal");
    assertThat(late.get("en").asString()).startsWith("Innovations still in this stage");
    assertThat(late.get("label").asString()).isEqualTo("Terlambat");
    assertThat(defs.get("facts").get("late").get("en").asString()).contains("sum of the Late column");
    assertThat(defs.get("stages")).as("another report's table").isNull();

    String html = new String(Rendered.html(summary), StandardCharsets.UTF_8);
    assertThat(html).contains("<section class=\"definitions\" id=\"definitions\">", "<h2>Definisi angka</h2>",
        "<dt>Terlambat <span class=\"where\">(Jadwal)</span></dt>");
    String durations = new String(Rendered.html(reports.get(1)), StandardCharsets.UTF_8);
    assertThat(durations).contains("QUARTILE.INC").contains("<dt>Masih berjalan");
  }

  @Test
  void theReadmeListsEveryDefinition() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("README marker").isPositive();
    assertThat(end).isGreaterThan(start);
    String expected = START + "\n" + readmeBlock() + END;
    if (Boolean.getBoolean("labinov.writeReadme")) {
      Files.writeString(README, readme.substring(0, start) + expected + readme.substring(end + END.length()),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(readme.substring(start, end + END.length())).as("README figure definitions (regenerate with"
        + " -Dlabinov.writeReadme=true)").isEqualTo(expected);
  }

  /** The English definitions, report by report, as Markdown. */
  static String readmeBlock() {
    Map<String, List<Definitions.Entry>> byReport = new LinkedHashMap<>();
    for (Report r : DeterminismTest.all(LebakData.create(), Locale.ENGLISH, LebakData.REPORT_TIME)) {
      byReport.put(r.info().kind().code(), Definitions.of(Layouts.of(r)));
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, List<Definitions.Entry>> e : byReport.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      sb.append("\n**`").append(e.getKey()).append("`**\n\n");
      for (Definitions.Entry d : e.getValue()) {
        sb.append("- `").append(d.section()).append('.').append(d.key()).append("` (").append(d.label())
            .append("): ").append(d.english()).append('\n');
      }
    }
    return sb.append('\n').toString();
  }
}
