package id.labinov.portal.web;

import id.labinov.portal.config.PortalProperties;
import id.labinov.portal.security.PortalUser;
import id.labinov.portal.security.PortalUsers;
import id.labinov.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page Spring Security's form login shows ({@code POST /login} with {@code username},
 * {@code password} and the CSRF token). While the portal runs as the example it is (demo data not
 * switched off with {@code labinov.portal.demo-data=NEVER}) it lists the demo accounts' sign-in names,
 * said to be demo accounts; a real installation lists nobody to people who are not signed in.
 */
@Controller
public class LoginController {
  private final PortalUsers users;
  private final boolean demo;

  /**
   * Creates the controller.
   *
   * @param users the configured users
   * @param properties the portal's settings: the demo accounts are listed unless demo data is {@code NEVER}
   */
  public LoginController(PortalUsers users, PortalProperties properties) {
    this.users = users;
    this.demo = properties.demoData() != PortalProperties.DemoData.NEVER;
  }

  /**
   * A demo user for the hint.
   *
   * @param username the sign-in name
   * @param name the display name
   * @param roles the account's roles in words, comma-separated
   */
  public record DemoUser(String username, String name, String roles) {}

  /**
   * The sign-in page.
   *
   * @param error present after a failed sign-in
   * @param logout present after signing out
   * @param locale the page's language (for the demo accounts' roles)
   * @param model the model
   * @return the view
   */
  @GetMapping("/login")
  public String login(@RequestParam(name = "error", required = false) String error,
      @RequestParam(name = "logout", required = false) String logout, Locale locale, Model model) {
    model.addAttribute("failed", error != null);
    model.addAttribute("signedOut", logout != null);
    List<DemoUser> shown = !demo ? List.of()
        : users.all().stream().map((PortalUser u) -> new DemoUser(u.getUsername(), u.displayName(),
            u.actor().roles().stream().sorted().map(r -> Messages.format(locale, "label.Role." + r.name()))
                .collect(Collectors.joining(", "))))
            .toList();
    model.addAttribute("demoUsers", shown);
    return "pages/login";
  }
}
