package id.labinov.persistence.jdbc;

/** The upgrade from schema version 1 to 2 on H2 in memory. */
class H2SchemaUpgradeTest extends SchemaUpgradeContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.H2;
  }
}
