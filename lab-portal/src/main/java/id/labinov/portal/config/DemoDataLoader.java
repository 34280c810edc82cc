package id.labinov.portal.config;

import id.labinov.examples.lebak.LebakSeed;
import id.labinov.persistence.jdbc.JdbcStorage;
import java.io.OutputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads the Lebak lab year (2019, the years after it to 2026, and the IID 2026 preparation with its
 * verifier's decisions: {@link LebakSeed}) on the first start, before the server takes requests, so
 * that a fresh portal has something to show. With
 * {@code labinov.portal.demo-data=AUTO} (the default) only into the default kind of database (H2);
 * {@code ALWAYS} also into PostgreSQL or MariaDB; {@code NEVER} not at all. A database that already
 * holds the Lebak programme is left as it is.
 */
@Component
public class DemoDataLoader implements SmartInitializingSingleton {
  private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
  private final JdbcStorage storage;
  private final DataSource dataSource;
  private final PortalProperties properties;

  /**
   * Creates the loader.
   *
   * @param storage labinov's storage
   * @param dataSource the application's data source (to tell H2 from a server)
   * @param properties the portal's settings
   */
  public DemoDataLoader(JdbcStorage storage, DataSource dataSource, PortalProperties properties) {
    this.storage = storage;
    this.dataSource = dataSource;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    PortalProperties.DemoData mode = properties.demoData();
    if (mode == PortalProperties.DemoData.NEVER) {
      return;
    }
    if (mode == PortalProperties.DemoData.AUTO && !onH2()) {
      LOG.info("Demo data not loaded: the database is not H2 (set labinov.portal.demo-data=ALWAYS to load it)");
      return;
    }
    if (LebakSeed.isLoaded(storage)) {
      LOG.info("Demo data already in the database: programme {} of region {}", LebakSeed.PROGRAMME, LebakSeed.REGION);
      return;
    }
    long started = System.nanoTime();
    LebakSeed.Loaded loaded = LebakSeed.load(storage, new PrintStream(OutputStream.nullOutputStream()));
    LOG.info("Demo data loaded in {} ms: {} innovations of programme {}, {} displayed; IID 2026: {} documents, {} claims,"
        + " {} verifier decisions", (System.nanoTime() - started) / 1_000_000L, loaded.innovations(), loaded.programmeId(),
        loaded.displayed(), loaded.iidDocuments(), loaded.iidClaims(), loaded.iidDecisions());
  }

  private boolean onH2() {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("h2");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database's product name to decide on the demo data: "
          + e.getMessage(), e);
    }
  }
}
