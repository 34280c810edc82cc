package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Decides eligibility for a competition year from an innovation's facts and the year's rules. Pure and
 * thread-safe. The rules, in the order reasons are listed:
 *
 * <ol>
 *   <li>{@code DROPPED} — a dropped innovation is not eligible (fix: reopen it before the deadline).
 *   <li>{@code NOT_IMPLEMENTED} — without an implementation start it is not (fix: start implementing
 *       and record the date before the deadline); {@code IMPLEMENTED_AFTER_DEADLINE} — a recorded start
 *       after the deadline (eligible from the first year whose deadline it reaches).
 *   <li>{@code OUTSIDE_WINDOW} (rules with a window, IGA) — the latest of the implementation year and the
 *       years of development versions up to the competition year must lie within the window
 *       (T-2..T-0 for 3 years) (fix: record a development version of a year in the window before the
 *       deadline).
 *   <li>{@code ENTRY_LIMIT_REACHED} — entries of earlier years of this competition, counted once per
 *       year, must be fewer than the limit (no fix).
 *   <li>{@code NO_DEVELOPMENT_SINCE_ENTRY} — after an earlier entry, a development version of a later
 *       year (up to the competition year) is needed (fix: record one for the competition year before the
 *       deadline).
 *   <li>{@code TOO_YOUNG} (rules with a minimum age, KIPP) — implementation start plus the group's
 *       minimum age must not be after the deadline (fix: none this year; eligible from the first year
 *       whose deadline it reaches).
 *   <li>{@code EARLIER_TOP_TIER} — no earlier entry of this competition with a top-tier result (no fix).
 *   <li>{@code TOP_99_LIMIT} — fewer earlier Top 99 places than the limit (no fix).
 * </ol>
 *
 * <p>An entry of the competition year itself does not count against the innovation: the verdict says
 * whether that entry was allowed.
 */
@Beta
public final class Eligibility {
  private Eligibility() {}

