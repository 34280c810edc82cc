package id.labinov.core.architecture.planted.rootok;

import id.labinov.core.architecture.planted.rootok.engine.Engine;

/** Good: a root package that uses its sub-package, which does not use it back. */
public class Entry {
  /** Uses the sub-package. */
  public String run(String s) {
    return new Engine().run(s);
  }
}
