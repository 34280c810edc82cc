package id.labinov.portal.security;

import id.labinov.core.model.Actor;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.portal.config.PortalProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The people who may sign in, read from {@code labinov.portal.users}. Each becomes a {@link PortalUser}
 * whose labinov {@link Actor} is scoped to the portal's region. A mistake in the configuration (a
 * missing name, an unknown role, two users with one name or token) stops the start with an
 * {@link IllegalStateException} naming the user and the fix.
 */
@Component
public class PortalUsers implements UserDetailsService {
  private final Map<String, PortalUser> byName = new LinkedHashMap<>();
  private final Map<String, PortalUser> byTokenHash = new LinkedHashMap<>();

  /**
   * Reads the users.
   *
   * @param properties the portal's settings
   * @throws IllegalStateException naming the first mistake in {@code labinov.portal.users}
   */
  public PortalUsers(PortalProperties properties) {
    RegionCode region = RegionCode.parse(properties.region());
    int index = 0;
    for (PortalProperties.User u : properties.users()) {
      String where = "labinov.portal.users[" + index++ + "]";
      String username = required(u.username(), where + ".username");
      where = where + " (" + username + ")";
      String password = required(u.password(), where + ".password");
      String personId = required(u.personId(), where + ".person-id");
      if (u.roles().isEmpty()) {
        throw new IllegalStateException(where + ".roles is empty: give at least one of " + Arrays.toString(Role.values()));
      }
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (String r : u.roles()) {
        try {
          roles.add(Role.valueOf(r.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(where + ".roles has '" + r + "', which is not a labinov role: use one of "
              + Arrays.toString(Role.values()), e);
        }
      }
      OpdCode opd = u.opd() == null || u.opd().isBlank() ? null : OpdCode.of(u.opd().trim());
      Actor actor = new Actor(PersonId.of(personId), opd, roles, Scope.region(region));
      PortalUser user = new PortalUser(username, password, u.name() == null ? username : u.name(), actor);
      if (byName.put(username, user) != null) {
        throw new IllegalStateException(where + ": the user name is given twice; give each person a name of their own");
      }
      if (u.tokenSha256() != null && !u.tokenSha256().isBlank()) {
        String hash = u.tokenSha256().trim().toLowerCase(Locale.ROOT);
        if (!hash.matches("[0-9a-f]{64}")) {
          throw new IllegalStateException(where + ".token-sha256 is not 64 hexadecimal digits: write the SHA-256 of the "
              + "token, e.g. printf %s \"$TOKEN\" | sha256sum");
        }
        if (byTokenHash.put(hash, user) != null) {
          throw new IllegalStateException(where + ".token-sha256 is the same as another user's: give each a token of its own");
        }
      }
    }
  }

  private static String required(String value, String where) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(where + " is missing: every portal user needs it");
    }
    return value.trim();
  }

  @Override
  public PortalUser loadUserByUsername(String username) {
    PortalUser user = byName.get(username);
    if (user == null) {
      throw new UsernameNotFoundException("no such portal user");
    }
    return user;
  }

  /**
   * Finds the user whose API bearer token this is.
   *
   * @param token the token as sent
   * @return the user, or empty for an unknown token
   */
  public Optional<PortalUser> findByToken(String token) {
    return Optional.ofNullable(byTokenHash.get(sha256(token)));
  }

  /** {@return every configured user, in configuration order} */
  public List<PortalUser> all() {
    return List.copyOf(byName.values());
  }

  /**
   * The SHA-256 of a token, in lower-case hex: what {@code token-sha256} holds.
   *
   * @param token the token
   * @return its hash
   */
  public static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }
}
