package id.labinov.portal.reports;

import id.labinov.core.Labinov;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.model.Actor;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.NoSuchProgrammeException;
import id.labinov.core.programme.Programme;
import id.labinov.core.query.InnovationFilter;
import id.labinov.persistence.jdbc.JdbcStorage;
import id.labinov.portal.config.PortalProperties;
import id.labinov.reporting.IndexOptions;
import id.labinov.reporting.ReadinessOptions;
import id.labinov.reporting.Reports;
import id.labinov.reporting.SustainabilityOptions;
import id.labinov.reporting.WhatIfOptions;
import id.labinov.reporting.data.CatalogueGrouping;
import id.labinov.reporting.data.IidReadinessOnePage;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.data.SustainabilityReport;
import id.labinov.reporting.render.SlideRenderer;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * labinov's reports of the portal's region and programme, computed and rendered as the signed-in person: every
 * report a lab reads (the programme's stages, days in stage, the innovation week's scores and catalogue, the
 * national stages, what blocks innovations, the one-page summary for the regional head, sustainability, IID
 * readiness and what raises the index), in every format labinov offers for it, in Bahasa Indonesia or English.
 *
 * <p>Every report is built with the person's {@link Actor} as reader ({@code Reports.Builder.actor}), so labinov
 * refuses a region outside the person's scope ({@link id.labinov.core.engine.OutsideScopeException}) before
 * anything is read; the portal decides nothing about who may read what. A report is read in one read-only
 * transaction, so its figures come from one state of the database.
 *
 * <p>The class knows nothing of the web: pages and the API wrap it.
 */
@Service
public class PortalReports {
  /** Bahasa Indonesia, the default language. */
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  /** The scheme the innovation week's panel scores with (the Lebak year's panel: IGA presentation 2023). */
  private static final EvaluationScheme INNOVATION_WEEK_SCHEME = EvaluationSchemes.igaPresentation2023();
  /** Days in one stage after which an innovation is listed as stalled. */
  private static final int STALLED_AFTER_DAYS = 30;
  /** How many years back from this year the IID pages look for the latest year with claims. */
  private static final int IID_YEARS_BACK = 7;

  /** The reports the portal offers, in the order of the list page. */
  private enum Kind {
    ONE_PAGE("one-page", Subject.PROGRAMME, true, true),
    PROGRAMME_SUMMARY("programme-summary", Subject.PROGRAMME, false, false),
    STAGE_DURATIONS("stage-durations", Subject.PROGRAMME, false, false),
    EVALUATION_RANKING("evaluation-ranking", Subject.PROGRAMME, false, false),
    SHOWCASE_CATALOGUE("showcase-catalogue", Subject.PROGRAMME, false, false),
    NATIONAL_STAGES("national-stages", Subject.PROGRAMME, false, false),
    WHAT_BLOCKS("what-blocks", Subject.PROGRAMME, false, false),
    SUSTAINABILITY("sustainability", Subject.REGION_DAY, false, false),
    IID_READINESS("iid-readiness", Subject.REGION_YEAR, false, false),
    IID_ONE_PAGE("iid-one-page", Subject.REGION_YEAR, true, false),
    INDEX_WHAT_IF("index-what-if", Subject.REGION_YEAR, false, false);

    final String code;
    final Subject subject;
    final boolean forRegionalHead;
    final boolean slide;

    Kind(String code, Subject subject, boolean forRegionalHead, boolean slide) {
      this.code = code;
      this.subject = subject;
      this.forRegionalHead = forRegionalHead;
      this.slide = slide;
    }

    List<Format> formats() {
      List<Format> out = new ArrayList<>(List.of(Format.HTML, Format.PDF, Format.XLSX, Format.CSV, Format.JSON));
      if (slide) {
        out.add(Format.PNG);
      }
      return out;
    }
  }

  /** What a report's file is named after, besides the report. */
  private enum Subject {
    /** The programme, e.g. {@code lebak-2019}. */
    PROGRAMME,
    /** The region and the report day. */
    REGION_DAY,
    /** The region and the IID year. */
    REGION_YEAR
  }