  /**
   * Decides.
   *
   * @param rules the rule set of the competition year ({@link EligibilityRules#forYear})
   * @param year the competition year (at or after the rule set's first year)
   * @param facts the innovation's facts
   * @return the verdict with every reason
   * @throws id.labinov.core.error.InvalidValueException naming a missing argument, or with code
   *     {@code RULES_NOT_FOR_YEAR} if the rule set starts after {@code year}
   */
  public static EligibilityVerdict decide(CompetitionRules rules, int year, EligibilityFacts facts) {
    Checks.notNull(rules, "rules");
    Checks.notNull(facts, "facts");
    CycleChecks.year(year, "year");
    if (rules.fromYear() > year) {
      throw new id.labinov.core.error.InvalidValueException("RULES_NOT_FOR_YEAR", "year", year,
          "error.cycle.rulesNotForYear", String.valueOf(rules.fromYear()));
    }
    Competition c = rules.competition();
    LocalDate deadline = rules.deadline(year);
    String deadlineYear = String.valueOf(year);
    Map<Integer, CompetitionEntry> earlier = new TreeMap<>();
    CompetitionEntry thisYear = null;
    for (CompetitionEntry e : facts.entries()) {
      if (e.competition() != c) {
        continue;
      }
      if (e.year() < year) {
        earlier.merge(e.year(), e, (a, b) -> b.sequence() > a.sequence() ? b : a);
      } else if (e.year() == year && (thisYear == null || e.sequence() > thisYear.sequence())) {
        thisYear = e;
      }
    }
    List<EligibilityReason> out = new ArrayList<>();
    if (facts.dropped()) {
      out.add(reason(rules, EligibilityCode.DROPPED, true, Optional.of(deadline), OptionalInt.empty()));
    }
    Optional<LocalDate> implemented = facts.implementedOn();
    if (implemented.isEmpty()) {
      out.add(reason(rules, EligibilityCode.NOT_IMPLEMENTED, true, Optional.of(deadline), OptionalInt.empty()));
    } else if (implemented.get().isAfter(deadline)) {
      int from = firstYearReaching(rules, implemented.get());
      out.add(reason(rules, EligibilityCode.IMPLEMENTED_AFTER_DEADLINE, false, Optional.empty(), OptionalInt.of(from),
          iso(implemented.get())));
    }
    int latestDevelopment = 0;
    for (InnovationVersion v : facts.versions()) {
      if (v.year() <= year) {
        latestDevelopment = Math.max(latestDevelopment, v.year());
      }
    }
    if (rules.windowYears().isPresent() && implemented.isPresent() && !implemented.get().isAfter(deadline)) {
      int windowStart = year - rules.windowYears().getAsInt() + 1;
      int active = Math.max(implemented.get().getYear(), latestDevelopment);
      if (active < windowStart) {
        out.add(reason(rules, EligibilityCode.OUTSIDE_WINDOW, true, Optional.of(deadline), OptionalInt.empty(),
            String.valueOf(implemented.get().getYear()), String.valueOf(windowStart), deadlineYear,
            latestDevelopment == 0 ? "-" : String.valueOf(latestDevelopment)));
      }
    }
    if (rules.maxEntries().isPresent() && earlier.size() >= rules.maxEntries().getAsInt()) {
      out.add(reason(rules, EligibilityCode.ENTRY_LIMIT_REACHED, false, Optional.empty(), OptionalInt.empty(),
          String.valueOf(earlier.size()), years(earlier), String.valueOf(rules.maxEntries().getAsInt())));
    }
    if (rules.reentryNeedsDevelopment() && !earlier.isEmpty()) {
      int lastEntry = ((TreeMap<Integer, CompetitionEntry>) earlier).lastKey();
      if (latestDevelopment <= lastEntry) {
        out.add(reason(rules, EligibilityCode.NO_DEVELOPMENT_SINCE_ENTRY, true, Optional.of(deadline),
            OptionalInt.empty(), String.valueOf(lastEntry), deadlineYear));
      }
    }
    if (implemented.isPresent() && !implemented.get().isAfter(deadline)) {
      OptionalInt age = rules.minAge(facts.group());
      if (age.isPresent() && implemented.get().plusYears(age.getAsInt()).isAfter(deadline)) {
        LocalDate oldEnough = implemented.get().plusYears(age.getAsInt());
        out.add(reason(rules, EligibilityCode.TOO_YOUNG, false, Optional.empty(),
            OptionalInt.of(firstYearReaching(rules, oldEnough)), String.valueOf(age.getAsInt()), iso(implemented.get()),
            iso(oldEnough)));
      }
    }
    if (rules.noEarlierTopTier()) {
      for (CompetitionEntry e : earlier.values()) {
        if (rules.topTier().contains(e.result())) {
          out.add(reason(rules, EligibilityCode.EARLIER_TOP_TIER, false, Optional.empty(), OptionalInt.empty(),
              String.valueOf(e.year()), e.result().name()));
          break;
        }
      }
    }
    if (rules.top99Limit().isPresent()) {
      long top99 = earlier.values().stream().filter(e -> e.result() == EntryResult.TOP_99).count();
      if (top99 >= rules.top99Limit().getAsInt()) {
        out.add(reason(rules, EligibilityCode.TOP_99_LIMIT, false, Optional.empty(), OptionalInt.empty(),
            String.valueOf(top99), String.valueOf(rules.top99Limit().getAsInt())));
      }
    }
    return new EligibilityVerdict(facts.ref(), facts.title(), c, year, deadline, Optional.ofNullable(thisYear), out,
        false);
  }

  /**
   * Decides as asked on a day: as {@link #decide(CompetitionRules, int, EligibilityFacts)}, and the verdict
   * is {@linkplain EligibilityVerdict#closed() closed} when the day is after the year's deadline (no fix
   * counts for that year any more).
   *
   * @param rules the rule set of the competition year
   * @param year the competition year
   * @param facts the innovation's facts
   * @param asOf the day asked, in the region's zone
   * @return the verdict
   * @throws id.labinov.core.error.InvalidValueException as {@link #decide(CompetitionRules, int, EligibilityFacts)}
   */
  public static EligibilityVerdict decide(CompetitionRules rules, int year, EligibilityFacts facts, LocalDate asOf) {
    Checks.notNull(asOf, "asOf");
    EligibilityVerdict v = decide(rules, year, facts);
    return asOf.isAfter(v.deadline()) ? new EligibilityVerdict(v.ref(), v.title(), v.competition(), v.year(),
        v.deadline(), v.entered(), v.reasons(), true) : v;
  }

  /** The first year whose entry deadline is on or after {@code day}. */
  private static int firstYearReaching(CompetitionRules rules, LocalDate day) {
    int y = day.getYear();
    return rules.deadline(y).isBefore(day) ? y + 1 : y;
  }

  private static String years(Map<Integer, CompetitionEntry> entries) {
    return String.join(", ", entries.keySet().stream().map(String::valueOf).toList());
  }

  private static String iso(LocalDate d) {
    return d.toString();
  }

  private static EligibilityReason reason(CompetitionRules rules, EligibilityCode code, boolean fixable,
      Optional<LocalDate> fixBy, OptionalInt from, String... args) {
    return new EligibilityReason(code, rules.verified(code.rule()), fixable, fixBy, from, List.of(args));
  }
}
