package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Query push-down on PostgreSQL in a database whose default collation is ICU {@code id-ID} (not C),
 * with the session in {@code Pacific/Chatham} (+13:45) and the JVM's default zone
 * {@code America/St_Johns} (-03:30): the results still equal the in-memory store's.
 */
class PostgresIcuCollationPushDownTest extends PushDownContract {
  private final String database = "labinov_icu_" + Long.toString(System.nanoTime(), 36);
  private TimeZone zone;
  private boolean created;

  @Override
  void beforeSeeding() {
    Backend.assumeReachable(Backend.Kind.POSTGRESQL);
    admin("CREATE DATABASE " + database + " TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'id-ID'"
        + " LOCALE 'C.UTF-8'");
    created = true;
    zone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
  }

  @Override
  Backend openBackend() {
    return Backend.open(Backend.Kind.POSTGRESQL, 6, c -> {
      c.setJdbcUrl(Backend.Kind.POSTGRESQL.url.replace("/test", "/" + database));
      c.setConnectionInitSql("SET TIME ZONE 'Pacific/Chatham'");
    });
  }

  @Override
  void afterClosing() {
    if (zone != null) {
      TimeZone.setDefault(zone);
    }
    if (created) {
      admin("DROP DATABASE IF EXISTS " + database);
    }
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection(Backend.Kind.POSTGRESQL.url, Backend.Kind.POSTGRESQL.user, "");
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Test
  void theDatabaseReallySortsTextOtherwiseThanC() throws SQLException {
    try (Connection c = DriverManager.getConnection(Backend.Kind.POSTGRESQL.url.replace("/test", "/" + database),
        Backend.Kind.POSTGRESQL.user, ""); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT datcollate, daticulocale, 'a' < 'B' FROM pg_database"
            + " WHERE datname = current_database()")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(2)).isEqualTo("id-ID");
      assertThat(rs.getBoolean(3)).as("'a' sorts before 'B' (C would put 'B' first)").isTrue();
    }
    assertThat(TimeZone.getDefault().getID()).isEqualTo("America/St_Johns");
  }
}
