package id.labinov.persistence.jdbc;

/** The upgrade from schema version 7 to 8 (the evidence register) on H2 in memory. */
class H2SchemaUpgradeToV8Test extends EvidenceSchemaUpgradeContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.H2;
  }
}
