package id.labinov.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.portal.config.PortalProperties;
import id.labinov.portal.security.PortalUsers;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ConcurrentModel;

/**
 * The sign-in page lists the demo accounts only while the portal runs as the example: with demo data
 * switched off ({@code labinov.portal.demo-data=NEVER}) nobody's name is shown to people who are not
 * signed in. A plain unit test: no Spring context.
 */
class LoginControllerTest {
  private static PortalProperties settings(PortalProperties.DemoData demoData) {
    PortalProperties.User neneng = new PortalProperties.User("inovator", "{noop}x", null, "asn-dispusip-1",
        "Neneng Hidayat", "DISPUSIP", List.of("INNOVATOR"));
    return new PortalProperties("36.02", "lebak-2019", "lbv_", demoData, List.of(neneng), null);
  }

  @SuppressWarnings("unchecked")
  private static List<LoginController.DemoUser> shown(PortalProperties.DemoData demoData) {
    PortalProperties properties = settings(demoData);
    ConcurrentModel model = new ConcurrentModel();
    String view = new LoginController(new PortalUsers(properties), properties)
        .login(null, null, Locale.forLanguageTag("id"), model);
    assertThat(view).isEqualTo("pages/login");
    return (List<LoginController.DemoUser>) model.getAttribute("demoUsers");
  }

  @Test
  void demoAccountsAreListedWhileDemoDataIsOn() {
    assertThat(shown(PortalProperties.DemoData.AUTO)).singleElement().satisfies(u -> {
      assertThat(u.username()).isEqualTo("inovator");
      assertThat(u.name()).isEqualTo("Neneng Hidayat");
      assertThat(u.roles()).isEqualTo("Inovator");
    });
    assertThat(shown(PortalProperties.DemoData.ALWAYS)).hasSize(1);
  }

  @Test
  void nobodyIsListedWhenDemoDataIsNever() {
    assertThat(shown(PortalProperties.DemoData.NEVER)).isEmpty();
  }
}
