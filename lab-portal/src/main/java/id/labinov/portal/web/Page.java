package id.labinov.portal.web;

import id.labinov.core.model.Role;
import id.labinov.portal.security.PortalUser;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page's layout needs: the signed-in person (or none, on the sign-in page), the language,
 * the words in that language, the CSRF token for forms, the menu for the person's roles and the
 * current path (for the language switch). Templates get it as the model attribute {@code page}.
 *
 * @param user the signed-in person, or {@code null}
 * @param locale the page's language
 * @param messages the portal's words
 * @param csrf the CSRF token every form must carry, or {@code null} where there is none
 * @param path the request path, for links that keep the person on the page
 * @param menu the menu entries the person's roles open
 * @param userName the signed-in person's name as labinov's directory holds it (the configured name when
 *     the directory has none), or {@code null} when nobody is signed in
 */
public record Page(PortalUser user, Locale locale, MessageSource messages, CsrfToken csrf, String path,
    List<MenuItem> menu, String userName) {

  /**
   * A menu entry.
   *
   * @param href where it leads
   * @param key the message key of its label
   */
  public record MenuItem(String href, String key) {}

  /**
   * The words of a message key in the page's language.
   *
   * @param key the key (in {@code i18n/portal}, {@code i18n/pages} or {@code i18n/api})
   * @param args the values of the message's {@code {0}}, {@code {1}}, ...
   * @return the words; the key itself in brackets when it is missing (a test fails on that)
   */
  public String t(String key, Object... args) {
    return messages.getMessage(key, args, "[" + key + "]", locale);
  }

  /** {@return the page's language tag, for {@code <html lang>}: {@code id} or {@code en}} */
  public String language() {
    return locale.getLanguage().equals("en") ? "en" : "id";
  }

  /** {@return whether the page is in English} */
  public boolean english() {
    return language().equals("en");
  }

  /**
   * Whether the signed-in person has a role.
   *
   * @param role the role
   * @return {@code true} when signed in with that role
   */
  public boolean has(Role role) {
    return user != null && user.actor().has(role);
  }

  /** {@return the CSRF form field's name, or an empty string where there is no token} */
  public String csrfName() {
    return csrf == null ? "" : csrf.getParameterName();
  }

  /** {@return the CSRF token's value, or an empty string where there is none} */
  public String csrfValue() {
    return csrf == null ? "" : csrf.getToken();
  }
}
