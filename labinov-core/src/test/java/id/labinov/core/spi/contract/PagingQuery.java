package id.labinov.core.spi.contract;

import id.labinov.core.model.Scope;
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.query.StageDuration;
import id.labinov.core.spi.InnovationQuery;
import java.time.Instant;
import java.util.List;

/**
 * A query port that forwards only the three methods every store implements ({@code find},
 * {@code count}, {@code stageDurations}), so its report aggregates are the port's paging defaults
 * (their definitions) over the store's own pages: what a store's own aggregates must equal.
 */
public final class PagingQuery implements InnovationQuery {
  private final InnovationQuery store;

  /**
   * Wraps a store's query port.
   *
   * @param store the port whose pages are read
   */
  public PagingQuery(InnovationQuery store) {
    this.store = store;
  }

  @Override
  public Page<InnovationSummary> find(Scope scope, InnovationFilter filter, PageRequest page) {
    return store.find(scope, filter, page);
  }

  @Override
  public List<CountRow> count(Scope scope, InnovationFilter filter, Dimension dimension) {
    return store.count(scope, filter, dimension);
  }

  @Override
  public Page<StageDuration> stageDurations(Scope scope, InnovationFilter filter, Instant asOf, PageRequest page) {
    return store.stageDurations(scope, filter, asOf, page);
  }
}
