package id.labinov.persistence.jdbc;

/** The verification stream's database behaviour on the PostgreSQL server. */
class PostgresClaimVerificationJdbcTest extends ClaimVerificationJdbcContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }
}
