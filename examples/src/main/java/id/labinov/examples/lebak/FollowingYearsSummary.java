package id.labinov.examples.lebak;

import id.labinov.core.Labinov;
import id.labinov.core.cycle.EligibilityCode;
import id.labinov.core.cycle.EligibilityReason;
import id.labinov.core.cycle.EligibilityVerdict;
import id.labinov.core.cycle.LegalBasisState;
import id.labinov.core.cycle.SustainabilityStatus;
import id.labinov.core.cycle.WatchState;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.i18n.Messages;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What Lebak's years after the lab year came to, asked on {@link #askedOn()}: the eligibility for IGA and KIPP of
 * the competition year and the sustainability watch, with the counts of what the years recorded, and the console
 * summary in Bahasa Indonesia or English.
 *
 * @param database the database it ran on
 * @param displayed innovations displayed in 2019
 * @param monitoringEntries monitoring entries recorded 2020-2026
 * @param versions development versions recorded
 * @param igaEntries IGA entries (one per innovation and year)
 * @param kippEntries KIPP entries
 * @param entryRecords competition records written (entries and results)
 * @param documents legal basis documents registered
 * @param drops innovations dropped
 * @param handovers owner handovers
 * @param handedOver the handovers of the data: innovation, day and new owner
 * @param askedOn the day the questions were asked
 * @param iga the IGA verdicts, one per implemented innovation, by title
 * @param kipp the KIPP verdicts
 * @param watch the sustainability watch on {@code askedOn}
 * @param numbers each displayed innovation's registration number in the 2019 lab year
 * @param directory the names of units and people
 * @param lab the entry point the years ran on, for reading more
 */
