package id.labinov.examples.lebak;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.spi.EvaluationStore;
import id.labinov.core.spi.RefusalLog;
import id.labinov.reporting.IndexOptions;
import id.labinov.reporting.Reports;
import id.labinov.reporting.data.CatalogueGrouping;
import id.labinov.reporting.data.EvaluationRanking;
import id.labinov.reporting.data.OnePageSummary;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.render.ReportFormat;
import id.labinov.reporting.render.SlideRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Computes every report of the lab year and writes each in every {@link ReportFormat} (so formats
 * added to the library later are written too), as {@code <name>.<extension>}; the one-page summary
 * also as a 1920 x 1080 slide ({@link SlideRenderer}, {@code <name>.png}).
 */
final class ReportSet {
  private final Reports reports;
  private final Reports english;

  ReportSet(Labinov lab, EvaluationStore evaluations, LebakDirectory directory, RefusalLog refusals, Instant at) {
    Reports.Builder b = Reports.builder().labinov(lab).evaluationStore(evaluations).directory(directory)
        .refusalLog(refusals)
        .historyVerifier(lab.verifications()::verify).generatedAt(at);
    this.reports = b.build();
    this.english = b.locale(Locale.ENGLISH).build();
  }

  /** Computes the reports, keyed by file name without extension. */
  Map<String, Report> compute(InnovationRef audited) {
    Scope lebak = Scope.region(LabYear.LEBAK);
    InnovationFilter programme = InnovationFilter.builder().programmes(LabYear.PROGRAMME).build();
    Map<String, Report> all = new LinkedHashMap<>();
    all.put("programme-summary", reports.programmeSummary(LabYear.LEBAK, LabYear.PROGRAMME));
    all.put("programme-summary-en", english.programmeSummary(LabYear.LEBAK, LabYear.PROGRAMME));
    all.put("stage-durations", reports.stageDurations(lebak, programme, 60));
    EvaluationRanking ranking = reports.evaluationRanking(lebak, programme, InnovationWeekPanel.SCHEME,
        InnovationWeekPanel.ROUND);
    all.put("evaluation-ranking", ranking);
    all.put("showcase-catalogue-opd", reports.showcaseCatalogue(lebak, programme, CatalogueGrouping.OPD));
    all.put("showcase-catalogue-theme", reports.showcaseCatalogue(lebak, programme, CatalogueGrouping.THEME));
    all.put("national-stages", reports.nationalStages(lebak, programme, IndexOptions.none()));
    // the lab year: what blocked its ideas from the first day to the innovation week
    all.put("what-blocks", reports.whatBlocks(lebak, java.time.LocalDate.of(2019, 1, 1),
        java.time.LocalDate.of(2019, 12, 31)));
    if (!ranking.rows().isEmpty()) {
      all.put("innovation-profile", reports.innovationProfile(ranking.rows().get(0).ref()));
    }
    all.put("audit-trail", reports.auditTrail(audited));
    // the page for the Bupati: the big numbers, the funnel, Display per OPD and the panel's top ten
    all.put("one-page-summary", reports.onePageSummary(LabYear.LEBAK, LabYear.PROGRAMME, InnovationWeekPanel.SCHEME,
        InnovationWeekPanel.ROUND));
    all.put("one-page-summary-en", english.onePageSummary(LabYear.LEBAK, LabYear.PROGRAMME,
        InnovationWeekPanel.SCHEME, InnovationWeekPanel.ROUND));
    return all;
  }

  /**
   * Writes every report in every format.
   *
   * @param folder the output folder
   * @param audited the innovation whose audit trail is written
   * @return the files written
   */
  List<Path> writeAll(Path folder, InnovationRef audited) {
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (Map.Entry<String, Report> e : compute(audited).entrySet()) {
        files.addAll(ReportFiles.writeEveryFormat(folder, e.getKey(), e.getValue()));
        if (e.getValue() instanceof OnePageSummary) {
          // and as a slide, 1920 x 1080
          Path slide = folder.resolve(e.getKey() + "." + SlideRenderer.EXTENSION);
          try (OutputStream out = Files.newOutputStream(slide)) {
            new SlideRenderer().render(e.getValue(), out);
          }
          files.add(slide);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reports to " + folder, e);
    }
    return files;
  }
}
