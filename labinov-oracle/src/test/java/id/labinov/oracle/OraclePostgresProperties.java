package id.labinov.oracle;

import id.labinov.oracle.world.OracleDatabase;
import id.labinov.oracle.world.StoreKind;
import org.junit.jupiter.api.Test;

/**
 * 30 generated lab years on POSTGRESQL through labinov-persistence-jdbc (one set of tables, emptied before
 * each year), every report figure compared with the oracle.
 */
class OraclePostgresProperties {
  @Test
  void everyReportFigureOfGeneratedYearsMatchesTheOracle() {
    try (OracleDatabase db = OracleDatabase.open(StoreKind.POSTGRESQL, "orc")) {
      GeneratedProgrammes.check(StoreKind.POSTGRESQL, db, 30, 3, 1, 240);
    }
  }
}
