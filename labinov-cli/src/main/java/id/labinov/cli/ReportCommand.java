package id.labinov.cli;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.IndexOptions;
import id.labinov.reporting.ReadinessOptions;
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
 * is also written as a 1920 x 1080 slide with {@code --format png}. The IID readiness
 * ({@code iid-readiness --year Y}, {@code --one-page} for the regional head's page; the SPD and count
 * score as entered with {@code --spd}, {@code --spd-verified}, {@code --count-score}) reads the evidence
 * register and the verifications as the configured actor, inside its scope.
 *
 * <p>Report names and formats are read through {@link Choices} (any case; an unknown one exits with 2
 * naming the valid ones and a close one). Without {@code --format} a report goes to standard output as
 * readable text ({@link ScreenReport}; fitted to the terminal's width on a terminal, whole lines in a
 * pipe or a file), and to {@code --out FILE} in the format of the file's extension (else JSON).
 * Scripts ask for {@code --format json} or {@code csv}.
 * Each "written" line is printed through the progress bar, so the two never share a line.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
final class ReportCommand extends BaseCommand {
  static final String ALL = "all";
  /** A short name of the one-page summary ({@code one-page-summary}). */
  static final String ONE_PAGE = "one-page";

  @Parameters(index = "0", paramLabel = "REPORT", descriptionKey = "param.report")
  String kind;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "option.reportFormat")
  String format;

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

  @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "option.reportYear")
  Integer year;

  @Option(names = "--one-page", descriptionKey = "option.reportOnePage")
  boolean onePage;

  @Option(names = "--spd", paramLabel = "N", descriptionKey = "option.reportSpd")
  String spd;

  @Option(names = "--spd-verified", paramLabel = "N", descriptionKey = "option.reportSpdVerified")
  String spdVerified;

  @Option(names = "--count-score", paramLabel = "N", descriptionKey = "option.reportCountScore")
  String countScore;

  @Override
  int run() throws IOException {
    List<ReportKind> kinds = kinds();
    Path target = out == null ? null : Path.of(out);
    boolean folder = target != null
        && (kinds.size() > 1 || Files.isDirectory(target) || out.endsWith("/") || out.endsWith(java.io.File.separator));
    if (kinds.size() > 1 && target == null) {
      throw new CliException(ExitCodes.USAGE, "error.report.allNeedsFolder");
    }
    String chosen = chosenFormat(target, folder);
    if (chosen == null) {
      return toScreen(kinds.get(0));
    }
    // png: the one-page summary as a 1920 x 1080 slide (the library refuses any other report as a slide)
    boolean slide = SlideRenderer.EXTENSION.equals(chosen);
    ReportFormat f = slide ? null : ReportFormat.valueOf(chosen.toUpperCase(Locale.ROOT));
    if (target == null && (slide || !textual(f))) {
      throw new CliException(ExitCodes.USAGE, "error.report.binary", chosen);
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
      Reports reports = reports(s, kinds);
      int done = 0;
      for (ReportKind k : kinds) {
        Report report = compute(reports, k, s);
        if (target == null) {
          ByteArrayOutputStream buffer = new ByteArrayOutputStream();
          render(f, report, buffer);
          String text = buffer.toString(StandardCharsets.UTF_8);
          // JSON for people at a terminal is indented; in a pipe it stays one line per report, for scripts
          out().print(f == ReportFormat.JSON && Terminal.stdout() ? PrettyJson.indent(text) : text);
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
          written.forEach(file -> p.println(out(), texts().get("written", file)));
        } else {
          Path file = folder ? target.resolve(fileName(k, slide ? SlideRenderer.EXTENSION : f.extension())) : target;
          try (OutputStream o = Files.newOutputStream(file)) {
            render(f, report, o);
          }
          p.println(out(), texts().get("written", file));
        }
        p.update(++done);
      }
    }
    return ExitCodes.OK;
  }

  /**
   * The format to write, as a code of {@link #formats()}; {@code null} for the readable text on the
   * screen. Without {@code --format}: the text when nothing goes to a file, and for {@code --out FILE}
   * the format its extension names (else JSON).
   */
  private String chosenFormat(Path target, boolean folder) {
    if (format != null) {
      return Choices.codes("--format", formats()).parse(format, texts());
    }
    if (target == null) {
      return null;
    }
    String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 || folder ? "" : name.substring(dot + 1);
    return formats().contains(extension) ? extension : ReportFormat.JSON.extension();
  }

  /** Every format by its code: those of {@link ReportFormat}, then the slide ({@code png}). */
  private static List<String> formats() {
    List<String> codes = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      codes.add(f.extension());
    }
    codes.add(SlideRenderer.EXTENSION);
    return codes;
  }

  /** Prints one report as text for people: title, figures and tables fitted to the terminal. */
  private int toScreen(ReportKind k) {
    if (volumeSize != null) {
      throw new CliException(ExitCodes.USAGE, "error.report.volumeSize");
    }
    try (Session s = open()) {
      Report report = compute(reports(s, List.of(k)), k, s);
      if (table != null && !CsvRenderer.tableNames(report).contains(table)) {
        throw new CliException(ExitCodes.USAGE, "error.report.table", table,
            String.join(", ", CsvRenderer.tableNames(report)));
      }
      int width = Terminal.stdout() ? Terminal.columns() : Integer.MAX_VALUE / 4;
      for (String line : new ScreenReport(texts()).lines(report, table, width)) {
        out().println(line);
      }
    }
    return ExitCodes.OK;
  }

  /**
   * The reports of a session in the user's language; read by the actor when an IID or yearly-cycle report
   * is asked for (they read the evidence register and the cycle within the actor's scope, so they need one).
   */
  private Reports reports(Session s, List<ReportKind> kinds) {
    boolean read = kinds.stream().anyMatch(k -> iid(k) || k == ReportKind.SUSTAINABILITY);
    return s.reports(texts().locale(), read ? settings().actor() : null);
  }

  /** The reports of an IID year (--year, --spd, --spd-verified, --count-score). */
  private static boolean iid(ReportKind k) {
    return k == ReportKind.IID_READINESS || k == ReportKind.IID_READINESS_ONE_PAGE || k == ReportKind.INDEX_WHAT_IF;
  }

  private List<ReportKind> kinds() {
    List<ReportKind> kinds = chosenKinds();
    if (onePage && !kinds.contains(ReportKind.IID_READINESS) && !kinds.contains(ReportKind.IID_READINESS_ONE_PAGE)) {
      throw new CliException(ExitCodes.USAGE, "error.report.onePageIid");
    }
    if (!kinds.stream().anyMatch(ReportCommand::iid) && (year != null || spd != null || spdVerified != null
        || countScore != null)) {
      throw new CliException(ExitCodes.USAGE, "error.report.iidOptions");
    }
    // --one-page: the readiness for the regional head instead of the full readiness
    return onePage && kinds.size() == 1 ? List.of(ReportKind.IID_READINESS_ONE_PAGE) : kinds;
  }

  private List<ReportKind> chosenKinds() {
    List<String> names = new ArrayList<>();
    for (ReportKind k : ReportKind.values()) {
      names.add(k.code());
    }
    names.add(ONE_PAGE);
    names.add(ALL);
    String chosen = Choices.codes("REPORT", names).parse(kind, texts());
    if (chosen.equals(ALL)) {
      List<ReportKind> list = new ArrayList<>(List.of(ReportKind.PROGRAMME_SUMMARY, ReportKind.STAGE_DURATIONS,
          ReportKind.SHOWCASE_CATALOGUE, ReportKind.NATIONAL_STAGES, ReportKind.WHAT_BLOCKS));
      if (innovation != null) {
        list.add(ReportKind.INNOVATION_PROFILE);
        list.add(ReportKind.AUDIT_TRAIL);
      }
      if (programme != null && scheme != null && round != null) {
        list.add(ReportKind.ONE_PAGE_SUMMARY);
      }
      if (year != null) {
        list.add(ReportKind.IID_READINESS);
        list.add(ReportKind.IID_READINESS_ONE_PAGE);
      }
      return list;
    }
    if (chosen.equals(ONE_PAGE)) {
      return List.of(ReportKind.ONE_PAGE_SUMMARY);
    }
    return List.of(Arrays.stream(ReportKind.values()).filter(k -> k.code().equals(chosen)).findFirst().orElseThrow());
  }

  private Report compute(Reports reports, ReportKind k, Session s) {
    Scope where = Scopes.of(scope, settings());
    InnovationFilter all = InnovationFilter.all();
    return switch (k) {
      case PROGRAMME_SUMMARY -> programme == null ? reports.summary(where, all)
          : reports.programmeSummary(reportRegion(), programme);
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
        yield reports.onePageSummary(reportRegion(), programme, s.lab().evaluations().scheme(scheme), round);
      }
      case WHAT_BLOCKS -> {
        // by default the last year: the 365 days up to today, in the scope's zone
        java.time.LocalDate last = to == null ? java.time.LocalDate.now(root().clock().withZone(zoneOf(where)))
            : date("--to", to);
        yield reports.whatBlocks(where, from == null ? last.minusDays(364) : date("--from", from), last);
      }
      case IID_READINESS -> reports.iidReadiness(reportRegion(), iidYear(k), readinessOptions());
      case IID_READINESS_ONE_PAGE -> reports.iidReadinessOnePage(reportRegion(), iidYear(k), readinessOptions());
      case SUSTAINABILITY -> reports.sustainability(reportRegion(), id.labinov.reporting.SustainabilityOptions.all());
      case INDEX_WHAT_IF -> reports.submissionWhatIf(reportRegion(), iidYear(k),
          id.labinov.reporting.WhatIfOptions.supported().withScores(readinessOptions()));
    };
  }

  private int iidYear(ReportKind k) {
    if (year == null) {
      throw new CliException(ExitCodes.USAGE, "error.report.year", k.code());
    }
    return IidCommand.year(year);
  }

  /** The scores the register does not hold, as entered: SPD (claimed and verified) and the count score. */
  private ReadinessOptions readinessOptions() {
    ReadinessOptions o = ReadinessOptions.none();
    if (spd != null) {
      o = o.withSpd(number("--spd", spd));
    }
    if (spdVerified != null) {
      o = o.withSpdVerified(number("--spd-verified", spdVerified));
    }
    if (countScore != null) {
      o = o.withCountScore(number("--count-score", countScore));
    }
    return o;
  }

  private static java.math.BigDecimal number(String option, String text) {
    return ValueText.decimal(text).orElseThrow(() -> new CliException(ExitCodes.USAGE, "error.report.number", option,
        text));
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

  /** The region of a programme or IID report: {@code --scope} when it names a region, else the configured region. */
  private RegionCode reportRegion() {
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
        ? "-" + InnovationCommand.parseRef(innovation, settings()).id() : iid(k) ? "-" + year : "";
    return k.code() + suffix + "." + extension;
  }

  private static boolean textual(ReportFormat f) {
    return f.mediaType().startsWith("text/") || f.mediaType().endsWith("json");
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }
}
