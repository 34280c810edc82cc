package id.labinov.examples.lebak;

import id.labinov.core.Labinov;
import id.labinov.reporting.ReadinessOptions;
import id.labinov.reporting.Reports;
import id.labinov.reporting.WhatIfOptions;
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
 * Writes Lebak's IID 2026 readiness report (Kesiapan IID), read by the lab admin, in every
 * {@link ReportFormat}: the full report in Bahasa Indonesia ({@code iid-readiness}) and English
 * ({@code iid-readiness-en}), the page for the Bupati ({@code iid-readiness-one-page}, both
 * languages), and what raises the index most ({@code index-what-if}, both languages). The region-level score and the count score are the example's entries
 * ({@link IidSummary#SPD_CLAIMED}, {@link IidSummary#SPD_VERIFIED}, {@link IidSummary#COUNT_SCORE}).
 */
final class ReadinessFiles {
  /** The report names, without extension. */
  static final List<String> NAMES = List.of("iid-readiness", "iid-readiness-en", "iid-readiness-one-page",
      "iid-readiness-one-page-en", "index-what-if", "index-what-if-en");

  private final Reports indonesian;
  private final Reports english;

  ReadinessFiles(Labinov lab, LebakDirectory directory, Instant at) {
    Reports.Builder b = Reports.builder().labinov(lab).actor(LabYear.ADMIN).directory(directory).generatedAt(at);
    this.indonesian = b.build();
    this.english = b.locale(Locale.ENGLISH).build();
  }

  /** The options the example enters: claimed and verified SPD, count score; the shipped bands. */
  static ReadinessOptions options() {
    return ReadinessOptions.none().withSpd(IidSummary.SPD_CLAIMED).withSpdVerified(IidSummary.SPD_VERIFIED)
        .withCountScore(IidSummary.COUNT_SCORE);
  }

  /** The what-if on the pre-flight's supported scores, with the same entered scores; every claimed innovation sent. */
  static WhatIfOptions whatIf() {
    return WhatIfOptions.supported().withScores(options());
  }

  /** Computes the reports, keyed by file name without extension. */
  Map<String, Report> compute() {
    Map<String, Report> all = new LinkedHashMap<>();
    all.put(NAMES.get(0), indonesian.iidReadiness(LabYear.LEBAK, IidPreparation.YEAR, options()));
    all.put(NAMES.get(1), english.iidReadiness(LabYear.LEBAK, IidPreparation.YEAR, options()));
    all.put(NAMES.get(2), indonesian.iidReadinessOnePage(LabYear.LEBAK, IidPreparation.YEAR, options()));
    all.put(NAMES.get(3), english.iidReadinessOnePage(LabYear.LEBAK, IidPreparation.YEAR, options()));
    all.put(NAMES.get(4), indonesian.submissionWhatIf(LabYear.LEBAK, IidPreparation.YEAR, whatIf()));
    all.put(NAMES.get(5), english.submissionWhatIf(LabYear.LEBAK, IidPreparation.YEAR, whatIf()));
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
