package id.labinov.persistence.jdbc;

/** The upgrade from schema version 9 to 10 (the yearly cycle's streams) on the PostgreSQL server. */
class PostgresSchemaUpgradeToV10Test extends CycleSchemaUpgradeContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.POSTGRESQL;
  }
}
