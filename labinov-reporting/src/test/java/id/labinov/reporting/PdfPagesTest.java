package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.reporting.data.EvaluationRanking;
import id.labinov.reporting.data.RankedInnovation;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.support.Html;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The PDF read back with PDFBox, page by page: every word of every table header comes back whole (a
 * word broken by the layout, "Pering" / "kat", would not); every chart is on one page, its title on
 * the same page as its picture; a ranking of 64 innovations holds at least 20 rows on every full page;
 * the audit trail's first page holds more than two events.
 */
class PdfPagesTest {
  static Stream<Locale> locales() {
    return Stream.of(Messages.INDONESIAN, Locale.ENGLISH);
  }

  static List<Report> all(Locale l) {
    return DeterminismTest.all(LebakData.create(), l, LebakData.REPORT_TIME);
  }

  /** The text of each page, and the number of pictures drawn on it. */
  record Pages(List<String> texts, List<Integer> pictures) {
    static Pages read(byte[] pdf) {
      try (PDDocument d = Loader.loadPDF(pdf)) {
        List<String> texts = new ArrayList<>();
        List<Integer> pictures = new ArrayList<>();
        for (int i = 1; i <= d.getNumberOfPages(); i++) {
          PDFTextStripper s = new PDFTextStripper();
          s.setSortByPosition(true);
          s.setStartPage(i);
          s.setEndPage(i);
          texts.add(s.getText(d));
          PDPage page = d.getPage(i - 1);
          int n = 0;
          for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
              n++;
            }
          }
          pictures.add(n);
        }
        return new Pages(texts, pictures);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String all() {
      return String.join("\n", texts);
    }
  }

  /** Every word of every table header of the HTML document (the one the PDF lays out). */
  static List<String> headerWords(Report r) {
    Document d = Html.parse(Rendered.html(r));
    NodeList th = d.getElementsByTagNameNS(Html.XHTML, "th");
    List<String> words = new ArrayList<>();
    for (int i = 0; i < th.getLength(); i++) {
      if (th.item(i).getParentNode().getParentNode().getNodeName().equals("thead")) {
        words.addAll(Arrays.asList(th.item(i).getTextContent().strip().split("\\s+")));
      }
    }
    return words;
  }

  @ParameterizedTest
  @MethodSource("locales")
  void everyHeaderWordIsWholeAndEveryChartOnOnePage(Locale l) {
    for (Report r : all(l)) {
      if (r.info().kind() == ReportKind.ONE_PAGE_SUMMARY) {
        // not laid out from tables: one drawn page with its own checks (OnePageSummaryTest)
        continue;
      }
      Pages pages = Pages.read(Rendered.pdf(r));
      Set<String> tokens = new HashSet<>(Arrays.asList(pages.all().split("[\\s,.;:()]+")));
      for (String word : headerWords(r)) {
        assertThat(tokens).as("%s: header word %s whole in the PDF", r.info().kind(), word)
            .contains(word.replaceAll("[,.;:()]", ""));
      }
      List<String> captions = id.labinov.reporting.support.Html.parse(Rendered.html(r)) == null ? List.of()
          : captions(r);
      int pictures = pages.pictures().stream().mapToInt(Integer::intValue).sum();
      assertThat(pictures).as("%s: each chart drawn once, on one page", r.info().kind()).isEqualTo(captions.size());
      for (String caption : captions) {
        List<Integer> on = new ArrayList<>();
        for (int p = 0; p < pages.texts().size(); p++) {
          if (pages.texts().get(p).replaceAll("\\s+", " ").contains(caption)) {
            on.add(p);
          }
        }
        assertThat(on).as("%s: pages with the title %s", r.info().kind(), caption).isNotEmpty();
        assertThat(on).as("%s: the chart %s has its picture on its title's page", r.info().kind(), caption)
            .anySatisfy(p -> assertThat(pages.pictures().get(p)).isPositive());
      }
    }
  }

