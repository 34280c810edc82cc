package id.labinov.persistence.jdbc;

/** The upgrade from schema version 8 to 9 (the verification stream) on the PostgreSQL server. */
class PostgresSchemaUpgradeToV9Test extends VerificationSchemaUpgradeContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }
}
