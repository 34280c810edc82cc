package id.labinov.reporting.support;

import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.DevelopmentChange;
import id.labinov.core.cycle.EntryGroup;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.RegisteredDocument;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.Theme;
import id.labinov.core.spi.Directory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Lebak innovations' years after the 2024 innovation week, for the yearly-cycle reports: monitoring
 * entries, decrees and regulations that back them, development versions and competition entries, recorded
 * with the clock on 1 March 2026 (then set back to the Lebak report day). The reports are made on
 * {@link #REPORT_TIME}, 2 March 2026.
 *
 * <p>Displayed (DISPLAY reached): Posyandu Digital 1 (12 June 2024), Ambulans Desa 2 (16 June), Sekolah
 * Ramah Anak 6 (13 June), Rapor Online 7 (14 June), Angkot Pintar 11 (15 June), Izin Kilat 14 (12 June).
 *
 * <ul>
 *   <li>Monitoring: Posyandu every quarter up to 10 December 2025; Ambulans 15 September 2024 and 20 January
 *       2025; Sekolah 1 September 2024 and 15 October 2025; Rapor Online only on 1 May 2024, before it was
 *       displayed; Angkot twice on 20 November 2025; Izin Kilat 1 December 2025 and one dated 15 April 2026.
 *   <li>Legal basis: Perbup 14 Tahun 2024 for Posyandu (and an SK replacing Ambulans' superseded SK);
 *       an SK for Sekolah in force until 31 December 2025; an SK for Angkot and Izin Kilat until 2027 and a
 *       Perda 5 Tahun 2025 for Izin Kilat; nothing for Rapor Online.
 *   <li>Versions: Posyandu 2025 (digitalisation, scope); Sekolah 2025 (beneficiaries); Izin Kilat 2025
 *       (digitalisation) and 2026 (scope).
 *   <li>Entries: Posyandu IGA 2024 (nominee) and 2025; Sekolah IGA 2025 (not selected); Rapor Online IGA
 *       2023 and 2024 (not selected); Izin Kilat IGA 2025 and KIPP 2025 (Top 45).
 * </ul>
 */
public final class CycleData {
  /** 2 March 2026, 09:00 WIB. */
  public static final Instant REPORT_TIME = Instant.parse("2026-03-02T02:00:00Z");
  /** When the cycle data is recorded: 1 March 2026, 09:00 WIB. */
  static final Instant RECORDED = Instant.parse("2026-03-01T02:00:00Z");

  /** The Lebak directory, and the innovators of Disdik and Dishub by name; Dpmptsp's name was erased. */
  public static final Directory DIRECTORY = new Directory() {
    private final Map<String, String> people = Map.of("asn-disdik", "Drs. Ahmad Fauzi", "asn-dishub",
        "Rina Marlina, S.T.");

    @Override
    public Optional<String> findOpdName(OpdCode opd) {
      return LebakData.DIRECTORY.findOpdName(opd);
    }

    @Override
    public PersonName findPersonName(PersonId person) {
      if (person.value().equals("asn-dpmptsp")) {
        return PersonName.erased();
      }
      String name = people.get(person.value());
      return name != null ? PersonName.of(name) : LebakData.DIRECTORY.findPersonName(person);
    }

    @Override
    public Optional<String> findThemeName(Theme theme, Locale locale) {
      return LebakData.DIRECTORY.findThemeName(theme, locale);
    }
  };

  private CycleData() {}

  /** Records the years after the innovation week, as the lab administrator. */
  static void add(LebakData data) {
    Instant before = data.scenario.clock.instant();
    data.scenario.clock.set(RECORDED);
    try {
      monitoring(data, 1, "2024-09-10", "2024-12-10", "2025-03-10", "2025-06-10", "2025-09-10", "2025-12-10");
      monitoring(data, 2, "2024-09-15", "2025-01-20");
      monitoring(data, 6, "2024-09-01", "2025-10-15");
      monitoring(data, 7, "2024-05-01");
      monitoring(data, 11, "2025-11-20", "2025-11-20");
      monitoring(data, 14, "2025-12-01", "2026-04-15");
      var iid = data.scenario.lab.iid();
      iid.addDocument(Scenario.ADMIN, document("perbup-posyandu-2024", DocumentKind.PERKADA, "2024-05-02",
          "14 Tahun 2024", null, "Posyandu Digital", data, 1));
      iid.addDocument(Scenario.ADMIN, document("sk-sekolah-2024", DocumentKind.DECREE, "2024-02-10",
          "421/17/Disdik/2024", "2025-12-31", "Sekolah Ramah Anak", data, 6));
      iid.addDocument(Scenario.ADMIN, document("sk-inovasi-2025", DocumentKind.DECREE, "2025-01-15",
          "188.45/3/Huk/2025", "2027-12-31", "Penetapan inovasi daerah 2025", data, 11, 14));
      iid.addDocument(Scenario.ADMIN, document("perda-pelayanan-2025", DocumentKind.PERDA, "2025-06-01",
          "5 Tahun 2025", null, "Pelayanan perizinan", data, 14));
      RegisteredDocument ambulans = iid.addDocument(Scenario.ADMIN, document("sk-ambulans-2024", DocumentKind.DECREE,
          "2024-07-01", "440/88/2024", null, "Ambulans Desa", data, 2));
      iid.supersedeDocument(Scenario.ADMIN, Scenario.LEBAK, "sk-ambulans-2024", ambulans.version(),
          document("sk-kesehatan-2025", DocumentKind.DECREE, "2025-02-01", "440/12/2025", null,
              "Layanan kesehatan desa", data, 1), "Diganti SK layanan kesehatan");
      version(data, 1, 2025, "Pendaftaran posyandu lewat aplikasi, diperluas ke 12 kecamatan.",
          DevelopmentChange.DIGITALISATION, DevelopmentChange.SCOPE);
      version(data, 6, 2025, "Diperluas ke SMP negeri.", DevelopmentChange.BENEFICIARIES);
      version(data, 14, 2025, "Izin usaha mikro lewat aplikasi.", DevelopmentChange.DIGITALISATION);
      version(data, 14, 2026, "Izin reklame ikut dilayani.", DevelopmentChange.SCOPE);
      entry(data, 1, Competition.IGA, 2024, EntryResult.NOMINEE);
      entry(data, 1, Competition.IGA, 2025, EntryResult.ENTERED);
      entry(data, 6, Competition.IGA, 2025, EntryResult.NOT_SELECTED);
      entry(data, 7, Competition.IGA, 2023, EntryResult.NOT_SELECTED);
      entry(data, 7, Competition.IGA, 2024, EntryResult.NOT_SELECTED);
      entry(data, 14, Competition.IGA, 2025, EntryResult.ENTERED);
      entry(data, 14, Competition.KIPP, 2025, EntryResult.TOP_45);
    } finally {
      data.scenario.clock.set(before);
    }
  }

  private static void monitoring(LebakData data, int number, String... days) {
    for (String day : days) {
      var d = data.scenario.lab.evaluations().recordMonitoring(data.ref(number), Scenario.ADMIN, "penerima_manfaat",
          BigDecimal.valueOf(100), LocalDate.parse(day), null);
      if (!d.accepted()) {
        throw new AssertionError("monitoring refused: " + d);
      }
    }
  }

  private static EvidenceDocument document(String id, DocumentKind kind, String date, String number, String until,
      String subject, LebakData data, int... backs) {
    Set<InnovationId> innovations = new java.util.LinkedHashSet<>();
    for (int b : backs) {
      innovations.add(data.ref(b).id());
    }
    return EvidenceDocument.builder(id, Scenario.LEBAK, kind, LocalDate.parse(date)).number(number).subject(subject)
        .issuer("Bupati Lebak", IssuerLevel.REGIONAL_HEAD)
        .valid(null, until == null ? null : LocalDate.parse(until)).backs(innovations, Set.of()).build();
  }

  private static void version(LebakData data, int number, int year, String note, DevelopmentChange... changes) {
    data.scenario.lab.cycle().recordVersion(Scenario.ADMIN, data.ref(number), year, note, Set.of(changes));
  }

  private static void entry(LebakData data, int number, Competition competition, int year, EntryResult result) {
    data.scenario.lab.cycle().recordEntry(Scenario.ADMIN, data.ref(number), competition, year, EntryGroup.GENERAL,
        result, null);
  }
}
