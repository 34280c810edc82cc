package id.labinov.cli;

import static id.labinov.cli.LabData.DIGITAL;
import static id.labinov.cli.LabData.PERMIT;
import static id.labinov.cli.LabData.SCHOOL;
import static id.labinov.cli.LabData.YOUTH;
import static id.labinov.cli.LabData.titles;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** {@code labinov list}: its filters, the table, the tab-separated lines and JSON (issue 22). */
class ListCommandTest {
  @TempDir
  static Path dir;
  static LabData lab;
  private LabData.FakeTerminal pipe;

  @BeforeAll
  static void aSmallLab() throws Exception {
    lab = new LabData(dir);
  }

  @BeforeEach
  void outputIsAPipe() {
    pipe = new LabData.FakeTerminal(false, 80);
  }

  @AfterEach
  void restore() {
    pipe.close();
  }

  private static CliRunner.Run list(String... args) {
    List<String> all = new ArrayList<>(List.of("list"));
    all.addAll(List.of(args));
    return LabData.ok(lab.cli.admin(all.toArray(String[]::new)));
  }

  @Test
  void byOpdOneOrSeveralInAnyCase() {
    CliRunner.Run dinkes = list("--opd", "DINKES");
    assertThat(titles(dinkes)).containsExactly(DIGITAL, YOUTH);
    assertThat(dinkes.err()).contains("2 inovasi.");
    assertThat(titles(list("--opd", "dinkes", "--opd", "DISDIK"))).containsExactly(DIGITAL, YOUTH, SCHOOL);
  }

  @Test
  void byThemeProgrammeAndTitle() {
    assertThat(titles(list("--theme", "PENDIDIKAN"))).containsExactly(YOUTH, SCHOOL);
    assertThat(titles(list("--theme", "kesehatan", "--opd", "DINKES"))).containsExactly(DIGITAL, YOUTH);
    assertThat(titles(list("--programme", Facade.PROGRAMME))).containsExactly(DIGITAL, SCHOOL);
    assertThat(titles(list("--title", "posyandu"))).containsExactly(DIGITAL, YOUTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"DESIGN", "design", "Desain", "desain", "Design (merancang inovasi dan rencana aksi)"})
  void byStageCodeOrLabelInEitherLanguage(String stage) {
    CliRunner.Run r = list("--stage", stage);
    assertThat(titles(r)).containsExactly(DIGITAL);
    assertThat(r.out()).contains("\tDESIGN\tACTIVE\tDINKES\t" + DIGITAL);
  }

  @Test
  void byStageSeveralAndNoneInAStage() {
    assertThat(titles(list("--stage", "drum-up"))).containsExactly(PERMIT, YOUTH, SCHOOL);
    CliRunner.Run diagnose = list("--stage", "Diagnosa");
    assertThat(diagnose.out()).isEmpty();
    assertThat(diagnose.err()).contains("0 inovasi.");
    assertThat(titles(list("--stage", "Drum-up", "--stage", "desain"))).hasSize(4);
  }

  @Test
  void byStatusCodeOrLabelInEitherLanguage() {
    assertThat(titles(list("--status", "ditunda"))).containsExactly(PERMIT);
    assertThat(titles(list("--status", "On hold", "--lang", "en"))).containsExactly(PERMIT);
    assertThat(titles(list("--status", "ON_HOLD"))).containsExactly(PERMIT);
    assertThat(titles(list("--status", "aktif"))).containsExactly(DIGITAL, YOUTH, SCHOOL);
  }

  @Test
  void anUnknownStageOrStatusIsRefusedWithTheValidOnesAndACloseOne() {
    CliRunner.Run stage = lab.cli.admin("list", "--stage", "desing");
    assertThat(stage.code()).isEqualTo(2);
    assertThat(stage.out()).isEmpty();
    assertThat(stage.err()).contains("--stage").contains("\"desing\"").contains("Maksud Anda DESIGN")
        .contains("DRUM_UP").contains("DISPLAY");
    CliRunner.Run status = lab.cli.admin("list", "--status", "hold", "--lang", "en");
    assertThat(status.code()).isEqualTo(2);
    assertThat(status.err()).contains("--status").contains("\"hold\"").contains("ACTIVE, ON_HOLD, DROPPED");
    CliRunner.Run format = lab.cli.admin("list", "--format", "xml");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("table, tsv, json");
    CliRunner.Run blank = lab.cli.admin("list", "--programme", " ");
    assertThat(blank.code()).isEqualTo(2);
    assertThat(blank.out()).isEmpty();
    assertThat(blank.err()).contains("--programme: nilainya kosong");
  }

