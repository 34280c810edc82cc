package id.labinov.examples.lebak;

import id.labinov.core.model.Bentuk;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.IdentityNumber;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.Nip;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PppkNumber;
import id.labinov.core.model.Theme;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The synthetic but plausible plan of Lebak's lab year: which ideas are registered, by which unit,
 * and how far each one gets. Everything comes from one fixed seed, so every run is the same.
 *
 * <p>Lebak's lab of 2019 showed 64 innovations at its innovation week (Pekan Inovasi Daerah), some
 * digital and some community empowerment; the plan keeps that number and invents the rest.
 */
public final class LebakScenario {
  /** The seed every run uses. */
  public static final long SEED = 3602L;

  /** How far an idea gets in the year. */
  public enum Fate {
    /** The OPD head never commits; dropped in DRUM_UP. */
    DROPPED_IN_DRUM_UP(8),
    /** Merged with a similar idea; dropped in DIAGNOSE. */
    DROPPED_IN_DIAGNOSE(22),
    /** Not feasible this year; dropped in DESIGN. */
    DROPPED_IN_DESIGN(18),
    /** The design is never finished; still in DESIGN at the innovation week. */
    STILL_IN_DESIGN(6),
    /** The innovator is transferred; dropped in DELIVER. */
    DROPPED_IN_DELIVER(12),
    /** Waiting for the revised budget; on hold in DELIVER at the innovation week. */
    ON_HOLD_IN_DELIVER(5),
    /** Not ready for the innovation week; still in DELIVER. */
    STILL_IN_DELIVER(15),
    /** Shown at the innovation week. */
    DISPLAYED(64);

    private final int planned;

    Fate(int planned) {
      this.planned = planned;
    }

    /** Returns how many ideas of the plan have this fate. */
    public int planned() {
      return planned;
    }
  }

  /** The detours an idea takes on its way. */
  public enum Detour {
    /** The first advance out of DRUM_UP lacks the OPD head's approval. */
    LATE_APPROVAL,
    /** The first advance out of DIAGNOSE lacks the idea summary. */
    MISSING_IDEA_SUMMARY,
    /** The problem statement is short (a should-meet warning only). */
    SHORT_PROBLEM,
    /** The first design narrative is under 300 words. */
    SHORT_NARRATIVE,
    /** The coach returns the design to DIAGNOSE for a sharper problem. */
    RETURNED_TO_DIAGNOSE,
    /** The lab admin lets it into DELIVER with conditions instead of the coach's approval. */
    CONDITIONAL,
    /** Put on hold in DELIVER, then resumed. */
    HELD_AND_RESUMED,
    /** Returned from DELIVER to DESIGN, then delivered again. */
    RETURNED_TO_DESIGN,
    /** Dropped in DIAGNOSE, then reopened by the lab admin. */
    DROPPED_AND_REOPENED
  }

  /**
   * One registered idea.
   *
   * @param number 1-based registration number
   * @param unit the proposing unit
   * @param title its title
   * @param bentuk its form
   * @param jenis digital or not
   * @param affair the government affair
   * @param themes its themes
   * @param fate how far it gets
   * @param detours the detours on the way
   * @param innovator the proposer's person id
   * @param innovatorName the proposer's name
   */
  public record Idea(int number, LebakDirectory.Unit unit, String title, Bentuk bentuk, Jenis jenis,
      GovernmentAffair affair, Set<Theme> themes, Fate fate, Set<Detour> detours, String innovator,
      String innovatorName) {
    /** Returns the proposing unit's code. */
    public OpdCode opd() {
      return unit.code();
    }

    /**
     * Returns the proposer's civil-servant number, made up from the registration number (the
     * people are invented; no draw of the seeded random is spent on it, so the plan stays as it
     * was): a PPPK number for every tenth proposer, a PNS NIP for the others. The directory keeps it
     * beside the name; no report prints it.
     *
     * @return the number
     */
    public IdentityNumber innovatorNumber() {
      if (number % 10 == 0) {
        return PppkNumber.parse(String.format("2021%02d%012d", 1 + number % 12, 36_020_000L + number));
      }
      LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(61L * number);
      YearMonth start = YearMonth.from(birth).plusYears(23).plusMonths(number % 12);
      return Nip.parse(String.format("%s%s%d%03d", birth.format(DateTimeFormatter.BASIC_ISO_DATE),
          start.format(DateTimeFormatter.ofPattern("yyyyMM")), 1 + number % 2, number));
    }

    /**
     * Tells whether the idea takes a detour.
     *
     * @param d the detour
     * @return {@code true} if it does
     */
    public boolean has(Detour d) {
      return detours.contains(d);
    }
  }

  private static final String[] FIRST = {"Ahmad", "Siti", "Dedi", "Nurhayati", "Asep", "Rina", "Ujang", "Euis", "Budi",
      "Yanti", "Agus", "Dewi", "Iwan", "Lilis", "Hendra", "Neneng", "Rudi", "Tati", "Wawan", "Imas"};
  private static final String[] LAST = {"Suryadi", "Rahmawati", "Hidayat", "Mulyani", "Saepudin", "Kurniasih",
      "Setiawan", "Maryati", "Firmansyah", "Nurjanah", "Supriatna", "Sumarni"};

