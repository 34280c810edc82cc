package id.labinov.core.spi;


import id.labinov.core.engine.StorageException;
import id.labinov.core.model.Scope;
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.query.StageDuration;
import java.time.Instant;
import java.util.List;

/**
 * Reads innovations for lists and reports, always within a {@link Scope}. Stores push filters,
 * paging and aggregates down to their engine; results must be identical across stores (the
 * in-memory store is the reference). Thread-safe.
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
}
