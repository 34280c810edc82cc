package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.support.Browser;
import id.labinov.reporting.support.KnownCodes;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML report, in Indonesian and English, loaded in headless Chromium (Debian's chromium and
 * chromium-driver through Selenium) and checked by a script in the page ({@code browser/checks.js}):
 * no word of a table cell or header split across two lines (each word's client rects on one line), no
 * cell, figure, card or section wider than its box and no sideways scrolling at 1280 px, no known code
 * (stage, status, evidence kind, theme, role, rule, violation, criterion: {@link KnownCodes}) as
 * visible text; and the header names the region ("Kabupaten Lebak"). Small planted pages show that each
 * check fails where it should. Skipped with a message without the browser, failing under CI=true.
 */
class BrowserChecksTest {
  static Browser browser;
  static String checks;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.startOrSkip();
    try (InputStream in = BrowserChecksTest.class.getResourceAsStream("/id/labinov/reporting/browser/checks.js")) {
      checks = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @SuppressWarnings("unchecked")
  static List<String> problems(Path page, Set<String> codes) {
    browser.open(page);
    return new ArrayList<>((List<String>) browser.run(checks, new ArrayList<>(codes)));
  }

  @Test
  void everyReportInBothLanguagesPassesInChromium(@TempDir Path dir) throws IOException {
    List<String> all = new ArrayList<>();
    int pages = 0;
    for (Locale l : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
      Set<String> codes = KnownCodes.of(l);
      assertThat(codes).contains("DRUM_UP", "ON_HOLD", "COMMITMENT_LETTER", "KOTA_LAYAK_ANAK", "FIELD_REQUIRED",
          "OPD_HEAD", "drum-up-to-diagnose");
      for (Report r : DeterminismTest.all(LebakData.create(), l, LebakData.REPORT_TIME)) {
        String name = r.info().kind().code() + "-" + l.getLanguage();
        Path page = dir.resolve(name + ".html");
        Files.write(page, Rendered.html(r));
        problems(page, codes).forEach(p -> all.add(name + ": " + p));
        String header = String.valueOf(browser.run(
            "return document.querySelector('.running-header').innerText + ' | ' + document.querySelector('header.doc').innerText;"));
        if (!header.contains(regionName(r))) {
          all.add(name + ": the header does not name the region: " + header);
        }
        pages++;
      }
    }
    // every kind of report, in both languages
    assertThat(pages).isEqualTo(2 * id.labinov.reporting.data.ReportKind.values().length);
    assertThat(all).isEmpty();
  }

  /** The name the header must give: the regency's ("Kabupaten Lebak") or, for a province, the province's. */
  static String regionName(Report r) {
    var scope = r.info().scope();
    return switch (scope.level()) {
      case REGION -> id.labinov.core.model.RegionNames.find(id.labinov.core.model.RegionCode.parse(scope.code()))
          .orElseThrow();
      case PROVINCE -> id.labinov.core.model.RegionNames.nameOrCode(
          id.labinov.core.model.RegionCode.parse(scope.code()));
      case NATIONAL -> "Nasional";
    };
  }

  @Test
  void eachCheckFailsOnAPlantedBadPage(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("bad.html");
    Files.writeString(page, """
        <!DOCTYPE html><html><head><meta charset="UTF-8"/><style>
        body{font-family:sans-serif;width:600px} td{font-size:13px}
        table{table-layout:fixed;width:400px} .narrow{word-break:break-all} .fixed{white-space:nowrap}
        </style></head><body><table><colgroup><col style="width:40px"/><col style="width:60px"/><col/></colgroup>
        <tbody><tr>
        <td class="narrow">Peringkat</td><td class="fixed">Dinas Penanaman Modal dan PTSP</td>
        <td>Tahap DRUM_UP</td></tr></tbody></table></body></html>
        """);
    List<String> found = problems(page, Set.of("DRUM_UP", "ON_HOLD"));
    assertThat(found).anySatisfy(p -> assertThat(p).startsWith("split word \"Peringkat\""));
    assertThat(found).anySatisfy(p -> assertThat(p).startsWith("overflow").contains("Dinas Penanaman"));
    assertThat(found).anySatisfy(p -> assertThat(p).isEqualTo("code shown as text: DRUM_UP"));
    // a link wraps after its slashes, each piece whole: not a split word
    Path link = dir.resolve("link.html");
    Files.writeString(link, """
        <!DOCTYPE html><html><head><meta charset="UTF-8"/></head><body><table style="width:120px"><tbody><tr>
        <td>https://files.lebakkab.go.id/<wbr/>labinov/<wbr/>komitmen.pdf</td></tr></tbody></table></body></html>
        """);
    assertThat(problems(link, Set.of())).noneMatch(p -> p.startsWith("split word"));
    assertThat(found).noneMatch(p -> p.contains("ON_HOLD"));

    Path good = dir.resolve("good.html");
    Files.writeString(good, """
        <!DOCTYPE html><html><head><meta charset="UTF-8"/></head><body><table><tbody><tr>
        <td>Peringkat</td><td>Dinas Penanaman Modal dan PTSP</td><td>Tahap Drum-up</td></tr></tbody></table>
        </body></html>
        """);
    assertThat(problems(good, Set.of("DRUM_UP"))).isEmpty();
  }
}
