package id.labinov.reporting;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.NoSuchProgrammeException;
import id.labinov.core.programme.Programme;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.PageRequest;
import id.labinov.core.spi.Directory;
import id.labinov.core.spi.EvaluationStore;
import id.labinov.core.spi.RefusalLog;
import id.labinov.reporting.data.AuditTrail;
import id.labinov.reporting.data.BlockerReport;
import id.labinov.reporting.data.CatalogueGrouping;
import id.labinov.reporting.data.EvaluationRanking;
import id.labinov.reporting.data.InnovationProfileReport;
import id.labinov.reporting.data.NationalStageSummary;
import id.labinov.reporting.data.OnePageSummary;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.ShowcaseCatalogue;
import id.labinov.reporting.data.StageDurationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The reporting facade: computes each report as plain data ({@link id.labinov.reporting.data}) through
 * labinov-core's public API and query port only (never JDBC), so reports work over any store; then a
 * renderer ({@code id.labinov.reporting.render.ReportFormat}) turns a report into JSON, CSV or XLSX.
 *
 * <pre>{@code
 * Reports reports = Reports.builder().labinov(lab).evaluationStore(evaluations)
 *     .locale(Locale.ENGLISH).generatedAt(Instant.parse("2019-12-20T02:00:00Z")).build();
 * ProgrammeSummary summary = reports.programmeSummary(RegionCode.parse("36.02"), "lebak-2019");
 * ReportFormat.XLSX.write(summary, out);
 * }</pre>
 *
 * <p>Time: the report time is the fixed instant given with {@link Builder#generatedAt(Instant)}, or
 * else read from the given clock (default: the facade's clock) once per report; durations and "today"
 * are measured to it. The wall clock is never read.
 *
 * <p>Memory: summaries, stage durations and national stages are computed from the query port's
 * aggregates (counts, groups of innovations that came equally far, histograms of days in stage,
 * the longest stalled stays), holding counters only, never paging through the innovations; lists
 * that can be long (dropped innovations, the catalogue) are read page by page while they are
 * rendered; the stalled list is cut at {@link Builder#rowLimit(int)}. Thread-safe: one instance
 * serves all threads (the facade, stores and directory given must be thread-safe too).
 */
public final class Reports {
  /** The stages counted as displayed by default: the showcase and the documentation after it. */
  public static final Set<String> DEFAULT_DISPLAYED_STAGES = Set.of("DISPLAY", "DOCUMENTATION");

  private final Labinov lab;
  private final Actor actor;
  private final EvaluationStore evaluations;
  private final Directory directory;
  private final HistoryVerifier verifier;
  private final Locale locale;
  private final Clock clock;
  private final Instant generatedAt;
  private final int pageSize;
  private final int rowLimit;
  private final Set<String> displayedStages;
  private final RefusalLog refusals;

  private Reports(Builder b) {
    this.lab = b.lab;
    this.actor = b.actor;
    this.evaluations = b.evaluations;
    this.directory = b.directory;
    this.verifier = b.verifier;
    this.locale = Messages.resolve(b.locale);
    this.clock = b.clock;
    this.generatedAt = b.generatedAt;
    this.pageSize = b.pageSize;
    this.rowLimit = b.rowLimit;
    this.displayedStages = Set.copyOf(b.displayedStages);
    this.refusals = b.refusals;
  }

  /** {@return a builder; only the facade ({@link Builder#labinov(Labinov)}) is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the language of the reports: {@link Messages#INDONESIAN} or {@link Locale#ENGLISH}} */
  public Locale locale() {
    return locale;
  }

  private Context context() {
    Instant at = generatedAt != null ? generatedAt : (clock != null ? clock : lab.clock()).instant();
    return new Context(lab, actor == null ? lab.queries() : lab.queries(actor), evaluations, directory, verifier,
        locale, at.truncatedTo(ChronoUnit.MICROS), pageSize, rowLimit, displayedStages, refusals);
  }

  /**
   * Checks, before anything is read, that the reader may see a scope: with an actor set, the scope
   * must be inside the actor's own.
   */
  private Scope readable(Scope scope) {
    Checks.notNull(scope, "scope");
    if (actor != null && (actor.scope() == null || !actor.scope().covers(scope))) {
      throw new OutsideScopeException(actor, scope);
    }
    return scope;
  }

  /**
   * Computes a programme's summary (Ringkasan Program): counts by stage, status, OPD, bentuk and
   * jenis; the funnel; target against achieved; progress against the schedule; the dropped
   * innovations with their reasons.
   *
   * @param region the programme's region
   * @param programmeId the programme
   * @return the summary; its dropped list is read when iterated
   * @throws NoSuchProgrammeException if the programme does not exist
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing, or the facade has no
   *     programme store
   * @throws id.labinov.core.engine.StorageException if a store fails
   */
  public ProgrammeSummary programmeSummary(RegionCode region, String programmeId) {
    readable(Scope.region(Checks.notNull(region, "region")));
    Checks.notNull(region, "region");
    Checks.notBlank(programmeId, "programmeId");
    Programme p = lab.programmes().find(region, programmeId)
        .orElseThrow(() -> new NoSuchProgrammeException(programmeId, region.value()));
    return new SummaryComputer(context())
        .compute(Scope.region(region), InnovationFilter.builder().programmes(p.id()).build(), p);
  }

  /**
   * Computes the summary of any scope and filter, without programme figures (no target, no schedule).
   *
   * @param scope which regions
   * @param filter which innovations
   * @return the summary
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing
   * @throws id.labinov.core.engine.StorageException if a store fails
   */
  public ProgrammeSummary summary(Scope scope, InnovationFilter filter) {
    readable(scope);
    Checks.notNull(scope, "scope");
    Checks.notNull(filter, "filter");
    return new SummaryComputer(context()).compute(scope, filter, null);
  }

  /**
   * Computes days in each stage (median and spread) and lists the innovations, not dropped, longer
   * than {@code stalledAfterDays} days in their current stage, longest first, with their OPD.
   *
   * @param scope which regions
   * @param filter which innovations
   * @param stalledAfterDays the threshold, 0 or more
   * @return the report
   * @throws ReportException with code {@code BAD_ARGUMENT} for a negative threshold
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing
   */
  public StageDurationReport stageDurations(Scope scope, InnovationFilter filter, int stalledAfterDays) {
    readable(scope);
    Checks.notNull(scope, "scope");
    Checks.notNull(filter, "filter");
    if (stalledAfterDays < 0) {
      throw new ReportException("BAD_ARGUMENT", "error.argument.range", "stalledAfterDays", stalledAfterDays, 0,
          Integer.MAX_VALUE);
    }
    return new DurationComputer(context()).compute(scope, filter, stalledAfterDays);
  }

  /**
   * Ranks the innovations of a scope and filter by their aggregated score under a scheme in a round,
   * with evaluator count and per-criterion scores. Innovations without a usable sheet are not listed.
   *
   * @param scope which regions
   * @param filter which innovations
   * @param scheme the evaluation scheme
   * @param round the evaluation round (e.g. the year)
   * @return the ranking
   * @throws ReportException with code {@code NO_EVALUATION_STORE} if no evaluation store was given
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing
   */
  public EvaluationRanking evaluationRanking(Scope scope, InnovationFilter filter, EvaluationScheme scheme, int round) {
    readable(scope);
    Checks.notNull(scope, "scope");
    Checks.notNull(filter, "filter");
    Checks.notNull(scheme, "scheme");
    if (evaluations == null) {
      throw new ReportException("NO_EVALUATION_STORE", "error.evaluationStore");
    }
    return new RankingComputer(context()).compute(scope, filter, scheme, round);
  }

  /**
   * Computes one innovation's national profile (Profil Inovasi), with the missing fields flagged.
   *
   * @param ref the innovation
   * @return the profile
   * @throws id.labinov.core.engine.NoSuchInnovationException if it does not exist
   */
  public InnovationProfileReport innovationProfile(InnovationRef ref) {
    readable(Scope.region(Checks.notNull(ref, "ref").region()));
    Checks.notNull(ref, "ref");
    return new ProfileComputer(context()).compute(ref);
  }

  /**
   * Computes the showcase catalogue (Katalog Inovasi): the innovations in a displayed stage (see
   * {@link Builder#displayedStages(String...)}), not dropped, grouped by OPD or theme. Public: it
   * holds no person data.
   *
   * @param scope which regions
   * @param filter which innovations (intersected with the displayed stages)
   * @param grouping by OPD or by theme
   * @return the catalogue; its entries are read when iterated
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing
   */
  public ShowcaseCatalogue showcaseCatalogue(Scope scope, InnovationFilter filter, CatalogueGrouping grouping) {
    readable(scope);
    Checks.notNull(scope, "scope");
    Checks.notNull(filter, "filter");
    Checks.notNull(grouping, "grouping");
    return new CatalogueComputer(context()).compute(scope, filter, grouping);
  }

  /**
   * Computes one innovation's audit trail (Riwayat): who did what, when and why, with the tamper check
   * of the {@link HistoryVerifier} if one was given.
   *
   * @param ref the innovation
   * @return the audit trail
   * @throws id.labinov.core.engine.NoSuchInnovationException if it does not exist
   */
  public AuditTrail auditTrail(InnovationRef ref) {
    readable(Scope.region(Checks.notNull(ref, "ref").region()));
    Checks.notNull(ref, "ref");
    return new AuditComputer(context()).compute(ref);
  }

  /**
   * Counts innovations by national stage (inisiatif, uji coba, penerapan, not yet set) per OPD, and
   * estimates the regional index of each region in scope that has indicator data for the year.
   *
   * @param scope which regions
   * @param filter which innovations (the index estimate uses every innovation with data)
   * @param index whether and how to estimate the index ({@link IndexOptions#none()} for no estimate)
   * @return the summary
   * @throws ReportException with code {@code NO_EVALUATION_STORE} if an estimate is asked for without an
   *     evaluation store
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing
   */
  public NationalStageSummary nationalStages(Scope scope, InnovationFilter filter, IndexOptions index) {
    readable(scope);
    Checks.notNull(scope, "scope");
    Checks.notNull(filter, "filter");
    Checks.notNull(index, "index");
    if (index.enabled() && evaluations == null) {
      throw new ReportException("NO_EVALUATION_STORE", "error.evaluationStore");
    }
    return new NationalComputer(context()).compute(scope, filter, index);
  }

  /**
   * Computes "what blocks innovations" (Apa yang menghambat inovasi): the criteria most often unmet
   * when commands were refused in a period, overall, by stage and by OPD, from the refusal log, so that
   * coaches know what to work on.
   *
   * @param scope which regions
   * @param from the first day of the period, in the scope's zone
   * @param to the last day of the period (inclusive)
   * @return the report
   * @throws ReportException with code {@code NO_REFUSAL_LOG} without a refusal log, or {@code BAD_ARGUMENT}
   *     if {@code to} is before {@code from}
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing
   */
  public BlockerReport whatBlocks(Scope scope, LocalDate from, LocalDate to) {
    readable(scope);
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    if (refusals == null) {
      throw new ReportException("NO_REFUSAL_LOG", "error.refusalLog");
    }
    if (to.isBefore(from)) {
      throw new ReportException("BAD_ARGUMENT", "error.argument.period", from, to);
    }
    return new BlockerComputer(context()).compute(scope, from, to, refusals);
  }

  /**
   * Computes the one-page summary for the regional head (Ringkasan Satu Halaman): a programme's big
   * numbers (ideas registered, reached the last stage, target), its funnel, the achieved innovations per
   * OPD and the first {@value OnePageSummary#TOP} of its evaluation ranking, all taken from the
   * programme summary and the ranking of the programme's innovations at one report time, so the figures
   * equal theirs. Rendered as one A4 landscape page ({@code ReportFormat.PDF}), a 1920 x 1080 slide
   * ({@code SlideRenderer}), or JSON, CSV, XLSX and HTML like any report.
   *
   * @param region the programme's region
   * @param programmeId the programme
   * @param scheme the evaluation scheme of the ranking
   * @param round the evaluation round (e.g. the year of the innovation week)
   * @return the one-page summary
   * @throws NoSuchProgrammeException if the programme does not exist
   * @throws ReportException with code {@code NO_EVALUATION_STORE} if no evaluation store was given
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing
   * @throws id.labinov.core.engine.StorageException if a store fails
   */
  public OnePageSummary onePageSummary(RegionCode region, String programmeId, EvaluationScheme scheme, int round) {
    readable(Scope.region(Checks.notNull(region, "region")));
    Checks.notBlank(programmeId, "programmeId");
    Checks.notNull(scheme, "scheme");
    if (evaluations == null) {
      throw new ReportException("NO_EVALUATION_STORE", "error.evaluationStore");
    }
    Programme p = lab.programmes().find(region, programmeId)
        .orElseThrow(() -> new NoSuchProgrammeException(programmeId, region.value()));
    return new OnePageComputer(context()).compute(p, scheme, round);
  }

  /**
   * Computes the IID readiness of a region for an IID year (Kesiapan IID): per innovation with claims
   * in that year its claimed, supported (by labinov's pre-flight on the linked evidence) and verified
   * scores, the points its gaps cost and its missing mandatory indicators; every claim with the
   * pre-flight's sentence; the fixes ranked cheapest gains first (points per gap fixed); the region's
   * totals and the estimated index on each basis with its rating band; and how often the pre-flight
   * predicted the verifier. Read through {@code lab.iid()} with the reader ({@link Builder#actor}), so
   * the register's scope rules apply; the facade must have an evidence register and a verification
   * store.
   *
   * @param region the region
   * @param year the IID year, 2000-2200
   * @param options the region-level score SPD, the count score and the rating bands, which the register
   *     does not hold ({@link ReadinessOptions#none()} for none)
   * @return the report; a region without claims in the year gives an empty report with the estimate of
   *     the entered scores alone
   * @throws ReportException with code {@code NO_READER} without a reader, {@code NO_EVIDENCE_REGISTER} or
   *     {@code NO_VERIFICATION_STORE} if the facade lacks that store, {@code BAD_ARGUMENT} for a year out of
   *     range
   * @throws OutsideScopeException if the region is outside the reader's scope (nothing is read)
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing, or, from the pre-flight,
   *     with code {@code UNKNOWN_INDICATOR} or {@code LEVEL_ABOVE_SCHEME} for a stored innovation claim the
   *     shipped indicator scheme does not know
   * @throws id.labinov.core.engine.StorageException if a store fails
   */
  public id.labinov.reporting.data.IidReadiness iidReadiness(RegionCode region, int year, ReadinessOptions options) {
    Actor reader = iidReader(region, year, options);
    return new ReadinessComputer(context(), reader).compute(region, year, options);
  }

  /**
   * Computes the IID readiness on one page for the regional head (Kesiapan IID satu halaman): the
   * estimated index and band on the claimed, supported and verified basis, the totals, the
   * {@value id.labinov.reporting.data.IidReadinessOnePage#TOP} cheapest gains, how many innovations miss
   * a mandatory indicator, and the pre-flight's agreement with the verifier, all taken from
   * {@link #iidReadiness} computed at the same report time, so the figures equal its. Rendered as one A4
   * page ({@code ReportFormat.PDF}), one screen of HTML, or JSON, CSV and XLSX like any report.
   *
   * @param region the region
   * @param year the IID year, 2000-2200
   * @param options the SPD, count score and rating bands, as for {@link #iidReadiness}
   * @return the one-page report
   * @throws ReportException as {@link #iidReadiness}
   * @throws OutsideScopeException if the region is outside the reader's scope (nothing is read)
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing
   * @throws id.labinov.core.engine.StorageException if a store fails
   */
  public id.labinov.reporting.data.IidReadinessOnePage iidReadinessOnePage(RegionCode region, int year,
      ReadinessOptions options) {
    Actor reader = iidReader(region, year, options);
    ReadinessComputer computer = new ReadinessComputer(context(), reader);
    return computer.onePage(computer.compute(region, year, options));
  }

  /**
   * Computes the sustainability report (Keberlanjutan) of a region on the report day: every displayed
   * innovation under core's sustainability watch with its monitoring state, last entry, next due day and
   * days overdue, legal basis, owner, latest development version and eligibility for the coming
   * competitions; the totals watched / at risk / lapsed / without a legal basis in force / eligible for the
   * coming IGA; the innovations needing attention first. Read through {@code lab.cycle()} with the reader
   * ({@link Builder#actor}); the facade needs a cycle store.
   *
   * @param region the region
   * @param options every innovation or only those needing attention
   * @return the report
   * @throws ReportException with code {@code NO_READER} without a reader, {@code NO_CYCLE_STORE} if the facade
   *     has no cycle store
   * @throws OutsideScopeException if the region is outside the reader's scope (nothing is read)
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing
   * @throws id.labinov.core.engine.StorageException if a store fails
   */
  @id.labinov.core.annotation.Beta
  public id.labinov.reporting.data.SustainabilityReport sustainability(RegionCode region,
      SustainabilityOptions options) {
    Checks.notNull(region, "region");
    Checks.notNull(options, "options");
    if (actor == null) {
      throw new ReportException("NO_READER", "error.cycleReader");
    }
    readable(Scope.region(region));
    return new SustainabilityComputer(context(), actor).compute(region, options);
  }

  /**
   * Computes "what raises the index most" (Apa yang paling menaikkan indeks) for a region's IID year: the
   * estimated index of the submission as it is, and every single choice — send one more innovation, or do
   * not send one that is in — ranked by the rise of the index, each with the innovation's IGA eligibility
   * for the year (sending an ineligible innovation is marked as not possible). Scores as the IID readiness
   * report computes them, on the options' basis.
   *
   * @param region the region
   * @param year the IID year, 2000-2200
   * @param options the basis, the entered scores, the submitted innovations, the innovations without claims
   * @return the report
   * @throws ReportException as {@link #iidReadiness}, with code {@code NOT_A_CANDIDATE} for a submitted
   *     innovation that is not a candidate, {@code NO_CYCLE_STORE} without a cycle store when IGA rules cover
   *     the year
   * @throws OutsideScopeException if the region is outside the reader's scope (nothing is read)
   * @throws id.labinov.core.error.InvalidValueException if an argument is missing
   * @throws id.labinov.core.engine.StorageException if a store fails
   */
  @id.labinov.core.annotation.Beta
  public id.labinov.reporting.data.IndexWhatIf submissionWhatIf(RegionCode region, int year, WhatIfOptions options) {
    Checks.notNull(options, "options");
    Actor reader = iidReader(region, year, options.scores());
    return new WhatIfComputer(context(), reader).compute(region, year, options);
  }

  /** Checks the arguments of an IID report and returns the reader, before anything is read. */
  private Actor iidReader(RegionCode region, int year, ReadinessOptions options) {
    Checks.notNull(region, "region");
    Checks.notNull(options, "options");
    if (year < 2000 || year > 2200) {
      throw new ReportException("BAD_ARGUMENT", "error.argument.range", "year", year, 2000, 2200);
    }
    if (actor == null) {
      throw new ReportException("NO_READER", "error.iidReader");
    }
    readable(Scope.region(region));
    return actor;
  }

  /** Builds {@link Reports}. Not thread-safe; {@link #build()} checks every setting. */
  public static final class Builder {
    private Labinov lab;
    private Actor actor;
    private EvaluationStore evaluations;
    private Directory directory = Directory.empty();
    private HistoryVerifier verifier;
    private Locale locale = Messages.INDONESIAN;
    private Clock clock;
    private Instant generatedAt;
    private int pageSize = 500;
    private int rowLimit = 1000;
    private Set<String> displayedStages = DEFAULT_DISPLAYED_STAGES;
    private RefusalLog refusals;

    private Builder() {}

    /**
     * Sets the refusal log (optional): with it the ranking counts the score sheets refused at
     * submission, and {@link Reports#whatBlocks} can be computed; without it the ranking says "not
     * recorded". Give the log the facade writes to ({@code Labinov.Builder.refusalLog}).
     *
     * @param value the log, or {@code null} for none
     * @return this builder
     */
    public Builder refusalLog(RefusalLog value) {
      this.refusals = value;
      return this;
    }

    /**
     * Sets the facade whose query port, histories and rulebooks reports read (required).
     *
     * @param value the facade
     * @return this builder
     */
    public Builder labinov(Labinov value) {
      this.lab = value;
      return this;
    }

    /**
     * Sets who reads (optional): every report is then limited to the actor's scope, a wider scope or
     * another region's innovation refused with {@link OutsideScopeException} before anything is
     * read. Without it the reports read whatever they are asked (trusted back-office jobs).
     *
     * @param value the reader, or {@code null}
     * @return this builder
     */
    public Builder actor(Actor value) {
      this.actor = value;
      return this;
    }

    /**
     * Sets the evaluation store (needed for the ranking and the index estimate).
     *
     * @param value the store, or {@code null} for none
     * @return this builder
     */
    public Builder evaluationStore(EvaluationStore value) {
      this.evaluations = value;
      return this;
    }

    /**
     * Sets where unit, person and theme names come from (default: {@link Directory#empty()}, none
     * known): core's directory port, e.g. {@code JdbcStorage.directory()} or an
     * {@code InMemoryDirectory}. Reports ask it for names only, never for a NIP; a person whose name
     * was erased prints as "(dihapus)" ("(erased)" in English).
     *
     * @param value the directory, thread-safe
     * @return this builder
     */
    public Builder directory(Directory value) {
      this.directory = value;
      return this;
    }

    /**
     * Sets the tamper check the audit trail runs, e.g. {@code lab.verifications()::verify} (default:
     * none, reported as not available).
     *
     * @param value the verifier, or {@code null} for none
     * @return this builder
     */
    public Builder historyVerifier(HistoryVerifier value) {
      this.verifier = value;
      return this;
    }

    /**
     * Sets the language (default Bahasa Indonesia); {@code en} gives English, anything else Indonesian.
     *
     * @param value the locale
     * @return this builder
     */
    public Builder locale(Locale value) {
      this.locale = value;
      return this;
    }

    /**
     * Sets the clock read once per report for its time (default: the facade's clock). Ignored when
     * {@link #generatedAt(Instant)} is set.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * Fixes the report time for every report (e.g. for identical output in tests and archives).
     *
     * @param value the instant, or {@code null} to use the clock
     * @return this builder
     */
    public Builder generatedAt(Instant value) {
      this.generatedAt = value;
      return this;
    }

    /**
     * Sets how many innovations are read per page (1 to {@value PageRequest#MAX_SIZE}, default 500).
     *
     * @param value the page size
     * @return this builder
     */
    public Builder pageSize(int value) {
      this.pageSize = value;
      return this;
    }

    /**
     * Sets the most rows a list kept in memory may hold (the stalled innovations; 1 to 100000, default
     * 1000). The report still counts every row.
     *
     * @param value the limit
     * @return this builder
     */
    public Builder rowLimit(int value) {
      this.rowLimit = value;
      return this;
    }

    /**
     * Sets the stage codes the showcase catalogue counts as displayed (default
     * {@link #DEFAULT_DISPLAYED_STAGES}).
     *
     * @param values one or more stage codes
     * @return this builder
     */
    public Builder displayedStages(String... values) {
      this.displayedStages = values == null ? null : new LinkedHashSet<>(java.util.Arrays.asList(values));
      return this;
    }

    /**
     * Builds the reports facade.
     *
     * @return the facade
     * @throws ReportException with code {@code MISSING_SETTING} or {@code BAD_SETTING} naming the first
     *     missing or bad setting and how to fix it
     */
    public Reports build() {
      if (lab == null) {
        throw new ReportException("MISSING_SETTING", "error.setting.labinov");
      }
      if (directory == null) {
        throw new ReportException("MISSING_SETTING", "error.setting.directory");
      }
      if (pageSize < 1 || pageSize > PageRequest.MAX_SIZE) {
        throw new ReportException("BAD_SETTING", "error.setting.pageSize", pageSize, PageRequest.MAX_SIZE);
      }
      if (rowLimit < 1 || rowLimit > 100_000) {
        throw new ReportException("BAD_SETTING", "error.setting.rowLimit", rowLimit);
      }
      if (displayedStages == null || displayedStages.isEmpty()
          || displayedStages.stream().anyMatch(s -> s == null || s.isBlank())) {
        throw new ReportException("BAD_SETTING", "error.setting.displayedStages",
            String.valueOf(displayedStages));
      }
      return new Reports(this);
    }
  }
}