  /** The titles of the charts of a report, as the HTML's figure captions give them. */
  static List<String> captions(Report r) {
    NodeList c = Html.parse(Rendered.html(r)).getElementsByTagNameNS(Html.XHTML, "figcaption");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < c.getLength(); i++) {
      out.add(c.item(i).getTextContent().strip());
    }
    return out;
  }

  /** The Lebak ranking grown to 64 innovations (the rows repeated under other titles and ranks). */
  static EvaluationRanking ranking64(Locale l) {
    EvaluationRanking r = (EvaluationRanking) all(l).stream()
        .filter(x -> x.info().kind() == ReportKind.EVALUATION_RANKING).findFirst().orElseThrow();
    String[] words = {"Layanan", "Desa", "Digital", "Sehat", "Cerdas", "Terpadu", "Keliling", "Ramah", "Anak",
        "Pasar", "Sampah", "Air Bersih"};
    List<RankedInnovation> rows = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      RankedInnovation x = r.rows().get(i % r.rows().size());
      String title = "Inovasi " + (i + 1) + " " + words[i % words.length] + " " + words[(i * 5 + 3) % words.length];
      rows.add(new RankedInnovation(i + 1, x.ref(), title, x.opd(), x.opdName(), x.stage(), x.stageLabel(), x.score(),
          x.categoryCode(), x.categoryLabel(), x.evaluatorCount(), x.trimmed(), x.perCriterion()));
    }
    return new EvaluationRanking(r.info(), r.schemeId(), r.schemeVersion(), r.schemeName(), r.round(),
        r.resultScale(), r.criteria(), r.sheetsLeftOut(), r.sheetsRefused(), rows);
  }

  @ParameterizedTest
  @MethodSource("locales")
  void aLongRankingHoldsAtLeastTwentyRowsOnEveryFullPage(Locale l) throws IOException {
    EvaluationRanking r = ranking64(l);
    byte[] pdf = Rendered.pdf(r);
    Pages pages = Pages.read(pdf);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(id.labinov.reporting.support.Pdf.render(pdf, 1, 80), "png", png);
    Samples.keep(r, "64-page2.png", png.toByteArray());
    List<Integer> perPage = new ArrayList<>();
    for (String text : pages.texts()) {
      int n = 0;
      for (int i = 1; i <= 64; i++) {
        if (text.contains("Inovasi " + i + " ")) {
          n++;
        }
      }
      perPage.add(n);
    }
    assertThat(perPage.stream().mapToInt(Integer::intValue).sum()).isEqualTo(64);
    // every page of rows but the last holds 20 or more; a page with the chart or the facts may hold fewer
    int last = perPage.size() - 1;
    while (perPage.get(last) == 0) {
      last--;
    }
    for (int p = 0; p < last; p++) {
      if (perPage.get(p) > 0 && pages.pictures().get(p) == 0 && !pages.texts().get(p).contains(
          id.labinov.reporting.internal.ReportTexts.text(l, "table.facts"))) {
        assertThat(perPage.get(p)).as("rows on page %s of %s", p + 1, perPage).isGreaterThanOrEqualTo(20);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("locales")
  void theAuditTrailsFirstPageHoldsMoreThanTwoEvents(Locale l) throws IOException {
    Report audit = all(l).stream().filter(x -> x.info().kind() == ReportKind.AUDIT_TRAIL).findFirst().orElseThrow();
    byte[] pdf = Rendered.pdf(audit);
    Pages pages = Pages.read(pdf);
    // each event row starts with its sequence number and its date ("1 ... 2024")
    long rows = Arrays.stream(pages.texts().get(0).split("\\R")).filter(line -> line.matches("^\\d+ \\d{1,2} \\p{L}+.*"))
        .count();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(id.labinov.reporting.support.Pdf.render(pdf, 0, 80), "png", png);
    Samples.keep(audit, "page1.png", png.toByteArray());
    assertThat(rows).as("events on page 1:\n%s", pages.texts().get(0)).isGreaterThan(2);
  }
}
