package id.labinov.examples.lebak;

import id.labinov.reporting.data.Report;
import id.labinov.reporting.render.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes computed reports to a folder, each in every {@link ReportFormat}: the examples' one way to do it. */
final class ReportFiles {
  private ReportFiles() {}

  /**
   * Writes each report in every format as {@code <name>.<extension>}.
   *
   * @param folder the output folder (made if missing)
   * @param reports the reports by file name without extension, in order
   * @return the files written, in order
   * @throws UncheckedIOException naming the folder if a file cannot be written
   */
  static List<Path> writeAll(Path folder, Map<String, ? extends Report> reports) {
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (Map.Entry<String, ? extends Report> e : reports.entrySet()) {
        files.addAll(writeEveryFormat(folder, e.getKey(), e.getValue()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reports to " + folder, e);
    }
    return files;
  }

  /**
   * Writes one report in every format.
   *
   * @param folder an existing folder
   * @param name the file name without extension
   * @param report the report
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  static List<Path> writeEveryFormat(Path folder, String name, Report report) throws IOException {
    List<Path> files = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      Path file = folder.resolve(name + "." + format.extension());
      try (OutputStream out = Files.newOutputStream(file)) {
        format.write(report, out);
      }
      files.add(file);
    }
    return files;
  }
}
