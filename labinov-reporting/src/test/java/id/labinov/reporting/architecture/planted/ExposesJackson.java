package id.labinov.reporting.architecture.planted;

/** Breaks "no Jackson in public signatures". */
public class ExposesJackson {
  public tools.jackson.core.JsonGenerator generator() {
    return null;
  }
}
