package id.labinov.cli;

import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.port.Scope;

/** Reads a scope: {@code national}, a province code ({@code 36}) or a region code ({@code 36.02}). */
final class Scopes {
  private Scopes() {}

  /** Returns the scope asked for, else the configured region's, else national. */
  static Scope of(String text, Settings settings) {
    String s = text != null ? text.strip() : settings.region();
    if (s == null || s.equalsIgnoreCase("national") || s.equalsIgnoreCase("nasional")) {
      return Scope.national();
    }
    if (s.matches("\\d{2}")) {
      if (Province.findByCode(s).isEmpty()) {
        throw new CliException(ExitCodes.USAGE, "error.scope", s);
      }
      return Scope.province(Province.ofCode(s));
    }
    if (!s.matches("\\d{2}(\\.\\d{2}){1,2}(\\.\\d{4})?")) {
      throw new CliException(ExitCodes.USAGE, "error.scope", s);
    }
    return Scope.region(RegionCode.parse(s));
  }
}
