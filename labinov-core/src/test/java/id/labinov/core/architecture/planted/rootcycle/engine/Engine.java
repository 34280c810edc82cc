package id.labinov.core.architecture.planted.rootcycle.engine;

import id.labinov.core.architecture.planted.rootcycle.Checks;

/** Bad: a sub-package that depends on its root package, which depends on it. */
public class Engine {
  /** Uses the root package. */
  public String run(String s) {
    return Checks.notNull(s);
  }
}
