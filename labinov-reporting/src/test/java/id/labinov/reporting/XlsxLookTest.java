package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Xlsx;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbooks as a reader opens them: every column as wide as its widest value (up to the cap) and
 * at least its longest header word; an empty table says so in a sentence; the overview sheet reads in
 * the report's language, label first. Widths are read from the sheet XML (the column width unit is
 * about one character).
 */
class XlsxLookTest {
  static LebakData data;

  @BeforeAll
  static void lab() {
    data = LebakData.create();
  }

  @Test
  void columnsAreAsWideAsTheirContentAndEmptyTablesSaySo() {
    int emptySheets = 0;
    for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
      List<Report> reports = new ArrayList<>(DeterminismTest.all(data, locale, LebakData.REPORT_TIME));
      // a region without innovations: every table of its summary is empty
      reports.add(Reports.builder().labinov(data.scenario.lab).locale(locale).generatedAt(LebakData.REPORT_TIME).build()
          .summary(Scope.region(RegionCode.parse("11.01")), InnovationFilter.all()));
      for (Report r : reports) {
        byte[] bytes = Rendered.xlsx(r);
        Map<String, byte[]> parts = Xlsx.parts(bytes);
        Map<String, List<List<Cell>>> sheets = Xlsx.read(bytes);
        int index = 0;
        for (Map.Entry<String, List<List<Cell>>> sheet : sheets.entrySet()) {
          index++;
          String where = r.info().kind().code() + " " + locale + " sheet " + sheet.getKey();
          List<Double> widths = widths(new String(parts.get("xl/worksheets/sheet" + index + ".xml"),
              StandardCharsets.UTF_8));
          List<List<Cell>> rows = sheet.getValue();
          List<Cell> header = rows.get(0);
          assertThat(widths).as(where).hasSize(header.size());
          for (int c = 0; c < header.size(); c++) {
            int widest = 0;
            for (List<Cell> row : rows.subList(1, rows.size())) {
              if (c < row.size() && row.get(c) != null && row.get(c).getText() != null) {
                widest = Math.max(widest, longestLine(row.get(c).getText()));
              }
            }
            String h = header.get(c).getText();
            int longestWord = 0;
            for (String w : h.split("\\s+")) {
              longestWord = Math.max(longestWord, w.length());
            }
            double expected = Math.min(60, Math.max(Math.max(8, longestWord + 3), widest + (widest > 0 ? 2 : 0)));
            if (rows.size() == 2 && rows.get(1).size() == 1 && c == 0 && isNoRowsSentence(rows.get(1).get(0), locale)) {
              expected = Math.max(8, longestWord + 3); // the sentence of an empty table does not widen its column
            }
            assertThat(widths.get(c)).as("%s column %s", where, h).isGreaterThanOrEqualTo(expected - 0.01)
                .isLessThanOrEqualTo(60);
          }
          if (rows.size() == 2 && rows.get(1).size() == 1 && isNoRowsSentence(rows.get(1).get(0), locale)) {
            emptySheets++;
          }
          assertThat(rows.size()).as("%s has rows or a sentence saying it has none", where).isGreaterThan(1);
        }
      }
    }
    assertThat(emptySheets).as("the test data has empty tables to show").isPositive();
  }

  @Test
  void theOverviewSheetReadsInTheReportsLanguageLabelFirst() {
    for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
      Report summary = DeterminismTest.all(data, locale, LebakData.REPORT_TIME).get(0);
      Map.Entry<String, List<List<Cell>>> overview = Xlsx.read(Rendered.xlsx(summary)).entrySet().iterator().next();
      List<String> header = overview.getValue().get(0).stream().map(Cell::getText).toList();
      List<String> firstColumn = new ArrayList<>();
      overview.getValue().subList(1, overview.getValue().size()).forEach(row -> firstColumn.add(row.get(0).getText()));
      boolean english = locale.equals(Locale.ENGLISH);
      assertThat(overview.getKey()).isEqualTo(english ? "Overview" : "Ikhtisar");
      assertThat(header).isEqualTo(english ? List.of("Label", "Value", "Key") : List.of("Keterangan", "Nilai", "Kunci"));
      assertThat(firstColumn).contains(english ? "Generated at" : "Dibuat pada")
          .doesNotContain("generatedAt", "total", "target");
    }
  }

  private static boolean isNoRowsSentence(Cell cell, Locale locale) {
    return cell != null && (locale.equals(Locale.ENGLISH) ? "This table is empty: " : "Tabel ini kosong: ")
        .regionMatches(0, String.valueOf(cell.getText()), 0, 18);
  }

  private static int longestLine(String text) {
    int longest = 0;
    for (String line : text.split("\\R")) {
      longest = Math.max(longest, line.length());
    }
    return longest;
  }

  private static List<Double> widths(String sheetXml) {
    List<Double> out = new ArrayList<>();
    Matcher m = Pattern.compile("<col min=\"(\\d+)\" max=\"(\\d+)\" width=\"([0-9.]+)\"").matcher(sheetXml);
    while (m.find()) {
      for (int i = Integer.parseInt(m.group(1)); i <= Integer.parseInt(m.group(2)); i++) {
        out.add(Double.parseDouble(m.group(3)));
      }
    }
    return out;
  }
}
