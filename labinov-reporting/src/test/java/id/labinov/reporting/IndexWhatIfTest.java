package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.cycle.EligibilityCode;
import id.labinov.core.cycle.SubmissionChoice;
import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.Role;
import id.labinov.reporting.data.IndexWhatIf;
import id.labinov.reporting.data.ReadinessBasis;
import id.labinov.reporting.data.VerdictReason;
import id.labinov.reporting.data.WhatIfChoice;
import id.labinov.reporting.support.CycleData;
import id.labinov.reporting.support.Html;
import id.labinov.reporting.support.IidData;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Pdf;
import id.labinov.reporting.support.ReadinessRegion;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import id.labinov.reporting.support.Xlsx;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * "Apa yang paling menaikkan indeks" on the Lebak IID 2025 claims ({@link IidData}) and competition
 * entries ({@link CycleData}), the index worked out by hand: supported scores Posyandu Digital 31, Sekolah
 * Ramah Anak 11, Izin Kilat 14, Angkot Pintar 4; SPD 41, count score 38, maximum 250.
 */
class IndexWhatIfTest {
  static LebakData data;
  static final ReadinessOptions SCORES = ReadinessOptions.none().withSpd(new BigDecimal("41"))
      .withCountScore(new BigDecimal("38"));

  @BeforeAll
  static void create() {
    data = LebakData.create();
  }

  static Reports reports(Locale locale) {
    return Reports.builder().labinov(data.scenario.lab).actor(IidData.READER).directory(CycleData.DIRECTORY)
        .locale(locale).generatedAt(CycleData.REPORT_TIME).build();
  }

  /** Posyandu, Sekolah and Izin Kilat sent; Angkot Pintar and the displayed innovations without claims not. */
  static WhatIfOptions named() {
    return WhatIfOptions.supported().withScores(SCORES).withUnclaimed(true)
        .withSubmitted(Set.of(data.ref(1).id(), data.ref(6).id(), data.ref(14).id()));
  }

  private static BigDecimal n(String v) {
    return new BigDecimal(v);
  }

  @Test
  void eachSingleChoiceRankedByTheRiseAsWorkedOutByHand() {
    IndexWhatIf r = reports(Messages.INDONESIAN).submissionWhatIf(Scenario.LEBAK, IidData.YEAR, named());
    // n = 3, divisor 10, sum 31 + 11 + 14 = 56: ((41 + 38) x 10 + 56) x 100 / 2500 = 846 / 25 = 33.84
    assertThat(r.submitted()).isEqualTo(3);
    assertThat(r.divisor()).isEqualTo(10);
    assertThat(r.scoreSum()).isEqualByComparingTo("56");
    assertThat(r.meanScore()).isEqualTo(n("18.67"));
    assertThat(r.current().index()).isEqualTo(n("33.84"));
    assertThat(r.current().rating().code()).isEqualTo("KURANG_INOVATIF");
    // send Angkot (4): 850 / 25 = 34.00; send Ambulans or Rapor Online (0): unchanged; keep out Sekolah:
    // 835 / 25 = 33.40, Izin Kilat: 832 / 25 = 33.28, Posyandu: 815 / 25 = 32.60
    assertThat(r.choices()).extracting(c -> c.rank() + " " + c.kind() + " " + c.title() + " " + c.after().index() + " "
        + c.change()).containsExactly("1 ADD Angkot Pintar 34.00 0.16", "2 ADD Ambulans Desa 33.84 0.00",
            "3 ADD Rapor Online 33.84 0.00", "4 REMOVE Sekolah Ramah Anak 33.40 -0.44",
            "5 REMOVE Izin Kilat 33.28 -0.56", "6 REMOVE Posyandu Digital 32.60 -1.24");
    assertThat(r.choices()).extracting(c -> c.after().innovations()).containsExactly(4, 4, 4, 2, 2, 2);
    // Rapor Online entered IGA 2023 and 2024: it may not enter IGA 2025, so it cannot be sent
    WhatIfChoice rapor = r.choices().get(2);
    assertThat(rapor.possible()).isFalse();
    assertThat(rapor.iga().reasons()).extracting(VerdictReason::code)
        .containsExactly(EligibilityCode.ENTRY_LIMIT_REACHED, EligibilityCode.NO_DEVELOPMENT_SINCE_ENTRY);
    assertThat(r.choices()).filteredOn(WhatIfChoice::possible).hasSize(5);
    assertThat(r.choices()).filteredOn(c -> c != rapor).allSatisfy(c -> assertThat(c.iga().eligible()).isTrue());
  }

