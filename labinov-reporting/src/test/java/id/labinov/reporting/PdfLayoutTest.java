package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.internal.ReportTexts;
import id.labinov.reporting.render.ReportFormat;
import id.labinov.reporting.support.Html;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Pdf;
import id.labinov.reporting.support.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Wide tables in the PDF stay readable: the ranking and the audit trail are on landscape A4 pages,
 * and every word of the ranking's column headers comes back whole from the PDF text (a word split
 * over two lines, "Pering" / "kat", would show as two pieces).
 */
class PdfLayoutTest {
  static Stream<Locale> locales() {
    return Stream.of(Messages.INDONESIAN, Locale.ENGLISH);
  }

  private static Report report(Locale l, ReportKind kind) {
    return DeterminismTest.all(LebakData.create(), l, LebakData.REPORT_TIME).stream()
        .filter(r -> r.info().kind() == kind).findFirst().orElseThrow();
  }

  private static byte[] write(ReportFormat format, Report r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(r, out);
    return out.toByteArray();
  }

  /** The header texts of a table, as the HTML (the same document the PDF lays out) shows them. */
  static List<String> headers(byte[] html, String table) {
    Document d = Html.parse(html);
    NodeList tables = d.getElementsByTagNameNS(Html.XHTML, "table");
    for (int i = 0; i < tables.getLength(); i++) {
      Element t = (Element) tables.item(i);
      if (t.getAttribute("id").equals("t-" + table)) {
        NodeList th = ((Element) t.getElementsByTagNameNS(Html.XHTML, "thead").item(0))
            .getElementsByTagNameNS(Html.XHTML, "th");
        List<String> out = new ArrayList<>();
        for (int j = 0; j < th.getLength(); j++) {
          out.add(th.item(j).getTextContent());
        }
        return out;
      }
    }
    throw new AssertionError("no table " + table);
  }

  /**
   * The words of the first header row of the ranking in the PDF: the lines after the section title
   * up to the first data row (rank 1), split at blanks.
   */
  static List<String> headerRowWords(byte[] pdf, String sectionTitle) {
    String text;
    try (PDDocument d = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setSortByPosition(true);
      text = s.getText(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> lines = Arrays.stream(text.split("\\R")).map(String::strip).toList();
    int title = lines.indexOf(sectionTitle);
    assertThat(title).as("section title %s in %s", sectionTitle, lines).isNotNegative();
    List<String> words = new ArrayList<>();
    for (String line : lines.subList(title + 1, lines.size())) {
      if (line.startsWith("1 ")) {
        return words;
      }
      words.addAll(Arrays.asList(line.split("\\s+")));
    }
    throw new AssertionError("no first row after " + sectionTitle);
  }

  @ParameterizedTest
  @MethodSource("locales")
  void everyHeaderWordOfTheRankingIsWholeOnALandscapePage(Locale l) throws IOException {
    Report r = report(l, ReportKind.EVALUATION_RANKING);
    byte[] pdf = write(ReportFormat.PDF, r);
    List<String> headers = headers(write(ReportFormat.HTML, r), "ranking");
    assertThat(headers).hasSizeGreaterThan(10).contains(ReportTexts.text(l, "col.rank"));
    List<String> expected = headers.stream().flatMap(h -> Arrays.stream(h.split("\\s+"))).sorted().toList();
    List<String> found = headerRowWords(pdf, ReportTexts.text(l, "table.ranking")).stream().sorted().toList();
    assertThat(found).as("header words in the PDF").isEqualTo(expected);

    Pdf read = Pdf.read(pdf);
    assertThat(read.sizes).allSatisfy(box -> assertThat(box.getWidth()).isGreaterThan(box.getHeight()));
    assertThat(read.outside).isEmpty();
    // the first page, to look at (build folder samples/evaluation-ranking-<language>-page1.png)
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(Pdf.render(pdf, 0, 110), "png", png);
    Samples.keep(r, "page1.png", png.toByteArray());
  }

  @ParameterizedTest
  @MethodSource("locales")
  void theAuditTrailIsLandscapeAndNarrowReportsStayPortrait(Locale l) {
    Pdf audit = Pdf.read(write(ReportFormat.PDF, report(l, ReportKind.AUDIT_TRAIL)));
    assertThat(audit.sizes).allSatisfy(box -> assertThat(box.getWidth()).isGreaterThan(box.getHeight()));
    Pdf summary = Pdf.read(write(ReportFormat.PDF, report(l, ReportKind.PROGRAMME_SUMMARY)));
    assertThat(summary.sizes).allSatisfy(box -> assertThat(box.getWidth()).isLessThan(box.getHeight()));
  }
}
