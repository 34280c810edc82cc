package id.labinov.core.spi;


import id.labinov.core.engine.StorageException;
import id.labinov.core.model.Scope;
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.query.ReachRow;
import id.labinov.core.query.RulebookStage;
import id.labinov.core.query.RulebookUse;
import id.labinov.core.query.StageDays;
import id.labinov.core.query.StageDuration;
import id.labinov.core.query.StalledStay;
import id.labinov.core.query.StalledStays;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Reads innovations for lists and reports, always within a {@link Scope}. Stores push filters,
 * paging and aggregates down to their engine; results must be identical across stores (the
 * in-memory store is the reference). The aggregates for reports ({@link #rulebooks},
 * {@link #stageDays}, {@link #reach}, {@link #stalled}) have defaults that page through
 * {@link #find} and {@link #stageDurations}, so a store need implement only those three; a store
 * that computes them itself must give the defaults' answers. Thread-safe.
 */
public interface InnovationQuery {
  /**
   * Finds innovations, one page at a time, in ascending id (creation) order.
   *
   * @param scope which regions
   * @param filter which innovations
   * @param page the page wanted
   * @return the page
   * @throws StorageException if the store fails
   */
  Page<InnovationSummary> find(Scope scope, InnovationFilter filter, PageRequest page);

  /**
   * Counts innovations grouped by a dimension.
   *
   * @param scope which regions
   * @param filter which innovations
   * @param dimension what to group by
   * @return one row per group, sorted by key
   * @throws StorageException if the store fails
   */
  List<CountRow> count(Scope scope, InnovationFilter filter, Dimension dimension);

  /**
   * Lists every stay in a stage of the matching innovations, page by page (paging on the
   * innovation id; a page holds all stays of its innovations).
   *
   * @param scope which regions
   * @param filter which innovations
   * @param asOf the instant current stays are measured to
   * @param page the page wanted
   * @return the stays, by innovation id then entry time
   * @throws StorageException if the store fails
   */
  Page<StageDuration> stageDurations(Scope scope, InnovationFilter filter, Instant asOf, PageRequest page);

  /**
   * Lists which rulebook versions the matching innovations follow, per region, with the innovation
   * of each group that has the lowest id (to look the rulebook up by) and the group's size.
   *
   * <p>The default pages through {@link #find}; that is the definition a store that pushes this
   * down must reproduce.
   *
   * @param scope which regions
   * @param filter which innovations
   * @return one row per region and rulebook version, in {@link RulebookUse#ORDER}
   * @throws StorageException if the store fails
   */
  default List<RulebookUse> rulebooks(Scope scope, InnovationFilter filter) {
    return QueryDefaults.rulebooks(this, scope, filter);
  }

  /**
   * Counts the stays in each stage of the matching innovations by their days in stage: the
   * histogram of {@link StageDuration#days()} per stage, with how many of each bar are current stays
   * of innovations not dropped. Quartiles, means and the like follow from it exactly.
   *
   * <p>The default pages through {@link #find} and {@link #stageDurations}; that is the definition
   * a store that pushes this down must reproduce.
   *
   * @param scope which regions
   * @param filter which innovations
   * @param asOf the instant current stays are measured to
   * @return one row per stage and number of days that occurs, in {@link StageDays#ORDER}
   * @throws StorageException if the store fails
   */
  default List<StageDays> stageDays(Scope scope, InnovationFilter filter, Instant asOf) {
    return QueryDefaults.stageDays(this, scope, filter, asOf);
  }

  /**
   * Groups the matching innovations by how far they have come: rulebook version, unit, status,
   * current stage, the set of stages they have stayed in, and whether their implementation and
   * trial start dates are on or before the day of {@code asOf} in their region's zone. Funnels,
   * furthest stages and national stages follow from these rows.
   *
   * <p>The default pages through {@link #find} and {@link #stageDurations}; that is the definition
   * a store that pushes this down must reproduce.
   *
   * @param scope which regions
   * @param filter which innovations
   * @param asOf the instant whose day (in each region's zone) the dates are compared with
   * @return one row per group, in {@link ReachRow#ORDER}
   * @throws StorageException if the store fails
   */
  default List<ReachRow> reach(Scope scope, InnovationFilter filter, Instant asOf) {
    return QueryDefaults.reach(this, scope, filter, asOf);
  }

  /**
   * Finds the current stays, of innovations not dropped, that have lasted more than
   * {@code moreThanDays} days ({@link StageDuration#days()}), except stays in the given stages of
   * the innovation's own rulebook version (e.g. each rulebook's last stage, where innovations have
   * arrived): how many there are, and the {@code limit} longest.
   *
   * <p>The default pages through {@link #find} and {@link #stageDurations}; that is the definition
   * a store that pushes this down must reproduce.
   *
   * @param scope which regions
   * @param filter which innovations
   * @param asOf the instant current stays are measured to
   * @param moreThanDays the threshold, 0 or more
   * @param arrived stages of rulebook versions whose stays are not counted
   * @param limit how many of the longest to list, 0 to {@link StalledStays#MAX_LIMIT}
   * @return the count and the longest stays, in {@link StalledStay#ORDER}
   * @throws id.labinov.core.error.InvalidValueException for a missing argument, a negative threshold
   *     or a limit out of range
   * @throws StorageException if the store fails
   */
  default StalledStays stalled(Scope scope, InnovationFilter filter, Instant asOf, long moreThanDays,
      Set<RulebookStage> arrived, int limit) {
    return QueryDefaults.stalled(this, scope, filter, asOf, moreThanDays, arrived, limit);
  }
}
