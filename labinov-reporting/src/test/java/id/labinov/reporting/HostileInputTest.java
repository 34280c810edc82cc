package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.Options;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.spi.Directory;
import id.labinov.reporting.data.CatalogueGrouping;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.render.CsvOptions;
import id.labinov.reporting.render.CsvRenderer;
import id.labinov.reporting.support.Csv;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import id.labinov.reporting.support.Xlsx;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Text from users and hosts reaches every format inert: formula prefixes are neutralised in CSV and
 * XLSX, quotes, line breaks, right-to-left marks and emoji survive exactly, very long text fits Excel.
 */
class HostileInputTest {
  static final String TITLE = "=HYPERLINK(\"http://evil.example\",\"klik\")";
  static final String IDEA = "@SUM(A1:A9)";
  static final String BENEFITS = "-1+2 \"kutip\" ; koma, dan\r\nbaris baru";
  static final String RESULTS = "\u202E=1+1 \u200F🚀 👩🏽‍⚕️ inovasi";
  static final String PLUS = "+62 812 3456";
  /** Core strips details' texts, so leading tabs and CRs come from the host's directory. */
  static final String TAB = "\tcmd";
  static final String SAFE = "Layanan 24 jam – “gratis” ✓ مرحبا";
  static final String LONG = ("=" + "panjang ".repeat(6000)).strip();
  static final String REASON = "=cmd|' /C calc'!A0";
  static final String OPD_NAME = "\r=evil()";

  static Scenario scenario;
  static Reports reports;
  static Scenario.Plan hostile;
  static Scenario.Plan safe;

  @BeforeAll
  static void create() {
    scenario = new Scenario();
    hostile = scenario.plan(TITLE, "DINKES").outsideProgramme().reach(5, 20, 45, 100)
        .on(110, () -> update(HostileInputTest.hostile, d -> d.withText(InnovationDetails.IDEA_SUMMARY, IDEA)
            .withText(InnovationDetails.BENEFITS, BENEFITS).withText(InnovationDetails.RESULTS, RESULTS)
            .withText(InnovationDetails.DESIGN_NARRATIVE, LONG)
            .withText(InnovationDetails.COORDINATES, PLUS)));
    safe = scenario.plan(SAFE, "DINKES").outsideProgramme().reach(6).drop(30, REASON);
    scenario.run(120);
    reports = Reports.builder().labinov(scenario.lab).directory(new Directory() {
      @Override
      public Optional<String> findOpdName(OpdCode opd) {
        return Optional.of(OPD_NAME);
      }

      @Override
      public PersonName findPersonName(PersonId person) {
        return PersonName.of(TAB);
      }

      @Override
      public Optional<String> findThemeName(id.labinov.core.model.Theme theme, Locale locale) {
        return Optional.empty();
      }
    }).build();
  }

  static void update(Scenario.Plan p, java.util.function.UnaryOperator<InnovationDetails> change) {
    update(scenario, p, change);
  }

  static void update(Scenario scenario, Scenario.Plan p, java.util.function.UnaryOperator<InnovationDetails> change) {
    InnovationDetails d = scenario.lab.innovations().get(p.ref).details();
    assertThat(scenario.lab.innovations().updateDetails(p.ref, Scenario.innovator(p.opd), change.apply(d), Options.none())
        .accepted()).isTrue();
  }

  static List<Report> reportsToCheck() {
    Scope lebak = Scope.region(Scenario.LEBAK);
    return List.of(reports.showcaseCatalogue(lebak, InnovationFilter.all(), CatalogueGrouping.OPD),
        reports.innovationProfile(hostile.ref), reports.auditTrail(hostile.ref),
        reports.summary(lebak, InnovationFilter.all()), reports.stageDurations(lebak, InnovationFilter.all(), 0));
  }

  /** Every text cell of every table of every report, read back with the strict CSV parser. */
  static List<String> csvCells(CsvOptions options, char delimiter) {
    List<String> out = new ArrayList<>();
    for (Report r : reportsToCheck()) {
      for (String table : CsvRenderer.tableNames(r)) {
        Csv.parse(Rendered.csv(r, table, options), delimiter).forEach(out::addAll);
      }
    }
    return out;
  }