  @Test
  void anUnknownOpdListsNothingAndNamesCloseCodes() {
    CliRunner.Run typo = list("--opd", "DINKESS");
    assertThat(typo.out()).isEmpty();
    assertThat(typo.err()).contains("0 inovasi.").contains("OPD DINKESS tidak dikenal").contains("Kode yang mirip: DINKES.");
    CliRunner.Run known = list("--opd", "BAPPEDA", "--lang", "en");
    assertThat(known.err()).contains("0 innovations.")
        .contains("OPD BAPPEDA (Badan Perencanaan Pembangunan Daerah) has no innovations in this scope yet.");
    CliRunner.Run theme = list("--theme", "KESEHATN");
    assertThat(theme.err()).contains("tema KESEHATN tidak dikenal").contains("KESEHATAN");
    CliRunner.Run programme = list("--programme", "lebak-2025", "--lang", "en");
    assertThat(programme.err()).contains("programme lebak-2025 is known neither").contains("lebak-2026");
  }

  @Test
  void inAPipeOneTabSeparatedRecordPerLineWithTheReferenceFirst() {
    CliRunner.Run r = list();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(4).allSatisfy(l -> {
      String[] f = l.split("\t", -1);
      assertThat(f).hasSize(5);
      assertThat(f[0]).matches("36\\.02/[0-9a-f-]{36}");
      assertThat(f[1]).isIn("DRUM_UP", "DESIGN");
      assertThat(f[2]).isIn("ACTIVE", "ON_HOLD");
    });
    assertThat(lab.refs.values()).containsExactlyInAnyOrderElementsOf(lines.stream().map(l -> l.split("\t")[0]).toList());
    assertThat(r.out()).doesNotContain("inovasi.").doesNotContain("Judul");
    assertThat(r.err()).isEqualTo("4 inovasi." + System.lineSeparator());
    assertThat(list("--format", "TSV").out()).isEqualTo(r.out());
  }

