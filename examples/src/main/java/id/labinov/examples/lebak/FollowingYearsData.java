package id.labinov.examples.lebak;

import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.DevelopmentChange;
import id.labinov.core.cycle.EntryGroup;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.IssuerLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The committed data of Lebak's years after the 2019 lab year (2020-2026), read from five CSV files beside
 * this class: {@value #MONITORING} (monitoring periods, one entry per quarter), {@value #VERSIONS} (development
 * versions), {@value #ENTRIES} (competition entries and their results), {@value #LEGAL_BASIS} (the decrees and
 * regulations that establish the innovations, some with an end date) and {@value #EVENTS} (a drop and an owner
 * handover). Innovations are named by their registration number in the 2019 lab year and their title, which must
 * agree. Written by hand; see the comment lines of each file.
 *
 * @param monitoring the monitoring periods, in file order
 * @param versions the development versions, in file order
 * @param entries the competition entries, in file order
 * @param legalBasis the legal basis documents, in file order
 * @param events the drops and handovers, in file order
 */
record FollowingYearsData(List<MonitoringPeriod> monitoring, List<VersionRow> versions, List<EntryRow> entries,
    List<LegalDocument> legalBasis, List<EventRow> events) {
  /** Monitoring periods. */
  static final String MONITORING = "lebak-2020-2026-pemantauan.csv";
  /** Development versions. */
  static final String VERSIONS = "lebak-2020-2026-pengembangan.csv";
  /** Competition entries. */
  static final String ENTRIES = "lebak-2020-2026-kompetisi.csv";
  /** Legal basis documents. */
  static final String LEGAL_BASIS = "lebak-2020-2026-dasar-hukum.csv";
  /** Drops and handovers. */
  static final String EVENTS = "lebak-2020-2026-peristiwa.csv";

  /**
   * A period in which an innovation was monitored: one entry on {@code from} and every three months after it up
   * to {@code to}, the values moving evenly from {@code first} to {@code last}.
   *
   * @param number the registration number
   * @param title the title
   * @param indicator the indicator's code
   * @param from the first entry's day
   * @param to the last day an entry may fall on
   * @param first the first value
   * @param last the last value
   * @param note the note of every entry
   */
  record MonitoringPeriod(int number, String title, String indicator, LocalDate from, LocalDate to,
      BigDecimal first, BigDecimal last, String note) {
    /** {@return the days of the entries: {@code from}, then every three months while not after {@code to}} */
    List<LocalDate> days() {
      List<LocalDate> out = new ArrayList<>();
      for (int k = 0; !from.plusMonths(3L * k).isAfter(to); k++) {
        out.add(from.plusMonths(3L * k));
      }
      return out;
    }

    /** {@return the value of the {@code k}-th entry (from 0), one decimal, moving evenly from first to last} */
    BigDecimal value(int k) {
      int n = days().size();
      if (n == 1) {
        return first.setScale(1, RoundingMode.HALF_UP);
      }
      return first.add(last.subtract(first).multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(n - 1L), 6,
          RoundingMode.HALF_UP)).setScale(1, RoundingMode.HALF_UP);
    }
  }

  /**
   * A development version.
   *
   * @param number the registration number
   * @param title the title
   * @param year the year of the development
   * @param recordedOn the day it is recorded
   * @param changes what changed
   * @param note what was developed
   */
  record VersionRow(int number, String title, int year, LocalDate recordedOn, Set<DevelopmentChange> changes,
      String note) {}

  /**
   * A competition entry: entered on a day, its result announced on another (none yet for {@code ENTERED}).
   *
   * @param number the registration number
   * @param title the title
   * @param competition the competition
   * @param year the competition year
   * @param group the group entered
   * @param enteredOn the day it was entered
   * @param result the result
   * @param announcedOn the day the result was announced, or empty while there is none
   * @param note a note, or empty
   */
  record EntryRow(int number, String title, Competition competition, int year, EntryGroup group, LocalDate enteredOn,
      EntryResult result, Optional<LocalDate> announcedOn, Optional<String> note) {}

  /**
   * A decree or regulation that establishes innovations.
   *
   * @param id the register's id
   * @param kind {@code DECREE} or {@code PERKADA}
   * @param number its number as written
   * @param date its date (registered on that day)
   * @param validUntil its last day in force, or empty
   * @param subject what it is about
   * @param issuer who issued it
   * @param issuerLevel the issuer's level
   * @param innovations the registration numbers of the innovations it establishes
   */
  record LegalDocument(String id, DocumentKind kind, String number, LocalDate date, Optional<LocalDate> validUntil,
      String subject, String issuer, IssuerLevel issuerLevel, Set<Integer> innovations) {}

  /** What an event does. */
  enum EventKind {
    /** The owner hands the innovation over to a new owner. */
    HANDOVER,
    /** The innovation is dropped. */
    DROP
  }

  /**
   * A drop or a handover.
   *
   * @param day the day
   * @param number the registration number
   * @param title the title
   * @param kind what happens
   * @param newOwner the new owner's person id (handover), or empty
   * @param newOwnerName the new owner's name (handover), or empty
   * @param reason why
   */
  record EventRow(LocalDate day, int number, String title, EventKind kind, Optional<String> newOwner,
      Optional<String> newOwnerName, String reason) {}

  /**
   * Reads the five files from the class path.
   *
   * @return the data
   * @throws IllegalStateException naming the file, line and column of a malformed value
   */
  static FollowingYearsData load() {
    List<MonitoringPeriod> monitoring = new ArrayList<>();
    for (DataFile.Row r : DataFile.read(MONITORING, "no", "judul", "indikator", "mulai", "sampai", "nilai_awal",
        "nilai_akhir", "catatan")) {
      monitoring.add(new MonitoringPeriod(r.number(0), r.text(1), r.text(2), r.date(3), r.date(4), r.decimal(5),
          r.decimal(6), r.text(7)));
    }
    List<VersionRow> versions = new ArrayList<>();
    for (DataFile.Row r : DataFile.read(VERSIONS, "no", "judul", "tahun", "tanggal", "perubahan", "catatan")) {
      Set<DevelopmentChange> changes = EnumSet.noneOf(DevelopmentChange.class);
      for (String c : r.text(4).split(" +")) {
        changes.add(r.constant(4, c, DevelopmentChange.class));
      }
      versions.add(new VersionRow(r.number(0), r.text(1), r.number(2), r.date(3), changes, r.text(5)));
    }
    List<EntryRow> entries = new ArrayList<>();
    for (DataFile.Row r : DataFile.read(ENTRIES, "no", "judul", "kompetisi", "tahun", "kelompok", "didaftarkan",
        "hasil", "diumumkan", "catatan")) {
      entries.add(new EntryRow(r.number(0), r.text(1), r.constant(2, r.text(2), Competition.class), r.number(3),
          r.constant(4, r.text(4), EntryGroup.class), r.date(5), r.constant(6, r.text(6), EntryResult.class),
          r.optional(7).map(d -> r.date(7)), r.optional(8)));
    }
    List<LegalDocument> legal = new ArrayList<>();
    for (DataFile.Row r : DataFile.read(LEGAL_BASIS, "id", "jenis", "nomor", "tanggal", "berlaku_sampai", "tentang",
        "penerbit", "tingkat_penerbit", "inovasi")) {
      Set<Integer> innovations = new TreeSet<>();
      for (String n : r.text(8).split(" +")) {
        innovations.add(Integer.parseInt(n));
      }
      legal.add(new LegalDocument(r.text(0), DocumentKind.of(r.text(1)), r.text(2), r.date(3),
          r.optional(4).map(d -> r.date(4)), r.text(5), r.text(6), r.issuerLevel(7), Set.copyOf(innovations)));
    }
    List<EventRow> events = new ArrayList<>();
    for (DataFile.Row r : DataFile.read(EVENTS, "tanggal", "no", "judul", "peristiwa", "pemilik_baru",
        "nama_pemilik_baru", "alasan")) {
      events.add(new EventRow(r.date(0), r.number(1), r.text(2), r.constant(3, r.text(3), EventKind.class),
          r.optional(4), r.optional(5), r.text(6)));
    }
    return new FollowingYearsData(List.copyOf(monitoring), List.copyOf(versions), List.copyOf(entries),
        List.copyOf(legal), List.copyOf(events));
  }
}
