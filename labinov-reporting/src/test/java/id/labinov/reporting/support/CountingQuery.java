package id.labinov.reporting.support;

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
import java.util.concurrent.atomic.AtomicInteger;

/** A query port that counts its calls and the largest page it returned. */
public final class CountingQuery implements InnovationQuery {
  private final InnovationQuery delegate;
  public final AtomicInteger finds = new AtomicInteger();
  public final AtomicInteger counts = new AtomicInteger();
  public final AtomicInteger durations = new AtomicInteger();
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

  public void reset() {
    finds.set(0);
    counts.set(0);
    durations.set(0);
  }
}
