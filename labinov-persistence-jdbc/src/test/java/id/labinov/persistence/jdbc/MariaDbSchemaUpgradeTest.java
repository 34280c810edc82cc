package id.labinov.persistence.jdbc;

/** The upgrade from schema version 1 to 2 on the MariaDB server. */
class MariaDbSchemaUpgradeTest extends SchemaUpgradeContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.MARIADB;
  }
}
