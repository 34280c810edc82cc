package id.labinov.portal.web;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * The one Spring configuration the page tests share (so the context, with the Lebak year loaded into
 * an in-memory H2 database, starts once): the portal on a random port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:portal-pages;DB_CLOSE_DELAY=-1")
public abstract class PortalPagesTestBase {
  @Autowired
  private Environment environment;

  /** {@return the base URL of the running portal} */
  protected String base() {
    return "http://127.0.0.1:" + environment.getProperty("local.server.port");
  }
}
