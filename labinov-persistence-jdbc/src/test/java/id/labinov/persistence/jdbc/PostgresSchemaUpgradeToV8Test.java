package id.labinov.persistence.jdbc;

/** The upgrade from schema version 7 to 8 (the evidence register) on the PostgreSQL server. */
class PostgresSchemaUpgradeToV8Test extends EvidenceSchemaUpgradeContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }
}
