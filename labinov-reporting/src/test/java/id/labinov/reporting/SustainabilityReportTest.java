package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.EligibilityCode;
import id.labinov.core.cycle.LegalBasisState;
import id.labinov.core.cycle.WatchState;
import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Role;
import id.labinov.reporting.data.CompetitionVerdict;
import id.labinov.reporting.data.SustainabilityReport;
import id.labinov.reporting.data.SustainabilityRow;
import id.labinov.reporting.data.VerdictReason;
import id.labinov.reporting.support.CycleData;
import id.labinov.reporting.support.Html;
import id.labinov.reporting.support.IidData;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Pdf;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import id.labinov.reporting.support.Xlsx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * The sustainability report (Keberlanjutan) on the Lebak years after the 2024 innovation week
 * ({@link CycleData}), on 2 March 2026, every figure worked out by hand from the data's dates with the
 * default settings (one entry per quarter, at risk after 30 days overdue, lapsed after 180).
 */
class SustainabilityReportTest {
  static LebakData data;

  @BeforeAll
  static void create() {
    data = LebakData.create();
  }

  static Reports reports(LebakData d, Actor reader, Locale locale) {
    return Reports.builder().labinov(d.scenario.lab).actor(reader).directory(CycleData.DIRECTORY).locale(locale)
        .generatedAt(CycleData.REPORT_TIME).build();
  }

  static SustainabilityReport report(Locale locale) {
    return reports(data, IidData.READER, locale).sustainability(Scenario.LEBAK, SustainabilityOptions.all());
  }

  private static SustainabilityRow row(SustainabilityReport r, String title) {
    return r.rows().stream().filter(x -> x.title().equals(title)).findFirst().orElseThrow();
  }

