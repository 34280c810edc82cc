package id.labinov.portal.app;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SpringTransactionsContract} on MariaDB, configured by {@code spring.datasource.*} only. */
@SpringBootTest(properties = "labinov.portal.demo-data=NEVER")
class MariaDbSpringTransactionsTest extends SpringTransactionsContract {
  @BeforeAll
  static void server() {
    ServerDatabases.require(ServerDatabases.MARIADB, "root");
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> ServerDatabases.MARIADB);
    registry.add("spring.datasource.username", () -> "root");
    registry.add("spring.datasource.password", () -> "");
    registry.add("labinov.portal.table-prefix", () -> ServerDatabases.PREFIX);
  }
}
