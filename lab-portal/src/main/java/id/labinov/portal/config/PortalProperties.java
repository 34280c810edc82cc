package id.labinov.portal.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's settings, under {@code labinov.portal} in {@code application.yml}.
 *
 * @param region the region this portal serves (kode wilayah, e.g. {@code 36.02} for Kabupaten Lebak)
 * @param programme the lab programme new proposals join (e.g. {@code lebak-2019})
 * @param tablePrefix the prefix of labinov's tables in the application's database
 * @param demoData when to load the Lebak lab year: {@code AUTO} (only into an empty H2 database, the
 *     default database), {@code ALWAYS} (into any empty database) or {@code NEVER}
 * @param users the people who may sign in (a real host brings single sign-on instead)
 * @param iid the region's own scores the IID estimate needs besides its innovations', or {@code null}
 */
@ConfigurationProperties("labinov.portal")
public record PortalProperties(
    @DefaultValue("36.02") String region,
    @DefaultValue("lebak-2019") String programme,
    @DefaultValue("lbv_") String tablePrefix,
    @DefaultValue("AUTO") DemoData demoData,
    List<User> users,
    Iid iid) {

  /** Normalises a missing user list to an empty one, missing IID scores to none. */
  public PortalProperties {
    users = users == null ? List.of() : List.copyOf(users);
    iid = iid == null ? new Iid(null, null, null) : iid;
  }

  /**
   * The scores a region enters for the regional innovation index (IID) besides its innovations'
   * indicators, as the lab knows them; without them the estimate counts the innovations' part only.
   *
   * @param spd the region's score of the regional-government part (SPD) as claimed, or {@code null}
   * @param spdVerified the SPD score after verification, or {@code null}
   * @param countScore the score of the number of innovations entered, or {@code null}
   */
  public record Iid(java.math.BigDecimal spd, java.math.BigDecimal spdVerified, java.math.BigDecimal countScore) {}

  /** When the Lebak year is loaded on start. */
  public enum DemoData {
    /** Only into an empty H2 database (the portal's default database). */
    AUTO,
    /** Into any empty database. */
    ALWAYS,
    /** Never. */
    NEVER
  }

  /**
   * One person who may sign in.
   *
   * @param username the sign-in name
   * @param password the password, in Spring Security's encoded form ({@code {bcrypt}...})
   * @param tokenSha256 the SHA-256 (hex) of the person's API bearer token, or {@code null} for none;
   *     the token itself is never stored
   * @param personId labinov's person id (who the events name)
   * @param name the display name shown in the page header
   * @param opd the person's work unit (kode OPD), or {@code null}
   * @param roles labinov roles ({@code INNOVATOR}, {@code OPD_HEAD}, {@code COACH}, {@code LAB_ADMIN},
   *     {@code EVALUATOR}, {@code REGIONAL_HEAD}, {@code VERIFIER})
   */
  public record User(String username, String password, String tokenSha256, String personId, String name,
      String opd, List<String> roles) {
    /** Normalises a missing role list to an empty one. */
    public User {
      roles = roles == null ? List.of() : List.copyOf(roles);
    }
  }
}
