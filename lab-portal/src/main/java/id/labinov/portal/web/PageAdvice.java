package id.labinov.portal.web;

import id.labinov.core.model.Role;
import id.labinov.core.spi.DirectoryStore;
import id.labinov.persistence.jdbc.JdbcStorage;
import id.labinov.portal.security.PortalUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page controller's model the {@link Page} its layout needs. The menu shows what the
 * person's roles open; labinov still decides every command.
 */
@ControllerAdvice(basePackages = "id.labinov.portal.web")
public class PageAdvice {
  private final MessageSource messages;
  private final DirectoryStore directory;

  /**
   * Creates the advice.
   *
   * @param messages the portal's words
   * @param storage labinov's storage, whose directory holds people's names
   */
  public PageAdvice(MessageSource messages, JdbcStorage storage) {
    this.messages = messages;
    this.directory = storage.directory();
  }

  /**
   * The page context.
   *
   * @param request the request
   * @param authentication who is signed in, or {@code null}
   * @param locale the request's language
   * @return the page context
   */
  @ModelAttribute("page")
  public Page page(HttpServletRequest request, Authentication authentication, Locale locale) {
    PortalUser user = authentication != null && authentication.getPrincipal() instanceof PortalUser p ? p : null;
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    String name = user == null ? null
        : directory.findPersonName(user.actor().personId()).findName().orElse(user.displayName());
    return new Page(user, locale, messages, csrf, request.getRequestURI(), menu(user), name);
  }

  static List<Page.MenuItem> menu(PortalUser user) {
    List<Page.MenuItem> out = new ArrayList<>();
    if (user == null) {
      return out;
    }
    out.add(new Page.MenuItem("/", "menu.home"));
    if (user.actor().has(Role.INNOVATOR)) {
      out.add(new Page.MenuItem("/innovations/new", "menu.propose"));
    }
    if (user.actor().has(Role.OPD_HEAD)) {
      out.add(new Page.MenuItem("/approvals", "menu.approvals"));
    }
    if (user.actor().has(Role.COACH)) {
      out.add(new Page.MenuItem("/coaching", "menu.coaching"));
    }
    if (user.actor().has(Role.LAB_ADMIN)) {
      out.add(new Page.MenuItem("/admin/programme", "menu.programme"));
      out.add(new Page.MenuItem("/admin/advance", "menu.advance"));
      out.add(new Page.MenuItem("/admin/innovation-week", "menu.innovationWeek"));
    }
    if (user.actor().has(Role.EVALUATOR)) {
      out.add(new Page.MenuItem("/scoring", "menu.scoring"));
    }
    if (user.actor().has(Role.VERIFIER) || user.actor().has(Role.LAB_ADMIN)) {
      out.add(new Page.MenuItem("/iid", "menu.iid"));
    }
    out.add(new Page.MenuItem("/reports", "menu.reports"));
    out.add(new Page.MenuItem("/sustainability", "menu.sustainability"));
    return out;
  }
}
