package id.labinov.reporting.architecture.planted.cycle.a;

/** One half of a package cycle. */
public class A {
  public id.labinov.reporting.architecture.planted.cycle.b.B b() {
    return new id.labinov.reporting.architecture.planted.cycle.b.B();
  }
}