  @Test
  void watchStatesDueDaysAndDaysOverdueAsWorkedOutByHand() {
    SustainabilityReport r = report(Messages.INDONESIAN);
    // Ambulans Desa: last entry 20 January 2025, due 20 April 2025; to 2 March 2026: 10 + 245 (May-Dec) + 31
    // + 28 + 2 = 316 days > 180: lapsed
    SustainabilityRow ambulans = row(r, "Ambulans Desa");
    assertThat(ambulans.watchState()).isEqualTo(WatchState.LAPSED);
    assertThat(ambulans.lastEntry()).isEqualTo(LocalDate.of(2025, 1, 20));
    assertThat(ambulans.nextDue()).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(ambulans.overdueDays()).isEqualTo(316);
    assertThat(ambulans.entryDays()).isEqualTo(2);
    // Rapor Online: its only entry (1 May 2024) is before the display on 14 June 2024, so none counts; due
    // 14 September 2024: 17 + 92 (Oct-Dec) + 365 + 60 = 534 days
    SustainabilityRow rapor = row(r, "Rapor Online");
    assertThat(rapor.lastEntry()).isNull();
    assertThat(rapor.entryDays()).isZero();
    assertThat(rapor.watchedSince()).isEqualTo(LocalDate.of(2024, 6, 14));
    assertThat(rapor.nextDue()).isEqualTo(LocalDate.of(2024, 9, 14));
    assertThat(rapor.overdueDays()).isEqualTo(534);
    assertThat(rapor.watchState()).isEqualTo(WatchState.LAPSED);
    // Sekolah Ramah Anak: 15 October 2025 -> due 15 January 2026 -> 16 + 28 + 2 = 46 days: at risk
    SustainabilityRow sekolah = row(r, "Sekolah Ramah Anak");
    assertThat(sekolah.overdueDays()).isEqualTo(46);
    assertThat(sekolah.watchState()).isEqualTo(WatchState.AT_RISK);
    // Angkot Pintar: two entries on one day (one entry day), due 20 February 2026: 10 days, still watched
    SustainabilityRow angkot = row(r, "Angkot Pintar");
    assertThat(angkot.entryDays()).isEqualTo(1);
    assertThat(angkot.overdueDays()).isEqualTo(10);
    assertThat(angkot.watchState()).isEqualTo(WatchState.WATCHED);
    // Izin Kilat: the entry dated 15 April 2026 is not yet seen; 1 December 2025 -> due 1 March 2026: 1 day
    SustainabilityRow izin = row(r, "Izin Kilat");
    assertThat(izin.lastEntry()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(izin.overdueDays()).isEqualTo(1);
    // Posyandu Digital: 10 December 2025 -> due 10 March 2026: not yet due
    SustainabilityRow posyandu = row(r, "Posyandu Digital");
    assertThat(posyandu.overdueDays()).isZero();
    assertThat(posyandu.entryDays()).isEqualTo(6);
    assertThat(posyandu.watchedSince()).isEqualTo(LocalDate.of(2024, 6, 12));
  }

  @Test
  void totalsAndTheOrderPutTheInnovationsNeedingAttentionFirst() {
    SustainabilityReport r = report(Messages.INDONESIAN);
    assertThat(r.innovations()).isEqualTo(6);
    assertThat(List.of(r.watched(), r.atRisk(), r.lapsed())).containsExactly(3L, 1L, 2L);
    // Ambulans (superseded SK), Rapor Online (none): missing; Sekolah: expired on 31 December 2025
    assertThat(r.withoutValidLegalBasis()).isEqualTo(3);
    assertThat(r.flagged()).isEqualTo(3);
    // IGA 2026 (deadline 31 August): Ambulans, Angkot, Izin Kilat; not Posyandu (two entries, no
    // development since 2025), Rapor Online (two entries), Sekolah (no development since its 2025 entry)
    assertThat(r.igaYear()).isEqualTo(2026);
    assertThat(r.eligibleIga()).isEqualTo(3);
    assertThat(r.rows()).extracting(SustainabilityRow::title).containsExactly("Ambulans Desa", "Rapor Online",
        "Sekolah Ramah Anak", "Angkot Pintar", "Izin Kilat", "Posyandu Digital");
    SustainabilityReport flagged = reports(data, IidData.READER, Messages.INDONESIAN).sustainability(Scenario.LEBAK,
        SustainabilityOptions.flaggedOnly());
    assertThat(flagged.rows()).extracting(SustainabilityRow::title).containsExactly("Ambulans Desa", "Rapor Online",
        "Sekolah Ramah Anak");
    assertThat(flagged.innovations()).isEqualTo(6);
    assertThat(flagged.settings()).hasSize(1);
  }

  @Test
  void legalBasisOwnerVersionAndEligibility() {
    SustainabilityReport r = report(Messages.INDONESIAN);
    SustainabilityRow izin = row(r, "Izin Kilat");
    // the Perda outranks the SK that also backs it
    assertThat(izin.legalBasis()).isEqualTo(LegalBasisState.VALID);
    assertThat(izin.documentKind().code()).isEqualTo("PERDA");
    assertThat(izin.documentNumber()).isEqualTo("5 Tahun 2025");
    assertThat(izin.versionYear()).isEqualTo(2026);
    assertThat(izin.versionNumber()).isEqualTo(3);
    assertThat(izin.ownerName()).isEqualTo("(dihapus)");
    SustainabilityRow sekolah = row(r, "Sekolah Ramah Anak");
    assertThat(sekolah.legalBasis()).isEqualTo(LegalBasisState.EXPIRED);
    assertThat(sekolah.validUntil()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(sekolah.ownerName()).isEqualTo("Drs. Ahmad Fauzi");
    assertThat(row(r, "Ambulans Desa").legalBasis()).isEqualTo(LegalBasisState.MISSING);
    assertThat(row(r, "Ambulans Desa").ownerName()).isEqualTo("dr. Siti Aminah");
    CompetitionVerdict posyanduIga = row(r, "Posyandu Digital").verdict(Competition.IGA);
    assertThat(posyanduIga.year()).isEqualTo(2026);
    assertThat(posyanduIga.reasons()).extracting(VerdictReason::code)
        .containsExactly(EligibilityCode.ENTRY_LIMIT_REACHED, EligibilityCode.NO_DEVELOPMENT_SINCE_ENTRY);
    VerdictReason noDevelopment = posyanduIga.reasons().get(1);
    assertThat(noDevelopment.fixBy()).isEqualTo(LocalDate.of(2026, 8, 31));
    assertThat(noDevelopment.fix().in(Messages.INDONESIAN)).isEqualTo(
        "Catat pengembangan inovasi tahun 2026 paling lambat 31 Agustus 2026.");
    // KIPP 2026 (deadline 31 March): two years old only in June 2026; Izin Kilat also won Top 45 in 2025
    CompetitionVerdict izinKipp = izin.verdict(Competition.KIPP);
    assertThat(izinKipp.reasons()).extracting(VerdictReason::code)
        .containsExactly(EligibilityCode.TOO_YOUNG, EligibilityCode.EARLIER_TOP_TIER);
    assertThat(izinKipp.reasons().get(0).eligibleFromYear()).isEqualTo(2027);
    // the coming years' entries are open on the report day
    assertThat(r.rows()).allSatisfy(x -> assertThat(x.coming()).allSatisfy(v -> {
      assertThat(v.closed()).isFalse();
      assertThat(v.closedNote()).isNull();
    }));
  }

  @Test
  void monitoringThatResumesBringsALapsedInnovationBack() {
    LebakData fresh = LebakData.create();
    SustainabilityReport before = reports(fresh, IidData.READER, Messages.INDONESIAN).sustainability(Scenario.LEBAK,
        SustainabilityOptions.all());
    assertThat(before.rows().get(1).title()).isEqualTo("Rapor Online");
    assertThat(before.rows().get(1).watchState()).isEqualTo(WatchState.LAPSED);
    var d = fresh.scenario.lab.evaluations().recordMonitoring(fresh.ref(7), Scenario.ADMIN, "penerima_manfaat",
        BigDecimal.TEN, LocalDate.of(2026, 2, 20), null);
    assertThat(d.accepted()).isTrue();
    SustainabilityReport after = reports(fresh, IidData.READER, Messages.INDONESIAN).sustainability(Scenario.LEBAK,
        SustainabilityOptions.all());
    SustainabilityRow rapor = row(after, "Rapor Online");
    assertThat(rapor.watchState()).isEqualTo(WatchState.WATCHED);
    assertThat(rapor.nextDue()).isEqualTo(LocalDate.of(2026, 5, 20));
    assertThat(after.lapsed()).isEqualTo(1);
    // still without a legal basis: it stays among the innovations needing attention, after those at risk
    assertThat(after.rows()).extracting(SustainabilityRow::title).containsExactly("Ambulans Desa",
        "Sekolah Ramah Anak", "Rapor Online", "Angkot Pintar", "Izin Kilat", "Posyandu Digital");
  }

  @Test
  void jsonAndHtmlShowLabelsNamesAndSentencesInBothLanguages() {
    for (Locale l : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
      SustainabilityReport r = report(l);
      JsonNode json = Rendered.jsonTree(r);
      assertThat(json.get("report").asString()).isEqualTo("sustainability");
      assertThat(json.get("facts").get("lapsed").asLong()).isEqualTo(2);
      assertThat(json.get("facts").get("eligibleIga").asLong()).isEqualTo(3);
      JsonNode first = json.get("tables").get("sustainabilityInnovations").get(0);
      assertThat(first.get("watchState").asString()).isEqualTo("LAPSED");
      assertThat(first.get("overdueDays").asLong()).isEqualTo(316);
      assertThat(first.get("nextDue").asString()).isEqualTo("2025-04-20");
      assertThat(first.has("owner")).isFalse();
      assertThat(json.get("definitions").get("sustainabilityInnovations").get("overdueDays").get("en").asString())
          .contains("due date");
      Document html = Html.parse(Rendered.html(r));
      String text = Html.text(html);
      List<Map<String, String>> rows = Html.table(html, "sustainabilityInnovations");
      assertThat(rows).hasSize(6);
      assertThat(rows.get(0)).doesNotContainKeys("watchState", "innovationId", "entryDays", "documentKind");
      boolean en = l.getLanguage().equals("en");
      assertThat(rows.get(0).get("watchStateLabel")).isEqualTo(en ? "Lapsed" : "Terhenti");
      assertThat(rows.get(0).get("nextDue")).isEqualTo(en ? "20 April 2025" : "20 April 2025");
      assertThat(rows.get(2).get("legalBasisLabel")).isEqualTo(en
          ? "Expired: decree (SK) 421/17/Disdik/2024 (ended 31 December 2025)"
          : "Sudah tidak berlaku: SK 421/17/Disdik/2024 (berakhir 31 Desember 2025)");
      assertThat(rows.get(5).get("versionLabel")).isEqualTo(en ? "2025, version 2: Wider scope, Digitalisation"
          : "2025, versi 2: Perluasan cakupan, Digitalisasi");
      assertThat(rows.get(1).get("igaLabel")).isEqualTo(en ? "2026: not eligible (2 reasons)"
          : "2026: tidak layak (2 alasan)");
      assertThat(rows.get(2).get("igaLabel")).isEqualTo(en ? "2026: not eligible (1 reason)"
          : "2026: tidak layak (1 alasan)");
      assertThat(rows.get(1).get("lastEntryLabel")).isEqualTo(en ? "no entry yet" : "belum ada entri");
      assertThat(text).contains(en ? "One monitoring entry per quarter; at risk when more than 30 days overdue; "
          + "lapsed when more than 180 days overdue."
          : "Satu entri pemantauan per triwulan; berisiko bila terlambat lebih dari 30 hari; terhenti bila "
              + "terlambat lebih dari 180 hari.");
      assertThat(text).contains(en ? "Record a development of the innovation in 2026 by 31 August 2026."
          : "Catat pengembangan inovasi tahun 2026 paling lambat 31 Agustus 2026.");
      assertThat(text).doesNotContain("AT_RISK", "asn-disdik", "NO_DEVELOPMENT_SINCE_ENTRY", "TOO_YOUNG");
    }
  }

  @Test
  void xlsxCsvAndPdfReadBack() {
    SustainabilityReport r = report(Messages.INDONESIAN);
    var book = Rendered.workbook(r);
    assertThat(book.keySet()).contains("Ikhtisar", "Inovasi yang dipantau", "Kelayakan kompetisi berikutnya");
    var rows = Xlsx.rows(book.get("Inovasi yang dipantau"));
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0).get("Nama inovasi").asString()).isEqualTo("Ambulans Desa");
    assertThat(rows.get(0).get("Hari terlambat").asNumber()).isEqualByComparingTo("316");
    assertThat(rows.get(0).get("Hari dengan entri pemantauan").asNumber()).isEqualByComparingTo("2");
    var eligibility = Rendered.plainCsv(r, "sustainabilityEligibility");
    // per innovation and competition, one line per reason, one for an eligible verdict: 2 + 3 + 2 + 2 + 3 + 3
    assertThat(eligibility).hasSize(15);
    assertThat(eligibility).filteredOn(m -> m.get("title").equals("Sekolah Ramah Anak")
        && m.get("competition").equals("IGA")).singleElement().satisfies(m -> {
          assertThat(m).containsEntry("reason", "NO_DEVELOPMENT_SINCE_ENTRY").containsEntry("fixBy", "2026-08-31")
              .containsEntry("eligible", "false").containsEntry("ruleVerified", "false");
        });
    var main = Rendered.localizedCsv(r, "sustainabilityInnovations");
    assertThat(main.get(2)).containsEntry("Status pemantauan", "Berisiko").containsEntry("Hari terlambat", "46");
    var facts = Rendered.plainCsv(r, "facts");
    assertThat(facts).filteredOn(m -> m.get("key").equals("withoutValidLegalBasis")).singleElement()
        .satisfies(m -> assertThat(m.get("value")).isEqualTo("3"));
    Pdf pdf = Pdf.read(Rendered.pdf(r));
    assertThat(pdf.outside).isEmpty();
    String squashed = pdf.text.replaceAll("\\s+", "");
    assertThat(squashed).contains("KeberlanjutanInovasi", "Terhenti", "316", "Drs.AhmadFauzi",
        "Perkada14Tahun2024");
    assertThat(pdf.text).doesNotContain("LAPSED", "asn-dinkes");
  }

