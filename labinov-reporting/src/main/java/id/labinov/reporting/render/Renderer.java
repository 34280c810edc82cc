package id.labinov.reporting.render;

import id.labinov.reporting.data.Report;
import java.io.OutputStream;

/** Writes a report in one format. Implementations are immutable and thread-safe. */
public interface Renderer {
  /**
   * Writes a report. Rows that the report streams are read from the store while they are written.
   * The stream is flushed but not closed.
   *
   * @param report the report
   * @param out where to write
   * @throws java.io.UncheckedIOException if writing fails
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing
   */
  void render(Report report, OutputStream out);
}
