package id.labinov.portal.security;

import id.labinov.core.model.Actor;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in person: the sign-in name and password Spring Security checks, and the labinov
 * {@link Actor} (person, work unit, roles, region scope) every command and query is made as. Pages and
 * the API take the actor from here, so both are authorised by the same labinov policy.
 *
 * <p>{@link #toString()} names only the sign-in name: a person's name never reaches a log line.
 */
public final class PortalUser implements UserDetails {
  private final String username;
  private final String password;
  private final String displayName;
  private final Actor actor;

  /**
   * Creates a signed-in person.
   *
   * @param username the sign-in name
   * @param password the encoded password
   * @param displayName the name shown in the page header
   * @param actor who the person is to labinov
   */
  public PortalUser(String username, String password, String displayName, Actor actor) {
    this.username = username;
    this.password = password;
    this.displayName = displayName;
    this.actor = actor;
  }

  /** {@return who the person is to labinov: person id, OPD, roles and scope} */
  public Actor actor() {
    return actor;
  }

  /** {@return the name shown in the page header} */
  public String displayName() {
    return displayName;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
  }

  /** {@return the Spring authorities of the person's labinov roles, as names} */
  public List<String> roleNames() {
    return actor.roles().stream().map(Enum::name).toList();
  }

  @Override
  public String getPassword() {
    return password;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public String toString() {
    return "PortalUser[" + username + "]";
  }
}
