package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.reporting.data.AuditEntry;
import id.labinov.reporting.data.AuditTrail;
import id.labinov.reporting.data.CatalogueEntry;
import id.labinov.reporting.data.EvaluationRanking;
import id.labinov.reporting.data.FunnelStep;
import id.labinov.reporting.data.InnovationProfileReport;
import id.labinov.reporting.data.NationalStageSummary;
import id.labinov.reporting.data.OpdCount;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.RankedInnovation;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.data.ShowcaseCatalogue;
import id.labinov.reporting.data.StageDurationReport;
import id.labinov.reporting.data.StageStatistics;
import id.labinov.reporting.internal.ReportTexts;
import id.labinov.reporting.render.ReportFormat;
import id.labinov.reporting.support.Html;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every report as HTML in both languages, read back with a strict XML parser: self-contained, charts
 * with titles and text alternatives, and every number the data holds.
 */
class HtmlReportTest {
  static LebakData data;

  @BeforeAll
  static void create() {
    data = LebakData.create();
  }

  static Stream<Arguments> reports() {
    LebakData d = data == null ? LebakData.create() : data;
    List<Arguments> out = new ArrayList<>();
    for (Locale l : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
      for (Report r : DeterminismTest.all(d, l, LebakData.REPORT_TIME)) {
        out.add(Arguments.of(r.info().kind(), l.getLanguage(), r));
      }
    }
    return out.stream();
  }

