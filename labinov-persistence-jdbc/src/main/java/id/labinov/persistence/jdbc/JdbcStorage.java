package id.labinov.persistence.jdbc;

import id.labinov.core.Checks;
import id.labinov.core.port.StorageException;
import id.labinov.core.rules.RuleTypes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * labinov's storage on a JDBC {@link DataSource}: the entry point of this module. Its builder checks
 * every setting, recognises the database (H2, PostgreSQL, MariaDB/MySQL), brings the schema up to
 * date with the built-in migrator (or, with {@link Builder#migrate(boolean) migrate(false)}, only
 * checks it), and refuses a schema newer than this library knows. Then it hands out the stores:
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.builder().dataSource(pool).build();
 * Labinov lab = Labinov.builder()
 *     .clock(Clock.systemUTC())
 *     .innovationStore(storage.innovationStore())
 *     .rulebookStore(storage.rulebookStore())
 *     .programmeStore(storage.programmeStore())
 *     .evaluationStore(storage.evaluationStore())
 *     .build();
 * }</pre>
 *
 * <p>{@link #importInnovations} brings in many innovations at once, each decided by the entry gate.
 *
 * <p>Every table name starts with a prefix (default {@code lbv_}). Thread-safe; build one per
 * database and prefix and share it.
 */
public final class JdbcStorage {
  /** The newest schema version this library knows and migrates to. */
  public static final int SCHEMA_VERSION = Migrator.LATEST;

  private final Tables tables;
  private final int schemaVersion;
  private final JdbcInnovationStore innovationStore;
  private final JdbcRulebookStore rulebookStore;
  private final JdbcChangeFeed changeFeed;
  private final JdbcProgrammeStore programmeStore;
  private final JdbcEvaluationStore evaluationStore;
  private final Importer importer;

  private JdbcStorage(Builder b, Dialect dialect, Tables tables) {
    this.tables = tables;
    this.schemaVersion = new Migrator(b.dataSource, dialect, tables).run(b.migrate);
    Connections connections = Connections.of(b.dataSource, dialect);
    this.innovationStore = new JdbcInnovationStore(connections, tables);
    this.rulebookStore = new JdbcRulebookStore(connections, tables, b.ruleTypes);
    this.changeFeed = new JdbcChangeFeed(connections, tables);
    this.programmeStore = new JdbcProgrammeStore(connections, tables);
    this.evaluationStore = new JdbcEvaluationStore(connections, tables);
    this.importer = new Importer(connections, new Appender(tables, dialect), rulebookStore, programmeStore);
  }

  /** Returns a builder; only the data source is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the innovation store, which is also the query port. */
  public JdbcInnovationStore innovationStore() {
    return innovationStore;
  }

  /** Returns the rulebook store. */
  public JdbcRulebookStore rulebookStore() {
    return rulebookStore;
  }

  /** Returns the programme store (for {@code Labinov.Builder.programmeStore}). */
  public JdbcProgrammeStore programmeStore() {
    return programmeStore;
  }

  /** Returns the evaluation store: score and monitoring streams (for {@code Labinov.Builder.evaluationStore}). */
  public JdbcEvaluationStore evaluationStore() {
    return evaluationStore;
  }

  /**
   * Imports many innovations at once, e.g. from a spreadsheet kept before labinov: each item is a
   * proposal decided by the entry gate of {@code options.rulebook()} first (as
   * {@code Labinov.propose} would), then the accepted ones are written in one transaction, in JDBC
   * batches of {@code options.batchSize()}. If a batch fails, it is retried item by item under
   * savepoints, so one bad row (an id that exists already, a value the column refuses) fails alone.
   * With {@code allOrNothing}, one refused or failed item stores nothing at all. The rulebook is
   * stored for every region imported into, so later commands find it. In-process listeners are not
   * called; the change feed has every imported event.
   *
   * @param items the items, in order
   * @param options rulebook, clock, ids, all-or-nothing and batch size
   * @return one result per item, at its index: written, refused (with the verdict), failed (with
   *     the typed error) or rolled back
   * @throws id.labinov.core.InvalidValueException if an argument is missing
   * @throws id.labinov.core.port.RulebookConflictException if another rulebook with the same id and
   *     version is stored for a region
   * @throws StorageException if the database fails as a whole (then nothing is stored)
   */
  public List<ImportResult> importInnovations(List<ImportItem> items, ImportOptions options) {
    Checks.notNull(items, "items");
    Checks.notNull(options, "options");
    for (int i = 0; i < items.size(); i++) {
      Checks.notNull(items.get(i), "items[" + i + "]");
    }
    return importer.run(List.copyOf(items), options);
  }

  /** Returns the change feed. */
  public JdbcChangeFeed changeFeed() {
    return changeFeed;
  }

  /** Returns the schema version the database held after the start (equal to {@link #SCHEMA_VERSION}). */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** Returns the table prefix. */
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
     * Checks the settings, recognises the database and migrates or checks its schema.
     *
     * @return the storage
     * @throws id.labinov.core.InvalidValueException naming a missing or bad setting ({@link JdbcSettingException}
     *     for a bad prefix or an unsupported database)
     * @throws SchemaTooNewException if the database holds a newer schema than this library knows
     * @throws SchemaNotAppliedException if migration is off and the schema is missing or older
     * @throws StorageException if the database cannot be reached or a script fails
     */
    public JdbcStorage build() {
      Checks.notNull(dataSource, "dataSource");
      Checks.notNull(ruleTypes, "ruleTypes");
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
