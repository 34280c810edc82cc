package id.labinov.persistence.jdbc;

/** The verification stream's database behaviour on the MariaDB server. */
class MariaDbClaimVerificationJdbcTest extends ClaimVerificationJdbcContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.MARIADB;
  }
}
