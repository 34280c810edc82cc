package id.labinov.persistence.jdbc;

import id.labinov.core.engine.StageVisit;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.Province;
import id.labinov.core.rules.HoldPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Days in stage in SQL. A closed stay's days are stored ({@code days}); a current stay's days to an
 * instant {@code asOf} are, as core's {@code RuleContext.daysExcludingPauses} counts them,
 * {@code max(0, D(entered_at) - held_days - D(held_since))} where {@code D(t)} is
 * {@code max(0, local date of asOf - local date of t)} and local dates are taken in the region's
 * zone. The zones are WIB, WITA and WIT, whose offsets (+7, +8, +9 hours) have not changed since
 * 1970, so a local date is {@code CAST(t + offset AS DATE)} with the offset read from the region
 * code's province ({@link #offsetHours}, derived from core's {@link Province}).
 *
 * <p>That sum is exact when every pause of the stay that has ended ended at or before {@code asOf}
 * ({@code held_days} counts ended pauses whole), at most one pause is open ({@code held_since} is
 * the first) and the times are from 1970 on. The column {@code days_exact_from} (schema version 7)
 * of a current stay holds the instant from which that is so ({@link #exactFrom}): a query sums the
 * stays with {@code days_exact_from <= asOf} in SQL and reads the few others to count them in Java
 * with {@link StageVisit#days}. Not API.
 */
final class StayDays {
  /** The earliest instant whose local date the fixed offsets give in every zone. */
  static final Instant SQL_FROM = Instant.parse("1970-01-01T00:00:00Z");
  /** Instants from here on are left to Java (far beyond any lab, below every database's limit). */
  static final Instant SQL_UNTIL = Instant.parse("9000-01-01T00:00:00Z");
  /** {@code days_exact_from} of a stay SQL never counts: two pauses open, or a time before 1970. */
  static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

  private static final Map<IndonesianTimeZone, Integer> HOURS = new EnumMap<>(IndonesianTimeZone.class);
  /** Whether every zone keeps one offset from {@link #SQL_FROM} on (true unless the time zone data changes). */
  private static final boolean FIXED;

  static {
    boolean fixed = true;
    for (IndonesianTimeZone z : IndonesianTimeZone.values()) {
      var rules = z.zoneId().getRules();
      ZoneOffset offset = rules.getOffset(SQL_FROM);
      fixed &= rules.nextTransition(SQL_FROM) == null && offset.getTotalSeconds() % 3600 == 0;
      HOURS.put(z, offset.getTotalSeconds() / 3600);
    }
    FIXED = fixed;
  }

  private StayDays() {}

  /** Tells whether SQL can count days to {@code asOf} (else the caller counts them in Java). */
  static boolean covers(Instant asOf) {
    return FIXED && !asOf.isBefore(SQL_FROM) && asOf.isBefore(SQL_UNTIL);
  }

  /**
   * The zones in the order their conditions are written: the zone of most provinces last, as the
   * {@code ELSE} branch.
   */
  private static List<IndonesianTimeZone> zones() {
    Map<IndonesianTimeZone, Long> provinces = new EnumMap<>(IndonesianTimeZone.class);
    for (Province p : Province.values()) {
      provinces.merge(p.timeZone(), 1L, Long::sum);
    }
    List<IndonesianTimeZone> out = new ArrayList<>(provinces.keySet());
    out.sort(Comparator.comparingLong((IndonesianTimeZone z) -> provinces.get(z)).thenComparing(Enum::ordinal));
    return out;
  }

  /** {@code CASE WHEN <province of region> IN (...) THEN <value of zone> ... ELSE <value of the last zone> END}. */
  private static String byZone(String region, java.util.function.Function<IndonesianTimeZone, String> value) {
    List<IndonesianTimeZone> zones = zones();
    StringBuilder sql = new StringBuilder("CASE");
    for (IndonesianTimeZone z : zones.subList(0, zones.size() - 1)) {
      String codes = java.util.Arrays.stream(Province.values()).filter(p -> p.timeZone() == z)
          .map(p -> "'" + p.code() + "'").collect(Collectors.joining(", "));
      sql.append(" WHEN SUBSTRING(").append(region).append(", 1, 2) IN (").append(codes).append(") THEN ")
          .append(value.apply(z));
    }
    return sql.append(" ELSE ").append(value.apply(zones.get(zones.size() - 1))).append(" END").toString();
  }

  /** The offset from UTC, in hours, of the zone of the region in column {@code region}. */
  static String offsetHours(String region) {
    return byZone(region, z -> Integer.toString(HOURS.get(z)));
  }

  /** The local date of a timestamp column in the zone of the region in column {@code region}. */
  static String localDate(Dialect dialect, String timestamp, String region) {
    return dialect.localDate(timestamp, offsetHours(region));
  }

  /** The local date of {@code asOf} in the zone of the region in column {@code region}; adds its parameters. */
  static String localDateOf(Instant asOf, String region, List<Object> params) {
    return byZone(region, z -> {
      params.add(asOf.atZone(z.zoneId()).toLocalDate());
      return "CAST(? AS DATE)";
    });
  }

  /**
   * The epoch day (days since 1970-01-01) of {@code asOf}'s local date in the zone of the region in
   * column {@code region}; adds its parameters.
   */
  static String epochDayOf(Instant asOf, String region, List<Object> params) {
    return byZone(region, z -> {
      params.add(asOf.atZone(z.zoneId()).toLocalDate().toEpochDay());
      return "?";
    });
  }

  /**
   * The days in stage to {@code asOf} of the stay in alias {@code v} (a row of the stage visits) of
   * the region in column {@code region}: the stored days of a closed stay, the sum above for a
   * current one (exact where {@code v.days_exact_from <= asOf}); adds its parameters.
   */
  static String days(Dialect dialect, String v, String region, Instant asOf, List<Object> params) {
    String entered = "GREATEST(0, " + dialect.daysBetween(localDate(dialect, v + ".entered_at", region),
        localDateOf(asOf, region, params)) + ")";
    String held = "GREATEST(0, " + dialect.daysBetween(localDate(dialect, v + ".held_since", region),
        localDateOf(asOf, region, params)) + ")";
    return "CASE WHEN " + v + ".left_at IS NOT NULL THEN " + v + ".days ELSE GREATEST(0, " + entered + " - " + v
        + ".held_days - CASE WHEN " + v + ".held_since IS NULL THEN 0 ELSE " + held + " END) END";
  }

  /**
   * The value of {@code days_exact_from} for a stay: {@code null} for a closed stay (its days are
   * stored); for the current one the instant from which the sum above gives its days (its entry, or
   * the end of its latest ended pause if later), or {@link #NEVER} if it never does (two pauses open,
   * or an entry or open pause before {@link #SQL_FROM}).
   */
  static Instant exactFrom(StageVisit v) {
    if (v.leftAt() != null) {
      return null;
    }
    if (v.enteredAt().isBefore(SQL_FROM)) {
      return NEVER;
    }
    Instant from = v.enteredAt();
    int open = 0;
    for (HoldPeriod p : v.pauses()) {
      if (p.end() == null) {
        if (++open > 1 || p.start().isBefore(SQL_FROM)) {
          return NEVER;
        }
      } else if (p.end().isAfter(from)) {
        from = p.end();
      }
    }
    return from.isBefore(NEVER) ? from : NEVER;
  }

  /**
   * The value of a date column (schema version 7) for a date of the details: its epoch day, or
   * {@code null} for none.
   */
  static Long epochDay(LocalDate date) {
    return date == null ? null : date.toEpochDay();
  }
}
