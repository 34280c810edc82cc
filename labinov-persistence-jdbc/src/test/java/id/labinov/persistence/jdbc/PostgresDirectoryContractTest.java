package id.labinov.persistence.jdbc;

import id.labinov.core.model.PersonId;
import id.labinov.core.spi.DirectoryStore;
import id.labinov.core.spi.contract.DirectoryContract;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The directory contract on the PostgreSQL server; an erased name is shown gone from the table's row. */
class PostgresDirectoryContractTest extends DirectoryContract {
  private Backend backend;

  @BeforeEach
  void emptyTables() {
    backend = ClassBackends.fresh(getClass(), Backend.Kind.POSTGRESQL);
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(PostgresDirectoryContractTest.class);
  }

  @Override
  protected DirectoryStore directory() {
    return backend.storage().directory();
  }

  @Override
  protected Optional<String> storedPersonRow(PersonId person) {
    return Optional.of(String.join("\n", backend.rows("SELECT * FROM " + backend.prefix()
        + "directory_person WHERE person_id = '" + person.value().replace("'", "''") + "'")));
  }
}