  private final Labinov lab;
  private final JdbcStorage storage;
  private final RegionCode region;
  private final String programmeId;
  private final PortalProperties properties;
  private final MessageSource messages;

  /**
   * Creates the service.
   *
   * @param lab labinov's entry point
   * @param storage labinov's storage (evaluation store, refusal log and directory of names)
   * @param portalRegion the region the portal serves
   * @param properties the portal's settings (its programme, the region's entered IID scores)
   * @param messages the portal's words ({@code i18n/reports})
   */
  public PortalReports(Labinov lab, JdbcStorage storage, RegionCode portalRegion, PortalProperties properties,
      MessageSource messages) {
    this.lab = lab;
    this.storage = storage;
    this.region = portalRegion;
    this.programmeId = properties.programme();
    this.properties = properties;
    this.messages = messages;
  }

  /** {@return the region the reports cover} */
  public RegionCode region() {
    return region;
  }

  /** {@return the programme the programme reports are of, e.g. {@code lebak-2019}} */
  public String programmeId() {
    return programmeId;
  }

  /**
   * The reports a person may read, with their words in a language: every report of the portal when the person's
   * scope covers the portal's region, none otherwise. The regional head's reports come first for a regional head.
   *
   * @param actor who reads
   * @param locale the language of the titles
   * @return the reports, in the order to show them
   */
  public List<ReportKind> kinds(Actor actor, Locale locale) {
    if (actor == null || actor.scope() == null || !actor.scope().covers(Scope.region(region))) {
      return List.of();
    }
    List<Kind> order = new ArrayList<>(Arrays.asList(Kind.values()));
    if (actor.has(Role.REGIONAL_HEAD)) {
      order.sort((a, b) -> Boolean.compare(b.forRegionalHead, a.forRegionalHead));
    } else {
      order.sort((a, b) -> Boolean.compare(a.forRegionalHead && a != Kind.ONE_PAGE,
          b.forRegionalHead && b != Kind.ONE_PAGE));
    }
    return order.stream().map(k -> describe(k, locale)).toList();
  }

  /**
   * One report's words in a language.
   *
   * @param code the report's code, e.g. {@code sustainability}
   * @param locale the language
   * @return the report
   * @throws UnknownReportException if no report has the code
   */
  public ReportKind kind(String code, Locale locale) {
    return describe(find(code), locale);
  }

  /**
   * Computes and renders one report as a person.
   *
   * @param actor who reads
   * @param kind the report's code, e.g. {@code programme-summary}
   * @param format the format
   * @param locale the language: {@code en} for English, anything else Bahasa Indonesia
   * @return the rendered report with its content type and a readable file name
   * @throws UnknownReportException if no report has the code, or the report is not offered in the format
   * @throws id.labinov.core.engine.OutsideScopeException if the portal's region is outside the person's scope
   * @throws NoSuchProgrammeException if the portal's programme does not exist (yet)
   * @throws id.labinov.core.engine.StorageException if a store fails
   */
  @Transactional(readOnly = true)
  public Rendered render(Actor actor, String kind, Format format, Locale locale) {
    Kind k = find(kind);
    if (format == null || !k.formats().contains(format)) {
      throw unknownFormat(k, format == null ? "" : format.extension());
    }
    Report report = compute(k, actor, locale);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    format.reportFormat().ifPresentOrElse(f -> f.write(report, out), () -> new SlideRenderer().render(report, out));
    return new Rendered(k.code, title(k, locale), format, out.toByteArray(), format.contentType(),
        fileName(k, report, locale, format));
  }

  /**
   * Computes and renders one report as a person, the format given by its file extension.
   *
   * @param actor who reads
   * @param kind the report's code
   * @param extension the format's file extension, e.g. {@code pdf}
   * @param locale the language
   * @return the rendered report
   * @throws UnknownReportException if no report has the code, or the report is not offered in that format
   * @throws id.labinov.core.engine.OutsideScopeException if the portal's region is outside the person's scope
   */
  @Transactional(readOnly = true)
  public Rendered render(Actor actor, String kind, String extension, Locale locale) {
    Kind k = find(kind);
    Format format = Format.byExtension(extension).filter(f -> k.formats().contains(f))
        .orElseThrow(() -> unknownFormat(k, extension));
    return render(actor, kind, format, locale);
  }

