package id.labinov.portal.reports;

import id.labinov.portal.security.PortalUser;
import id.labinov.portal.security.PortalUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * One Spring configuration for every test of the reports (the context is started once and shared): the portal on
 * a random port over an H2 database in memory, into which the Lebak year loads on start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:portal-reports;DB_CLOSE_DELAY=-1")
abstract class ReportsTestSupport {
  @Autowired
  PortalUsers users;
  @Autowired
  Environment environment;

  /** {@return the demo user of that sign-in name} */
  PortalUser user(String username) {
    return users.loadUserByUsername(username);
  }

  /** {@return the server's base address, e.g. {@code http://localhost:40123}} */
  String base() {
    return "http://localhost:" + environment.getProperty("local.server.port");
  }
}
