package id.labinov.core;


import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.Authorisation;
import id.labinov.core.engine.BulkOptions;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.RefusalSink;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.event.EventListener;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.spi.EvaluationStore;
import id.labinov.core.spi.ClaimVerificationStore;
import id.labinov.core.spi.CycleStore;
import id.labinov.core.cycle.EligibilityRules;
import id.labinov.core.spi.Directory;
import id.labinov.core.spi.EvidenceRegisterStore;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.ProgrammeStore;
import id.labinov.core.spi.RefusalLog;
import id.labinov.core.spi.RulebookStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point for applications that run a lab: built once with {@link #builder()} (which names
 * any missing or bad setting), it hands out the services — {@link #innovations()},
 * {@link #programmes()}, {@link #evaluations()}, {@link #migrations()}, {@link #verifications()},
 * {@link #iid()} and {@link #queries()}.
 *
 * <p>The services share one command path: in one store transaction it looks the idempotency key up,
 * loads the state, checks the caller's expected version, authorises, loads the rule context,
 * decides and appends; after the commit a refusal goes to the optional {@link RefusalSink} and
 * {@link RefusalLog} (refused programme and evaluation commands too) and events to the listeners.
 * Thread-safe: one instance serves all threads (the stores it is given must be thread-safe too).
 */
public final class Labinov {
  private final Clock clock;
  private final InnovationQuery query;
  private final InnovationService innovations;
  private final ProgrammeService programmes;
  private final EvaluationService evaluations;
  private final MigrationService migrations;
  private final VerificationService verifications;
  private final IidService iid;
  private final CycleService cycle;

  private Labinov(Builder b) {
    this.clock = b.clock;
    this.query = b.query;
    RulebookResolver rulebooks = new RulebookResolver(b.rulebookStore, b.defaultRulebook, b.regionRulebooks);
    ContextLoader contexts = new ContextLoader(b.zones, b.programmeStore, b.evaluationStore, b.schemes, b.directory);
    RefusalRecorder refusals = new RefusalRecorder(b.refusalSink, b.refusalLog, b.refusalRetention, b.clock);
    CommandPipeline pipeline = new CommandPipeline(b.clock, b.ids, b.store, rulebooks, contexts, b.authorisation,
        refusals, b.listeners, b.conflictRetries, b.idempotencyTtl);
    this.innovations = new InnovationService(pipeline, b.store, rulebooks, contexts,
        new BulkCommands(pipeline, b.query, b.bulkChunkSize));
    this.programmes = new ProgrammeService(pipeline, b.programmeStore, b.query, rulebooks);
    this.evaluations = new EvaluationService(pipeline, b.store, b.evaluationStore, rulebooks, b.schemes);
    this.migrations = new MigrationService(pipeline, b.store, b.query, rulebooks, contexts);
    this.verifications = new VerificationService(b.store, b.query);
    this.iid = new IidService(pipeline, b.store, innovations, b.evidenceRegisterStore, b.claimVerificationStore);
    this.cycle = new CycleService(pipeline, b.store, b.query, b.cycleStore, b.evaluationStore, b.evidenceRegisterStore,
        iid, rulebooks, contexts, b.eligibilityRules);
  }

  /**
   * Returns a builder; the clock and the innovation and rulebook stores are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the innovation commands and reads} */
  public InnovationService innovations() {
    return innovations;
  }

  /** {@return the programme (lab year) commands and reads; they need a programme store} */
  public ProgrammeService programmes() {
    return programmes;
  }

  /** {@return scoring, monitoring and the regional index; they need an evaluation store} */
  public EvaluationService evaluations() {
    return evaluations;
  }

  /** {@return the rulebook migration plan and command} */
  public MigrationService migrations() {
    return migrations;
  }

  /** {@return the verification of stored histories: one innovation or a whole scope} */
  public VerificationService verifications() {
    return verifications;
  }

  /**
   * Returns IID readiness on stored data: the evidence register, claims, the pre-flight and register
   * documents as gate evidence. Needs {@link Builder#evidenceRegisterStore}.
   *
   * @return the service
   */
  @Beta
  public IidService iid() {
    return iid;
  }

  /**
   * Returns the yearly cycle after the innovation week: competition entries and eligibility,
   * development versions, the sustainability watch. Needs {@link Builder#cycleStore}.
   *
   * @return the service
   */
  @Beta
  public CycleService cycle() {
    return cycle;
  }

  /**
   * {@return the query port without a scope check: for trusted back-office jobs (a national export,
   * a scheduled report) that decide themselves what to read} Code that reads on behalf of a user
   * takes {@link #queries(Actor)}.
   */
  public InnovationQuery queries() {
    return query;
  }

  /**
   * Returns the query port as an actor may use it: lists, counts, stage durations and every report
   * built on them only inside the actor's scope; a wider scope is refused with
   * {@link id.labinov.core.engine.OutsideScopeException} before anything is read.
   *
   * @param actor who reads
   * @return the actor's view of the query port
   */
  public InnovationQuery queries(Actor actor) {
    return new ActorQuery(query, actor);
  }

  /** {@return the clock the services use} */
  public Clock clock() {
    return clock;
  }

  /**
   * Builds a {@link Labinov}. Not thread-safe. {@link #build()} checks every setting and names any
   * that is missing or bad.
   */
  public static final class Builder {
    /** How long the refusal log keeps a refusal unless {@link #refusalRetention(Duration)} says otherwise. */
    public static final Duration DEFAULT_REFUSAL_RETENTION = Duration.ofDays(400);
    /** How many items a bulk command puts into one chunk unless {@link #bulkChunkSize(int)} says otherwise. */
    public static final int DEFAULT_BULK_CHUNK_SIZE = 500;
    private static final Duration MAX_REFUSAL_RETENTION = Duration.ofDays(3650);
    private Clock clock;
    private IdGenerator ids;
    private InnovationStore store;
    private RulebookStore rulebookStore;
    private InnovationQuery query;
    private ProgrammeStore programmeStore;
    private EvaluationStore evaluationStore;
    private EvidenceRegisterStore evidenceRegisterStore;
    private ClaimVerificationStore claimVerificationStore;
    private CycleStore cycleStore;
    private EligibilityRules eligibilityRules = EligibilityRules.shipped();
    private final Map<String, EvaluationScheme> schemes = new HashMap<>();
    private Rulebook defaultRulebook;
    private final Map<RegionCode, Rulebook> regionRulebooks = new HashMap<>();
    private final Map<RegionCode, IndonesianTimeZone> zones = new HashMap<>();
    private final List<EventListener> listeners = new ArrayList<>();
    private Authorisation authorisation = Authorisation.byRoleAndScope();
    private Directory directory;
    private RefusalSink refusalSink;
    private RefusalLog refusalLog;
    private Duration refusalRetention = DEFAULT_REFUSAL_RETENTION;
    private int conflictRetries = 3;
    private Duration idempotencyTtl = Duration.ofDays(7);
    private int bulkChunkSize = DEFAULT_BULK_CHUNK_SIZE;

    private Builder() {}

    /**
     * Sets the clock (required): {@code Clock.systemUTC()} in production.
     *
     * @param value the clock that stamps events, proposals and refusals; not {@code null}
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * Sets the id generator (default {@link IdGenerator#secure()}).
     *
     * @param value the generator of new innovation and event ids; not {@code null}
     * @return this builder
     */
    public Builder ids(IdGenerator value) {
      this.ids = value;
      return this;
    }

    /**
     * Sets the innovation store (required).
     *
     * @param value where innovation histories are read and appended; not {@code null}
     * @return this builder
     */
    public Builder innovationStore(InnovationStore value) {
      this.store = value;
      return this;
    }

    /**
     * Sets the rulebook store (required).
     *
     * @param value where rulebooks are looked up by id and version; not {@code null}
     * @return this builder
     */
    public Builder rulebookStore(RulebookStore value) {
      this.rulebookStore = value;
      return this;
    }

    /**
     * Sets the query port (default: the innovation store, if it is one).
     *
     * @param value the port the read methods (lists, counts, stage durations) use
     * @return this builder
     */
    public Builder query(InnovationQuery value) {
      this.query = value;
      return this;
    }

    /**
     * Sets the programme store (needed for programmes).
     *
     * @param value where programme (lab year) histories are kept
     * @return this builder
     */
    public Builder programmeStore(ProgrammeStore value) {
      this.programmeStore = value;
      return this;
    }

    /**
     * Sets the evaluation store (needed for evaluations).
     *
     * @param value where score sheets and monitoring records are kept
     * @return this builder
     */
    public Builder evaluationStore(EvaluationStore value) {
      this.evaluationStore = value;
      return this;
    }

    /**
     * Sets the evidence register store (needed for {@link Labinov#iid()}); like the other stores it
     * has no default, so a register meant to last is never kept in memory by mistake.
     *
     * @param value where evidence documents, claims and their change log are kept, e.g.
     *     {@code new InMemoryEvidenceRegisterStore()} or the JDBC storage's
     * @return this builder
     */
    @Beta
    public Builder evidenceRegisterStore(EvidenceRegisterStore value) {
      this.evidenceRegisterStore = value;
      return this;
    }

    /**
     * Sets where verifiers' decisions on index claims are kept (the verification stream, see
     * {@link IidService#verifyClaim}). Optional: without it every verification call fails with code
     * {@code MISSING_SETTING}; there is no default, for the same reason as the register's.
     *
     * @param value the store, e.g. {@code new InMemoryClaimVerificationStore()} or the JDBC storage's
     * @return this builder
     */
    @Beta
    public Builder claimVerificationStore(ClaimVerificationStore value) {
      this.claimVerificationStore = value;
      return this;
    }

    /**
     * Sets where the yearly cycle's streams are kept (competition entries, development versions; see
     * {@link CycleService}). Optional: without it every cycle call fails with code {@code MISSING_SETTING}.
     *
     * @param value the store, e.g. {@code new InMemoryCycleStore()} or the JDBC storage's
     * @return this builder
     */
    @Beta
    public Builder cycleStore(CycleStore value) {
      this.cycleStore = value;
      return this;
    }

    /**
     * Sets the competitions' eligibility rules (default: {@link EligibilityRules#shipped()}).
     *
     * @param value the rules, not {@code null}
     * @return this builder
     */
    @Beta
    public Builder eligibilityRules(EligibilityRules value) {
      this.eligibilityRules = Checks.notNull(value, "eligibilityRules");
      return this;
    }

    /**
     * Registers an evaluation scheme besides the shipped ones.
     *
     * @param value the scheme, registered under its {@code id()}; replaces a scheme with the same id; not {@code null}
     * @return this builder
     */
    public Builder evaluationScheme(EvaluationScheme value) {
      Checks.notNull(value, "evaluationScheme");
      schemes.put(value.id(), value);
      return this;
    }

    /**
     * Sets the rulebook new innovations follow (default 5D).
     *
     * @param value the rulebook proposals follow where no region-specific one is set
     * @return this builder
     */
    public Builder rulebook(Rulebook value) {
      this.defaultRulebook = value;
      return this;
    }

    /**
     * Sets the rulebook a region's new innovations follow (overrides the default there).
     *
     * @param region the region, e.g. {@code 36.02} for Kabupaten Lebak; not {@code null}
     * @param value the rulebook that region's proposals follow; not {@code null}
     * @return this builder
     */
    public Builder rulebook(RegionCode region, Rulebook value) {
      regionRulebooks.put(Checks.notNull(region, "region"), Checks.notNull(value, "rulebook"));
      return this;
    }

    /**
     * Overrides a region's time zone (default: from its province code).
     *
     * @param region the region whose zone is overridden
     * @param zone the zone (WIB, WITA or WIT) its dates and deadlines are reckoned in
     * @return this builder
     */
    public Builder timeZone(RegionCode region, IndonesianTimeZone zone) {
      zones.put(Checks.notNull(region, "region"), Checks.notNull(zone, "zone"));
      return this;
    }

    /**
     * Adds a listener called after each commit.
     *
     * @param value called with the events of each successful append, after the commit; not {@code null}
     * @return this builder
     */
    public Builder listener(EventListener value) {
      listeners.add(Checks.notNull(value, "listener"));
      return this;
    }

    /**
     * Replaces the authorisation step (default {@link Authorisation#byRoleAndScope()}: scope and
     * ownership). {@link Authorisation#gatesOnly()} leaves only the rulebook's
     * gates, for a host that authorises every command itself before it reaches labinov.
     *
     * @param value the step that decides whether an actor may send a command
     * @return this builder
     */
    public Builder authorisation(Authorisation value) {
      this.authorisation = Checks.notNull(value, "authorisation");
      return this;
    }

    /**
     * Sets where refused commands are reported (default: nowhere). With a
     * {@link #refusalLog(RefusalLog) refusal log} as well, both receive every refusal.
     *
     * @param value receives every refused command with its reasons
     * @return this builder
     */
    public Builder refusalSink(RefusalSink value) {
      this.refusalSink = Checks.notNull(value, "refusalSink");
      return this;
    }

    /**
     * Sets the log that keeps every refused command (default: none); returns this builder. Each
     * refusal is appended after its command, and rows older than the {@link #refusalRetention(Duration)
     * retention period} are purged at most once a day, from the appending thread. A failing log is
     * logged and ignored: it never changes a command's result. A {@link #refusalSink(RefusalSink)
     * refusal sink} set as well still receives every refusal.
     *
     * @param value the log, e.g. {@code new InMemoryRefusalLog()} or the JDBC storage's
     * @return this builder
     * @throws InvalidValueException with code {@code REQUIRED} if {@code value} is {@code null}
     */
    @Beta
    public Builder refusalLog(RefusalLog value) {
      this.refusalLog = Checks.notNull(value, "refusalLog");
      return this;
    }

    /**
     * Sets how long the refusal log keeps a refusal, 1 to 3650 days (default 400 days: a lab year and
     * its evaluation); returns this builder.
     *
     * @param value the retention period
     * @return this builder
     */
    @Beta
    public Builder refusalRetention(Duration value) {
      this.refusalRetention = value;
      return this;
    }

    /**
     * Sets the lab's directory of units and people (default: none). Commands that name a person are
     * then checked against it: a handover ({@link InnovationService#handOver}) to someone the directory
     * does not know is refused with {@code NO_SUCH_PERSON}, to someone whose name was erased with
     * {@code PERSON_ERASED}. Without a directory no command is refused for the person it names.
     *
     * @param value the directory, e.g. the JDBC storage's or an {@code InMemoryDirectory}
     * @return this builder
     * @throws InvalidValueException with code {@code REQUIRED} if {@code value} is {@code null}
     */
    @Beta
    public Builder directory(Directory value) {
      this.directory = Checks.notNull(value, "directory");
      return this;
    }

    /**
     * Sets how often a conflict is retried, 0-20 (default 3).
     *
     * @param value how many times a command is re-decided after a version conflict, 0 to 20
     * @return this builder
     */
    public Builder conflictRetries(int value) {
      this.conflictRetries = value;
      return this;
    }

    /**
     * Sets how long idempotency keys live, 1 minute to 365 days (default 7 days).
     *
     * @param value how long a stored idempotency key answers a repeated request
     * @return this builder
     */
    public Builder idempotencyTtl(Duration value) {
      this.idempotencyTtl = value;
      return this;
    }

    /**
     * Sets how many items a bulk command ({@code advanceAll}, {@code approveAll},
     * {@code attachEvidenceAll}, {@code updateDetailsAll}, {@code executeAll}, {@code advanceWhere})
     * puts into one chunk, 1 to {@value id.labinov.core.engine.BulkOptions#MAX_CHUNK_SIZE} (default
     * {@value #DEFAULT_BULK_CHUNK_SIZE}): one store transaction and, on a database, a fixed number of
     * statements per chunk. A call may override it with {@code BulkOptions.withChunkSize}.
     *
     * @param value items per chunk
     * @return this builder
     */
    @Beta
    public Builder bulkChunkSize(int value) {
      this.bulkChunkSize = value;
      return this;
    }

    /**
     * Checks every setting and builds the entry point.
     *
     * @return the entry point
     * @throws InvalidValueException with code {@code MISSING_SETTING} or {@code BAD_SETTING} naming the setting
     */
    public Labinov build() {
      if (clock == null) {
        throw new InvalidValueException("MISSING_SETTING", "clock", null, "error.setting.clock");
      }
      if (store == null) {
        throw new InvalidValueException("MISSING_SETTING", "innovationStore", null, "error.setting.store");
      }
      if (rulebookStore == null) {
        throw new InvalidValueException("MISSING_SETTING", "rulebookStore", null, "error.setting.rulebookStore");
      }
      if (query == null && !(store instanceof InnovationQuery)) {
        throw new InvalidValueException("MISSING_SETTING", "query", null, "error.setting.query");
      }
      query = query == null ? (InnovationQuery) store : query;
      if (conflictRetries < 0 || conflictRetries > 20) {
        throw new InvalidValueException("BAD_SETTING", "conflictRetries", conflictRetries, "error.setting.retries");
      }
      if (idempotencyTtl == null || idempotencyTtl.compareTo(Duration.ofMinutes(1)) < 0
          || idempotencyTtl.compareTo(Duration.ofDays(365)) > 0) {
        throw new InvalidValueException("BAD_SETTING", "idempotencyTtl", idempotencyTtl, "error.setting.ttl");
      }
      if (bulkChunkSize < 1 || bulkChunkSize > BulkOptions.MAX_CHUNK_SIZE) {
        throw new InvalidValueException("BAD_SETTING", "bulkChunkSize", bulkChunkSize, "error.setting.bulkChunkSize",
            String.valueOf(BulkOptions.MAX_CHUNK_SIZE));
      }
      if (refusalRetention == null || refusalRetention.compareTo(Duration.ofDays(1)) < 0
          || refusalRetention.compareTo(MAX_REFUSAL_RETENTION) > 0) {
        throw new InvalidValueException("BAD_SETTING", "refusalRetention", refusalRetention,
            "error.setting.refusalRetention");
      }
      ids = ids == null ? IdGenerator.secure() : ids;
      defaultRulebook = defaultRulebook == null ? Rulebooks.fiveD() : defaultRulebook;
      for (EvaluationScheme shipped : List.of(EvaluationSchemes.kippCriteria(), EvaluationSchemes.igaPresentation2023(),
          EvaluationSchemes.iidInnovationIndicators())) {
        schemes.putIfAbsent(shipped.id(), shipped);
      }
      return new Labinov(this);
    }
  }
}
