package id.labinov.core.architecture.planted.cycle.b;

import id.labinov.core.architecture.planted.cycle.a.Alpha;

/** Bad: the other half of a package cycle. */
public class Beta {
  /** Returns the first half. */
  public Alpha alpha() {
    return new Alpha();
  }
}
