package id.labinov.core;


import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;

/** The scope check of every read that takes an actor: before anything is read. Not API. */
final class Readers {
  private Readers() {}

  /**
   * Returns {@code region} if the actor may read it.
   *
   * @throws OutsideScopeException if the region is outside the actor's scope, or it has none
   */
  static RegionCode region(Actor actor, RegionCode region) {
    Checks.notNull(actor, "actor");
    Checks.notNull(region, "region");
    if (actor.scope() == null || !actor.scope().includes(region)) {
      throw new OutsideScopeException(actor, Scope.region(region));
    }
    return region;
  }
}
