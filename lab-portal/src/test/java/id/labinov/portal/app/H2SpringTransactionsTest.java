package id.labinov.portal.app;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link SpringTransactionsContract} on H2 in memory (the portal's default database kind). */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:portal-tx;DB_CLOSE_DELAY=-1",
    "labinov.portal.demo-data=NEVER"})
class H2SpringTransactionsTest extends SpringTransactionsContract {}
