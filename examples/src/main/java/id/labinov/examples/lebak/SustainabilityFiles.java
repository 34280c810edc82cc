package id.labinov.examples.lebak;

import id.labinov.core.Labinov;
import id.labinov.reporting.Reports;
import id.labinov.reporting.SustainabilityOptions;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.render.ReportFormat;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes Lebak's sustainability report (Keberlanjutan) of 1 July 2026, read by the lab admin, in every
 * {@link ReportFormat}: Bahasa Indonesia ({@code sustainability}) and English ({@code sustainability-en}).
 */
final class SustainabilityFiles {
  /** The report names, without extension. */
  static final List<String> NAMES = List.of("sustainability", "sustainability-en");

  private final Reports indonesian;
  private final Reports english;

  SustainabilityFiles(Labinov lab, LebakDirectory directory, Instant at) {
    Reports.Builder b = Reports.builder().labinov(lab).actor(LabYear.ADMIN).directory(directory).generatedAt(at);
    this.indonesian = b.build();
    this.english = b.locale(Locale.ENGLISH).build();
  }

  /** Computes the reports, keyed by file name without extension. */
  Map<String, Report> compute() {
    Map<String, Report> all = new LinkedHashMap<>();
    all.put(NAMES.get(0), indonesian.sustainability(LabYear.LEBAK, SustainabilityOptions.all()));
    all.put(NAMES.get(1), english.sustainability(LabYear.LEBAK, SustainabilityOptions.all()));
    return all;
  }

  /**
   * Writes every report in every format.
   *
   * @param folder the output folder
   * @return the files written
   * @throws UncheckedIOException if a file cannot be written
   */
  List<Path> writeAll(Path folder) {
    return ReportFiles.writeAll(folder, compute());
  }
}
