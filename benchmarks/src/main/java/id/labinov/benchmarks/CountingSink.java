package id.labinov.benchmarks;

import java.io.OutputStream;

/** An output stream that counts the bytes written to it and drops them (the report-format suites' sink). */
final class CountingSink extends OutputStream {
  /** Bytes written so far. */
  long bytes;

  @Override
  public void write(int b) {
    bytes++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    bytes += len;
  }
}