  /**
   * Computes the sustainability report (Keberlanjutan) of the portal's region today, every innovation under
   * watch, as a person: for a page that shows its figures.
   *
   * @param actor who reads
   * @param locale the language
   * @return the report
   * @throws id.labinov.core.engine.OutsideScopeException if the region is outside the person's scope
   */
  @Transactional(readOnly = true)
  public SustainabilityReport sustainability(Actor actor, Locale locale) {
    return reports(actor, locale).sustainability(region, SustainabilityOptions.all());
  }

  /**
   * Computes the IID readiness on one page (Kesiapan IID) of the portal's region for {@link #iidYear(Actor)}, as a
   * person: for a page that shows its figures.
   *
   * @param actor who reads
   * @param locale the language
   * @return the report
   * @throws id.labinov.core.engine.OutsideScopeException if the region is outside the person's scope
   */
  @Transactional(readOnly = true)
  public IidReadinessOnePage iidReadiness(Actor actor, Locale locale) {
    return reports(actor, locale).iidReadinessOnePage(region, iidYear(actor), readinessOptions());
  }

  /**
   * The IID year the IID reports are of: this year (in the region's time zone) when the region has indicator
   * claims in it, else the latest of the {@value #IID_YEARS_BACK} years before it with claims, else this year.
   *
   * @param actor who reads (the register is read in the person's scope)
   * @return the year
   * @throws id.labinov.core.engine.OutsideScopeException if the region is outside the person's scope
   */
  @Transactional(readOnly = true)
  public int iidYear(Actor actor) {
    int thisYear = LocalDate.now(lab.clock().withZone(region.defaultTimeZone().zoneId())).getYear();
    for (int y = thisYear; y > thisYear - IID_YEARS_BACK && y >= 2000; y--) {
      if (!lab.iid().claims(actor, region, y).isEmpty()) {
        return y;
      }
    }
    return thisYear;
  }

