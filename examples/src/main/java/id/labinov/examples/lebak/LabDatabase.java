package id.labinov.examples.lebak;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The database the lab year runs on: by default a fresh H2 file database in the output folder
 * (through H2's own connection pool), or any JDBC URL (PostgreSQL, MariaDB) through HikariCP.
 */
public final class LabDatabase implements AutoCloseable {
  private final DataSource dataSource;
  private final AutoCloseable closer;
  private final String description;

  private LabDatabase(DataSource dataSource, AutoCloseable closer, String description) {
    this.dataSource = dataSource;
    this.closer = closer;
    this.description = description;
  }

  /**
   * Opens a new, empty H2 file database {@code lebak} in {@code folder}, deleting an earlier one so
   * that runs repeat.
   *
   * @param folder where the database files go
   * @return the database
   * @throws UncheckedIOException if the folder cannot be prepared
   */
  public static LabDatabase h2File(Path folder) {
    try {
      Files.createDirectories(folder);
      try (Stream<Path> old = Files.list(folder)) {
        for (Path p : old.filter(p -> p.getFileName().toString().startsWith("lebak.")).toList()) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the database folder " + folder, e);
    }
    // documents and event payloads stay in their rows (labinov-persistence-jdbc/STATEMENTS.md)
    String url = "jdbc:h2:file:" + folder.resolve("lebak").toAbsolutePath() + ";MAX_LENGTH_INPLACE_LOB=65536";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    pool.setMaxConnections(4);
    return new LabDatabase(pool, pool::dispose, "H2 " + url);
  }

  /**
   * Connects to a database server through a small HikariCP pool.
   *
   * @param jdbcUrl e.g. {@code jdbc:postgresql://127.0.0.1:5432/test}
   * @param user the user, or {@code null} to take it from the URL
   * @param password the password, or {@code null}
   * @return the database
   */
  public static LabDatabase server(String jdbcUrl, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(4);
    config.setPoolName("labinov-lebak");
    HikariDataSource pool = new HikariDataSource(config);
    return new LabDatabase(pool, pool::close, jdbcUrl);
  }

  /** Returns the data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Returns what the console shows about the database (the URL, never a password). */
  public String description() {
    return description;
  }

  @Override
  public void close() {
    try {
      closer.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot close the database pool", e);
    }
  }
}
