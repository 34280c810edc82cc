package id.labinov.examples.lebak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.cycle.EligibilityCode;
import id.labinov.core.cycle.EligibilityReason;
import id.labinov.core.cycle.EligibilityVerdict;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.cycle.LegalBasisState;
import id.labinov.core.cycle.SustainabilityStatus;
import id.labinov.core.cycle.WatchState;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.event.OwnerHandedOver;
import id.labinov.core.model.PersonId;
import id.labinov.examples.lebak.IidRuns.CsvRow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the years after the Lebak lab year in memory and on H2 and checks the answers of 1 July 2026 against
 * expectations counted by hand from the committed CSV files (the comments give the counting), and against what the
 * tests recount from those files with their own reader: the monitoring days, the development years, the entries.
 */
class LebakFollowingYearsTest {
  private static final LocalDate ASKED = LocalDate.of(2026, 7, 1);
  private static final List<CsvRow> MONITORING = IidRuns.csv(FollowingYearsData.MONITORING);
  private static final List<CsvRow> VERSIONS = IidRuns.csv(FollowingYearsData.VERSIONS);
  private static final List<CsvRow> ENTRIES = IidRuns.csv(FollowingYearsData.ENTRIES);
  private static final List<CsvRow> LEGAL = IidRuns.csv(FollowingYearsData.LEGAL_BASIS);
  private static final List<CsvRow> EVENTS = IidRuns.csv(FollowingYearsData.EVENTS);
  @TempDir static Path folder;
  private static Run memory;
  private static Run h2;

  /** A run and its console. */
  record Run(FollowingYearsSummary summary, String console) {}

  @BeforeAll
  static void run() {
    memory = run(new LebakFollowingYears.Settings(folder.resolve("memory"), true, null, null, null, null,
        Locale.forLanguageTag("id")));
    h2 = run(new LebakFollowingYears.Settings(folder.resolve("h2"), false, null, null, null, null, Locale.ENGLISH));
  }

  private static Run run(LebakFollowingYears.Settings settings) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FollowingYearsSummary s = LebakFollowingYears.run(settings, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Run(s, bytes.toString(StandardCharsets.UTF_8));
  }