  @Test
  void byDefaultEveryInnovationWithClaimsIsSubmittedAndTheIndexIsTheReadinessOne() {
    Reports reports = reports(Messages.INDONESIAN);
    IndexWhatIf r = reports.submissionWhatIf(Scenario.LEBAK, IidData.YEAR, WhatIfOptions.supported().withScores(SCORES));
    var readiness = reports.iidReadiness(Scenario.LEBAK, IidData.YEAR, SCORES);
    assertThat(r.current().index()).isEqualTo(readiness.index(ReadinessBasis.SUPPORTED).index()).isEqualTo(n("34.00"));
    assertThat(r.choices()).hasSize(4).allSatisfy(c -> {
      assertThat(c.kind()).isEqualTo(SubmissionChoice.Kind.REMOVE);
      // below ten innovations, taking one out only lowers the index (or leaves it)
      assertThat(c.change().signum()).isLessThanOrEqualTo(0);
    });
    // on the claimed basis: 80 -> 34.80; verified with a verified SPD of 30: ((30 + 38) x 10 + 14) / 25 = 27.76
    assertThat(reports.submissionWhatIf(Scenario.LEBAK, IidData.YEAR, WhatIfOptions.of(ReadinessBasis.CLAIMED)
        .withScores(SCORES)).current().index()).isEqualTo(n("34.80"));
    IndexWhatIf verified = reports.submissionWhatIf(Scenario.LEBAK, IidData.YEAR,
        WhatIfOptions.of(ReadinessBasis.VERIFIED).withScores(SCORES.withSpdVerified(new BigDecimal("30"))));
    assertThat(verified.current().index()).isEqualTo(n("27.76"));
    assertThat(verified.current().spd()).isEqualByComparingTo("30");
  }

  @Test
  void fromTenInnovationsAWeakInnovationLowersTheIndex() {
    ReadinessRegion region = ReadinessRegion.create(24, 2026, 7);
    IndexWhatIf r = Reports.builder().labinov(region.scenario.lab).actor(IidData.READER).generatedAt(
        CycleData.REPORT_TIME).build().submissionWhatIf(Scenario.LEBAK, 2026, WhatIfOptions.supported());
    assertThat(r.submitted()).isEqualTo(24);
    assertThat(r.divisor()).isEqualTo(24);
    BigDecimal mean = r.scoreSum().divide(BigDecimal.valueOf(24), 30, java.math.RoundingMode.HALF_UP);
    for (WhatIfChoice c : r.choices()) {
      // taking out an innovation below the mean raises the index, one above it lowers it
      int side = mean.compareTo(c.score());
      assertThat(c.change().signum()).as(c.title()).isIn(side == 0 ? List.of(0) : side > 0 ? List.of(0, 1)
          : List.of(0, -1));
    }
    assertThat(r.choices().get(0).change().signum()).isPositive();
    for (int i = 1; i < r.choices().size(); i++) {
      assertThat(r.choices().get(i - 1).change()).isGreaterThanOrEqualTo(r.choices().get(i).change());
    }
    // none of them is implemented yet: not eligible for IGA 2026, but keeping one out stays possible
    assertThat(r.choices()).allSatisfy(c -> {
      assertThat(c.iga().eligible()).isFalse();
      assertThat(c.possible()).isTrue();
    });
    String html = Html.text(Html.parse(Rendered.html(r)));
    assertThat(html).contains("Sekarang dikirim 24 inovasi dengan rata-rata skor");
  }

