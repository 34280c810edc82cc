package id.labinov.core.architecture.planted.internal;

import tools.jackson.core.JsonParser;

/** Allowed: an internal package may expose Jackson to its own module. */
public final class ExposesJacksonInternally {
  /** Reads from a parser. */
  public void read(JsonParser parser) {
    parser.close();
  }
}
