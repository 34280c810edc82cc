package id.labinov.examples.lebak;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.rules.Rulebooks;
import id.labinov.reporting.render.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs the lab year once per database and checks what it wrote: the console summary and every
 * report file, read back with real parsers (Jackson, a CSV reader, fastexcel-reader). Shared by the
 * H2 and PostgreSQL tests.
 */
final class YearOutputs {
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> REPORTS = List.of("programme-summary", "programme-summary-en", "stage-durations",
      "evaluation-ranking", "showcase-catalogue-opd", "showcase-catalogue-theme", "national-stages",
      "what-blocks", "innovation-profile", "audit-trail", "one-page-summary", "one-page-summary-en");
  /** The reports also written as a 1920 x 1080 slide ({@code <name>.png}). */
  static final List<String> SLIDES = List.of("one-page-summary", "one-page-summary-en");

  final YearSummary summary;
  final String console;

  private YearOutputs(YearSummary summary, String console) {
    this.summary = summary;
    this.console = console;
  }

  static YearOutputs run(LebakLabYear.Settings settings) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    YearSummary s = LebakLabYear.run(settings, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new YearOutputs(s, bytes.toString(StandardCharsets.UTF_8));
  }

  Path file(String report, ReportFormat format) {
    return summary.output().resolve(report + "." + format.extension());
  }

  JsonNode json(String report) throws IOException {
    return JSON.readTree(Files.readString(file(report, ReportFormat.JSON), StandardCharsets.UTF_8));
  }