  static String v(Report r, Object value) {
    return Values.of(r, value);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("reports")
  void isSelfContainedWellFormedAndInTheReportsLanguage(ReportKind kind, String language, Report r) {
    byte[] bytes = Rendered.html(r);
    Document d = Html.parse(bytes);
    id.labinov.reporting.support.Samples.keep(r, "html", bytes);
    String lang = language.equals("en") ? "en" : "id";
    assertThat(d.getDocumentElement().getAttribute("lang")).isEqualTo(lang);
    assertThat(Html.all(d, "title").get(0).getTextContent()).startsWith(ReportTexts.text(r.info().locale(),
        "report." + kind.code() + ".title"));
    assertThat(Html.all(d, "h1").get(0).getTextContent()).isEqualTo(ReportTexts.text(r.info().locale(),
        "report." + kind.code() + ".title"));
    for (String tag : List.of("script", "link", "iframe", "object", "embed", "img", "base", "form")) {
      assertThat(Html.all(d, tag)).as(tag).isEmpty();
    }
    for (Element e : Html.all(d, "*", "*")) {
      for (int i = 0; i < e.getAttributes().getLength(); i++) {
        String name = e.getAttributes().item(i).getNodeName();
        assertThat(name).doesNotStartWith("on").isNotIn("href", "src", "xlink:href");
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    // links to the outside could only come through attributes (checked above) or CSS
    assertThat(Html.all(d, "style").get(0).getTextContent()).doesNotContain("url(", "@import", "http");
    assertThat(text).contains("name=\"viewport\"");
    assertThat(Html.all(d, "style")).hasSize(1);
    assertThat(Html.all(d, "svg")).isEmpty();
    assertThat(Html.all(d, Html.SVG, "svg")).allSatisfy(svg -> {
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      String[] ids = svg.getAttribute("aria-labelledby").split(" ");
      assertThat(ids).hasSize(2);
      assertThat(Html.byId(d, ids[0]).getLocalName()).isEqualTo("title");
      assertThat(Html.byId(d, ids[1]).getLocalName()).isEqualTo("desc");
      assertThat(Html.byId(d, ids[1]).getTextContent()).isNotBlank();
    });
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("reports")
  void renderingTwiceGivesTheSameBytesAndReportFormatHtmlIsThisRenderer(ReportKind kind, String language, Report r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.HTML.write(r, out);
    assertThat(out.toByteArray()).isEqualTo(Rendered.html(r));
    assertThat(ReportFormat.HTML.mediaType()).isEqualTo("text/html");
  }

  @Test
  void theSameDataBuiltTwiceGivesTheSameHtml() {
    LebakData other = LebakData.create();
    List<Report> a = DeterminismTest.all(data, Locale.ENGLISH, LebakData.REPORT_TIME);
    List<Report> b = DeterminismTest.all(other, Locale.ENGLISH, LebakData.REPORT_TIME);
    for (int i = 0; i < a.size(); i++) {
      assertThat(Rendered.html(b.get(i))).as(a.get(i).info().kind().code()).isEqualTo(Rendered.html(a.get(i)));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("reports")
  void holdsEveryNumberOfTheData(ReportKind kind, String language, Report r) {
    Document d = Rendered.htmlDom(r);
    List<Element> charts = Html.all(d, Html.SVG, "svg");
    if (r instanceof ProgrammeSummary s) {
      assertThat(Html.keyValues(Html.byId(d, "facts"))).containsEntry("total", "17").containsEntry("target", "8")
          .containsEntry("achieved", v(r, s.programme().achieved()));
      List<Map<String, String>> funnel = Html.table(d, "funnel");
      assertThat(funnel).hasSize(s.funnel().size());
      for (int i = 0; i < funnel.size(); i++) {
        FunnelStep f = s.funnel().get(i);
        // tables show the stage's short form: its name before the explanation in brackets
        String full = f.label().in(r.info().locale());
        assertThat(funnel.get(i)).containsEntry("stageLabel", full.contains(" (") ? full.substring(0,
            full.indexOf(" (")) : full)
            .containsEntry("reached", v(r, f.reached())).containsEntry("percentOfTotal", v(r, f.percentOfTotal()));
      }
      List<Map<String, String>> opds = Html.table(d, "byOpd");
      assertThat(opds).hasSize(s.byOpd().size());
      long sum = 0;
      for (int i = 0; i < opds.size(); i++) {
        OpdCount c = s.byOpd().get(i);
        assertThat(opds.get(i).get("count")).isEqualTo(v(r, c.count()));
        sum += Long.parseLong(opds.get(i).get("count"));
      }
      assertThat(sum).isEqualTo(17);
      assertThat(Html.table(d, "dropped")).hasSize(3).extracting(m -> m.get("title"))
          .containsExactlyInAnyOrder("Apotek Keliling", "Perpustakaan Keliling", "Usulan Masyarakat");
      assertThat(charts).hasSize(2);
      String funnelDesc = Html.all(charts.get(0), Html.SVG, "desc").get(0).getTextContent();
      s.funnel().forEach(f -> assertThat(funnelDesc).contains(f.label().in(r.info().locale()) + ": " + v(r, f.reached())));
      // one bar per stage plus the background
      assertThat(Html.all(charts.get(0), Html.SVG, "rect")).hasSize(s.funnel().size() + 1);
      // the OPD chart: the background, a legend swatch per stage, a part per stage an OPD's innovations reached
      assertThat(Html.all(charts.get(1), Html.SVG, "rect")).hasSize(1 + s.byStage().size()
          + s.byOpd().stream().mapToInt(c -> c.reachedByStage().size()).sum());
    } else if (r instanceof StageDurationReport s) {
      List<Map<String, String>> stages = Html.table(d, "stages");
      assertThat(stages).hasSize(s.stages().size());
      for (int i = 0; i < stages.size(); i++) {
        StageStatistics x = s.stages().get(i);
        // whole days without decimals, a fraction with its two
        Object median = x.medianDays() != null && x.medianDays().stripTrailingZeros().scale() <= 0
            ? x.medianDays().longValue() : x.medianDays();
        assertThat(stages.get(i)).containsEntry("stays", v(r, x.stays())).containsEntry("medianDays", v(r, median))
            .containsEntry("maxDays", v(r, x.maxDays()));
      }
      assertThat(Html.table(d, "stalled")).extracting(m -> m.get("title"))
          .containsExactlyElementsOf(s.stalled().stream().map(x -> x.title()).toList());
      assertThat(charts).hasSize(1);
      String desc = Html.all(charts.get(0), Html.SVG, "desc").get(0).getTextContent();
      s.stages().stream().filter(x -> x.medianDays() != null)
          .forEach(x -> assertThat(desc).contains(v(r, x.medianDays()) + " (" + v(r, x.minDays())));
    } else if (r instanceof EvaluationRanking s) {
      List<Map<String, String>> rows = Html.table(d, "ranking");
      assertThat(rows).hasSize(s.rows().size()).isNotEmpty();
      for (int i = 0; i < rows.size(); i++) {
        RankedInnovation x = s.rows().get(i);
        assertThat(rows.get(i)).containsEntry("rank", String.valueOf(x.rank())).containsEntry("title", x.title())
            .containsEntry("score", v(r, x.score()));
        x.perCriterion().forEach((code, score) -> assertThat(rows.get(0)).containsKey(code));
      }
      assertThat(rows.get(0)).containsEntry("title", "Angkot Pintar");
      assertThat(charts).hasSize(1);
      // ten bins whose counts add up to the ranked innovations
      String desc = Html.all(charts.get(0), Html.SVG, "desc").get(0).getTextContent();
      long total = 0;
      for (String part : desc.substring(desc.indexOf(". ") + 2).split("; ")) {
        total += Long.parseLong(part.substring(part.lastIndexOf(": ") + 2).replace(".", ""));
      }
      assertThat(total).isEqualTo(s.rows().size());
      assertThat(Html.all(charts.get(0), Html.SVG, "rect")).hasSize(11);
    } else if (r instanceof InnovationProfileReport s) {
      Map<String, String> form = Html.keyValues(Html.byId(d, "t-profile"));
      assertThat(form.get("name")).isEqualTo(s.profile().name());
      assertThat(form.get("designNarrativeWords")).isEqualTo(v(r, (long) s.profile().designNarrativeWords()));
      List<Element> missing = Html.all(Html.byId(d, "t-profile"), "tr").stream()
          .filter(tr -> tr.getAttribute("class").equals("missing")).toList();
      assertThat(missing).extracting(tr -> tr.getAttribute("data-key"))
          .containsExactlyInAnyOrderElementsOf(s.profile().missing());
      assertThat(charts).isEmpty();
    } else if (r instanceof ShowcaseCatalogue s) {
      List<CatalogueEntry> entries = StreamSupport.stream(s.entries().spliterator(), false).toList();
      List<Element> cards = Html.all(d, "article");
      assertThat(cards).hasSize(entries.size());
      for (int i = 0; i < cards.size(); i++) {
        assertThat(cards.get(i).getAttribute("data-number")).isEqualTo(String.valueOf(entries.get(i).number()));
        assertThat(Html.all(cards.get(i), "h3").get(0).getTextContent())
            .isEqualTo(entries.get(i).number() + ". " + entries.get(i).title());
        assertThat(Html.keyValues(cards.get(i))).containsEntry("since", v(r, entries.get(i).since()));
      }
      assertThat(Html.keyValues(Html.byId(d, "facts"))).containsEntry("innovations", v(r, s.innovations()));
      assertThat(charts).isEmpty();
    } else if (r instanceof AuditTrail s) {
      List<Map<String, String>> rows = Html.table(d, "events");
      assertThat(rows).hasSize(s.entries().size());
      for (int i = 0; i < rows.size(); i++) {
        AuditEntry e = s.entries().get(i);
        assertThat(rows.get(i)).containsEntry("sequence", v(r, e.sequence())).containsEntry("occurredAt",
            v(r, e.occurredAt())).containsEntry("actionLabel", ReportTexts.text(r.info().locale(),
                "action." + e.action().name()));
      }
      assertThat(charts).isEmpty();
    } else if (r instanceof NationalStageSummary s) {
      Map<String, String> facts = Html.keyValues(Html.byId(d, "facts"));
      assertThat(facts).containsEntry("total", v(r, s.total().total())).containsEntry("penerapan",
          v(r, s.total().penerapan()));
      List<Map<String, String>> rows = Html.table(d, "nationalByOpd");
      assertThat(rows).hasSize(s.byOpd().size());
      for (int i = 0; i < rows.size(); i++) {
        assertThat(rows.get(i)).containsEntry("total", v(r, s.byOpd().get(i).total()));
      }
      assertThat(Html.table(d, "regionalIndex")).hasSize(s.regionalIndex().size());
      assertThat(charts).hasSize(2);
    }
  }

  /** The values as a person reads them, as the CSV for people writes them. */
  static final class Values {
    private Values() {}

    static String of(Report r, Object value) {
      // a one-value CSV would be heavier; this mirrors the documented formats
      Locale l = r.info().locale();
      boolean en = l.getLanguage().equals("en");
      if (value == null) {
        return "";
      }
      if (value instanceof Long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(",", en ? "," : ".");
      }
      if (value instanceof java.math.BigDecimal b) {
        String p = b.toPlainString();
        return en ? p : p.replace('.', ',');
      }
      if (value instanceof java.time.LocalDate date) {
        return date.getDayOfMonth() + " " + ReportTexts.text(l, "month." + date.getMonthValue()) + " " + date.getYear();
      }
      if (value instanceof java.time.Instant at) {
        var z = at.atZone(r.info().timeZone().zoneId());
        return of(r, z.toLocalDate()) + " " + String.format(Locale.ROOT, "%02d%s%02d", z.getHour(),
            en ? ":" : ".", z.getMinute()) + " " + r.info().timeZone().name();
      }
      return value.toString();
    }
  }
}
