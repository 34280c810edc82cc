package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code labinov report} names and formats read through {@link Choices}, and a report without
 * {@code --format} shown as text fitted to the terminal (issue 22).
 */
class ReportScreenTest {
  @TempDir
  Path dir;
  CliRunner cli;
  String ref;

  @BeforeEach
  void twoInnovations() throws Exception {
    cli = new CliRunner(dir).migrated();
    Path f = dir.resolve("dua.csv");
    Files.writeString(f, "judul,opd,bentuk,jenis\n"
        + "Posyandu Digital dengan Nama yang Cukup Panjang untuk Dipotong,DINKES,Inovasi pelayanan publik,Digital\n"
        + "Sekolah Ramah Anak,DISDIK,tata kelola pemerintahan,NON_DIGITAL\n");
    CliRunner.Run r = cli.admin("import", f.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    ref = r.ref();
  }

  @AfterEach
  void forgetTheTerminal() {
    System.clearProperty("labinov.terminal.stdout");
    System.clearProperty("labinov.terminal.columns");
  }

  /** Runs as the administrator with standard output taken for a terminal of this width. */
  private CliRunner.Run atTerminal(int columns, String... args) {
    System.setProperty("labinov.terminal.stdout", "true");
    System.setProperty("labinov.terminal.columns", String.valueOf(columns));
    return cli.admin(args);
  }

  @Test
  void anUnknownReportIsRefusedWithTheValidOnesAndASuggestion() {
    CliRunner.Run r = cli.admin("report", "programme-sumary", "--lang", "en");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("unknown value \"programme-sumary\"").contains("Did you mean programme-summary?")
        .contains("stage-durations").contains("what-blocks").contains("one-page").contains("all");
    CliRunner.Run id = cli.admin("report", "ringkasan");
    assertThat(id.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(id.err()).contains("nilai \"ringkasan\" tidak dikenal").contains("Gunakan salah satu dari: programme-summary");
  }

  @Test
  void anUnknownFormatIsRefusedWithTheValidOnesAndASuggestion() {
    CliRunner.Run r = cli.admin("report", "programme-summary", "--format", "jsno", "--lang", "en");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--format: unknown value \"jsno\"").contains("Did you mean json?")
        .contains("json, csv, xlsx, html, pdf, png");
  }

  @Test
  void formatsAndNamesAreReadInAnyCase() throws Exception {
    CliRunner.Run csv = cli.admin("report", "PROGRAMME_SUMMARY", "--format", "Csv", "--table", "byStage");
    assertThat(csv.code()).as(csv.toString()).isZero();
    assertThat(csv.out()).startsWith("Kode tahap,Tahap,Jumlah");
    Path pdf = dir.resolve("ringkasan.pdf");
    CliRunner.Run written = cli.admin("report", "programme-summary", "--format", "PDF", "--out", pdf.toString());
    assertThat(written.code()).as(written.toString()).isZero();
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void outWithoutFormatTakesTheFormatFromTheExtension() throws Exception {
    Path csv = dir.resolve("tahap.csv");
    CliRunner.Run r = cli.admin("report", "programme-summary", "--out", csv.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(Files.readString(csv)).startsWith("Kode tahap,Tahap,Jumlah");
    assertThat(r.out()).isEqualTo("Ditulis: " + csv + System.lineSeparator());
  }

  @ParameterizedTest
  @ValueSource(ints = {80, 160})
  void aReportToTheTerminalIsATableWithinTheWidth(int columns) {
    CliRunner.Run r = atTerminal(columns, "report", "programme-summary");
    assertThat(r.code()).as(r.toString()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(columns));
    assertThat(lines).first().isEqualTo("Ringkasan Program");
    assertThat(lines).contains("Per tahap (5 baris)", "Per bentuk (4 baris)")
        .anySatisfy(l -> assertThat(l).matches("Jumlah inovasi +2"))
        .anySatisfy(l -> assertThat(l).matches("Drum-up +2 +2 +0 +0"))
        .anySatisfy(l -> assertThat(l).matches("Inovasi pelayanan publik +1"))
        .anySatisfy(l -> assertThat(l).matches("Non-digital +1"));
    // labels, not codes beside them; no JSON
    assertThat(r.out()).doesNotContain("PELAYANAN_PUBLIK").doesNotContain("DRUM_UP").doesNotContain("{")
        .doesNotContain("\"");
  }

  @Test
  void aNarrowTerminalCutsLongValuesAndAWideOneShowsThemWhole() {
    String title = "Posyandu Digital dengan Nama yang Cukup Panjang untuk Dipotong";
    CliRunner.Run wide = atTerminal(160, "report", "innovation-profile", "--innovation", ref, "--lang", "en");
    CliRunner.Run narrow = atTerminal(60, "report", "innovation-profile", "--innovation", ref, "--lang", "en");
    assertThat(wide.code()).as(wide.toString()).isZero();
    assertThat(wide.out()).contains(title).contains("Public service innovation");
    assertThat(narrow.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
    assertThat(narrow.out()).contains("Posyandu Digital").contains("…").doesNotContain(title)
        .doesNotContain("\"report\"");
  }

  @Test
  void onlyTheTableAskedForIsShown() {
    CliRunner.Run r = atTerminal(100, "report", "programme-summary", "--table", "byStatus", "--lang", "en");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Programme summary").contains("By status (3 rows)").contains("Active")
        .doesNotContain("By stage");
    CliRunner.Run bad = atTerminal(100, "report", "programme-summary", "--table", "nope", "--lang", "en");
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("byStage");
  }

  @Test
  void jsonStaysOneLineInAPipeAndIsIndentedAtATerminal() {
    CliRunner.Run pipe = cli.admin("report", "programme-summary");
    assertThat(pipe.out()).startsWith("{\"report\":\"programme-summary\"").hasLineCount(1);
    CliRunner.Run terminal = atTerminal(80, "report", "programme-summary", "--format", "json");
    assertThat(terminal.out()).startsWith("{\n  \"report\": \"programme-summary\",\n  \"formatVersion\": 1,");
    // the same document, only laid out
    assertThat(terminal.out().replaceAll("\\s+", "")).isEqualTo(pipe.out().replaceAll("\\s+", ""));
  }

  @Test
  void prettyJsonKeepsStringsAndEmptyContainers() {
    String json = "{\"a\":\"x, {y}: [z] \\\" q\",\"b\":[],\"c\":{},\"d\":[1,{\"e\":null}]}\n";
    assertThat(PrettyJson.indent(json)).isEqualTo(String.join("\n", "{", "  \"a\": \"x, {y}: [z] \\\" q\",",
        "  \"b\": [],", "  \"c\": {},", "  \"d\": [", "    1,", "    {", "      \"e\": null", "    }", "  ]", "}", ""));
  }

  @Test
  void reportAllToAFolderPrintsEachFileOnItsOwnLine() {
    Path out = dir.resolve("laporan");
    CliRunner.Run r = cli.admin("report", "all", "--format", "csv", "--out", out + "/", "--progress");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out().lines()).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("Ditulis: " + out));
    assertThat(r.out()).doesNotContain("\r").doesNotContain("#");
    assertThat(r.err()).contains("laporan [").contains("100% 5/5");
  }
}
