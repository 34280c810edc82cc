package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Role;
import id.labinov.reporting.data.IidReadiness;
import id.labinov.reporting.data.IidReadinessOnePage;
import id.labinov.reporting.data.ReadinessBasis;
import id.labinov.reporting.data.ReadinessFix;
import id.labinov.reporting.data.ReadinessInnovation;
import id.labinov.reporting.support.Html;
import id.labinov.reporting.support.IidData;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * The IID readiness report on the Lebak test data ({@link IidData}), every figure worked out by hand
 * from the claims, the pre-flight's findings the data describes and the shipped weights
 * (REGULATION 3, HUMAN_RESOURCES 2, CREATION_SPEED 2, BENEFIT 3, VIDEO 4, WORK_TOOLS 2).
 */
class IidReadinessTest {
  static LebakData data;
  static Reports reports;
  static final ReadinessOptions OPTIONS = ReadinessOptions.none().withSpd(new BigDecimal("41"))
      .withCountScore(new BigDecimal("38"));

  @BeforeAll
  static void create() {
    data = LebakData.create();
    reports = reports(data.scenario.lab, IidData.READER, Messages.INDONESIAN);
  }

  static Reports reports(Labinov lab, Actor reader, Locale locale) {
    return Reports.builder().labinov(lab).actor(reader).directory(LebakData.DIRECTORY).locale(locale)
        .generatedAt(LebakData.REPORT_TIME).build();
  }

  private static BigDecimal n(String v) {
    return new BigDecimal(v);
  }

  @Test
  void scoresPerInnovationAsWorkedOutByHand() {
    IidReadiness r = reports.iidReadiness(Scenario.LEBAK, IidData.YEAR, OPTIONS);
    // Posyandu Digital: claimed 3x3 + 2x2 + 2x3 + 3x3 + 4x3 = 40; supported 3x2 + 2x2 + 2x2 + 3x3 + 4x2 = 31;
    // verified REGULATION 2 and CREATION_SPEED 1: 3x2 + 2x1 = 8; gaps: REGULATION, CREATION_SPEED, VIDEO
    // Sekolah Ramah Anak: claimed 3 + 6 + 4 + 6 = 19; supported 3 + 4 + 4 + 0 = 11; verified BENEFIT 1: 3
    // Izin Kilat: claimed 6 + 2 + 2 + 3 + 4 = 17; supported 3 + 2 + 2 + 3 + 4 = 14; verified REGULATION 1: 3
    // Angkot Pintar: WORK_TOOLS 2 supported: 4, 4, 0, no gaps
    // points per gap: Sekolah 8 / 2 = 4, Posyandu 9 / 3 = 3, Izin Kilat 3 / 1 = 3 (fewer points: after)
    assertThat(r.innovations()).extracting(ReadinessInnovation::title)
        .containsExactly("Sekolah Ramah Anak", "Posyandu Digital", "Izin Kilat", "Angkot Pintar");
    assertThat(r.innovations()).extracting(i -> List.of(i.claimedScore(), i.supportedScore(), i.verifiedScore(),
        i.pointsToGain())).containsExactly(List.of(n("19"), n("11"), n("3"), n("8")),
        List.of(n("40"), n("31"), n("8"), n("9")), List.of(n("17"), n("14"), n("3"), n("3")),
        List.of(n("4"), n("4"), n("0"), n("0")));
    assertThat(r.innovations()).extracting(ReadinessInnovation::gaps).containsExactly(2, 3, 1, 0);
    assertThat(r.innovations()).extracting(ReadinessInnovation::pointsPerGap)
        .containsExactly(n("4.00"), n("3.00"), n("3.00"), null);
    assertThat(r.innovations()).extracting(i -> i.claimsVerified() + "/" + i.claims())
        .containsExactly("1/4", "2/5", "1/5", "0/1");
    assertThat(r.innovations().get(0).missingMandatory()).extracting(c -> c.code()).containsExactly("VIDEO");
    assertThat(r.innovations().get(3).missingMandatory()).extracting(c -> c.code())
        .containsExactly("REGULATION", "HUMAN_RESOURCES", "CREATION_SPEED", "BENEFIT", "VIDEO");
    assertThat(r.innovations().get(0).opdName()).isEqualTo("Dinas Pendidikan");
  }

