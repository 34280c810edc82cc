package id.labinov.core.spi.contract;

import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.StageVisit;
import id.labinov.core.model.Scope;
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.StageDuration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The documented query semantics computed directly from states, written from the javadoc of
 * {@link id.labinov.core.spi.InnovationQuery}, {@link Dimension} and {@link InnovationFilter#matches}:
 * what every store's answers must equal.
 */
public final class QueryReference {
  private QueryReference() {}

  /**
   * Returns the matching states in ascending id order.
   *
   * @param states every stored state
   * @param scope the scope
   * @param filter the filter
   * @return the matching states
   */
  public static List<InnovationState> matching(Collection<InnovationState> states, Scope scope, InnovationFilter filter) {
    return states.stream()
        .filter(s -> scope.includes(s.region()) && filter.matches(InnovationSummary.of(s)))
        .sorted(Comparator.comparing(InnovationState::id))
        .toList();
  }

  /**
   * Returns what {@code find} must return over all pages.
   *
   * @param states every stored state
   * @param scope the scope
   * @param filter the filter
   * @return the summaries in ascending id order
   */
  public static List<InnovationSummary> find(Collection<InnovationState> states, Scope scope, InnovationFilter filter) {
    return matching(states, scope, filter).stream().map(InnovationSummary::of).toList();
  }

  /**
   * Returns what {@code count} must return.
   *
   * @param states every stored state
   * @param scope the scope
   * @param filter the filter
   * @param dimension the grouping
   * @return the rows sorted by key
   */
  public static List<CountRow> count(Collection<InnovationState> states, Scope scope, InnovationFilter filter,
      Dimension dimension) {
    Map<String, Long> counts = new TreeMap<>();
    for (InnovationState s : matching(states, scope, filter)) {
      for (String key : keys(s, dimension)) {
        counts.merge(key, 1L, Long::sum);
      }
    }
    List<CountRow> rows = new ArrayList<>();
    counts.forEach((k, v) -> rows.add(new CountRow(k, v)));
    return rows;
  }

  /**
   * Returns the group keys of a state under a dimension ({@code ""} for "not set"; one key per theme).
   *
   * @param s the state
   * @param d the dimension
   * @return the keys
   */
  public static List<String> keys(InnovationState s, Dimension d) {
    var x = s.details();
    return switch (d) {
      case STAGE -> List.of(s.stage());
      case STATUS -> List.of(s.status().name());
      case OPD -> List.of(x.opd() == null ? "" : x.opd().value());
      case BENTUK -> List.of(x.bentuk() == null ? "" : x.bentuk().name());
      case JENIS -> List.of(x.jenis() == null ? "" : x.jenis().name());
      case PROGRAMME -> List.of(s.programmeId() == null ? "" : s.programmeId());
      case THEME -> x.themes().isEmpty() ? List.of("") : x.themes().stream().map(t -> t.code()).toList();
    };
  }

  /**
   * Returns what {@code stageDurations} must return over all pages: each matching innovation's
   * stays, by innovation id then entry time, days counted in the region's zone.
   *
   * @param states every stored state
   * @param scope the scope
   * @param filter the filter
   * @param asOf the instant current stays are measured to
   * @return the stays
   */
  public static List<StageDuration> stageDurations(Collection<InnovationState> states, Scope scope,
      InnovationFilter filter, Instant asOf) {
    List<StageDuration> out = new ArrayList<>();
    for (InnovationState s : matching(states, scope, filter)) {
      var zone = s.region().defaultTimeZone().zoneId();
      for (StageVisit v : s.visits()) {
        out.add(new StageDuration(s.ref(), s.details().opd(), v.stage(), v.enteredAt(), v.leftAt(), v.days(zone, asOf)));
      }
    }
    return out;
  }
}