  /**
   * The stage table the console printed, read back by stage code: the console names each stage by
   * its short name (Drum-up, Diagnose, ...), mapped here to its code through the rulebook.
   */
  Map<String, long[]> consoleStages() {
    ConsoleWords words = new ConsoleWords(Rulebooks.fiveD());
    Map<String, String> codes = new LinkedHashMap<>();
    Rulebooks.fiveD().stages().forEach(s -> codes.put(words.stage(s.code()), s.code()));
    Map<String, long[]> out = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?m)^  (\\S+) +(\\d+) +(\\d+) +(\\d+) +(\\d+)$").matcher(console);
    while (m.find()) {
      out.put(codes.getOrDefault(m.group(1), m.group(1)), new long[] {Long.parseLong(m.group(2)),
          Long.parseLong(m.group(3)), Long.parseLong(m.group(4)), Long.parseLong(m.group(5))});
    }
    return out;
  }

  void checkEverything() throws IOException {
    checkConsole();
    checkFiles();
    checkSummaryJson();
    checkSummaryCsv();
    checkSummaryXlsx();
    checkOtherReports();
    checkOnePage();
  }

  void checkConsole() {
    List<String> stages = Rulebooks.fiveD().stages().stream().map(s -> s.code()).toList();
    ConsoleWords words = new ConsoleWords(Rulebooks.fiveD());
    for (String stage : stages) {
      assertThat(console).as("progress line of " + stage).containsPattern("(?m)^\\[" + words.stage(stage) + " *\\] ");
    }
    Map<String, long[]> printed = consoleStages();
    assertThat(printed.keySet()).containsExactlyElementsOf(stages);
    summary.byStage().forEach((stage, t) -> assertThat(printed.get(stage))
        .as(stage).containsExactly(t.total(), t.active(), t.onHold(), t.dropped()));
    assertThat(console).contains(summary.output().toString());
    // refusals are shown with their reasons, in both languages
    assertThat(console).contains("[wajib] Rancang bangun berisi").contains("at least 300 are needed")
        .contains("[wajib] Persetujuan oleh Kepala OPD").contains("[wajib] Konflik kepentingan")
        .contains("[must] Conflict of interest");
  }

  void checkFiles() throws IOException {
    for (String report : REPORTS) {
      for (ReportFormat format : ReportFormat.values()) {
        Path f = file(report, format);
        assertThat(f).as(f.toString()).exists();
        assertThat(Files.size(f)).as(f.toString()).isPositive();
        assertThat(summary.files()).contains(f);
      }
    }
    for (String report : SLIDES) {
      Path f = summary.output().resolve(report + ".png");
      assertThat(summary.files()).contains(f);
      java.awt.image.BufferedImage slide = javax.imageio.ImageIO.read(f.toFile());
      assertThat(slide.getWidth()).as(f.toString()).isEqualTo(1920);
      assertThat(slide.getHeight()).as(f.toString()).isEqualTo(1080);
    }
    assertThat(summary.files()).hasSize(REPORTS.size() * ReportFormat.values().length + SLIDES.size());
    try (Stream<Path> listed = Files.list(summary.output())) {
      assertThat(listed.filter(Files::isRegularFile).count()).isEqualTo(summary.files().size());
    }
  }

  void checkSummaryJson() throws IOException {
    JsonNode report = json("programme-summary");
    assertThat(report.path("report").asString()).isEqualTo("programme-summary");
    assertThat(report.path("scope").path("code").asString()).isEqualTo("36.02");
    JsonNode facts = report.path("facts");
    assertThat(facts.path("total").asLong()).isEqualTo(summary.registered());
    assertThat(facts.path("target").asInt()).isEqualTo(summary.target());
    assertThat(facts.path("achieved").asLong()).isEqualTo(summary.displayed());
    assertThat(facts.path("late").asLong()).isEqualTo(summary.late());
    Map<String, long[]> rows = new LinkedHashMap<>();
    report.path("tables").path("byStage").forEach(r -> rows.put(r.path("stage").asString(), new long[] {
        r.path("total").asLong(), r.path("active").asLong(), r.path("onHold").asLong(), r.path("dropped").asLong()}));
    assertThat(rows).hasSameSizeAs(consoleStages());
    consoleStages().forEach((stage, c) -> assertThat(rows.get(stage)).as(stage).containsExactly(c));
    long dropped = summary.byStage().values().stream().mapToLong(YearSummary.StageTally::dropped).sum();
    JsonNode droppedRows = report.path("tables").path("dropped");
    assertThat(droppedRows.size()).isEqualTo(dropped);
    droppedRows.forEach(r -> assertThat(r.path("reason").asString()).isNotBlank());
    JsonNode english = json("programme-summary-en");
    assertThat(english.path("language").asString()).isEqualTo("en");
    assertThat(english.path("facts").path("achieved").asLong()).isEqualTo(summary.displayed());
  }

  /**
   * The one-page summary repeats the programme summary's big numbers and funnel and the ranking's first
   * ten rows; its PDF is one landscape page with the date of the innovation week in words.
   */
  void checkOnePage() throws IOException {
    JsonNode page = json("one-page-summary");
    JsonNode programme = json("programme-summary");
    JsonNode ranking = json("evaluation-ranking");
    for (String fact : List.of("total", "achieved", "target", "achievedPercent")) {
      assertThat(page.path("facts").path(fact)).as(fact).isEqualTo(programme.path("facts").path(fact));
    }
    assertThat(page.path("facts").path("total").asLong()).isEqualTo(summary.registered());
    assertThat(page.path("facts").path("achieved").asLong()).isEqualTo(summary.displayed());
    assertThat(page.path("tables").path("funnel")).isEqualTo(programme.path("tables").path("funnel"));
    JsonNode top = page.path("tables").path("ranking");
    assertThat(top.size()).isEqualTo(10);
    for (int i = 0; i < top.size(); i++) {
      for (String column : List.of("rank", "innovationId", "title", "score")) {
        assertThat(top.get(i).path(column)).isEqualTo(ranking.path("tables").path("ranking").get(i).path(column));
      }
    }
    long byOpd = 0;
    for (JsonNode row : page.path("tables").path("achievedByOpd")) {
      byOpd += row.path("count").asLong();
    }
    assertThat(byOpd).isEqualTo(summary.displayed());
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
        file("one-page-summary", ReportFormat.PDF).toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Ringkasan Satu Halaman", "Desember 2019", top.get(0).path("title").asString());
    }
  }

  void checkSummaryCsv() throws IOException {
    List<List<String>> csv = Csv.read(Files.readString(file("programme-summary", ReportFormat.CSV), StandardCharsets.UTF_8));
    // the first table is byStage: stage, stageLabel, total, active, onHold, dropped
    Map<String, long[]> printed = consoleStages();
    assertThat(csv).hasSize(printed.size() + 1);
    for (List<String> row : csv.subList(1, csv.size())) {
      long[] c = printed.get(row.get(0));
      assertThat(c).as(row.get(0)).isNotNull();
      assertThat(row.subList(2, 6).stream().map(s -> Long.parseLong(s.replace(".", ""))).toList())
          .as(row.get(0)).containsExactly(c[0], c[1], c[2], c[3]);
    }
  }

  void checkSummaryXlsx() throws IOException {
    Map<String, long[]> printed = consoleStages();
    Map<String, Long> totals = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(file("programme-summary", ReportFormat.XLSX));
        ReadableWorkbook wb = new ReadableWorkbook(in)) {
      List<Sheet> sheets = wb.getSheets().toList();
      assertThat(sheets.size()).isGreaterThan(1);
      Sheet byStage = sheets.get(1); // facts first, then one sheet per table, byStage first
      List<Row> rows = byStage.read();
      // labels come first for people, the codes last for machines: the columns are found by their headings
      List<String> headings = new ArrayList<>();
      for (int c = 0; c < rows.get(0).getCellCount(); c++) {
        headings.add(rows.get(0).getCellText(c));
      }
      assertThat(headings).startsWith("Tahap").contains("Jumlah", "Kode tahap");
      int code = headings.indexOf("Kode tahap");
      int total = headings.indexOf("Jumlah");
      for (Row row : rows.subList(1, rows.size())) {
        String stage = row.getCellText(code);
        assertThat(totals).as("one row per stage").doesNotContainKey(stage);
        totals.put(stage, row.getCellAsNumber(total).orElseThrow().longValue());
      }
    }
    assertThat(totals.keySet()).containsExactlyElementsOf(printed.keySet());
    printed.forEach((stage, c) -> assertThat(totals.get(stage)).as(stage).isEqualTo(c[0]));
  }

  void checkOtherReports() throws IOException {
    JsonNode ranking = json("evaluation-ranking");
    assertThat(ranking.path("tables").path("ranking").size()).isEqualTo(summary.displayed());
    long evaluators = 0;
    for (JsonNode r : ranking.path("tables").path("ranking")) {
      evaluators += r.path("evaluators").asLong();
    }
    assertThat(evaluators).isEqualTo(summary.scoreSheets());
    assertThat(json("showcase-catalogue-opd").path("tables").path("catalogue").size()).isEqualTo(summary.displayed());
    assertThat(json("showcase-catalogue-opd").path("facts").path("innovations").asLong()).isEqualTo(summary.displayed());
    JsonNode audit = json("audit-trail");
    assertThat(audit.path("facts").path("verification").asString()).isEqualTo("INTACT");
    assertThat(audit.path("tables").path("events").size()).isEqualTo(audit.path("facts").path("events").asInt());
    JsonNode national = json("national-stages");
    assertThat(national.path("facts").path("total").asLong()).isEqualTo(summary.registered());
  }

  /** A strict enough RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> read(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
          i++;
        } else {
          field.append(c);
        }
      }
      if (!field.isEmpty() || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
