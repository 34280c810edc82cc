package id.labinov.core.architecture.planted.rootok.engine;

/** Good: depends on nothing above it. */
public class Engine {
  /** Returns the text. */
  public String run(String s) {
    return s;
  }
}
