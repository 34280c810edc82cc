package id.labinov.core.model;

import id.labinov.core.internal.Checks;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who performs a command: a person id, the person's unit, the roles the host application has
 * granted and the scope the person acts in. labinov does not authenticate; the host does, and hands
 * labinov an actor. The services authorise every command against the actor (see
 * {@link id.labinov.core.engine.Authorisation}), and the reads that take an actor ({@code get},
 * {@code find}, {@code history}, {@code check}, {@code available}, {@code Labinov.queries(actor)},
 * reports built with it) stay inside its scope; the decider checks the rulebook's rules.
 *
 * <p>The scope is where the actor works: one region ({@link #in(RegionCode)}: a kabupaten/kota lab,
 * or a province's own lab under the province's code), a province as a supervisor of its regencies
 * and cities ({@code in(Scope.province(...))}) or the nation. An actor without a scope ({@link #of}) is for
 * the rules alone (deciding on values, conformance cases); the services refuse it.
 *
 * @param personId the acting person
 * @param opd the actor's unit, or {@code null} (a citizen, a regional head)
 * @param roles the roles held; may be empty, never {@code null}
 * @param scope the regions the actor acts in, or {@code null} for an actor of the rules alone
 */
public record Actor(PersonId personId, OpdCode opd, Set<Role> roles, Scope scope) {
  /**
   * Validates and copies the parts.
   *
   * @param personId the acting person
   * @param opd the actor's unit, or {@code null} (a citizen, a regional head)
   * @param roles the roles held; may be empty, never {@code null}
   * @param scope the regions the actor acts in, or {@code null} for an actor of the rules alone
   * @throws id.labinov.core.error.InvalidValueException if the person id or roles are missing
   */
  public Actor {
    Checks.notNull(personId, "personId");
    Checks.notNull(roles, "roles");
    for (Role r : roles) {
      Checks.notNull(r, "roles[]");
    }
    roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }

  /**
   * Creates an actor without a scope: for the rules alone (the services refuse it).
   *
   * @param personId the acting person
   * @param opd the actor's unit, or {@code null}
   * @param roles the roles held
   */
  public Actor(PersonId personId, OpdCode opd, Set<Role> roles) {
    this(personId, opd, roles, null);
  }

  /**
   * Creates an actor without a scope, for the rules alone; give it one with {@link #in(RegionCode)}
   * or {@link #in(Scope)} before it acts through the services.
   *
   * @param personId the person's id
   * @param opd the unit code, or {@code null}
   * @param roles the roles
   * @return the actor
   */
  public static Actor of(String personId, String opd, Role... roles) {
    Checks.notNull(roles, "roles");
    return new Actor(
        PersonId.of(personId), opd == null ? null : OpdCode.of(opd), new java.util.HashSet<>(Arrays.asList(roles)));
  }

  /**
   * Returns this actor acting in one region (a kabupaten/kota or a province's own lab).
   *
   * @param region the region
   * @return the scoped actor
   */
  public Actor in(RegionCode region) {
    return in(Scope.region(region));
  }

  /**
   * Returns this actor acting in a scope: a region, a province or the nation.
   *
   * @param scope the scope
   * @return the scoped actor
   */
  public Actor in(Scope scope) {
    return new Actor(personId, opd, roles, Checks.notNull(scope, "scope"));
  }

  /** {@return the scope the actor acts in, if it has one} */
  public Optional<Scope> findScope() {
    return Optional.ofNullable(scope);
  }

  /** {@return the actor's unit, if any} */
  public Optional<OpdCode> findOpd() {
    return Optional.ofNullable(opd);
  }

  /**
   * Tells whether the actor holds a role.
   *
   * @param role the role
   * @return {@code true} if held
   */
  public boolean has(Role role) {
    return roles.contains(role);
  }
}