  @Test
  void aRegionWithoutDisplayedInnovationsGivesAnEmptyReportWithTheDefaultSettings() {
    Actor tangerang = Actor.of("bupati-tangerang", null, Role.REGIONAL_HEAD).in(Scenario.TANGERANG);
    Scenario bare = new Scenario(IidData::stores);
    SustainabilityReport r = reports(data, tangerang, Messages.INDONESIAN).sustainability(Scenario.TANGERANG,
        SustainabilityOptions.all());
    // Tangerang Gemilang was displayed there and has no monitoring: lapsed on 2 March 2026
    assertThat(r.rows()).extracting(SustainabilityRow::title).containsExactly("Tangerang Gemilang");
    SustainabilityReport empty = Reports.builder().labinov(bare.lab).actor(IidData.READER).generatedAt(
        CycleData.REPORT_TIME).build().sustainability(Scenario.LEBAK, SustainabilityOptions.all());
    assertThat(empty.rows()).isEmpty();
    assertThat(empty.innovations()).isZero();
    assertThat(empty.eligibleIga()).isZero();
    assertThat(empty.settings()).hasSize(1);
    Html.parse(Rendered.html(empty));
    assertThat(Rendered.jsonTree(empty).get("tables").get("sustainabilityEligibility")).isEmpty();
  }

