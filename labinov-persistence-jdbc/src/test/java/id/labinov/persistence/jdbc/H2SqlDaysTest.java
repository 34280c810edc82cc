package id.labinov.persistence.jdbc;

/** The SQL day arithmetic of the report aggregates on H2 in memory. */
class H2SqlDaysTest extends SqlDaysContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.H2;
  }
}
