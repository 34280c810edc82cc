package id.labinov.persistence.jdbc.architecture.planted;

import id.labinov.reporting.planted.PlantedReport;

/** Deliberately bad: depends on the reporting module. */
public final class UsesReporting {
  private UsesReporting() {}

  static String render() {
    return new PlantedReport().toString();
  }
}
