package id.labinov.core.architecture.planted;

import tools.jackson.core.JsonParser;

/** Bad: a Jackson type in a public method's parameters. */
public class ExposesJackson {
  /** Reads from a parser. */
  public void read(JsonParser parser) {
    parser.close();
  }
}