record FollowingYearsSummary(String database, int displayed, int monitoringEntries, int versions, int igaEntries,
    int kippEntries, int entryRecords, int documents, int drops, int handovers, List<Handover> handedOver,
    LocalDate askedOn, List<EligibilityVerdict> iga, List<EligibilityVerdict> kipp, List<SustainabilityStatus> watch,
    Map<InnovationRef, Integer> numbers, LebakDirectory directory, Labinov lab) {

  /**
   * An owner handover of the data.
   *
   * @param ref the innovation
   * @param title its title
   * @param day the day
   * @param newOwner the new owner's person id
   */
  record Handover(InnovationRef ref, String title, LocalDate day, String newOwner) {}

  /** {@return how many verdicts say eligible} */
  static long eligible(List<EligibilityVerdict> verdicts) {
    return verdicts.stream().filter(EligibilityVerdict::eligible).count();
  }

  /** {@return how many ineligible verdicts could still be made eligible (every reason fixable)} */
  static long fixable(List<EligibilityVerdict> verdicts) {
    return verdicts.stream().filter(v -> !v.eligible() && v.fixable()).count();
  }

  /** {@return per reason, how many verdicts give it, in the order of the codes} */
  static Map<EligibilityCode, Long> byReason(List<EligibilityVerdict> verdicts) {
    Map<EligibilityCode, Long> out = new EnumMap<>(EligibilityCode.class);
    for (EligibilityVerdict v : verdicts) {
      for (EligibilityReason r : v.reasons()) {
        out.merge(r.code(), 1L, Long::sum);
      }
    }
    return out;
  }

  /** {@return per monitoring state, how many innovations of the watch are in it} */
  Map<WatchState, Long> byState() {
    Map<WatchState, Long> out = new EnumMap<>(WatchState.class);
    for (WatchState s : WatchState.values()) {
      out.put(s, watch.stream().filter(w -> w.watch().state() == s).count());
    }
    return out;
  }

  /** {@return per legal basis state, how many innovations of the watch are in it} */
  Map<LegalBasisState, Long> byLegalBasis() {
    Map<LegalBasisState, Long> out = new EnumMap<>(LegalBasisState.class);
    for (LegalBasisState s : LegalBasisState.values()) {
      out.put(s, watch.stream().filter(w -> w.legalBasis().state() == s).count());
    }
    return out;
  }

  /** {@return the verdict of an innovation by its registration number, if it has one} */
  static Optional<EligibilityVerdict> verdict(List<EligibilityVerdict> verdicts, Map<InnovationRef, Integer> numbers,
      int number) {
    return verdicts.stream().filter(v -> Integer.valueOf(number).equals(numbers.get(v.ref()))).findFirst();
  }

  /**
   * Prints the summary.
   *
   * @param out where to
   * @param locale {@code en} for English, anything else for Bahasa Indonesia
   */
  void print(PrintStream out, Locale locale) {
    boolean en = locale.getLanguage().equals("en");
    Words w = new Words(en);
    out.println(w.pick("LABINOV Kabupaten Lebak (36.02) - tahun-tahun sesudah Laboratorium Inovasi 2019, basis data ",
        "LABINOV Kabupaten Lebak (36.02) - the years after the 2019 innovation lab, database ") + database);
    out.println(w.pick("2019: " + displayed + " inovasi ditampilkan di Pekan Inovasi Daerah 12-14 Desember 2019",
        "2019: " + displayed + " innovations displayed at the innovation week, 12-14 December 2019"));
    out.println(w.pick("2020-2026: " + monitoringEntries + " catatan pemantauan, " + versions + " pengembangan, "
        + igaEntries + " keikutsertaan IGA dan " + kippEntries + " keikutsertaan KIPP (" + entryRecords
        + " catatan termasuk hasilnya), " + documents + " dokumen dasar hukum, " + drops + " inovasi dihentikan, "
        + handovers + " serah terima pemilik",
        "2020-2026: " + monitoringEntries + " monitoring entries, " + versions + " developments, " + igaEntries
        + " IGA and " + kippEntries + " KIPP entries (" + entryRecords + " records with their results), " + documents
        + " legal basis documents, " + drops + " innovation dropped, " + handovers + " owner handover"));
    competition(out, locale, w, iga);
    competition(out, locale, w, kipp);
    watch(out, locale, w);
    for (Handover h : handedOver) {
      String owner = watch.stream().filter(s -> s.ref().equals(h.ref())).findFirst()
          .map(s -> directory.findPersonName(s.owner()).findName().orElse(s.owner().value())).orElse("-");
      out.println(w.pick("Serah terima pemilik: «" + h.title() + "», " + Messages.longDate(locale, h.day())
          + "; pemilik sekarang " + owner, "Owner handover: «" + h.title() + "», " + Messages.longDate(locale, h.day())
          + "; owner now " + owner));
    }
  }

  private void competition(PrintStream out, Locale locale, Words w, List<EligibilityVerdict> verdicts) {
    if (verdicts.isEmpty()) {
      return;
    }
    EligibilityVerdict first = verdicts.get(0);
    String deadline = Messages.longDate(locale, first.deadline());
    long eligible = eligible(verdicts);
    out.println();
    out.println(w.pick("Kelayakan ", "Eligibility for ") + first.competition().label(locale) + " " + first.year()
        + w.pick(", ditanyakan " + Messages.longDate(locale, askedOn) + " (batas pendaftaran " + deadline + "):",
            ", asked on " + Messages.longDate(locale, askedOn) + " (entries close on " + deadline + "):"));
    out.println(w.pick("  Layak: " + eligible + " dari " + verdicts.size() + " inovasi",
        "  Eligible: " + eligible + " of " + verdicts.size() + " innovations"));
    if (first.closed()) {
      out.println(w.pick("  Belum layak: ", "  Not eligible: ") + (verdicts.size() - eligible) + ". "
          + first.closedNote(locale).orElseThrow());
    } else {
      out.println(w.pick("  Belum layak: " + (verdicts.size() - eligible) + "; " + fixable(verdicts)
          + " di antaranya dapat menjadi layak bila diperbaiki paling lambat " + deadline,
          "  Not eligible: " + (verdicts.size() - eligible) + "; " + fixable(verdicts)
          + " of them can become eligible if fixed by " + deadline));
    }
    byReason(verdicts).forEach((code, n) -> out.println(String.format("    %3d %s", n, w.reason(code))));
    out.println(w.pick("  Contoh:", "  For example:"));
    for (EligibilityCode code : byReason(verdicts).keySet()) {
      EligibilityVerdict v = verdicts.stream().filter(x -> x.reasons().stream().anyMatch(r -> r.code() == code))
          .findFirst().orElseThrow();
      EligibilityReason r = v.reasons().stream().filter(x -> x.code() == code).findFirst().orElseThrow();
      out.println("    «" + v.title() + "»: " + r.message(locale) + " "
          + (v.closed() && r.fixable() ? v.closedNote(locale).orElseThrow() : r.fix(locale)));
    }
  }

  private void watch(PrintStream out, Locale locale, Words w) {
    out.println();
    out.println(w.pick("Pemantauan keberlanjutan per " + Messages.longDate(locale, askedOn) + ": " + watch.size()
        + " inovasi ditampilkan yang tidak dihentikan", "Sustainability watch on " + Messages.longDate(locale, askedOn)
        + ": " + watch.size() + " displayed innovations not dropped"));
    StringBuilder states = new StringBuilder("  ");
    byState().forEach((s, n) -> states.append(states.length() > 2 ? ", " : "").append(s.label(locale)).append(' ')
        .append(n));
    out.println(states);
    for (SustainabilityStatus s : watch) {
      if (s.watch().state() != WatchState.WATCHED) {
        String last = s.watch().lastEntry().map(d -> Messages.longDate(locale, d)).orElse("-");
        out.println("    " + s.watch().state().label(locale) + ": «" + s.title() + "» "
            + w.pick("(terlambat " + s.watch().overdueDays() + " hari; terakhir dipantau " + last + ")",
                "(" + s.watch().overdueDays() + " days overdue; last monitored " + last + ")"));
      }
    }
    StringBuilder legal = new StringBuilder(w.pick("  Dasar hukum: ", "  Legal basis: "));
    int start = legal.length();
    byLegalBasis().forEach((s, n) -> legal.append(legal.length() > start ? ", " : "").append(s.label(locale))
        .append(' ').append(n));
    out.println(legal);
    for (SustainabilityStatus s : watch) {
      if (s.legalBasis().state() == LegalBasisState.EXPIRED) {
        out.println("    " + s.legalBasis().state().label(locale) + ": «" + s.title() + "» "
            + s.legalBasis().kind().map(k -> k.label(locale)).orElse("") + " " + s.legalBasis().number().orElse("")
            + w.pick(", berlaku sampai ", ", in force until ")
            + s.legalBasis().validUntil().map(d -> Messages.longDate(locale, d)).orElse("-"));
      }
    }
    long flagged = watch.stream().filter(SustainabilityStatus::flagged).count();
    out.println(w.pick("  Perlu perhatian: " + flagged + " inovasi (tidak terpantau atau tanpa dasar hukum yang berlaku)",
        "  Need attention: " + flagged + " innovations (not watched, or without a legal basis in force)"));
  }

  /** The summary's own words in the chosen language. */
  private record Words(boolean english) {
    String pick(String indonesian, String inEnglish) {
      return english ? inEnglish : indonesian;
    }

    /** A reason as a count line names it. */
    String reason(EligibilityCode code) {
      return switch (code) {
        case DROPPED -> pick("dihentikan", "dropped");
        case NOT_IMPLEMENTED -> pick("belum diterapkan", "not implemented");
        case IMPLEMENTED_AFTER_DEADLINE -> pick("diterapkan sesudah batas pendaftaran", "implemented after the deadline");
        case OUTSIDE_WINDOW -> pick("diterapkan dan dikembangkan terakhir sebelum rentang T-2..T-0",
            "implemented and last developed before the T-2..T-0 window");
        case ENTRY_LIMIT_REACHED -> pick("sudah mencapai batas keikutsertaan", "entry limit reached");
        case NO_DEVELOPMENT_SINCE_ENTRY -> pick("belum dikembangkan sejak terakhir diikutkan",
            "not developed since its last entry");
        case TOO_YOUNG -> pick("belum cukup umur", "not old enough");
        case EARLIER_TOP_TIER -> pick("pernah meraih peringkat teratas", "an earlier top-tier win");
        case TOP_99_LIMIT -> pick("sudah mencapai batas masuk Top 99", "Top 99 limit reached");
      };
    }
  }
}
