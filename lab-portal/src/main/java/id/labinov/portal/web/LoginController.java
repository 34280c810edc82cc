package id.labinov.portal.web;

import id.labinov.portal.security.PortalUser;
import id.labinov.portal.security.PortalUsers;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page Spring Security's form login shows ({@code POST /login} with {@code username},
 * {@code password} and the CSRF token). As an example application it lists the demo users' names.
 */
@Controller
public class LoginController {
  private final PortalUsers users;

  /**
   * Creates the controller.
   *
   * @param users the configured users
   */
  public LoginController(PortalUsers users) {
    this.users = users;
  }

  /**
   * A demo user for the hint.
   *
   * @param username the sign-in name
   * @param name the display name
   */
  public record DemoUser(String username, String name) {}

  /**
   * The sign-in page.
   *
   * @param error present after a failed sign-in
   * @param logout present after signing out
   * @param model the model
   * @return the view
   */
  @GetMapping("/login")
  public String login(@RequestParam(name = "error", required = false) String error,
      @RequestParam(name = "logout", required = false) String logout, Model model) {
    model.addAttribute("failed", error != null);
    model.addAttribute("signedOut", logout != null);
    List<DemoUser> demo = users.all().stream().map((PortalUser u) -> new DemoUser(u.getUsername(), u.displayName()))
        .toList();
    model.addAttribute("demoUsers", demo);
    return "pages/login";
  }
}