  @Test
  void csvNeutralisesFormulasAndKeepsEverythingElseExact() {
    for (CsvOptions o : List.of(CsvOptions.plain(), CsvOptions.excelIndonesia(), CsvOptions.defaults())) {
      List<String> cells = csvCells(o, o.delimiter());
      assertThat(cells).contains("'" + TITLE, "'" + IDEA, "'" + BENEFITS, "'" + RESULTS, "'" + PLUS, "'" + TAB,
          "'" + REASON, "'" + OPD_NAME, "'" + LONG, SAFE);
      assertThat(cells).doesNotContain(TITLE, IDEA, BENEFITS, RESULTS, REASON, OPD_NAME);
      assertThat(cells).allSatisfy(c -> assertThat(c).doesNotStartWith("=").doesNotStartWith("+")
          .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"));
    }
  }

  @Test
  void xlsxHasNoFormulaCellAndNeutralisedText() {
    List<String> texts = new ArrayList<>();
    for (Report r : reportsToCheck()) {
      for (List<List<Cell>> sheet : Rendered.workbook(r).values()) {
        for (List<Cell> row : sheet) {
          for (Cell c : row) {
            if (c == null) {
              continue;
            }
            assertThat(c.getType()).isNotEqualTo(CellType.FORMULA).isNotEqualTo(CellType.ERROR);
            if (c.getType() == CellType.STRING) {
              texts.add(c.asString());
            }
          }
        }
      }
    }
    // string cells are never evaluated: the text is kept as written, with no apostrophe added
    assertThat(texts).contains(TITLE, IDEA, RESULTS, REASON, OPD_NAME, SAFE)
        .doesNotContain("'" + TITLE, "'" + IDEA, "'" + REASON);
    assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("-1+2 \"kutip\"").contains("\n"));
    assertThat(texts).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(32_767));
    assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("=panjang").hasSize(32_767).endsWith("…"));
  }

  @Test
  void xlsxSheetXmlHoldsNoFormulaElement() {
    for (Report r : reportsToCheck()) {
      Xlsx.parts(Rendered.xlsx(r)).forEach((name, bytes) -> {
        if (name.startsWith("xl/worksheets/")) {
          String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
          assertThat(xml).as(name).doesNotContain("<f>", "<f ");
          // the formula-like title is held by an inline string cell, which no spreadsheet evaluates
          for (int at = xml.indexOf("=HYPERLINK"); at >= 0; at = xml.indexOf("=HYPERLINK", at + 1)) {
            String cell = xml.substring(xml.lastIndexOf("<c ", at), at);
            assertThat(cell).as(name).contains("t=\"inlineStr\"").contains("<is><t");
          }
        }
      });
    }
  }

  @Test
  void jsonCarriesTheTextExactly() {
    JsonNode profile = Rendered.jsonTree(reports.innovationProfile(hostile.ref)).get("tables").get("profile");
    Map<String, String> values = new java.util.HashMap<>();
    profile.forEach(r -> values.put(r.get("field").asString(), r.get("value").isNull() ? null : r.get("value").asString()));
    assertThat(values).containsEntry("name", TITLE).containsEntry("benefits", BENEFITS)
        .containsEntry("results", RESULTS).containsEntry("designNarrative", LONG)
        .containsEntry("coordinates", PLUS);
    JsonNode dropped = Rendered.jsonTree(reports.summary(Scope.region(Scenario.LEBAK), InnovationFilter.all()))
        .get("tables").get("dropped");
    assertThat(dropped.get(0).get("reason").asString()).isEqualTo(REASON);
    assertThat(dropped.get(0).get("title").asString()).isEqualTo(SAFE);
  }

  @Test
  void localizedOutputInEnglishIsNeutralisedToo() {
    Reports en = Reports.builder().labinov(scenario.lab).locale(Locale.ENGLISH).build();
    List<Map<String, String>> rows = Rendered.localizedCsv(
        en.showcaseCatalogue(Scope.region(Scenario.LEBAK), InnovationFilter.all(), CatalogueGrouping.OPD), "catalogue");
    assertThat(rows.get(0)).containsEntry("Innovation", "'" + TITLE).containsEntry("Idea summary", "'" + IDEA);
  }
}