  private final List<Idea> ideas;

  private LebakScenario(List<Idea> ideas) {
    this.ideas = List.copyOf(ideas);
  }

  /**
   * Plans the year for the given units from the fixed {@link #SEED}.
   *
   * @param directory the participating units
   * @return the plan
   */
  public static LebakScenario plan(LebakDirectory directory) {
    Random random = new Random(SEED);
    List<Fate> fates = new ArrayList<>();
    for (Fate f : Fate.values()) {
      fates.addAll(Collections.nCopies(f.planned(), f));
    }
    Collections.shuffle(fates, random);
    List<LebakDirectory.Unit> units = directory.units();
    List<Idea> out = new ArrayList<>();
    for (int i = 0; i < fates.size(); i++) {
      LebakDirectory.Unit unit = units.get(i % units.size());
      int round = i / units.size();
      String title = round < unit.titles().size() ? unit.titles().get(round)
          : unit.titles().get(round % unit.titles().size()) + " Tahap II";
      Jenis jenis = isDigital(title) ? Jenis.DIGITAL : Jenis.NON_DIGITAL;
      Set<Theme> themes = new LinkedHashSet<>();
      if (!unit.themes().isEmpty()) {
        themes.add(unit.themes().get(random.nextInt(unit.themes().size())));
      }
      if (jenis == Jenis.DIGITAL) {
        themes.add(LebakDirectory.PELAYANAN_DIGITAL);
      } else if (unit.bentuk() == Bentuk.LAINNYA || random.nextInt(4) == 0) {
        themes.add(LebakDirectory.PEMBERDAYAAN_MASYARAKAT);
      }
      Bentuk bentuk = themes.contains(LebakDirectory.PEMBERDAYAAN_MASYARAKAT) && jenis == Jenis.NON_DIGITAL
          ? Bentuk.LAINNYA : unit.bentuk();
      Fate fate = fates.get(i);
      Set<Detour> detours = detours(fate, random);
      String innovator = "asn-" + unit.code().value().toLowerCase(java.util.Locale.ROOT) + "-" + (round + 1);
      String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
      out.add(new Idea(i + 1, unit, title, bentuk, jenis, unit.affair(), themes, fate, detours, innovator, name));
    }
    return new LebakScenario(out);
  }

  private static boolean isDigital(String title) {
    return title.startsWith("SI") || title.contains("e-") || title.contains("Online") || title.contains("Aplikasi")
        || title.contains("Digital") || title.contains("SMS") || title.contains("Tele") || title.contains("Daring")
        || title.contains("Satu Data") || title.contains("Tapping");
  }

  private static Set<Detour> detours(Fate fate, Random random) {
    Set<Detour> d = java.util.EnumSet.noneOf(Detour.class);
    boolean pastDrumUp = fate != Fate.DROPPED_IN_DRUM_UP;
    boolean pastDiagnose = pastDrumUp && fate != Fate.DROPPED_IN_DIAGNOSE;
    boolean pastDesign = pastDiagnose && fate != Fate.DROPPED_IN_DESIGN && fate != Fate.STILL_IN_DESIGN;
    if (pastDrumUp && random.nextInt(10) == 0) {
      d.add(Detour.LATE_APPROVAL);
    }
    if (pastDiagnose && random.nextInt(12) == 0) {
      d.add(Detour.MISSING_IDEA_SUMMARY);
    }
    if (pastDrumUp && random.nextInt(6) == 0) {
      d.add(Detour.SHORT_PROBLEM);
    }
    if (pastDiagnose && random.nextInt(4) == 0) {
      d.add(Detour.SHORT_NARRATIVE);
    }
    if (pastDesign && random.nextInt(10) == 0) {
      d.add(Detour.RETURNED_TO_DIAGNOSE);
    }
    if (pastDesign && random.nextInt(8) == 0) {
      d.add(Detour.CONDITIONAL);
    }
    if (fate == Fate.DISPLAYED || fate == Fate.STILL_IN_DELIVER) {
      if (random.nextInt(9) == 0) {
        d.add(Detour.HELD_AND_RESUMED);
      }
      if (random.nextInt(12) == 0) {
        d.add(Detour.RETURNED_TO_DESIGN);
      }
      if (fate == Fate.DISPLAYED && random.nextInt(25) == 0) {
        d.add(Detour.DROPPED_AND_REOPENED);
      }
    }
    return d;
  }

  /** Returns every idea, in registration order. */
  public List<Idea> ideas() {
    return ideas;
  }

  /**
   * Counts the ideas planned to end with a fate.
   *
   * @param fate the fate
   * @return the count
   */
  public long count(Fate fate) {
    return ideas.stream().filter(i -> i.fate() == fate).count();
  }
}