  @Test
  void jsonHtmlXlsxCsvAndPdfInBothLanguages() {
    for (Locale l : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
      boolean en = l.getLanguage().equals("en");
      IndexWhatIf r = reports(l).submissionWhatIf(Scenario.LEBAK, IidData.YEAR, named());
      JsonNode json = Rendered.jsonTree(r);
      assertThat(json.get("report").asString()).isEqualTo("index-what-if");
      assertThat(json.get("facts").get("index").decimalValue()).isEqualTo(n("33.84"));
      assertThat(json.get("facts").get("divisor").asLong()).isEqualTo(10);
      JsonNode third = json.get("tables").get("whatIfChoices").get(2);
      assertThat(third.get("kind").asString()).isEqualTo("ADD");
      assertThat(third.get("possible").asBoolean()).isFalse();
      assertThat(third.get("iga").asString()).isEqualTo("NOT_ELIGIBLE");
      assertThat(third.get("igaReasons").asString()).isEqualTo("ENTRY_LIMIT_REACHED, NO_DEVELOPMENT_SINCE_ENTRY");
      assertThat(json.get("tables").get("whatIfChoices").get(0).get("change").decimalValue()).isEqualTo(n("0.16"));
      // on 2 March 2026 the IGA 2025 entries (deadline 31 August 2025) have closed: the fix is for a later year
      assertThat(third.get("igaClosed").asBoolean()).isTrue();
      Document html = Html.parse(Rendered.html(r));
      List<Map<String, String>> rows = Html.table(html, "whatIfChoices");
      assertThat(rows.get(0)).containsEntry("kindLabel", en ? "Send" : "Kirimkan")
          .containsEntry("indexAfter", en ? "34.00" : "34,00").doesNotContainKeys("kind", "iga", "innovationId");
      assertThat(rows.get(3).get("kindLabel")).isEqualTo(en ? "Do not send" : "Jangan kirimkan");
      assertThat(rows.get(2).get("possible")).isEqualTo(en ? "no" : "tidak");
      assertThat(rows.get(2).get("igaSentence")).startsWith(en ? "Cannot be sent: not eligible for IGA 2025. "
          + "The innovation was entered 2 times already (2023, 2024)"
          : "Tidak dapat dikirimkan: tidak layak IGA 2025. Inovasi ini sudah 2 kali diikutkan (2023, 2024)")
          .endsWith(en ? "Entries for IGA 2025 closed on 31 August 2025; a fix now counts only for a later year."
              : "Pendaftaran IGA 2025 sudah ditutup pada 31 Agustus 2025; perbaikan baru berlaku untuk tahun "
                  + "berikutnya.")
          .as("no fix by a day already past").doesNotContain(en ? "by 31 August 2025." : "paling lambat 31 Agustus 2025.");
      String text = Html.text(html);
      assertThat(text).contains(en ? "while fewer than 10 innovations are submitted, every innovation added only adds"
          : "selama kurang dari 10 inovasi dikirim, setiap inovasi tambahan hanya menambah indeks");
      assertThat(text).contains(en ? "there is room for 7 more" : "masih ada tempat untuk 7 inovasi lagi");
      assertThat(text).doesNotContain("KURANG_INOVATIF", "NOT_ELIGIBLE", "ENTRY_LIMIT_REACHED");
      var book = Rendered.workbook(r);
      var sheet = Xlsx.rows(book.get(en ? "Submission choices" : "Pilihan pengiriman"));
      assertThat(sheet).hasSize(6);
      assertThat(sheet.get(5).get(en ? "Index after" : "Indeks sesudahnya").asNumber()).isEqualByComparingTo("32.60");
      var csv = Rendered.plainCsv(r, "whatIfChoices");
      assertThat(csv).extracting(m -> m.get("change")).containsExactly("0.16", "0.00", "0.00", "-0.44", "-0.56",
          "-1.24");
      assertThat(csv.get(0)).containsEntry("innovationsAfter", "4").containsEntry("innovationScore", "4");
      Pdf pdf = Pdf.read(Rendered.pdf(r));
      assertThat(pdf.outside).isEmpty();
      assertThat(pdf.text.replaceAll("\\s+", "")).contains(en ? "33.84" : "33,84", "RaporOnline",
          en ? "Donotsend" : "Jangankirimkan");
    }
  }

  @Test
  void aSubmittedInnovationThatIsNoCandidateAndAReaderOutsideAreRefused() {
    InnovationId halte = data.ref(12).id();
    assertThatThrownBy(() -> reports(Messages.INDONESIAN).submissionWhatIf(Scenario.LEBAK, IidData.YEAR,
        WhatIfOptions.supported().withSubmitted(Set.of(halte)))).isInstanceOfSatisfying(ReportException.class, e -> {
          assertThat(e.code()).isEqualTo("NOT_A_CANDIDATE");
          assertThat(e.getMessage(Messages.INDONESIAN)).contains(halte.toString(), "IID 2025", "withUnclaimed(true)");
        });
    // Ambulans Desa has no claims: a candidate only with the displayed innovations listed
    InnovationId ambulans = data.ref(2).id();
    assertThatThrownBy(() -> reports(Locale.ENGLISH).submissionWhatIf(Scenario.LEBAK, IidData.YEAR,
        WhatIfOptions.supported().withSubmitted(Set.of(ambulans)))).isInstanceOf(ReportException.class);
    IndexWhatIf withAmbulans = reports(Locale.ENGLISH).submissionWhatIf(Scenario.LEBAK, IidData.YEAR,
        WhatIfOptions.supported().withSubmitted(Set.of(ambulans)).withUnclaimed(true));
    assertThat(withAmbulans.submitted()).isEqualTo(1);
    assertThat(withAmbulans.current().index()).isEqualTo(n("0.00"));
    Actor tangerang = Actor.of("bupati-tangerang", null, Role.REGIONAL_HEAD).in(Scenario.TANGERANG);
    assertThatThrownBy(() -> Reports.builder().labinov(data.scenario.lab).actor(tangerang).build()
        .submissionWhatIf(Scenario.LEBAK, IidData.YEAR, WhatIfOptions.supported()))
        .isInstanceOf(OutsideScopeException.class);
    assertThatThrownBy(() -> Reports.builder().labinov(data.scenario.lab).build().submissionWhatIf(Scenario.LEBAK,
        IidData.YEAR, WhatIfOptions.supported())).isInstanceOfSatisfying(ReportException.class,
            e -> assertThat(e.code()).isEqualTo("NO_READER"));
  }
}
