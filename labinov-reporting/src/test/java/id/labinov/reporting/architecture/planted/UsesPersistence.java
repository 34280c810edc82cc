package id.labinov.reporting.architecture.planted;

import id.labinov.persistence.jdbc.fake.FakeJdbcStore;

/** Breaks "no persistence module". */
public class UsesPersistence {
  public String name() {
    return new FakeJdbcStore().toString();
  }
}
