package id.labinov.oracle.expect;

import id.labinov.core.model.NationalStage;
import id.labinov.core.model.OpdCode;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Stage;
import id.labinov.oracle.fold.Folded;
import id.labinov.oracle.fold.Stay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * National stages (tahapan) as README "National alignment" and DOMAIN.md §3/§6 define them: the
 * national stage of the furthest stage the innovation has reached in its rulebook (the furthest one that
 * maps to a national stage), raised by its dates — an implementation start on or before the report day
 * means penerapan, a trial start on or before it at least uji coba; before any mapped stage and without
 * dates, "not yet set". The report day is T's date in the innovation's region's zone. A date text that
 * is not an ISO date ({@code yyyy-MM-dd}, blanks around it ignored) does not count. Dropped innovations
 * are counted apart, not in a national stage.
 */
public final class NationalOracle {
  private NationalOracle() {}

  /** One row: per OPD, or the total (opd {@code null} in the total row). */
  public record Row(OpdCode opd, long notYetSet, long inisiatif, long ujiCoba, long penerapan, long dropped) {}

  /** The expected report: rows by OPD code, "not set" last, and the total row. */
  public record Expected(List<Row> byOpd, Row total) {}

  /**
   * Computes the expectation.
   *
   * @param data the raw data
   * @param selection scope and programme
   * @param reportTime the report time T
   * @return the expectation
   */
  public static Expected expect(Snapshot data, Selection selection, Instant reportTime) {
    Map<OpdCode, long[]> counts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    long[] total = new long[5];
    for (Folded f : data.select(selection)) {
      long[] c = counts.computeIfAbsent(f.opd(), k -> new long[5]);
      int column;
      if (f.dropped()) {
        column = 4;
      } else {
        LocalDate today = reportTime.atZone(f.ref().region().defaultTimeZone().zoneId()).toLocalDate();
        column = stage(f, data.rulebookOf(f), today).map(s -> s.ordinal() + 1).orElse(0);
      }
      c[column]++;
      total[column]++;
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach((opd, c) -> rows.add(new Row(opd, c[0], c[1], c[2], c[3], c[4])));
    return new Expected(rows, new Row(null, total[0], total[1], total[2], total[3], total[4]));
  }

  /**
   * The national stage of one innovation on a day.
   *
   * @param f the innovation
   * @param own its rulebook
   * @param today the day in its region's zone
   * @return the stage, or empty while not yet set
   */
  public static Optional<NationalStage> stage(Folded f, Rulebook own, LocalDate today) {
    NationalStage best = null;
    int furthest = Integer.MIN_VALUE;
    for (Stay s : f.stays()) {
      Optional<Stage> st = own.findStage(s.stage());
      if (st.isPresent() && st.get().nationalStage() != null && st.get().order() > furthest) {
        furthest = st.get().order();
        best = st.get().nationalStage();
      }
    }
    if (onOrBefore(f.details().texts().get("implementationStartDate"), today)) {
      best = higher(best, NationalStage.PENERAPAN);
    }
    if (onOrBefore(f.details().texts().get("trialStartDate"), today)) {
      best = higher(best, NationalStage.UJI_COBA);
    }
    return Optional.ofNullable(best);
  }

  /** Tells whether an innovation's dates put it in a later national stage than its stages alone would. */
  public static boolean raisedByDates(Folded f, Rulebook own, LocalDate today) {
    Optional<NationalStage> withDates = stage(f, own, today);
    Optional<NationalStage> without = stage(f.withoutDates(), own, today);
    return withDates.isPresent() && !withDates.equals(without);
  }

  private static NationalStage higher(NationalStage a, NationalStage b) {
    return a == null || b.ordinal() > a.ordinal() ? b : a;
  }

  private static boolean onOrBefore(String text, LocalDate today) {
    if (text == null) {
      return false;
    }
    try {
      return !LocalDate.parse(text.strip()).isAfter(today);
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
