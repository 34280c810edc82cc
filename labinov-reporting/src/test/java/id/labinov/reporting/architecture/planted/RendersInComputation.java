package id.labinov.reporting.architecture.planted;

/** Breaks "only render writes formats". */
public class RendersInComputation {
  public Object sheet(java.io.OutputStream out) {
    return new org.dhatim.fastexcel.Workbook(out, "bad", "1.0");
  }
}
