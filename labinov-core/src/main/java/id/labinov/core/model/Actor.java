package id.labinov.core.model;

import id.labinov.core.Checks;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who performs a command: a person id, the person's unit and the roles the host application has
 * granted. labinov does not authenticate; it authorises each transition against the rulebook.
 *
 * @param personId the acting person
 * @param opd the actor's unit, or {@code null} (a citizen, a regional head)
 * @param roles the roles held; may be empty, never {@code null}
 */
public record Actor(PersonId personId, OpdCode opd, Set<Role> roles) {
  /**
   * Validates and copies the parts.
   *
   * @throws id.labinov.core.InvalidValueException if the person id or roles are missing
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
   * Creates an actor.
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

  /** Returns the actor's unit, if any. */
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
