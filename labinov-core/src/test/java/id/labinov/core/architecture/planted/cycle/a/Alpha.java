package id.labinov.core.architecture.planted.cycle.a;

import id.labinov.core.architecture.planted.cycle.b.Beta;

/** Bad: half of a package cycle. */
public class Alpha {
  /** Returns the other half. */
  public Beta beta() {
    return new Beta();
  }
}