  @Test
  void onATerminalOfEightyColumnsATableOfNamesWithinTheWidth() {
    try (LabData.FakeTerminal t = new LabData.FakeTerminal(true, 80)) {
      CliRunner.Run r = list();
      List<String> lines = r.out().lines().toList();
      assertThat(lines).hasSize(2 + 4 + 1);
      assertThat(lines).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).as(l).isLessThanOrEqualTo(80));
      assertThat(lines.get(0)).startsWith("ID").contains("Tahap").contains("Status").contains("OPD").contains("Judul");
      assertThat(lines.get(1)).matches("[- ]+");
      assertThat(r.out()).contains("Design").contains("Drum-up").contains("Aktif").contains("Ditunda")
          .contains("Dinas Kesehatan").doesNotContain("\t").doesNotContain("DRUM_UP").doesNotContain("ACTIVE")
          .doesNotContain("DINKES");
      assertThat(lines.get(lines.size() - 1)).isEqualTo("4 inovasi.");
      assertThat(r.err()).isEmpty();
      // however narrow, the id column is never cut: it is typed back
      String design = lines.stream().filter(l -> l.contains("Design")).findFirst().orElseThrow();
      assertThat(lab.refs.get(DIGITAL)).startsWith("36.02/" + design.substring(0, design.indexOf(' ')));
    }
  }

  @Test
  void onAWideTerminalTheTableShowsWholeNamesAndTitlesInEnglish() {
    try (LabData.FakeTerminal t = new LabData.FakeTerminal(true, 160)) {
      CliRunner.Run r = list("--lang", "en");
      List<String> lines = r.out().lines().toList();
      assertThat(lines).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).as(l).isLessThanOrEqualTo(160));
      assertThat(lines.get(0)).contains("Stage").contains("Title");
      assertThat(r.out()).contains("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu").contains(DIGITAL)
          .contains("Design").contains("On hold").doesNotContain("…");
      // the first column is a start of each id that tells them apart, accepted by show
      String row = lines.stream().filter(l -> l.endsWith(DIGITAL)).findFirst().orElseThrow();
      String prefix = row.substring(0, row.indexOf(' '));
      assertThat(prefix.length()).isBetween(InnovationFinder.MIN_PREFIX, 36);
      assertThat(lab.refs.get(DIGITAL)).startsWith("36.02/" + prefix);
      assertThat(lab.cli.admin("show", prefix).out()).startsWith(lab.refs.get(DIGITAL) + ": " + DIGITAL);
    }
  }

  @Test
  void anExplicitFormatWinsOverTheTerminal() {
    try (LabData.FakeTerminal t = new LabData.FakeTerminal(true, 80)) {
      CliRunner.Run r = list("--format", "tsv", "--opd", "DISDIK");
      assertThat(r.out()).isEqualTo(lab.refs.get(SCHOOL) + "\tDRUM_UP\tACTIVE\tDISDIK\t" + SCHOOL + "\n");
    }
  }

  @Test
  void jsonIsAnArrayOfObjectsWithCodesAndLabels() {
    CliRunner.Run r = list("--format", "json", "--opd", "DINKES", "--lang", "en");
    List<Map<String, Object>> rows = parse(r.out());
    assertThat(rows).hasSize(2);
    Map<String, Object> digital = rows.stream().filter(o -> DIGITAL.equals(o.get("title"))).findFirst().orElseThrow();
    assertThat(digital).containsEntry("ref", lab.refs.get(DIGITAL)).containsEntry("region", "36.02")
        .containsEntry("stage", "DESIGN").containsEntry("stageLabel", "Design").containsEntry("status", "ACTIVE")
        .containsEntry("statusLabel", "Active").containsEntry("opd", "DINKES").containsEntry("opdName", "Dinas Kesehatan")
        .containsEntry("programme", Facade.PROGRAMME);
    assertThat(digital.get("themes")).isEqualTo(List.of(Map.of("code", "KESEHATAN", "name", "Health")));
    Map<String, Object> youth = rows.stream().filter(o -> YOUTH.equals(o.get("title"))).findFirst().orElseThrow();
    assertThat(youth).containsEntry("programme", null).containsEntry("stageLabel", "Drum-up");
    assertThat(r.err()).contains("2 innovations.");
    assertThat(parse(list("--format", "json", "--opd", "NONE").out())).isEmpty();
  }

  @Test
  void stalledMeansMoreThanThirtyDaysInTheStageByDefaultNotCountingHolds() {
    assertThat(lab.on("2026-03-20", "list", "--stalled").out()).isEmpty();
    CliRunner.Run later = lab.on("2026-04-15", "list", "--stalled");
    // 44 days in the stage; the innovation on hold since the first day has not counted them
    assertThat(titles(later)).containsExactly(DIGITAL, YOUTH, SCHOOL);
    assertThat(titles(lab.on("2026-04-15", "list", "--stalled", "50"))).isEmpty();
    assertThat(titles(lab.on("2026-04-15", "list", "--stalled", "10", "--opd", "DISDIK"))).containsExactly(SCHOOL);
    CliRunner.Run negative = lab.on("2026-04-15", "list", "--stalled", "-3");
    assertThat(negative.code()).isEqualTo(2);
    assertThat(negative.err()).contains("--stalled");
  }

  @Test
  void lateMeansBehindTheProgrammeSchedule() {
    // Drum-up closes on 1 April in the programme: before, nobody is late
    assertThat(lab.on("2026-03-31", "list", "--late").out()).isEmpty();
    // after, the programme's innovation still in Drum-up is; Design is still open, others have no programme
    assertThat(titles(lab.on("2026-04-02", "list", "--late"))).containsExactly(SCHOOL);
    assertThat(titles(lab.on("2026-08-02", "list", "--late"))).containsExactly(DIGITAL, SCHOOL);
  }

  @Test
  void helpSaysWhatStalledAndLateMean() {
    String id = lab.cli.run("list", "--help").out().replaceAll("\\s+", " ");
    assertThat(id).contains("--stalled").contains("bawaan 30").contains("--late").contains("jadwal program")
        .contains("--format");
    String en = lab.cli.run("list", "--help", "--lang", "en").out().replaceAll("\\s+", " ");
    assertThat(en).contains("default 30").contains("days on hold are not counted")
        .contains("behind their programme's schedule");
  }

  /** Reads the listing's JSON back with Jackson's streaming parser. */
  static List<Map<String, Object>> parse(String json) {
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows = (List<Map<String, Object>>) (List<?>) array(p);
      assertThat(p.nextToken()).as("nothing after the array").isNull();
      return rows;
    }
  }

  private static Object value(JsonParser p) {
    return switch (p.currentToken()) {
      case START_ARRAY -> array(p);
      case START_OBJECT -> {
        Map<String, Object> o = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          p.nextToken();
          o.put(name, value(p));
        }
        yield o;
      }
      case VALUE_STRING -> p.getString();
      case VALUE_NUMBER_INT -> p.getLongValue();
      case VALUE_NULL -> null;
      default -> throw new AssertionError("unexpected " + p.currentToken());
    };
  }

  private static List<Object> array(JsonParser p) {
    List<Object> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(value(p));
    }
    return out;
  }
}