  @Test
  void fixesCheapestGainsFirst() {
    IidReadiness r = reports.iidReadiness(Scenario.LEBAK, IidData.YEAR, OPTIONS);
    // BENEFIT of Sekolah: 3 x (2 - 0) = 6 for 1 gap (6.00); VIDEO of Posyandu 4 x 1 = 4 for its gaps; ...
    List<String> fixes = r.fixes().stream().map(f -> f.rank() + " " + f.title() + " " + f.indicator().code() + " "
        + f.pointsToGain() + "/" + f.gaps() + "=" + f.pointsPerGap()).toList();
    assertThat(fixes).hasSize(6);
    for (int i = 1; i < r.fixes().size(); i++) {
      ReadinessFix a = r.fixes().get(i - 1);
      ReadinessFix b = r.fixes().get(i);
      // a / ga >= b / gb, exactly
      assertThat(a.pointsToGain().multiply(BigDecimal.valueOf(b.gaps()))
          .compareTo(b.pointsToGain().multiply(BigDecimal.valueOf(a.gaps())))).as(fixes.toString())
          .isGreaterThanOrEqualTo(0);
    }
    assertThat(fixes.get(0)).startsWith("1 Sekolah Ramah Anak BENEFIT 6/");
    assertThat(r.fixes()).extracting(ReadinessFix::rank).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(r.pointsToGain()).isEqualByComparingTo("20");
    assertThat(r.fixes().stream().map(ReadinessFix::pointsToGain).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("20");
  }

  @Test
  void regionTotalsIndexAndAgreement() {
    IidReadiness r = reports.iidReadiness(Scenario.LEBAK, IidData.YEAR, OPTIONS);
    assertThat(r.claimedTotal()).isEqualByComparingTo("80");
    assertThat(r.supportedTotal()).isEqualByComparingTo("60");
    assertThat(r.verifiedTotal()).isEqualByComparingTo("14");
    assertThat(r.claimCount()).isEqualTo(15);
    assertThat(r.claimsVerified()).isEqualTo(4);
    assertThat(r.innovationsMissingMandatory()).isEqualTo(2);
    // n = 4, so the sum is divided by 10; (41 + 38) x 10 + 80 = 870 -> 870 x 100 / 2500 = 34.80
    assertThat(r.index(ReadinessBasis.CLAIMED).sid()).isEqualByComparingTo("8.00");
    assertThat(r.index(ReadinessBasis.CLAIMED).index()).isEqualTo(n("34.80"));
    assertThat(r.index(ReadinessBasis.SUPPORTED).index()).isEqualTo(n("34.00"));
    // verified: no verified SPD entered, the claimed one is used: (790 + 14) / 25 = 32.16
    assertThat(r.index(ReadinessBasis.VERIFIED).index()).isEqualTo(n("32.16"));
    assertThat(r.index(ReadinessBasis.VERIFIED).spd()).isEqualByComparingTo("41");
    assertThat(r.index(ReadinessBasis.CLAIMED).rating().code()).isEqualTo("KURANG_INOVATIF");
    assertThat(r.bandsYear()).isEqualTo(2025);
    assertThat(r.bandsVerified()).isFalse();
    // decisions: REGULATION 2 (predicted 2), CREATION_SPEED 1 (predicted 2), BENEFIT 1 (predicted 0),
    // REGULATION 1 (predicted 1): 2 of 4 agreed, one higher, one lower
    assertThat(r.overall().compared()).isEqualTo(4);
    assertThat(r.overall().agreed()).isEqualTo(2);
    assertThat(r.overall().predictedHigher()).isEqualTo(1);
    assertThat(r.overall().predictedLower()).isEqualTo(1);
    assertThat(r.overall().percent()).isEqualTo(n("50.0"));
    assertThat(r.agreement()).extracting(a -> a.indicator() + "=" + a.agreed() + "/" + a.compared())
        .containsExactly("BENEFIT=0/1", "CREATION_SPEED=0/1", "REGULATION=2/2");
  }

  @Test
  void jsonAndHtmlCarryTheFiguresInBothLanguages() {
    for (Locale l : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
      IidReadiness r = reports(data.scenario.lab, IidData.READER, l).iidReadiness(Scenario.LEBAK, IidData.YEAR,
          OPTIONS);
      JsonNode json = Rendered.jsonTree(r);
      assertThat(json.get("report").asString()).isEqualTo("iid-readiness");
      assertThat(json.get("facts").get("claimedTotal").decimalValue()).isEqualByComparingTo("80");
      assertThat(json.get("tables").get("readinessIndex").get(1).get("index").decimalValue())
          .isEqualByComparingTo("34.00");
      assertThat(json.get("definitions").get("readinessFixes").get("pointsPerGap").get("en").asString())
          .contains("Points to gain divided by gaps");
      Document html = Html.parse(Rendered.html(r));
      String text = html.getDocumentElement().getTextContent();
      if (l.getLanguage().equals("en")) {
        assertThat(json.get("title").asString()).isEqualTo("IID readiness");
        assertThat(text).contains("Fixes, cheapest gains first", "4 of 15 claims", "Supported by evidence",
            "The 2025 rating thresholds are unverified");
      } else {
        assertThat(json.get("title").asString()).isEqualTo("Kesiapan IID");
        assertThat(text).contains("Perbaikan termurah lebih dahulu", "4 dari 15 klaim", "Didukung bukti",
            "Ambang predikat 2025 belum terverifikasi", "34,80");
      }
      assertThat(text).doesNotContain("CREATION_SPEED", "KURANG_INOVATIF");
    }
  }

  @Test
  void aYearWithoutShippedBandsUsesTheLatestEarlierOneAndSaysSo() {
    IidReadinessOnePage r = reports.iidReadinessOnePage(Scenario.LEBAK, 2026, ReadinessOptions.none());
    assertThat(r.bandsYear()).isEqualTo(2025);
    assertThat(r.bandsFromOtherYear()).isTrue();
    String html = new String(Rendered.html(r), StandardCharsets.UTF_8);
    assertThat(html).contains("Predikat 2026 belum tersedia; dipakai predikat 2025.",
        "Ambang predikat 2025 belum terverifikasi");
    IidReadiness verified = reports.iidReadiness(Scenario.LEBAK, 2023, ReadinessOptions.none());
    assertThat(verified.bandsVerified()).isTrue();
    assertThat(new String(Rendered.html(verified), StandardCharsets.UTF_8))
        .contains("Ambang predikat 2023 bersumber dari dokumen resmi.").doesNotContain("belum tersedia");
  }

  @Test
  void aRegionWithoutClaimsGivesAnEmptyButValidReport() {
    IidReadiness r = reports.iidReadiness(Scenario.LEBAK, 2024, ReadinessOptions.none());
    assertThat(r.innovations()).isEmpty();
    assertThat(r.fixes()).isEmpty();
    assertThat(r.claimedTotal()).isEqualByComparingTo("0");
    assertThat(r.index(ReadinessBasis.CLAIMED).index()).isEqualTo(n("0.00"));
    assertThat(r.index(ReadinessBasis.CLAIMED).rating().code()).isEqualTo("TIDAK_DAPAT_DINILAI");
    assertThat(r.overall().percent()).isNull();
    JsonNode json = Rendered.jsonTree(r);
    assertThat(json.get("tables").get("readinessInnovations")).isEmpty();
    assertThat(json.get("facts").get("agreementPercent").isNull()).isTrue();
    Html.parse(Rendered.html(r));
  }

  @Test
  void aReaderOutsideTheRegionIsRefusedBeforeAnythingIsRead() {
    Actor tangerang = Actor.of("bupati-tangerang", null, Role.REGIONAL_HEAD).in(Scenario.TANGERANG);
    Reports outside = reports(data.scenario.lab, tangerang, Messages.INDONESIAN);
    assertThatThrownBy(() -> outside.iidReadiness(Scenario.LEBAK, IidData.YEAR, OPTIONS))
        .isInstanceOf(OutsideScopeException.class);
    assertThatThrownBy(() -> outside.iidReadinessOnePage(Scenario.LEBAK, IidData.YEAR, OPTIONS))
        .isInstanceOf(OutsideScopeException.class);
  }

  @Test
  void withoutAReaderOrTheStoresTheReportSaysWhatIsMissing() {
    Reports noReader = Reports.builder().labinov(data.scenario.lab).build();
    assertThatThrownBy(() -> noReader.iidReadiness(Scenario.LEBAK, IidData.YEAR, OPTIONS))
        .isInstanceOfSatisfying(ReportException.class, e -> {
          assertThat(e.code()).isEqualTo("NO_READER");
          assertThat(e.getMessage(Messages.INDONESIAN)).contains("Reports.builder().actor(");
        });
    Scenario bare = new Scenario();
    assertThatThrownBy(() -> reports(bare.lab, IidData.READER, Messages.INDONESIAN)
        .iidReadiness(Scenario.LEBAK, IidData.YEAR, OPTIONS))
        .isInstanceOfSatisfying(ReportException.class, e -> {
          assertThat(e.code()).isEqualTo("NO_EVIDENCE_REGISTER");
          assertThat(e.getMessage()).contains("evidenceRegisterStore(");
        });
    Scenario registerOnly = new Scenario(b -> b.evidenceRegisterStore(
        new id.labinov.core.memory.InMemoryEvidenceRegisterStore()));
    assertThatThrownBy(() -> reports(registerOnly.lab, IidData.READER, Locale.ENGLISH)
        .iidReadinessOnePage(Scenario.LEBAK, IidData.YEAR, OPTIONS))
        .isInstanceOfSatisfying(ReportException.class, e -> {
          assertThat(e.code()).isEqualTo("NO_VERIFICATION_STORE");
          assertThat(e.getMessage()).contains("claimVerificationStore(");
        });
    assertThatThrownBy(() -> reports.iidReadiness(Scenario.LEBAK, 1999, OPTIONS))
        .isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.code()).isEqualTo("BAD_ARGUMENT"));
    assertThatThrownBy(() -> ReadinessOptions.none().withSpd(new BigDecimal("64")))
        .isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.getMessage()).contains("spd", "64", "63"));
  }

  @Test
  void xlsxAndCsvReadBackWithEveryRowAndNumber() {
    IidReadiness r = reports.iidReadiness(Scenario.LEBAK, IidData.YEAR, OPTIONS);
    java.util.Map<String, java.util.List<java.util.List<org.dhatim.fastexcel.reader.Cell>>> book = Rendered.workbook(r);
    assertThat(book.keySet()).contains("Ikhtisar", "Estimasi IID per dasar hitung", "Per inovasi",
        "Perbaikan termurah lebih dahulu", "Klaim dan temuan pra-periksa", "Kesesuaian dengan verifikator");
    var innovations = id.labinov.reporting.support.Xlsx.rows(book.get("Per inovasi"));
    assertThat(innovations).hasSize(4);
    assertThat(innovations.get(0).get("Nama inovasi").asString()).isEqualTo("Sekolah Ramah Anak");
    assertThat(innovations.get(0).get("Skor klaim").asNumber()).isEqualByComparingTo("19");
    assertThat(innovations.get(0).get("Poin per kekurangan").asNumber()).isEqualByComparingTo("4");
    var index = id.labinov.reporting.support.Xlsx.rows(book.get("Estimasi IID per dasar hitung"));
    assertThat(index).extracting(m -> m.get("Indeks").asNumber().toPlainString())
        .containsExactly("34.80", "34.00", "32.16");
    var fixes = Rendered.plainCsv(r, "readinessFixes");
    assertThat(fixes).hasSize(6);
    assertThat(fixes.get(0)).containsEntry("rank", "1").containsEntry("indicator", "BENEFIT")
        .containsEntry("pointsToGain", "6").containsEntry("gaps", "1").containsEntry("pointsPerGap", "6.00");
    var claims = Rendered.localizedCsv(r, "readinessClaims");
    assertThat(claims).hasSize(15);
    assertThat(claims).filteredOn(m -> m.get("Indikator").equals("Kemanfaatan inovasi")
        && m.get("Nama inovasi").equals("Sekolah Ramah Anak")).singleElement().satisfies(m -> {
          assertThat(m).containsEntry("Tingkat klaim", "2").containsEntry("Tingkat didukung", "0")
              .containsEntry("Tingkat terverifikasi", "1");
          assertThat(m.get("Temuan pra-periksa")).startsWith("Kemanfaatan inovasi: klaim tingkat 2");
        });
    var agreement = Rendered.plainCsv(r, "readinessAgreement");
    assertThat(agreement.get(agreement.size() - 1)).containsEntry("indicator", "*").containsEntry("compared", "4")
        .containsEntry("agreementPercent", "50.0");
    var facts = Rendered.plainCsv(r, "facts");
    assertThat(facts).filteredOn(m -> m.get("key").equals("verifiedTotal")).singleElement()
        .satisfies(m -> assertThat(m.get("value")).isEqualTo("14"));
  }

  @Test
  void theOnePageRepeatsTheFullReportsFiguresInEveryFormat() {
    for (Locale l : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
      Reports rs = reports(data.scenario.lab, IidData.READER, l);
      IidReadiness full = rs.iidReadiness(Scenario.LEBAK, IidData.YEAR, OPTIONS);
      IidReadinessOnePage page = rs.iidReadinessOnePage(Scenario.LEBAK, IidData.YEAR, OPTIONS);
      assertThat(page.index()).isEqualTo(full.index());
      assertThat(page.top()).isEqualTo(full.fixes().subList(0, 5));
      assertThat(page.fixes()).isEqualTo(6);
      assertThat(page.claimedTotal()).isEqualTo(full.claimedTotal());
      assertThat(page.overall()).isEqualTo(full.overall());
      JsonNode json = Rendered.jsonTree(page);
      assertThat(json.get("report").asString()).isEqualTo("iid-readiness-one-page");
      assertThat(json.get("tables").get("readinessFixes")).hasSize(5);
      // the one page's facts keep the full report's definitions
      assertThat(json.get("definitions").get("facts").get("pointsToGain").get("id").asString())
          .isEqualTo(Rendered.jsonTree(full).get("definitions").get("facts").get("pointsToGain").get("id")
              .asString());
      var book = Rendered.workbook(page);
      assertThat(book).hasSize(3);
      assertThat(Rendered.plainCsv(page, "readinessIndex")).extracting(m -> m.get("index"))
          .containsExactly("34.80", "34.00", "32.16");
      id.labinov.reporting.support.Pdf pdf = id.labinov.reporting.support.Pdf.read(Rendered.pdf(page));
      assertThat(pdf.pages).isEqualTo(1);
      assertThat(pdf.text.replaceAll("\\s+", "")).contains(l.getLanguage().equals("en") ? "34.80" : "34,80",
          l.getLanguage().equals("en") ? "Lessinnovative" : "KurangInovatif", "SekolahRamahAnak");
    }
  }
}
