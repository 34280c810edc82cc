package id.labinov.persistence.jdbc;

import id.labinov.core.Labinov;
import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.StorageException;
import id.labinov.core.internal.Checks;
import id.labinov.core.rules.RuleTypes;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * labinov's storage on a JDBC {@link DataSource}: the entry point of this module. Its builder checks
 * every setting, recognises the database (H2, PostgreSQL, MariaDB/MySQL), brings the schema up to
 * date with the built-in migrator (or, with {@link Builder#migrate(boolean) migrate(false)}, only
 * checks it), and refuses a schema newer than this library knows. Then it hands out the stores:
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.builder().dataSource(pool).build();
 * Labinov lab = storage.labinovBuilder()   // every store of the storage, and its directory
 *     .clock(Clock.systemUTC())
 *     .build();
 * }</pre>
 *
 * <p>Each command runs in one connection and one transaction ({@code InnovationStore.transact}); a
 * batch import ({@code Labinov.importInnovations}) is decided by the facade and written by
 * {@link JdbcInnovationStore#appendAll} in JDBC batches of {@link Builder#batchSize(int)}.
 *
 * <p>With a {@link Builder#transactionBinding(TransactionBinding) transaction binding}, every store
 * asks it on each call whether the host's transaction is active on the calling thread, and then
 * works inside it instead of in a transaction of its own.
 *
 * <p>Every table name starts with a prefix (default {@code lbv_}). Thread-safe; build one per
 * database and prefix and share it.
 */
public final class JdbcStorage {
  /** The newest schema version this library knows and migrates to. */
  public static final int SCHEMA_VERSION = Migrator.LATEST;
  /** The number of appends per JDBC batch unless {@link Builder#batchSize(int)} says otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 200;
  /** The largest batch size {@link Builder#batchSize(int)} takes. */
  public static final int MAX_BATCH_SIZE = 1000;

  private final Tables tables;
  private final int schemaVersion;
  private final JdbcInnovationStore innovationStore;
  private final JdbcRulebookStore rulebookStore;
  private final JdbcChangeFeed changeFeed;
  private final JdbcProgrammeStore programmeStore;
  private final JdbcEvaluationStore evaluationStore;
  private final JdbcRefusalLog refusalLog;
  private final JdbcDirectory directory;
  private final JdbcEvidenceRegister evidenceRegister;
  private final JdbcClaimVerificationStore claimVerifications;
  private final JdbcCycleStore cycle;

  private JdbcStorage(Builder b, Dialect dialect, Tables tables) {
    this.tables = tables;
    this.schemaVersion = new Migrator(b.dataSource, dialect, tables).run(b.migrate);
    Connections connections = Connections.of(b.dataSource, dialect, b.transactionBinding);
    this.innovationStore = new JdbcInnovationStore(connections, tables, b.batchSize);
    this.rulebookStore = new JdbcRulebookStore(connections, tables, b.ruleTypes);
    this.changeFeed = new JdbcChangeFeed(connections, tables);
    this.programmeStore = new JdbcProgrammeStore(connections, tables);
    this.evaluationStore = new JdbcEvaluationStore(connections, tables);
    this.refusalLog = new JdbcRefusalLog(connections, tables);
    this.directory = new JdbcDirectory(connections, tables);
    this.evidenceRegister = new JdbcEvidenceRegister(connections, tables);
    this.claimVerifications = new JdbcClaimVerificationStore(connections, tables);
    this.cycle = new JdbcCycleStore(connections, tables);
  }

  /** {@return a builder; only the data source is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the innovation store, which is also the query port} */
  public JdbcInnovationStore innovationStore() {
    return innovationStore;
  }

  /** {@return the rulebook store} */
  public JdbcRulebookStore rulebookStore() {
    return rulebookStore;
  }

  /** {@return the programme store (for {@code Labinov.Builder.programmeStore})} */
  public JdbcProgrammeStore programmeStore() {
    return programmeStore;
  }

  /** {@return the evaluation store: score and monitoring streams (for {@code Labinov.Builder.evaluationStore})} */
  public JdbcEvaluationStore evaluationStore() {
    return evaluationStore;
  }

  /** {@return the refusal log: every refused command, by region and time (for {@code Labinov.Builder.refusalLog})} */
  @Beta
  public JdbcRefusalLog refusalLog() {
    return refusalLog;
  }

  /**
   * {@return the directory of names (OPD, person and theme names; region names from core's shipped
   * data), for {@code Reports.builder().directory(...)} and the command line's {@code directory load}}
   */
  @Beta
  public JdbcDirectory directory() {
    return directory;
  }

  /**
   * {@return the evidence register: documents (bukti dukung) by reference, IID indicator claims, gate
   * evidence attachments and each region's change log (schema version 8)}
   */
  @Beta
  public JdbcEvidenceRegister evidenceRegister() {
    return evidenceRegister;
  }

  /**
   * {@return the verification stream of the IID (schema version 9): every verifier's decision on an
   * index claim, append-only, with a version per claim and a sequence per region, for
   * {@code Labinov.Builder.claimVerificationStore}; {@code lab.iid().verifyClaim} records through it}
   */
  @Beta
  public JdbcClaimVerificationStore claimVerifications() {
    return claimVerifications;
  }

  /**
   * {@return the yearly cycle's streams (schema version 10): each innovation's competition entries and
   * development versions, append-only and numbered per innovation, for {@code Labinov.Builder.cycleStore};
   * {@code lab.cycle()} records through it}
   */
  @Beta
  public JdbcCycleStore cycle() {
    return cycle;
  }

  /**
   * A {@link Labinov} builder on every store of this storage: innovations (also the query port),
   * rulebooks, programmes, evaluations, the refusal log, the evidence register, the verifiers'
   * decisions, the yearly cycle, and the directory of names. Add the rest (clock, rulebook,
   * listeners, authorisation) and build:
   *
   * <pre>{@code
   * Labinov lab = storage.labinovBuilder().clock(Clock.systemUTC()).rulebook(Rulebooks.fiveD()).build();
   * }</pre>
   *
   * @return a new builder, its stores set
   */
  @Beta
  public Labinov.Builder labinovBuilder() {
    return Labinov.builder()
        .innovationStore(innovationStore)
        .rulebookStore(rulebookStore)
        .programmeStore(programmeStore())
        .evaluationStore(evaluationStore())
        .refusalLog(refusalLog())
        .evidenceRegisterStore(evidenceRegister())
        .claimVerificationStore(claimVerifications())
        .cycleStore(cycle())
        .directory(directory());
  }

  /** {@return the change feed} */
  public JdbcChangeFeed changeFeed() {
    return changeFeed;
  }

  /** {@return the schema version the database held after the start (equal to {@link #SCHEMA_VERSION})} */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** {@return the table prefix} */
  public String tablePrefix() {
    return tables.prefix();
  }

  /**
   * Returns a published schema script, rewritten for a table prefix, for hosts that apply the DDL
   * themselves (with {@link Builder#migrate(boolean) migrate(false)}). The scripts are also in the
   * jar as {@code id/labinov/persistence/jdbc/schema/vN/<database>.sql}, written with {@code lbv_}.
   *
   * @param database {@code h2}, {@code postgresql} or {@code mariadb} (also for MySQL)
   * @param version 1 to {@link #SCHEMA_VERSION}
   * @param tablePrefix the prefix, as for {@link Builder#tablePrefix(String)}
   * @return the script: statements ending with {@code ;}, the last one recording the version
   * @throws JdbcSettingException if the database, version or prefix is not valid
   */
  public static String schemaScript(String database, int version, String tablePrefix) {
    Dialect dialect = Dialect.ofScriptName(database).orElseThrow(() ->
        new JdbcSettingException("UNSUPPORTED_DATABASE", "database", database, "jdbc.unsupportedDatabase"));
    if (version < 1 || version > SCHEMA_VERSION) {
      throw new JdbcSettingException("UNKNOWN_SCHEMA_VERSION", "version", version, "jdbc.schemaVersion", SCHEMA_VERSION);
    }
    return new Tables(tablePrefix).apply(Migrator.script(dialect, version));
  }

  /** Builds a {@link JdbcStorage}. Not thread-safe. */
  public static final class Builder {
    private DataSource dataSource;
    private String tablePrefix = Tables.DEFAULT_PREFIX;
    private boolean migrate = true;
    private RuleTypes ruleTypes = RuleTypes.builtIn();
    private int batchSize = DEFAULT_BATCH_SIZE;
    private TransactionBinding transactionBinding = TransactionBinding.none();

    private Builder() {}

    /**
     * Sets the data source (required); a pool such as HikariCP in production.
     *
     * @param value the data source
     * @return this builder
     */
    public Builder dataSource(DataSource value) {
      this.dataSource = value;
      return this;
    }

    /**
     * Sets the prefix of every table and index name (default {@code lbv_}): a lower-case letter, then
     * up to 15 lower-case letters, digits or {@code _}.
     *
     * @param value the prefix
     * @return this builder
     */
    public Builder tablePrefix(String value) {
      this.tablePrefix = value;
      return this;
    }

    /**
     * Sets whether {@link #build()} applies missing schema versions (default {@code true}). Pass
     * {@code false} when a DBA applies the published scripts ({@link JdbcStorage#schemaScript});
     * then {@code build()} only checks that the schema is there.
     *
     * @param value {@code false} to opt out of migration
     * @return this builder
     */
    public Builder migrate(boolean value) {
      this.migrate = value;
      return this;
    }

    /**
     * Sets the rule types stored rulebooks are read with (default: the built-in ones). Pass the
     * same types the facade's rulebooks use, e.g. {@code RuleTypes.discovered()}.
     *
     * @param value the rule types
     * @return this builder
     */
    public Builder ruleTypes(RuleTypes value) {
      this.ruleTypes = value;
      return this;
    }

    /**
     * Sets how many appends {@link JdbcInnovationStore#appendAll} (a batch import) sends to the
     * database in one JDBC batch (default {@value JdbcStorage#DEFAULT_BATCH_SIZE}). Larger batches
     * mean fewer round trips; a batch with a bad row is written again append by append.
     *
     * @param value 1 to {@value JdbcStorage#MAX_BATCH_SIZE}
     * @return this builder
     */
    public Builder batchSize(int value) {
      this.batchSize = value;
      return this;
    }

    /**
     * Sets how the stores find the host application's transaction (default
     * {@link TransactionBinding#none()}: every call runs in a transaction of its own). On each call,
     * every store of the storage (innovations, rulebooks, programmes, evaluations, refusal log,
     * directory, evidence register, claim verifications, cycle, change feed) asks the binding: with
     * a connection, it works inside that transaction as an {@code inTransaction} view would, never
     * committing, rolling back or closing it; without, it runs its own transaction on a connection
     * from the data source. The stores' {@code inTransaction} views are not affected. The schema
     * migration of {@link #build()} always runs on connections of its own.
     *
     * @param value the binding
     * @return this builder
     */
    @Beta
    public Builder transactionBinding(TransactionBinding value) {
      this.transactionBinding = value;
      return this;
    }

    /**
     * Checks the settings, recognises the database and migrates or checks its schema.
     *
     * @return the storage
     * @throws id.labinov.core.error.InvalidValueException naming a missing or bad setting ({@link JdbcSettingException}
     *     for a bad prefix, a batch size out of range or an unsupported database)
     * @throws SchemaTooNewException if the database holds a newer schema than this library knows
     * @throws SchemaNotAppliedException if migration is off and the schema is missing or older
     * @throws StorageException if the database cannot be reached or a script fails
     */
    public JdbcStorage build() {
      Checks.notNull(dataSource, "dataSource");
      Checks.notNull(ruleTypes, "ruleTypes");
      Checks.notNull(transactionBinding, "transactionBinding");
      if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
        throw new JdbcSettingException("INVALID_BATCH_SIZE", "batchSize", batchSize, "jdbc.batchSize", MAX_BATCH_SIZE);
      }
      Tables tables = new Tables(tablePrefix);
      return new JdbcStorage(this, detect(dataSource), tables);
    }

    private static Dialect detect(DataSource dataSource) {
      String product;
      try (Connection c = dataSource.getConnection()) {
        product = c.getMetaData().getDatabaseProductName();
      } catch (SQLException e) {
        throw new StorageException("connect to recognise the database", e.getSQLState(), e);
      }
      return Dialect.of(product).orElseThrow(() ->
          new JdbcSettingException("UNSUPPORTED_DATABASE", "dataSource", product, "jdbc.unsupportedDatabase"));
    }
  }
}
