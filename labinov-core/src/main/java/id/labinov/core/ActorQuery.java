package id.labinov.core;


import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
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

/**
 * {@link Labinov#queries(Actor)}: the query port as one actor may use it. A scope the actor's own
 * scope does not cover is refused with {@link OutsideScopeException} before the store is asked, so
 * lists, counts, durations, aggregates and every report built on them hold nothing outside it. Every
 * method is forwarded, so the store's own aggregates are used, not the paging defaults.
 */
final class ActorQuery implements InnovationQuery {
  private final InnovationQuery delegate;
  private final Actor actor;

  ActorQuery(InnovationQuery delegate, Actor actor) {
    this.delegate = delegate;
    this.actor = Checks.notNull(actor, "actor");
  }

  private Scope allowed(Scope asked) {
    Checks.notNull(asked, "scope");
    if (actor.scope() == null || !actor.scope().covers(asked)) {
      throw new OutsideScopeException(actor, asked);
    }
    return asked;
  }

  @Override
  public Page<InnovationSummary> find(Scope scope, InnovationFilter filter, PageRequest page) {
    return delegate.find(allowed(scope), filter, page);
  }

  @Override
  public List<CountRow> count(Scope scope, InnovationFilter filter, Dimension dimension) {
    return delegate.count(allowed(scope), filter, dimension);
  }

  @Override
  public Page<StageDuration> stageDurations(Scope scope, InnovationFilter filter, Instant asOf, PageRequest page) {
    return delegate.stageDurations(allowed(scope), filter, asOf, page);
  }

  @Override
  public List<RulebookUse> rulebooks(Scope scope, InnovationFilter filter) {
    return delegate.rulebooks(allowed(scope), filter);
  }

  @Override
  public List<StageDays> stageDays(Scope scope, InnovationFilter filter, Instant asOf) {
    return delegate.stageDays(allowed(scope), filter, asOf);
  }

  @Override
  public List<ReachRow> reach(Scope scope, InnovationFilter filter, Instant asOf) {
    return delegate.reach(allowed(scope), filter, asOf);
  }

  @Override
  public StalledStays stalled(Scope scope, InnovationFilter filter, Instant asOf, long moreThanDays,
      Set<RulebookStage> arrived, int limit) {
    return delegate.stalled(allowed(scope), filter, asOf, moreThanDays, arrived, limit);
  }
}
