package id.labinov.reporting.support;

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
import id.labinov.core.query.StalledStays;
import id.labinov.core.spi.InnovationQuery;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A query port that counts its calls (the aggregates forwarded to the store's own) and the largest page it returned. */
public final class CountingQuery implements InnovationQuery {
  private final InnovationQuery delegate;
  public final AtomicInteger finds = new AtomicInteger();
  public final AtomicInteger counts = new AtomicInteger();
  public final AtomicInteger durations = new AtomicInteger();
  public final AtomicInteger aggregates = new AtomicInteger();
  public final AtomicInteger largestPage = new AtomicInteger();

  public CountingQuery(InnovationQuery delegate) {
    this.delegate = delegate;
  }

  @Override
  public Page<InnovationSummary> find(Scope scope, InnovationFilter filter, PageRequest page) {
    finds.incrementAndGet();
    largestPage.accumulateAndGet(page.size(), Math::max);
    return delegate.find(scope, filter, page);
  }

  @Override
  public List<CountRow> count(Scope scope, InnovationFilter filter, Dimension dimension) {
    counts.incrementAndGet();
    return delegate.count(scope, filter, dimension);
  }

  @Override
  public Page<StageDuration> stageDurations(Scope scope, InnovationFilter filter, Instant asOf, PageRequest page) {
    durations.incrementAndGet();
    largestPage.accumulateAndGet(page.size(), Math::max);
    return delegate.stageDurations(scope, filter, asOf, page);
  }

  @Override
  public List<RulebookUse> rulebooks(Scope scope, InnovationFilter filter) {
    aggregates.incrementAndGet();
    return delegate.rulebooks(scope, filter);
  }

  @Override
  public List<StageDays> stageDays(Scope scope, InnovationFilter filter, Instant asOf) {
    aggregates.incrementAndGet();
    return delegate.stageDays(scope, filter, asOf);
  }

  @Override
  public List<ReachRow> reach(Scope scope, InnovationFilter filter, Instant asOf) {
    aggregates.incrementAndGet();
    return delegate.reach(scope, filter, asOf);
  }

  @Override
  public StalledStays stalled(Scope scope, InnovationFilter filter, Instant asOf, long moreThanDays,
      Set<RulebookStage> arrived, int limit) {
    aggregates.incrementAndGet();
    return delegate.stalled(scope, filter, asOf, moreThanDays, arrived, limit);
  }

  public void reset() {
    finds.set(0);
    counts.set(0);
    durations.set(0);
    aggregates.set(0);
  }
}
