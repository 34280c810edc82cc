package id.labinov.persistence.jdbc;

/** The upgrade from schema version 9 to 10 (the yearly cycle's streams) on H2 in memory. */
class H2SchemaUpgradeToV10Test extends CycleSchemaUpgradeContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.H2;
  }
}
