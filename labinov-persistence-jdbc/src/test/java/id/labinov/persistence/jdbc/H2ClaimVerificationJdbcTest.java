package id.labinov.persistence.jdbc;

/** The verification stream's database behaviour on H2 in memory. */
class H2ClaimVerificationJdbcTest extends ClaimVerificationJdbcContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.H2;
  }
}
