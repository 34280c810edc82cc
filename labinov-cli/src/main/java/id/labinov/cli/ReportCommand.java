package id.labinov.cli;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.IndexOptions;
import id.labinov.reporting.Reports;
import id.labinov.reporting.data.CatalogueGrouping;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.data.ShowcaseCatalogue;
import id.labinov.reporting.render.CsvOptions;
import id.labinov.reporting.render.CsvRenderer;
import id.labinov.reporting.render.PdfVolumes;
import id.labinov.reporting.render.ReportFormat;
import id.labinov.reporting.render.SlideRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labinov report}: computes a report (or {@code all} that apply) and writes it in any format
 * of {@link ReportFormat} (new formats appear here by themselves) and either language, to standard
 * output, a file or a folder. Programme summaries ({@code --programme}) and evaluation rankings read
 * the programme and evaluation stores of the same database. The one-page summary ({@code one-page},
 * with {@code --programme}, {@code --scheme} and {@code --round}; in {@code all} when they are given)
 * is also written as a 1920 x 1080 slide with {@code --format png}.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
final class ReportCommand extends BaseCommand {
  static final String ALL = "all";
  /** A short name of the one-page summary ({@code one-page-summary}). */
  static final String ONE_PAGE = "one-page";

  @Parameters(index = "0", paramLabel = "REPORT", descriptionKey = "param.report")
  String kind;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "option.reportFormat")
  String format = "json";

  @Option(names = "--out", paramLabel = "PATH", descriptionKey = "option.reportOut")
  String out;

  @Option(names = "--scope", paramLabel = "SCOPE", descriptionKey = "option.scope")
  String scope;

  @Option(names = "--innovation", paramLabel = "INNOVATION", descriptionKey = "option.innovation")
  String innovation;

  @Option(names = "--programme", paramLabel = "ID", descriptionKey = "option.programme")
  String programme;

  @Option(names = "--stalled-after", paramLabel = "DAYS", descriptionKey = "option.stalledAfter")
  int stalledAfter = 30;

  @Option(names = "--grouping", paramLabel = "opd|theme", descriptionKey = "option.grouping")
  String grouping = "opd";

  @Option(names = "--scheme", paramLabel = "ID", descriptionKey = "option.scheme")
  String scheme;

  @Option(names = "--round", paramLabel = "N", descriptionKey = "option.round")
  Integer round;

  @Option(names = "--table", paramLabel = "NAME", descriptionKey = "option.table")
  String table;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "option.periodFrom")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "option.periodTo")
  String to;

  @Option(names = "--volume-size", paramLabel = "N", descriptionKey = "option.volumeSize")
  Integer volumeSize;

  @Override
  int run() throws IOException {
    // png: the one-page summary as a 1920 x 1080 slide (the library refuses any other report as a slide)
    boolean slide = SlideRenderer.EXTENSION.equalsIgnoreCase(format.strip());
    ReportFormat f = slide ? null : format();
    List<ReportKind> kinds = kinds();
    Path target = out == null ? null : Path.of(out);
    boolean folder = target != null
        && (kinds.size() > 1 || Files.isDirectory(target) || out.endsWith("/") || out.endsWith(java.io.File.separator));
    if (kinds.size() > 1 && target == null) {
      throw new CliException(ExitCodes.USAGE, "error.report.allNeedsFolder");
    }
    if (target == null && (slide || !textual(f))) {
      throw new CliException(ExitCodes.USAGE, "error.report.binary", slide ? SlideRenderer.EXTENSION
          : f.name().toLowerCase(Locale.ROOT));
    }
    if (volumeSize != null && (f != ReportFormat.PDF || !kinds.contains(ReportKind.SHOWCASE_CATALOGUE))) {
      throw new CliException(ExitCodes.USAGE, "error.report.volumeSize");
    }
    // checked before anything is read: a size outside 1 to the limit is refused by the library
    PdfVolumes volumes = volumeSize == null ? null : PdfVolumes.byGroup(volumeSize);
    if (folder) {
      Files.createDirectories(target);
    }
    try (Session s = open(); Progress p = progress(texts().get("progress.report"), kinds.size())) {
      Reports reports = s.reports(texts().locale());
      int done = 0;
      for (ReportKind k : kinds) {
        Report report = compute(reports, k, s);
        if (target == null) {
          ByteArrayOutputStream buffer = new ByteArrayOutputStream();
          render(f, report, buffer);
          out().print(buffer.toString(StandardCharsets.UTF_8));
        } else if (volumes != null && report instanceof ShowcaseCatalogue catalogue) {
          // one PDF per volume: showcase-catalogue-1.pdf, ... (or katalog-1.pdf, ... for --out katalog.pdf)
          Path first = folder ? target.resolve(fileName(k, f.extension())) : target;
          String name = first.getFileName().toString();
          String stem = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
          List<Path> written = new ArrayList<>();
          volumes.write(catalogue, v -> {
            Path file = first.resolveSibling(stem + "-" + v.number() + ".pdf");
            written.add(file);
            return Files.newOutputStream(file);
          });
          written.forEach(file -> out().println(texts().get("written", file)));
        } else {
          Path file = folder ? target.resolve(fileName(k, slide ? SlideRenderer.EXTENSION : f.extension())) : target;
          try (OutputStream o = Files.newOutputStream(file)) {
            render(f, report, o);
          }
          out().println(texts().get("written", file));
        }
        p.update(++done);
      }
    }
    return ExitCodes.OK;
  }

  private ReportFormat format() {
    for (ReportFormat f : ReportFormat.values()) {
      if (f.name().equalsIgnoreCase(format) || f.extension().equalsIgnoreCase(format)) {
        return f;
      }
    }
    throw new CliException(ExitCodes.USAGE, "error.report.format", format, names(ReportFormat.values()) + ", "
        + SlideRenderer.EXTENSION);
  }

  private List<ReportKind> kinds() {
    if (kind.equalsIgnoreCase(ALL)) {
      List<ReportKind> list = new ArrayList<>(List.of(ReportKind.PROGRAMME_SUMMARY, ReportKind.STAGE_DURATIONS,
          ReportKind.SHOWCASE_CATALOGUE, ReportKind.NATIONAL_STAGES, ReportKind.WHAT_BLOCKS));
      if (innovation != null) {
        list.add(ReportKind.INNOVATION_PROFILE);
        list.add(ReportKind.AUDIT_TRAIL);
      }
      if (programme != null && scheme != null && round != null) {
        list.add(ReportKind.ONE_PAGE_SUMMARY);
      }
      return list;
    }
    if (kind.equalsIgnoreCase(ONE_PAGE)) {
      return List.of(ReportKind.ONE_PAGE_SUMMARY);
    }
    for (ReportKind k : ReportKind.values()) {
      if (k.code().equalsIgnoreCase(kind) || k.name().equalsIgnoreCase(kind)) {
        return List.of(k);
      }
    }
    throw new CliException(ExitCodes.USAGE, "error.report.kind", kind,
        Arrays.stream(ReportKind.values()).map(ReportKind::code).collect(Collectors.joining(", ")) + ", " + ALL);
  }

  private Report compute(Reports reports, ReportKind k, Session s) {
    Scope where = Scopes.of(scope, settings());
    InnovationFilter all = InnovationFilter.all();
    return switch (k) {
      case PROGRAMME_SUMMARY -> programme == null ? reports.summary(where, all)
          : reports.programmeSummary(programmeRegion(), programme);
      case STAGE_DURATIONS -> reports.stageDurations(where, all, stalledAfter);
      case EVALUATION_RANKING -> {
        if (scheme == null || round == null) {
          throw new CliException(ExitCodes.USAGE, "error.report.scheme");
        }
        InnovationFilter filter = programme == null ? all : InnovationFilter.builder().programmes(programme).build();
        yield reports.evaluationRanking(where, filter, s.lab().evaluations().scheme(scheme), round);
      }
      case INNOVATION_PROFILE -> reports.innovationProfile(ref(k));
      case SHOWCASE_CATALOGUE -> reports.showcaseCatalogue(where, all, grouping());
      case AUDIT_TRAIL -> reports.auditTrail(ref(k));
      case NATIONAL_STAGES -> reports.nationalStages(where, all, IndexOptions.none());
      case ONE_PAGE_SUMMARY -> {
        if (programme == null || scheme == null || round == null) {
          throw new CliException(ExitCodes.USAGE, "error.report.onePage");
        }
        yield reports.onePageSummary(programmeRegion(), programme, s.lab().evaluations().scheme(scheme), round);
      }
      case WHAT_BLOCKS -> {
        // by default the last year: the 365 days up to today, in the scope's zone
        java.time.LocalDate last = to == null ? java.time.LocalDate.now(root().clock().withZone(zoneOf(where)))
            : date("--to", to);
        yield reports.whatBlocks(where, from == null ? last.minusDays(364) : date("--from", from), last);
      }
    };
  }

  private static java.time.ZoneId zoneOf(Scope scope) {
    return switch (scope.level()) {
      case REGION -> RegionCode.parse(scope.code()).defaultTimeZone().zoneId();
      case PROVINCE -> id.labinov.core.model.Province.ofCode(scope.code()).timeZone().zoneId();
      case NATIONAL -> id.labinov.core.model.IndonesianTimeZone.WIB.zoneId();
    };
  }

  private static java.time.LocalDate date(String option, String text) {
    try {
      return java.time.LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new CliException(ExitCodes.USAGE, "error.date", option, text);
    }
  }

  /** The programme's region: {@code --scope} when it names a region, else the configured region. */
  private RegionCode programmeRegion() {
    String code = scope != null && scope.strip().matches("\\d{2}(\\.\\d{2}){1,2}(\\.\\d{4})?") ? scope.strip()
        : settings().region();
    if (code == null) {
      throw new CliException(ExitCodes.USAGE, "error.region.required");
    }
    RegionCode region = RegionCode.parse(code);
    Scopes.checkReadable(region, settings());
    return region;
  }

  private InnovationRef ref(ReportKind k) {
    if (innovation == null) {
      throw new CliException(ExitCodes.USAGE, "error.report.innovation", k.code());
    }
    return InnovationCommand.parseRef(innovation, settings());
  }

  private CatalogueGrouping grouping() {
    for (CatalogueGrouping g : CatalogueGrouping.values()) {
      String name = g.name().toLowerCase(Locale.ROOT);
      if (!grouping.isBlank() && name.startsWith(grouping.toLowerCase(Locale.ROOT))) {
        return g;
      }
    }
    throw new CliException(ExitCodes.USAGE, "error.report.grouping", grouping, names(CatalogueGrouping.values()));
  }

  private void render(ReportFormat f, Report report, OutputStream o) {
    if (f == null) {
      new SlideRenderer().render(report, o);
    } else if (table != null && f == ReportFormat.CSV) {
      if (!CsvRenderer.tableNames(report).contains(table)) {
        throw new CliException(ExitCodes.USAGE, "error.report.table", table,
            String.join(", ", CsvRenderer.tableNames(report)));
      }
      new CsvRenderer(CsvOptions.defaults()).render(report, table, o);
    } else {
      f.write(report, o);
    }
  }

  private String fileName(ReportKind k, String extension) {
    String suffix = k == ReportKind.INNOVATION_PROFILE || k == ReportKind.AUDIT_TRAIL
        ? "-" + InnovationCommand.parseRef(innovation, settings()).id() : "";
    return k.code() + suffix + "." + extension;
  }

  private static boolean textual(ReportFormat f) {
    return f.mediaType().startsWith("text/") || f.mediaType().endsWith("json");
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }
}
