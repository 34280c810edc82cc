package id.labinov.persistence.jdbc;

/** The statements per command on H2 in memory. */
class H2StatementCountTest extends StatementCountContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.H2;
  }
}
