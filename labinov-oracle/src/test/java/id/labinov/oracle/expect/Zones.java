package id.labinov.oracle.expect;

import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;

/** The zone a report's dates are shown in when no programme sets one. */
public final class Zones {
  private Zones() {}

  /** A region's zone for a region scope, the province's for a province, WIB for the nation. */
  public static IndonesianTimeZone of(Scope scope) {
    return switch (scope.level()) {
      case REGION -> RegionCode.parse(scope.code()).defaultTimeZone();
      case PROVINCE -> Province.ofCode(scope.code()).timeZone();
      case NATIONAL -> IndonesianTimeZone.WIB;
    };
  }
}
