package id.labinov.oracle;

import id.labinov.oracle.world.StoreKind;
import org.junit.jupiter.api.Test;

/** 200 generated lab years on labinov-core's in-memory stores, every report figure compared with the oracle. */
class OracleInMemoryProperties {
  @Test
  void everyReportFigureOfGeneratedYearsMatchesTheOracle() {
    GeneratedProgrammes.check(StoreKind.MEMORY, null, 200, 300, 1, 240);
  }
}
