package id.labinov.reporting.architecture.planted.cycle.b;

/** The other half of a package cycle. */
public class B {
  public id.labinov.reporting.architecture.planted.cycle.a.A a() {
    return new id.labinov.reporting.architecture.planted.cycle.a.A();
  }
}
