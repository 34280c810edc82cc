package id.labinov.core.architecture.planted.rootcycle;

/** Bad: a helper in a root package that a sub-package uses, while the root uses the sub-package. */
public final class Checks {
  private Checks() {}

  /** Returns the value. */
  public static <T> T notNull(T value) {
    return value;
  }

  /** Uses the sub-package, closing the cycle. */
  public static Object engine() {
    return new id.labinov.core.architecture.planted.rootcycle.engine.Engine();
  }
}
