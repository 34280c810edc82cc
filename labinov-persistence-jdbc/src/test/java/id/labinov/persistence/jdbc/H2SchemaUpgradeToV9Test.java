package id.labinov.persistence.jdbc;

/** The upgrade from schema version 8 to 9 (the verification stream) on H2 in memory. */
class H2SchemaUpgradeToV9Test extends VerificationSchemaUpgradeContract {
  @Override
  Backend.Kind kind() {
    return Backend.Kind.H2;
  }
}