  private Report compute(Kind k, Actor actor, Locale locale) {
    Reports reports = reports(actor, locale);
    Scope scope = Scope.region(region);
    InnovationFilter programme = InnovationFilter.builder().programmes(programmeId).build();
    return switch (k) {
      case ONE_PAGE -> reports.onePageSummary(region, programmeId, INNOVATION_WEEK_SCHEME, programme().year());
      case PROGRAMME_SUMMARY -> reports.programmeSummary(region, programmeId);
      case STAGE_DURATIONS -> reports.stageDurations(scope, programme, STALLED_AFTER_DAYS);
      case EVALUATION_RANKING -> reports.evaluationRanking(scope, programme, INNOVATION_WEEK_SCHEME,
          programme().year());
      case SHOWCASE_CATALOGUE -> reports.showcaseCatalogue(scope, programme, CatalogueGrouping.OPD);
      case NATIONAL_STAGES -> reports.nationalStages(scope, programme, IndexOptions.none());
      case WHAT_BLOCKS -> {
        int year = programme().year();
        yield reports.whatBlocks(scope, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
      case SUSTAINABILITY -> reports.sustainability(region, SustainabilityOptions.all());
      case IID_READINESS -> reports.iidReadiness(region, iidYear(actor), readinessOptions());
      case IID_ONE_PAGE -> reports.iidReadinessOnePage(region, iidYear(actor), readinessOptions());
      case INDEX_WHAT_IF -> reports.submissionWhatIf(region, iidYear(actor),
          WhatIfOptions.supported().withScores(readinessOptions()));
    };
  }

  private Reports reports(Actor actor, Locale locale) {
    return Reports.builder()
        .labinov(lab)
        .actor(actor)
        .evaluationStore(storage.evaluationStore())
        .refusalLog(storage.refusalLog())
        .directory(storage.directory())
        .locale(english(locale) ? Locale.ENGLISH : INDONESIAN)
        .build();
  }

  private Programme programme() {
    return lab.programmes().find(region, programmeId)
        .orElseThrow(() -> new NoSuchProgrammeException(programmeId, region.value()));
  }

  private Kind find(String code) {
    String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    for (Kind k : Kind.values()) {
      if (k.code.equals(wanted)) {
        return k;
      }
    }
    List<String> codes = Arrays.stream(Kind.values()).map(k -> k.code).toList();
    String list = String.join(", ", codes);
    return throwUnknown(new UnknownReportException(UnknownReportException.What.KIND, String.valueOf(code), codes,
        text(INDONESIAN, "reports.error.unknownKind", code, list),
        text(Locale.ENGLISH, "reports.error.unknownKind", code, list)));
  }

  private static Kind throwUnknown(UnknownReportException e) {
    throw e;
  }

  private UnknownReportException unknownFormat(Kind k, String extension) {
    List<String> valid = k.formats().stream().map(Format::extension).toList();
    String list = String.join(", ", valid);
    return new UnknownReportException(UnknownReportException.What.FORMAT, extension, valid,
        text(INDONESIAN, "reports.error.unknownFormat", title(k, INDONESIAN), extension, list),
        text(Locale.ENGLISH, "reports.error.unknownFormat", title(k, Locale.ENGLISH), extension, list));
  }

  private ReportKind describe(Kind k, Locale locale) {
    return new ReportKind(k.code, title(k, locale), text(locale, "reports.kind." + k.code + ".description"),
        k.formats(), k.forRegionalHead);
  }

  private String title(Kind k, Locale locale) {
    return text(locale, "reports.kind." + k.code + ".title");
  }

  /**
   * A readable file name in the report's language: {@code laporan-tahapan-lebak-2019.pdf},
   * {@code laporan-keberlanjutan-kabupaten-lebak-2026-07-01.xlsx},
   * {@code report-iid-readiness-kabupaten-lebak-2026.csv}.
   */
  private String fileName(Kind k, Report report, Locale locale, Format format) {
    String subject = switch (k.subject) {
      case PROGRAMME -> slug(programmeId);
      case REGION_DAY -> regionSlug() + "-" + report.info().asOf();
      case REGION_YEAR -> regionSlug() + "-" + yearOf(report);
    };
    return text(locale, "reports.file.prefix") + "-" + text(locale, "reports.kind." + k.code + ".file") + "-"
        + subject + "." + format.extension();
  }

  private static int yearOf(Report report) {
    if (report instanceof id.labinov.reporting.data.IidReadiness r) {
      return r.year();
    }
    if (report instanceof IidReadinessOnePage r) {
      return r.year();
    }
    if (report instanceof id.labinov.reporting.data.IndexWhatIf r) {
      return r.year();
    }
    return report.info().asOf().getYear();
  }

  /** The region's name in Indonesian as a file-name part ({@code kabupaten-lebak}), else its code ({@code 36-02}). */
  private String regionSlug() {
    String name = messages.getMessage("layout.region", null, "", INDONESIAN);
    String slug = slug(name);
    return slug.isEmpty() ? slug(region.value()) : slug;
  }

  static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  private String text(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, english(locale) ? Locale.ENGLISH : INDONESIAN);
  }

  private static boolean english(Locale locale) {
    return locale != null && locale.getLanguage().equals("en");
  }

  /** The region's entered IID scores (labinov.portal.iid), as the readiness reports take them. */
  private ReadinessOptions readinessOptions() {
    ReadinessOptions options = ReadinessOptions.none();
    PortalProperties.Iid iid = properties.iid();
    if (iid.spd() != null) {
      options = options.withSpd(iid.spd());
    }
    if (iid.spdVerified() != null) {
      options = options.withSpdVerified(iid.spdVerified());
    }
    if (iid.countScore() != null) {
      options = options.withCountScore(iid.countScore());
    }
    return options;
  }
}
