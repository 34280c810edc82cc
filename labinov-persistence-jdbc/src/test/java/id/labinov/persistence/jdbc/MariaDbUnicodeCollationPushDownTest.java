package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Query push-down on MariaDB with a case- and accent-insensitive session collation
 * ({@code utf8mb4_unicode_ci}), the session's time zone at +13:00 and the JVM's default zone
 * {@code Pacific/Marquesas} (-09:30): the results still equal the in-memory store's.
 */
class MariaDbUnicodeCollationPushDownTest extends PushDownContract {
  private TimeZone zone;

  @Override
  void beforeSeeding() {
    zone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Marquesas"));
  }

  @Override
  Backend openBackend() {
    return Backend.open(Backend.Kind.MARIADB, 6,
        c -> c.setConnectionInitSql("SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci, time_zone = '+13:00'"));
  }

  @Override
  void afterClosing() {
    if (zone != null) {
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void theSessionReallyComparesCaseInsensitively() throws SQLException {
    try (Connection c = backend().pool().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT @@collation_connection, 'cafe' = 'CAFÉ'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("utf8mb4_unicode_ci");
      assertThat(rs.getBoolean(2)).isTrue();
    }
    assertThat(TimeZone.getDefault().getID()).isEqualTo("Pacific/Marquesas");
  }
}
