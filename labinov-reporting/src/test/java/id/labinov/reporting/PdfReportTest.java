package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.reporting.data.AuditTrail;
import id.labinov.reporting.data.CatalogueEntry;
import id.labinov.reporting.data.EvaluationRanking;
import id.labinov.reporting.data.FunnelStep;
import id.labinov.reporting.data.InnovationProfileReport;
import id.labinov.reporting.data.NationalStageSummary;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.RankedInnovation;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.data.ShowcaseCatalogue;
import id.labinov.reporting.data.StageDurationReport;
import id.labinov.reporting.data.StageStatistics;
import id.labinov.reporting.internal.ReportTexts;
import id.labinov.reporting.render.ReportFormat;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Pdf;
import id.labinov.reporting.support.Rendered;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report as PDF in both languages, read back with PDFBox: A4 pages (landscape for wide tables) with the running header and
 * page numbers, only embedded fonts, no text off the page, and the data's numbers in the text.
 */
class PdfReportTest {
  static final double A4_WIDTH = 595.28;
  static final double A4_HEIGHT = 841.89;

  static Stream<Arguments> reports() {
    LebakData d = LebakData.create();
    List<Arguments> out = new ArrayList<>();
    for (Locale l : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
      for (Report r : DeterminismTest.all(d, l, LebakData.REPORT_TIME)) {
        out.add(Arguments.of(r.info().kind(), l.getLanguage(), r));
      }
    }
    return out.stream();
  }

  static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  static void assertHas(Pdf pdf, String... expected) {
    String text = squash(pdf.text);
    for (String e : expected) {
      assertThat(text).as("PDF text holds %s", e).contains(squash(e));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("reports")
  void isA4WithHeaderPageNumbersEmbeddedFontsAndTheDataNumbers(ReportKind kind, String language, Report r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.PDF.write(r, out);
    byte[] bytes = out.toByteArray();
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Pdf pdf = Pdf.read(bytes);
    id.labinov.reporting.support.Samples.keep(r, "pdf", bytes);
    Locale l = r.info().locale();
    assertThat(pdf.pages).isPositive();
    // wide tables (ranking, audit trail, stage statistics, regional index, IID readiness, the yearly-cycle
    // reports) are on landscape A4
    boolean landscape = kind == ReportKind.EVALUATION_RANKING || kind == ReportKind.AUDIT_TRAIL
        || kind == ReportKind.STAGE_DURATIONS || kind == ReportKind.NATIONAL_STAGES
        || kind == ReportKind.ONE_PAGE_SUMMARY || kind == ReportKind.IID_READINESS
        || kind == ReportKind.IID_READINESS_ONE_PAGE || kind == ReportKind.SUSTAINABILITY
        || kind == ReportKind.INDEX_WHAT_IF;
    assertThat(pdf.sizes).allSatisfy(box -> {
      assertThat((double) box.getWidth()).isCloseTo(landscape ? A4_HEIGHT : A4_WIDTH,
          org.assertj.core.data.Offset.offset(1.0));
      assertThat((double) box.getHeight()).isCloseTo(landscape ? A4_WIDTH : A4_HEIGHT,
          org.assertj.core.data.Offset.offset(1.0));
    });
    for (int i = 0; i < pdf.pages; i++) {
      String page = pdf.pageTexts.get(i).replaceAll("\\s+", " ");
      // every page names the region by its name, with its code: "Kabupaten Lebak (36.02)", "Provinsi Banten (36)"
      String code = r.info().scope().code();
      String where = r.info().scope().level() == id.labinov.core.model.Scope.Level.PROVINCE
          ? ReportTexts.text(l, "scope.PROVINCE") + " " + id.labinov.core.model.Province.ofCode(code).displayName()
          : id.labinov.core.model.RegionNames.find(id.labinov.core.model.RegionCode.parse(code)).orElseThrow();
      assertThat(page).contains("LABINOV", where + " (" + code + ")")
          .contains(ReportTexts.text(l, "pdf.page") + " " + (i + 1) + " " + ReportTexts.text(l, "pdf.of") + " "
              + pdf.pages);
      if (r instanceof ProgrammeSummary s) {
        assertThat(page).contains(s.programme().name());
      }
    }
    assertThat(pdf.fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("DejaVuSans"));
    assertThat(pdf.embedded).containsOnly(true);
    assertThat(pdf.outside).isEmpty();
    assertHas(pdf, ReportTexts.text(l, "report." + kind.code() + ".title"));
    V v = new V(r);
    if (r instanceof ProgrammeSummary s) {
      assertHas(pdf, ReportTexts.text(l, "chart.funnel"), ReportTexts.text(l, "chart.byOpd"),
          ReportTexts.text(l, "fact.total") + "17");
      for (FunnelStep f : s.funnel()) {
        assertHas(pdf, v.of(f.reached()) + v.of(f.percentOfTotal()));
      }
      s.byOpd().stream().filter(c -> c.opdName() != null).forEach(c -> assertHas(pdf, c.opdName() + v.of(c.count())));
    } else if (r instanceof StageDurationReport s) {
      assertHas(pdf, ReportTexts.text(l, "chart.durations"));
      for (StageStatistics x : s.stages()) {
        // whole days are written without decimals ("18256", not "18256,00")
        Object q1 = x.q1Days() != null && x.q1Days().stripTrailingZeros().scale() <= 0 ? x.q1Days().longValue()
            : x.q1Days();
        assertHas(pdf, v.of(x.stays()) + v.of(x.ongoing()) + v.of(x.minDays()) + v.of(q1));
      }
      s.stalled().forEach(x -> assertHas(pdf, x.title()));
    } else if (r instanceof EvaluationRanking s) {
      assertHas(pdf, ReportTexts.text(l, "chart.scores"));
      for (RankedInnovation x : s.rows()) {
        assertHas(pdf, x.rank() + x.title(), v.of(x.score()));
      }
    } else if (r instanceof InnovationProfileReport s) {
      assertHas(pdf, s.profile().name(), ReportTexts.text(l, "profile.designNarrativeWords")
          + v.of((long) s.profile().designNarrativeWords()));
    } else if (r instanceof ShowcaseCatalogue s) {
      List<CatalogueEntry> entries = StreamSupport.stream(s.entries().spliterator(), false).toList();
      assertThat(s.innovations()).isEqualTo(6);
      assertThat(entries).hasSize(7);
      entries.forEach(e -> assertHas(pdf, e.number() + "." + e.title()));
    } else if (r instanceof AuditTrail s) {
      assertHas(pdf, v.of(s.entries().get(0).occurredAt()), v.of(s.entries().get(s.entries().size() - 1).occurredAt()));
      assertThat(squash(pdf.text)).contains(squash(ReportTexts.text(l, "action.ADVANCED")));
    } else if (r instanceof id.labinov.reporting.data.IidReadiness s) {
      for (id.labinov.reporting.data.ReadinessFix x : s.fixes()) {
        assertHas(pdf, x.title(), x.indicator().label().in(l), v.of(x.pointsPerGap()));
      }
      s.innovations().forEach(x -> assertHas(pdf, x.title(), v.of(x.claimedScore())));
    } else if (r instanceof NationalStageSummary s) {
      assertHas(pdf, ReportTexts.text(l, "chart.national"), ReportTexts.text(l, "fact.total") + v.of(s.total().total()));
    }
  }

  /** Values as people read them. */
  record V(Report r) {
    String of(Object value) {
      return HtmlReportTest.Values.of(r, value);
    }
  }
}