  @Test
  void withoutAReaderOrACycleStoreOrOutsideTheScopeTheReportSaysSo() {
    assertThatThrownBy(() -> Reports.builder().labinov(data.scenario.lab).build().sustainability(Scenario.LEBAK,
        SustainabilityOptions.all())).isInstanceOfSatisfying(ReportException.class, e -> {
          assertThat(e.code()).isEqualTo("NO_READER");
          assertThat(e.getMessage(Messages.INDONESIAN)).contains("Reports.builder().actor(");
        });
    Actor tangerang = Actor.of("bupati-tangerang", null, Role.REGIONAL_HEAD).in(Scenario.TANGERANG);
    assertThatThrownBy(() -> reports(data, tangerang, Messages.INDONESIAN).sustainability(Scenario.LEBAK,
        SustainabilityOptions.all())).isInstanceOf(OutsideScopeException.class);
    Scenario noCycle = new Scenario();
    assertThatThrownBy(() -> Reports.builder().labinov(noCycle.lab).actor(IidData.READER).build()
        .sustainability(Scenario.LEBAK, SustainabilityOptions.all()))
        .isInstanceOfSatisfying(ReportException.class, e -> {
          assertThat(e.code()).isEqualTo("NO_CYCLE_STORE");
          assertThat(e.getMessage()).contains("cycleStore(");
          assertThat(e.getMessage(Messages.INDONESIAN)).contains("penyimpanan siklus tahunan");
        });
  }
}
