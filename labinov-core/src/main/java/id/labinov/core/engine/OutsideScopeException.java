package id.labinov.core.engine;

import id.labinov.core.error.LabinovException;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Province;
import id.labinov.core.model.Scope;
import java.util.List;

/**
 * A read asked for regions outside the scope the actor works in (or the actor has no scope). Code
 * {@code OUTSIDE_SCOPE}; the message names the actor's scope and the scope asked for. Nothing was
 * read: the check comes before any store is asked.
 */
public class OutsideScopeException extends LabinovException {
  private static final long serialVersionUID = 1L;
  private final transient Scope actorScope;
  private final transient Scope asked;

  /**
   * Creates the exception.
   *
   * @param actor the actor who asked
   * @param asked the scope asked for
   */
  public OutsideScopeException(Actor actor, Scope asked) {
    super("OUTSIDE_SCOPE", actor.scope() == null ? "error.actorWithoutScope"
        : "error.outsideScope." + actor.scope().level() + "." + asked.level(), arguments(actor, asked), null);
    this.actorScope = actor.scope();
    this.asked = asked;
  }

  /** Person, then the name of each scope (a region code, a province's name; empty for the nation). */
  private static List<Object> arguments(Actor actor, Scope asked) {
    Scope own = actor.scope() == null ? Scope.national() : actor.scope();
    return List.of(actor.personId().value(), name(own), name(asked));
  }

  private static String name(Scope s) {
    return switch (s.level()) {
      case PROVINCE -> Province.findByCode(s.code()).map(Province::displayName).orElse(s.code());
      case REGION -> s.code();
      case NATIONAL -> "";
    };
  }

  /** {@return the scope the actor works in, or {@code null} if it has none} */
  public Scope actorScope() {
    return actorScope;
  }

  /** {@return the scope asked for} */
  public Scope asked() {
    return asked;
  }
}
