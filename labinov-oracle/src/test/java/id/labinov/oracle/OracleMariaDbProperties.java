package id.labinov.oracle;

import id.labinov.oracle.world.OracleDatabase;
import id.labinov.oracle.world.StoreKind;
import org.junit.jupiter.api.Test;

/**
 * 30 generated lab years on MARIADB through labinov-persistence-jdbc (one set of tables, emptied before
 * each year), every report figure compared with the oracle.
 */
class OracleMariaDbProperties {
  @Test
  void everyReportFigureOfGeneratedYearsMatchesTheOracle() {
    try (OracleDatabase db = OracleDatabase.open(StoreKind.MARIADB, "orc")) {
      GeneratedProgrammes.check(StoreKind.MARIADB, db, 30, 3, 1, 240);
    }
  }
}
