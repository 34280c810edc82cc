package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcUrlsTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "jdbc:h2:mem:lab;DB_CLOSE_DELAY=-1",
      "jdbc:h2:mem:",
      "jdbc:h2:file:/var/lib/labinov/db;MAX_LENGTH_INPLACE_LOB=65536",
      "jdbc:h2:file:./labinov-data;IFEXISTS=TRUE",
      "jdbc:h2:./labinov-data",
      "jdbc:h2:tcp://db.lebakkab.go.id:9092/labinov",
      "jdbc:postgresql://127.0.0.1:5432/test",
      "jdbc:postgresql://db1,db2:5433/labinov?sslmode=verify-full&ApplicationName=labinov",
      "jdbc:mariadb://127.0.0.1:3306/test?useServerPrepStmts=true&cachePrepStmts=true",
      "jdbc:mysql://db/labinov?sslMode=REQUIRED"})
  void acceptsTheDatabasesAndOptionsOnTheList(String url) {
    assertThat(JdbcUrls.check(url)).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "jdbc:h2:file:./db;INIT=RUNSCRIPT FROM 'evil.sql'",
      "jdbc:h2:file:./db;INIT=CREATE_ALIAS",
      "jdbc:h2:mem:x;init=runscript",
      "jdbc:h2:file:./db;TRACE_LEVEL_FILE=4",
      "jdbc:h2:file:./db;AUTO_SERVER=TRUE",
      "jdbc:h2:file:./db;MAX_LENGTH_INPLACE_LOB=1\\;INIT=x",
      "jdbc:h2:zip:./db.zip!/db",
      "jdbc:h2:split:./db",
      "jdbc:postgresql://db/labinov?socketFactory=com.evil.Factory",
      "jdbc:postgresql://db/labinov?sslfactory=com.evil.Factory",
      "jdbc:postgresql://db/labinov?loggerFile=/etc/cron.d/x",
      "jdbc:postgresql://db/labinov?options=-c%20search_path=evil",
      "jdbc:mariadb://db/labinov?allowLocalInfile=true",
      "jdbc:mariadb://db/labinov?useServerPrepStmts=true&socketFactory=x",
      "jdbc:mariadb://db/labinov?cachePrepStmts=tr\"ue"})
  void refusesAnythingElseNamingIt(String url) {
    assertThatThrownBy(() -> JdbcUrls.check(url)).isInstanceOf(JdbcSettingException.class)
        .hasFieldOrPropertyWithValue("code", "UNSAFE_JDBC_URL")
        .satisfies(e -> assertThat(((JdbcSettingException) e).getMessage(Locale.ENGLISH)).contains("Allowed: H2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "jdbc:oracle:thin:@db:1521:lab", "jdbc:sqlite:/tmp/x", "jdbc:h2:", "http://db"})
  void refusesOtherDatabasesWithTheURLsItOpens(String url) {
    assertThatThrownBy(() -> JdbcUrls.check(url)).isInstanceOf(JdbcSettingException.class)
        .hasFieldOrPropertyWithValue("code", "UNSUPPORTED_JDBC_URL");
  }

  @Test
  void theRefusalComesBeforeAnyConnectionSoTheInitScriptNeverRuns(@TempDir Path dir) throws Exception {
    Path marker = dir.resolve("ran.txt");
    Path script = dir.resolve("evil.sql");
    Files.writeString(script, "CALL FILE_WRITE('x', '" + marker.toString().replace("'", "''") + "');");
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";INIT=RUNSCRIPT FROM '" + script + "'";

    assertThatThrownBy(() -> JdbcUrls.check(url)).isInstanceOf(JdbcSettingException.class);

    assertThat(marker).doesNotExist();
    assertThat(dir.resolve("db.mv.db")).as("no database was opened").doesNotExist();
    // the same URL opened without the check runs the script: the check is what stands between
    DriverManager.getConnection(url, "sa", "").close();
    assertThat(marker).exists();
  }
}
