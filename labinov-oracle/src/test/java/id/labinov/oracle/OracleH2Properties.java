package id.labinov.oracle;

import id.labinov.oracle.world.OracleDatabase;
import id.labinov.oracle.world.StoreKind;
import org.junit.jupiter.api.Test;

/**
 * 200 generated lab years on H2 through labinov-persistence-jdbc (one set of tables, emptied before
 * each year), every report figure compared with the oracle.
 */
class OracleH2Properties {
  @Test
  void everyReportFigureOfGeneratedYearsMatchesTheOracle() {
    try (OracleDatabase db = OracleDatabase.open(StoreKind.H2, "orc")) {
      GeneratedProgrammes.check(StoreKind.H2, db, 200, 30, 1, 240);
    }
  }
}
