package id.labinov.cli;

import id.labinov.core.Labinov;
import id.labinov.persistence.jdbc.JdbcStorage;
import id.labinov.persistence.jdbc.JdbcUrls;
import id.labinov.reporting.Reports;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;

/**
 * One command's connection to the database: the storage, the facade on it (innovations, rulebooks,
 * programmes, evaluations, the IID evidence register and claim verifications, the yearly cycle's
 * competition entries and development versions, all in the same database) and, on demand, the reports. Its data source reuses one connection until the session is
 * closed (an H2 file database would otherwise be opened and closed around every transaction, a server
 * logged into again).
 */
final class Session implements AutoCloseable {
  private final SimpleDataSource dataSource;
  private final JdbcStorage storage;
  private final Labinov lab;

  private Session(SimpleDataSource dataSource, JdbcStorage storage, Labinov lab) {
    this.dataSource = dataSource;
    this.storage = storage;
    this.lab = lab;
  }

  /**
   * Connects and checks the schema ({@code migrate == false}) or brings it up to date.
   *
   * @throws CliException with {@link ExitCodes#STORAGE} if the database cannot be reached
   */
  static Session open(Settings settings, Clock clock, boolean migrate) {
    // a JDBC URL can run code when it is opened (H2 INIT, driver factories): only listed options pass
    String url = JdbcUrls.check(settings.url());
    String prefix = settings.tablePrefix(); // a setting mistake is told before the database is opened
    if (!migrate && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
        && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS")) {
      url = url + ";IFEXISTS=TRUE";
    }
    SimpleDataSource ds = new SimpleDataSource(url, settings.user(), settings.password());
    try (Connection first = ds.getConnection()) {
      first.getMetaData();
    } catch (SQLException e) {
      throw connectionFailure(settings.url(), e);
    }
    try {
      JdbcStorage storage = JdbcStorage.builder().dataSource(ds).tablePrefix(prefix)
          .migrate(migrate).batchSize(ImportCommand.BATCH_SIZE).build();
      // Every store of the storage, and its directory: a handover's new owner must be a person the lab has loaded.
      Labinov lab = storage.labinovBuilder().clock(clock).build();
      return new Session(ds, storage, lab);
    } catch (RuntimeException e) {
      ds.shutdown();
      throw e;
    }
  }

  private static CliException connectionFailure(String url, SQLException e) {
    String state = e.getSQLState() == null ? "-" : e.getSQLState();
    if ("90146".equals(state)) {
      return new CliException(ExitCodes.STORAGE, e, "error.db.absent", url);
    }
    if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
      return new CliException(ExitCodes.STORAGE, e, "error.db.url", url);
    }
    return new CliException(ExitCodes.STORAGE, e, "error.db.connect", url, e.getMessage(), state);
  }

  JdbcStorage storage() {
    return storage;
  }

  Labinov lab() {
    return lab;
  }

  /**
   * Builds reports in a language, with the evaluation store (ranking), the refusal log (refused sheets,
   * what blocks innovations), the database's directory (OPD, person and theme names, loaded with
   * {@code labinov directory load}) and the hash-chain check for audit trails.
   */
  Reports reports(Locale locale) {
    return reports(locale, null);
  }

  /**
   * Builds reports as {@link #reports(Locale)} does, read by an actor: the IID readiness reports read the
   * evidence register and the verifications through {@code lab.iid()}, within the reader's scope.
   *
   * @param reader the reader, or {@code null} for the reports that need none
   */
  Reports reports(Locale locale, id.labinov.core.model.Actor reader) {
    return Reports.builder().labinov(lab).locale(locale)
        .directory(storage.directory())
        .evaluationStore(storage.evaluationStore())
        .refusalLog(storage.refusalLog())
        .historyVerifier(lab.verifications()::verify)
        .actor(reader)
        .build();
  }

  @Override
  public void close() {
    dataSource.shutdown();
  }
}
