package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The eligibility rules of one competition from a year on (until a later rule set replaces them), as
 * read from an eligibility document ({@link EligibilityRules}). Every rule is optional: a rule set
 * checks only what it states. Rules whose source is not confirmed are named in {@link #unverified()};
 * the verdicts say so.
 *
 * @param competition the competition
 * @param fromYear the first competition year these rules apply to
 * @param windowYears IGA: the innovation must have been implemented (or developed) within this many
 *     years up to the competition year (3 = T-2..T-0), or empty
 * @param maxEntries the most years an innovation may enter this competition, or empty for no limit
 * @param reentryNeedsDevelopment whether a re-entry needs a development version recorded after the
 *     previous entry's year
 * @param minAgeYears KIPP: the minimum age in whole years at the entry deadline, by group (a group not
 *     listed takes {@link EntryGroup#GENERAL}'s); empty for no minimum
 * @param topTier the results that count as a top-tier win
 * @param noEarlierTopTier whether an earlier top-tier win of this competition excludes the innovation
 * @param top99Limit KIPP: after this many Top 99 places the innovation may not enter again, or empty
 * @param entryDeadline the day of the competition year by which entries close (the age and the "by
 *     when" of a fix are counted to it)
 * @param unverified the names of the fields above whose source is not confirmed
 * @param source where the rules come from
 */
@Beta
public record CompetitionRules(Competition competition, int fromYear, OptionalInt windowYears, OptionalInt maxEntries,
    boolean reentryNeedsDevelopment, Map<EntryGroup, Integer> minAgeYears, Set<EntryResult> topTier,
    boolean noEarlierTopTier, OptionalInt top99Limit, MonthDay entryDeadline, Set<String> unverified, String source) {
  /** The names a rule set may list in {@link #unverified()}. */
  public static final Set<String> FIELDS = Set.of("windowYears", "maxEntries", "reentryNeedsDevelopment",
      "minAgeYears", "noEarlierTopTier", "top99Limit", "entryDeadline");

  /**
   * Validates and copies the parts.
   *
   * @param competition the competition
   * @param fromYear the first year
   * @param windowYears the implementation window, or empty
   * @param maxEntries the entry limit, or empty
   * @param reentryNeedsDevelopment whether a re-entry needs a development
   * @param minAgeYears the minimum age by group
   * @param topTier the top-tier results
   * @param noEarlierTopTier whether an earlier top-tier win excludes
   * @param top99Limit the Top 99 limit, or empty
   * @param entryDeadline the entry deadline
   * @param unverified the unverified fields
   * @param source the source
   * @throws InvalidValueException naming a missing or bad part
   */
  public CompetitionRules {
    Checks.notNull(competition, "competition");
    CycleChecks.year(fromYear, "fromYear");
    Checks.notNull(windowYears, "windowYears");
    positive(windowYears, "windowYears");
    Checks.notNull(maxEntries, "maxEntries");
    positive(maxEntries, "maxEntries");
    Checks.notNull(minAgeYears, "minAgeYears");
    Map<EntryGroup, Integer> ages = new EnumMap<>(EntryGroup.class);
    minAgeYears.forEach((g, a) -> {
      Checks.notNull(g, "minAgeYears.group");
      if (a == null || a < 0 || a > 50) {
        throw new InvalidValueException("OUT_OF_RANGE", "minAgeYears." + g, a, "error.cycle.range", 0, 50);
      }
      ages.put(g, a);
    });
    minAgeYears = Map.copyOf(ages);
    Checks.notNull(topTier, "topTier");
    topTier = topTier.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(topTier));
    Checks.notNull(top99Limit, "top99Limit");
    positive(top99Limit, "top99Limit");
    Checks.notNull(entryDeadline, "entryDeadline");
    Checks.notNull(unverified, "unverified");
    for (String f : unverified) {
      if (!FIELDS.contains(f)) {
        throw new InvalidValueException("UNKNOWN_FIELD", "unverified", f, "error.cycle.unknownField",
            String.join(", ", new java.util.TreeSet<>(FIELDS)));
      }
    }
    unverified = Set.copyOf(unverified);
    source = Checks.notBlank(source, "source");
  }

  private static void positive(OptionalInt v, String field) {
    if (v.isPresent() && (v.getAsInt() < 1 || v.getAsInt() > 50)) {
      throw new InvalidValueException("OUT_OF_RANGE", field, v.getAsInt(), "error.cycle.range", 1, 50);
    }
  }

  /**
   * The entry deadline of a competition year (29 February falls back to 28 February in other years).
   *
   * @param year the competition year
   * @return the last day entries are accepted
   */
  public LocalDate deadline(int year) {
    return entryDeadline.atYear(year);
  }

  /**
   * Whether a rule's source is confirmed.
   *
   * @param field the rule's field name, one of {@link #FIELDS}
   * @return {@code false} if it is listed as unverified
   */
  public boolean verified(String field) {
    return !unverified.contains(field);
  }

  /**
   * The minimum age for a group.
   *
   * @param group the group
   * @return the minimum age in years, or empty for no minimum
   */
  public OptionalInt minAge(EntryGroup group) {
    Integer a = minAgeYears.get(group);
    if (a == null) {
      a = minAgeYears.get(EntryGroup.GENERAL);
    }
    return a == null ? OptionalInt.empty() : OptionalInt.of(a);
  }
}
