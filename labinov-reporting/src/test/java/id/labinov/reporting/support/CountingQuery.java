package id.labinov.reporting.support;

import id.labinov.core.model.Scope;
import id.labinov.core.port.CountRow;
import id.labinov.core.port.Dimension;
import id.labinov.core.port.InnovationFilter;
import id.labinov.core.port.InnovationQuery;
import id.labinov.core.port.InnovationSummary;
import id.labinov.core.port.Page;
import id.labinov.core.port.PageRequest;
import id.labinov.core.port.StageDuration;
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
