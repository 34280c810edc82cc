package id.labinov.persistence.jdbc;

/** The upgrade from schema version 1 to 2 on the PostgreSQL server. */
class PostgresSchemaUpgradeTest extends SchemaUpgradeContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }
}
