package id.labinov.persistence.jdbc;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a JDBC URL before any connection is opened: only H2, PostgreSQL and MariaDB/MySQL URLs,
 * and on them only the options listed here (README, "Security"). A JDBC URL is code as much as an
 * address: H2's {@code INIT=RUNSCRIPT FROM …} runs SQL and {@code CREATE ALIAS} runs Java at
 * connect time, PostgreSQL's {@code socketFactory} and {@code sslfactory} load classes, MariaDB's
 * {@code allowLocalInfile} lets the server read local files. labinov's storage only receives a
 * {@code DataSource}, so a host that builds URLs from configuration calls {@link #check} itself;
 * the command-line tool always does.
 *
 * <p>Accepted options (names compared without regard to case):
 *
 * <ul>
 *   <li>H2 ({@code jdbc:h2:mem:}, {@code file:}, {@code tcp://}, {@code ssl://} or a plain path):
 *       {@value #H2_LIST};
 *   <li>PostgreSQL: {@value #POSTGRESQL_LIST};
 *   <li>MariaDB and MySQL: {@value #MARIADB_LIST}.
 * </ul>
 *
 * <p>Values are plain words, numbers, paths or host names (letters, digits and {@code . _ - / : ,});
 * anything else (quotes, spaces, backslashes, {@code ;} inside a value) is refused.
 */
public final class JdbcUrls {
  /** The H2 settings a URL may carry. */
  public static final String H2_LIST = "DB_CLOSE_DELAY, DB_CLOSE_ON_EXIT, MAX_LENGTH_INPLACE_LOB, IFEXISTS, "
      + "LOCK_TIMEOUT, CACHE_SIZE, QUERY_CACHE_SIZE, ACCESS_MODE_DATA";
  /** The PostgreSQL driver options a URL may carry. */
  public static final String POSTGRESQL_LIST = "ssl, sslmode, sslrootcert, sslcert, sslkey, connectTimeout, "
      + "socketTimeout, loginTimeout, tcpKeepAlive, prepareThreshold, preparedStatementCacheQueries, "
      + "ApplicationName, currentSchema, targetServerType, reWriteBatchedInserts";
  /** The MariaDB/MySQL driver options a URL may carry. */
  public static final String MARIADB_LIST = "useServerPrepStmts, cachePrepStmts, prepStmtCacheSize, connectTimeout, "
      + "socketTimeout, sslMode, serverSslCert, trustServerCertificate, useCompression, rewriteBatchedStatements";

  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "h2", names(H2_LIST), "postgresql", names(POSTGRESQL_LIST), "mariadb", names(MARIADB_LIST),
      "mysql", names(MARIADB_LIST));
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._/:,-]*");
  private static final Pattern H2 = Pattern.compile("jdbc:h2:(mem:|file:|tcp://|ssl://)?([^;]*)((;[^;]*)*)");
  private static final Pattern SERVER = Pattern.compile("jdbc:(postgresql|mariadb|mysql)://([^/?#]+)(/[^?#]*)?(\\?(.*))?");

  private JdbcUrls() {}

  /**
   * Returns the URL if it is one labinov accepts, else refuses it naming the first option (or part)
   * that is not allowed.
   *
   * @param url the JDBC URL
   * @return the URL, unchanged
   * @throws JdbcSettingException with code {@code UNSAFE_JDBC_URL} naming what is refused, or
   *     {@code UNSUPPORTED_JDBC_URL} for another database
   */
  public static String check(String url) {
    if (url == null || url.isBlank()) {
      throw new JdbcSettingException("UNSUPPORTED_JDBC_URL", "jdbcUrl", url, "jdbc.url.unsupported");
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\' || c == '\'' || c == '"' || c == ' ') {
        throw unsafe("a character " + (c == ' ' ? "space" : String.format(Locale.ROOT, "U+%04X", (int) c)));
      }
    }
    Matcher h2 = H2.matcher(url);
    if (h2.matches()) {
      if (h2.group(2).isEmpty() && !"mem:".equals(h2.group(1))) {
        throw new JdbcSettingException("UNSUPPORTED_JDBC_URL", "jdbcUrl", url, "jdbc.url.unsupported");
      }
      boolean remote = "tcp://".equals(h2.group(1)) || "ssl://".equals(h2.group(1));
      int colon = h2.group(2).indexOf(':');
      if (!remote && colon >= 0) {
        // another H2 file system (zip:, split:, nio:, ...) or a drive letter
        throw unsafe(h2.group(2).substring(0, colon + 1));
      }
      String settings = h2.group(3);
      for (String part : settings.isEmpty() ? new String[0] : settings.substring(1).split(";", -1)) {
        option(part, "h2", '=');
      }
      return url;
    }
    if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
      throw unsafe(url.substring("jdbc:h2:".length()).split("[:;/]", 2)[0]);
    }
    Matcher server = SERVER.matcher(url);
    if (!server.matches()) {
      throw new JdbcSettingException("UNSUPPORTED_JDBC_URL", "jdbcUrl", url, "jdbc.url.unsupported");
    }
    if (!VALUE.matcher(server.group(2)).matches()) {
      throw unsafe(server.group(2));
    }
    if (server.group(5) != null && !server.group(5).isEmpty()) {
      for (String part : server.group(5).split("&", -1)) {
        option(part, server.group(1), '=');
      }
    }
    return url;
  }

  private static void option(String part, String database, char separator) {
    int eq = part.indexOf(separator);
    String name = (eq < 0 ? part : part.substring(0, eq)).strip();
    String value = eq < 0 ? "" : part.substring(eq + 1);
    if (name.isEmpty()) {
      throw unsafe("an empty option");
    }
    boolean known = false;
    for (String allowed : ALLOWED.get(database)) {
      known |= allowed.equalsIgnoreCase(name);
    }
    if (!known) {
      throw unsafe(name);
    }
    if (!VALUE.matcher(value).matches()) {
      throw unsafe(name + "=" + value);
    }
  }

  private static JdbcSettingException unsafe(String what) {
    return new JdbcSettingException("UNSAFE_JDBC_URL", "jdbcUrl", what, "jdbc.url.unsafe", H2_LIST, POSTGRESQL_LIST,
        MARIADB_LIST);
  }

  private static Set<String> names(String list) {
    return Set.of(list.split(", "));
  }
}
