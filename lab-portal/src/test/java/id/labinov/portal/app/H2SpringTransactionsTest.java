package id.labinov.portal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.StorageException;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.model.Scope;
import id.labinov.core.query.PageRequest;
import id.labinov.portal.security.PortalUser;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link SpringTransactionsContract} on H2 in memory (the portal's default database kind). */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:portal-tx;DB_CLOSE_DELAY=-1",
    "labinov.portal.demo-data=NEVER"})
class H2SpringTransactionsTest extends SpringTransactionsContract {
  @Test
  void aTransactionOnAnotherDataSourceIsRefusedNotSilentlyLeft() {
    JdbcDataSource other = new JdbcDataSource();
    other.setURL("jdbc:h2:mem:portal-tx-other;DB_CLOSE_DELAY=-1");
    TransactionTemplate elsewhere = new TransactionTemplate(new DataSourceTransactionManager(other));
    PortalUser user = users.loadUserByUsername("inovator");
    int before = labinov.queries().find(Scope.region(region), InnovationFilter.builder().build(), PageRequest.first(500)).items().size();

    assertThatThrownBy(() -> elsewhere.executeWithoutResult(status -> labinov.innovations().propose(region,
        user.actor(), InnovationDetails.titled("Di luar transaksi labinov").withOpd(user.actor().opd()))))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("SpringTransactionBinding");

    assertThat(labinov.queries().find(Scope.region(region), InnovationFilter.builder().build(), PageRequest.first(500)).items().size()).isEqualTo(before);
  }
}
