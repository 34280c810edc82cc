package id.labinov.reporting.planted;

/**
 * Stands in for a reporting class in this module's test tree only, so that the architecture test can
 * prove its "no reporting dependency" rule fails on a class that has one.
 */
public final class PlantedReport {
  @Override
  public String toString() {
    return "report";
  }
}
