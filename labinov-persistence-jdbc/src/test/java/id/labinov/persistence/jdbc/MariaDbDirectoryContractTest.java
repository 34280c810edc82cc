package id.labinov.persistence.jdbc;

import id.labinov.core.model.PersonId;
import id.labinov.core.spi.DirectoryStore;
import id.labinov.core.spi.contract.DirectoryContract;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The directory contract on the MariaDB server; an erased name and number are shown gone from the tables' rows. */
class MariaDbDirectoryContractTest extends DirectoryContract {
  private Backend backend;

  @BeforeEach
  void emptyTables() {
    backend = ClassBackends.fresh(getClass(), Backend.Kind.MARIADB);
  }

  @AfterAll
  static void dropTables() {
    ClassBackends.close(MariaDbDirectoryContractTest.class);
  }

  @Override
  protected DirectoryStore directory() {
    return backend.storage().directory();
  }

  @Override
  protected Optional<String> storedPersonRow(PersonId person) {
    String where = " WHERE person_id = '" + person.value().replace("'", "''") + "'";
    return Optional.of(String.join("\n", backend.rows("SELECT * FROM " + backend.prefix() + "directory_person" + where))
        + "\n" + String.join("\n", backend.rows("SELECT * FROM " + backend.prefix() + "directory_identity" + where)));
  }
}