  /** The registration numbers of the verdicts that pass a test. */
  private static Set<Integer> numbers(List<EligibilityVerdict> verdicts, Predicate<EligibilityVerdict> which) {
    Map<InnovationRef, Integer> n = memory.summary().numbers();
    return verdicts.stream().filter(which).map(v -> n.get(v.ref())).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Predicate<EligibilityVerdict> because(EligibilityCode code) {
    return v -> v.reasons().stream().anyMatch(r -> r.code() == code);
  }

  private static Set<Integer> watched(Predicate<SustainabilityStatus> which) {
    Map<InnovationRef, Integer> n = memory.summary().numbers();
    return memory.summary().watch().stream().filter(which).map(s -> n.get(s.ref()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<Integer> set(Integer... numbers) {
    return new TreeSet<>(List.of(numbers));
  }

  /** The days of a monitoring row, stepped here: the first day plus 3, 6, 9 ... months, up to the last day. */
  private static List<LocalDate> days(CsvRow r) {
    LocalDate from = LocalDate.parse(r.get("mulai"));
    LocalDate to = LocalDate.parse(r.get("sampai"));
    List<LocalDate> out = new java.util.ArrayList<>();
    for (int months = 0; !from.plusMonths(months).isAfter(to); months += 3) {
      out.add(from.plusMonths(months));
    }
    return out;
  }

  @Test
  void everyRowOfTheDataReachesTheLibrary() {
    FollowingYearsSummary s = memory.summary();
    assertThat(s.displayed()).isEqualTo(64);
    int entries = MONITORING.stream().mapToInt(r -> days(r).size()).sum();
    assertThat(s.monitoringEntries()).isEqualTo(entries).isEqualTo(1595);
    assertThat(s.versions()).isEqualTo(VERSIONS.size()).isEqualTo(41);
    assertThat(s.igaEntries()).isEqualTo(ENTRIES.stream().filter(r -> r.get("kompetisi").equals("IGA")).count())
        .isEqualTo(17);
    assertThat(s.kippEntries()).isEqualTo(10);
    // each entry is recorded when entered, and again when its result is announced (two KIPP 2026 entries wait)
    assertThat(s.entryRecords()).isEqualTo(ENTRIES.size() + ENTRIES.stream().filter(r -> !r.get("diumumkan").isEmpty())
        .count()).isEqualTo(27 + 25);
    assertThat(s.documents()).isEqualTo(LEGAL.size()).isEqualTo(11);
    assertThat(s.drops()).isEqualTo(1);
    assertThat(s.handovers()).isEqualTo(1);
    assertThat(EVENTS).hasSize(2);
    // the stored streams hold what was recorded: the entries of one innovation, in its log and latest per year
    InnovationRef geulis = ref(36);
    assertThat(s.lab().cycle().entries(LabYear.ADMIN, geulis)).extracting(e -> e.competition() + " " + e.year() + " "
        + e.result()).containsExactly("IGA 2024 NOT_SELECTED", "IGA 2025 NOMINEE", "KIPP 2022 TOP_99", "KIPP 2024 TOP_99");
    assertThat(s.lab().cycle().entryLog(LabYear.ADMIN, geulis)).hasSize(8);
    assertThat(s.lab().cycle().versions(LabYear.ADMIN, geulis)).extracting(v -> v.year() + "/" + v.number())
        .containsExactly("2024/2", "2025/3", "2026/4");
    // monitored in two periods: 2020-2021, then again from 2023
    assertThat(s.lab().evaluations().monitoring(ref(99))).hasSize(MONITORING.stream()
        .filter(r -> r.get("no").equals("99")).mapToInt(r -> days(r).size()).sum()).hasSize(7 + 13);
  }

  private static InnovationRef ref(int number) {
    return memory.summary().numbers().entrySet().stream().filter(e -> e.getValue() == number).findFirst()
        .orElseThrow().getKey();
  }

  /**
   * IGA 2026, counted by hand from the files: the window is 2024-2026, every displayed innovation was implemented
   * in September 2019, so an innovation counts only with a development of 2024-2026 (20 have one: 4 5 9 36 46 70
   * 74 141 146 in 2024, 2 11 41 67 89 102 130 in 2025, 24 106 143 144 in 2026 — and 36, 74 again); entered in
   * IGA 2024 and 2025: 4 36 74 141 (the limit); entered once: 2 19 115 143 (2023), 5 70 102 (2024), 41 89 (2025);
   * developed after the last entry: 2 5 41 102 143, and 36 74 (2026); dropped: 55.
   */
  @Test
  void igaOf2026IsAnsweredAsCountedFromTheData() {
    List<EligibilityVerdict> iga = memory.summary().iga();
    assertThat(iga).hasSize(64);
    assertThat(numbers(iga, EligibilityVerdict::eligible)).isEqualTo(set(2, 5, 41, 102, 143, 9, 11, 24, 46, 67, 106,
        130, 144, 146));
    assertThat(FollowingYearsSummary.eligible(iga)).isEqualTo(14);
    assertThat(numbers(iga, because(EligibilityCode.ENTRY_LIMIT_REACHED))).isEqualTo(set(4, 36, 74, 141));
    assertThat(numbers(iga, because(EligibilityCode.NO_DEVELOPMENT_SINCE_ENTRY))).isEqualTo(set(4, 141, 19, 70, 89,
        115));
    assertThat(numbers(iga, because(EligibilityCode.DROPPED))).isEqualTo(set(55));
    // the window, recounted from the development file: no version of 2024-2026
    Set<Integer> developed = VERSIONS.stream().filter(r -> r.number("tahun") >= 2024).map(r -> r.number("no"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(developed).hasSize(20);
    assertThat(numbers(iga, because(EligibilityCode.OUTSIDE_WINDOW))).hasSize(44)
        .isEqualTo(numbers(iga, v -> !developed.contains(memory.summary().numbers().get(v.ref()))));
    assertThat(FollowingYearsSummary.byReason(iga)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        EligibilityCode.DROPPED, 1L, EligibilityCode.OUTSIDE_WINDOW, 44L, EligibilityCode.ENTRY_LIMIT_REACHED, 4L,
        EligibilityCode.NO_DEVELOPMENT_SINCE_ENTRY, 6L)));
    // 50 not eligible; all but the four at the limit could still be made eligible by 31 August 2026
    assertThat(FollowingYearsSummary.fixable(iga)).isEqualTo(46);
    EligibilityVerdict rekamMedis = FollowingYearsSummary.verdict(iga, memory.summary().numbers(), 70).orElseThrow();
    EligibilityReason r = rekamMedis.reasons().get(0);
    assertThat(r.fixBy()).contains(LocalDate.of(2026, 8, 31));
    assertThat(r.message(Locale.forLanguageTag("id"))).isEqualTo("Inovasi ini terakhir diikutkan tahun 2024 dan "
        + "belum tercatat dikembangkan sesudahnya. (aturan ini belum terverifikasi)");
    assertThat(r.fix(Locale.ENGLISH)).isEqualTo("Record a development of the innovation in 2026 by 31 August 2026.");
    EligibilityVerdict izin = FollowingYearsSummary.verdict(iga, memory.summary().numbers(), 4).orElseThrow();
    assertThat(izin.reasons()).extracting(EligibilityReason::code).containsExactly(
        EligibilityCode.ENTRY_LIMIT_REACHED, EligibilityCode.NO_DEVELOPMENT_SINCE_ENTRY);
    assertThat(izin.fixable()).isFalse();
  }

  /**
   * KIPP 2026 (minimum age two years, all old enough): GEULIS (36) was in the Top 99 in 2022 and 2024, Posyandu
   * Digital Lebak Tahap II (141) reached the Top 45 in 2023, Transaksi Non Tunai OPD (55) was dropped; SI-CANTIK (74)
   * and ALO Tahap II (143) entered KIPP 2026 in March and wait for the result.
   */
  @Test
  void kippOf2026IsAnsweredAsCountedFromTheData() {
    List<EligibilityVerdict> kipp = memory.summary().kipp();
    assertThat(kipp).hasSize(64);
    assertThat(FollowingYearsSummary.eligible(kipp)).isEqualTo(61);
    assertThat(numbers(kipp, because(EligibilityCode.TOP_99_LIMIT))).isEqualTo(set(36));
    assertThat(numbers(kipp, because(EligibilityCode.EARLIER_TOP_TIER))).isEqualTo(set(141));
    assertThat(numbers(kipp, because(EligibilityCode.DROPPED))).isEqualTo(set(55));
    assertThat(numbers(kipp, v -> v.entered().isPresent())).isEqualTo(set(74, 143));
    assertThat(kipp.stream().filter(v -> v.entered().isPresent()))
        .allSatisfy(v -> assertThat(v.eligible()).isTrue())
        .allSatisfy(v -> assertThat(v.entered().orElseThrow().result()).isEqualTo(EntryResult.ENTERED));
    // asked on 1 July 2026, after KIPP 2026 closed (31 March): the dropped one can no longer be fixed for 2026
    assertThat(kipp).allSatisfy(v -> assertThat(v.closed()).isTrue());
    assertThat(FollowingYearsSummary.fixable(kipp)).isZero();
    assertThat(kipp.get(0).closedNote(java.util.Locale.ENGLISH)).contains("Entries for KIPP 2026 closed on 31 March 2026; a fix now counts only for a later year.");
  }

  /**
   * The watch on 1 July 2026, recounted from the monitoring file: the next entry is due three months after the last;
   * more than 30 days overdue is at risk, more than 180 lapsed. The legal basis from the decree file: the regent's
   * decree of 2020 establishes 52 innovations without end; 9 and 103 had their team decree renewed; the team decrees
   * of 10 45 53 62 93 125 ended; 29 64 112 138 have none.
   */
  @Test
  void theWatchOfFirstJuly2026IsAsCountedFromTheData() {
    FollowingYearsSummary s = memory.summary();
    assertThat(s.askedOn()).isEqualTo(ASKED);
    assertThat(s.watch()).hasSize(63);
    assertThat(watched(w -> true)).doesNotContain(55);
    Map<Integer, LocalDate> last = new HashMap<>();
    for (CsvRow r : MONITORING) {
      List<LocalDate> d = days(r);
      last.merge(r.number("no"), d.get(d.size() - 1), (a, b) -> a.isAfter(b) ? a : b);
    }
    last.remove(55);
    Map<Integer, Long> overdue = new TreeMap<>();
    last.forEach((n, d) -> overdue.put(n, Math.max(0, ChronoUnit.DAYS.between(d.plusMonths(3), ASKED))));
    Set<Integer> lapsed = overdue.entrySet().stream().filter(e -> e.getValue() > 180).map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<Integer> atRisk = overdue.entrySet().stream().filter(e -> e.getValue() > 30 && e.getValue() <= 180)
        .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    assertThat(lapsed).isEqualTo(set(29, 62, 77, 112, 118));
    assertThat(atRisk).isEqualTo(set(134));
    assertThat(watched(w -> w.watch().state() == WatchState.LAPSED)).isEqualTo(lapsed);
    assertThat(watched(w -> w.watch().state() == WatchState.AT_RISK)).isEqualTo(atRisk);
    assertThat(s.byState()).containsExactlyEntriesOf(new TreeMap<>(Map.of(WatchState.WATCHED, 57L,
        WatchState.AT_RISK, 1L, WatchState.LAPSED, 5L)));
    for (SustainabilityStatus w : s.watch()) {
      int n = s.numbers().get(w.ref());
      assertThat(w.watch().overdueDays()).as("overdue days of %d", n).isEqualTo(overdue.get(n));
      assertThat(w.watch().lastEntry()).as("last entry of %d", n).contains(last.get(n));
    }
    // monitored again from May 2023 after it lapsed in 2021: watched
    assertThat(watched(w -> w.watch().state() == WatchState.WATCHED)).contains(99);
    assertThat(watched(w -> w.legalBasis().state() == LegalBasisState.EXPIRED)).isEqualTo(set(10, 45, 53, 62, 93, 125));
    assertThat(watched(w -> w.legalBasis().state() == LegalBasisState.MISSING)).isEqualTo(set(29, 64, 112, 138));
    assertThat(s.byLegalBasis()).containsExactlyEntriesOf(new TreeMap<>(Map.of(LegalBasisState.VALID, 53L,
        LegalBasisState.EXPIRED, 6L, LegalBasisState.MISSING, 4L)));
    assertThat(watched(w -> w.legalBasis().documentId().equals(java.util.Optional.of("perbup-2023-14")))).isEqualTo(set(9));
    // not watched, or no legal basis in force: 6 + 10, less 29, 62 and 112 counted twice
    assertThat(watched(SustainabilityStatus::flagged)).hasSize(13);
    // the coming competitions on 1 July 2026: IGA 2026 (entries still open), KIPP 2027
    assertThat(s.watch().get(0).coming()).extracting(v -> v.competition() + " " + v.year())
        .containsExactly("IGA 2026", "KIPP 2027");
  }

  /**
   * Aplikasi Rekam Medis Puskesmas (70) was handed over on 13 March 2023: the history holds the handover, the watch
   * names the new owner, and the previous owner (its 2019 innovator) stays a contributor.
   */
  @Test
  void theHandoverIsInTheHistoryAndTheWatchNamesTheNewOwner() {
    FollowingYearsSummary s = memory.summary();
    InnovationRef rekamMedis = ref(70);
    CsvRow row = EVENTS.stream().filter(r -> r.get("peristiwa").equals("HANDOVER")).findFirst().orElseThrow();
    assertThat(row.number("no")).isEqualTo(70);
    List<OwnerHandedOver> handovers = s.lab().innovations().history(rekamMedis).stream()
        .filter(OwnerHandedOver.class::isInstance).map(OwnerHandedOver.class::cast).toList();
    assertThat(handovers).hasSize(1);
    OwnerHandedOver h = handovers.get(0);
    assertThat(h.toOwner()).isEqualTo(PersonId.of(row.get("pemilik_baru"))).isEqualTo(PersonId.of("asn-pkm-kalanganyar-7"));
    assertThat(h.fromOwner().value()).startsWith("asn-pkm-kalanganyar-");
    assertThat(h.toOpd()).isNull();
    assertThat(h.reason()).isEqualTo(row.get("alasan"));
    assertThat(h.metadata().actor()).isEqualTo(LabYear.ADMIN.personId());
    assertThat(h.metadata().occurredAt().atZone(ScenarioClock.WIB).toLocalDate()).isEqualTo(LocalDate.of(2023, 3, 13));
    SustainabilityStatus watched = s.watch().stream().filter(w -> w.ref().equals(rekamMedis)).findFirst().orElseThrow();
    assertThat(watched.owner()).isEqualTo(h.toOwner());
    assertThat(s.lab().innovations().get(rekamMedis).contributors()).isNotNull().contains(h.fromOwner());
    assertThat(memory.console()).contains("Serah terima pemilik: «Aplikasi Rekam Medis Puskesmas», 13 Maret 2023; "
        + "pemilik sekarang Rahmat Hidayat, A.Md.Kes.\n");
    assertThat(h2.console()).contains("Owner handover: «Aplikasi Rekam Medis Puskesmas», 13 March 2023; owner now "
        + "Rahmat Hidayat, A.Md.Kes.\n");
  }

  @Test
  void theSummaryIsPrintedInEitherLanguage() {
    assertThat(memory.console()).contains("2020-2026: 1595 catatan pemantauan, 41 pengembangan, 17 keikutsertaan IGA "
        + "dan 10 keikutsertaan KIPP")
        .contains("  Layak: 14 dari 64 inovasi\n")
        .contains("  Belum layak: 50; 46 di antaranya dapat menjadi layak bila diperbaiki paling lambat 31 Agustus 2026\n")
        .contains("     44 diterapkan dan dikembangkan terakhir sebelum rentang T-2..T-0\n")
        .contains("  Terpantau 57, Berisiko 1, Terhenti 5\n")
        .contains("    Berisiko: «Batik Bayah Naik Kelas» (terlambat 80 hari; terakhir dipantau 12 Januari 2026)\n")
        .contains("  Dasar hukum: Ada dan berlaku 53, Sudah tidak berlaku 6, Tidak ada 4\n");
    assertThat(h2.console()).contains("  Eligible: 14 of 64 innovations\n")
        .contains("  Eligible: 61 of 64 innovations\n")
        .contains("    «Gerakan Ibu Hamil Sehat (GEULIS)»: The innovation was in the Top 99 2 times already; the limit is "
            + "2. Cannot be fixed: the Top 99 limit is reached.\n")
        .contains("  Watched 57, At risk 1, Lapsed 5\n");
  }

  @Test
  void onH2TheAnswersAreTheSame() {
    FollowingYearsSummary a = memory.summary();
    FollowingYearsSummary b = h2.summary();
    assertThat(b.database()).startsWith("H2 ");
    assertThat(b.monitoringEntries()).isEqualTo(a.monitoringEntries());
    assertThat(FollowingYearsSummary.byReason(b.iga())).isEqualTo(FollowingYearsSummary.byReason(a.iga()));
    assertThat(FollowingYearsSummary.byReason(b.kipp())).isEqualTo(FollowingYearsSummary.byReason(a.kipp()));
    assertThat(b.iga()).extracting(EligibilityVerdict::title).isEqualTo(a.iga().stream().map(EligibilityVerdict::title)
        .toList());
    assertThat(b.byState()).isEqualTo(a.byState());
    assertThat(b.byLegalBasis()).isEqualTo(a.byLegalBasis());
    ByteArrayOutputStream english = new ByteArrayOutputStream();
    a.print(new PrintStream(english, true, StandardCharsets.UTF_8), Locale.ENGLISH);
    List<String> h2Lines = h2.console().lines().toList();
    // the last two lines name the report files written (the folders differ)
    assertThat(h2Lines.get(h2Lines.size() - 1)).startsWith("Sustainability report (every format, both languages): 10 file");
    assertThat(h2Lines.subList(1, h2Lines.size() - 2))
        .isEqualTo(english.toString(StandardCharsets.UTF_8).lines().skip(1).toList());
  }

  @Test
  void theReadmeQuotesTheAnswers() throws java.io.IOException {
    FollowingYearsSummary s = memory.summary();
    String readme = java.nio.file.Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8)
        .replaceAll("\\s+", " ");
    Map<EligibilityCode, Long> iga = FollowingYearsSummary.byReason(s.iga());
    long igaEligible = FollowingYearsSummary.eligible(s.iga());
    assertThat(readme).contains("eligible for IGA 2026?** " + igaEligible + ". Of the other "
        + (s.iga().size() - igaEligible) + ", " + FollowingYearsSummary.fixable(s.iga())
        + " can still become eligible by 31 August 2026: " + iga.get(EligibilityCode.OUTSIDE_WINDOW)
        + " were implemented in 2019 and not developed since (outside T-2..T-0), "
        + iga.get(EligibilityCode.NO_DEVELOPMENT_SINCE_ENTRY) + " were entered before and not developed since; "
        + iga.get(EligibilityCode.ENTRY_LIMIT_REACHED) + " reached the limit of two entries");
    assertThat(readme).contains("**And for KIPP 2026?** " + FollowingYearsSummary.eligible(s.kipp()) + " of "
        + s.kipp().size() + ";");
    Map<WatchState, Long> states = s.byState();
    Map<LegalBasisState, Long> legal = s.byLegalBasis();
    assertThat(readme).contains("Of the " + s.watch().size() + " not dropped: " + states.get(WatchState.WATCHED)
        + " watched").contains(states.get(WatchState.AT_RISK) + " at risk").contains(states.get(WatchState.LAPSED)
        + " lapsed; the legal basis is in force for " + legal.get(LegalBasisState.VALID) + ", expired for "
        + legal.get(LegalBasisState.EXPIRED) + " and missing for " + legal.get(LegalBasisState.MISSING) + " — "
        + s.watch().stream().filter(SustainabilityStatus::flagged).count() + " need attention");
    assertThat(readme).contains(String.format(Locale.ENGLISH, "%,d", s.monitoringEntries()) + " monitoring entries, "
        + s.versions() + " developments, " + s.igaEntries() + " IGA and " + s.kippEntries() + " KIPP entry years ("
        + s.entryRecords() + " records");
    assertThat(Path.of("..", "docs", "images", "sustainability-lebak.png")).exists();
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> LebakFollowingYears.Settings.from("--lang", "fr"))
        .hasMessageContaining("--lang id or --lang en");
    assertThatThrownBy(() -> LebakFollowingYears.Settings.from("--memory", "jdbc:h2:mem:x"))
        .hasMessageContaining("either --memory or a JDBC URL");
    assertThat(LebakFollowingYears.Settings.from("--memory", "--lang", "en").locale()).isEqualTo(Locale.ENGLISH);
  }
}
