package id.labinov.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Small helpers for parameterised SQL: a WHERE builder that never inlines a value, binding by Java
 * type, and instants stored as UTC timestamps with microseconds. Not API.
 */
final class Sql {
  private Sql() {}

  /** A conjunction of conditions and their parameters, in order. */
  static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    Where and(String condition, Object... values) {
      conditions.add(condition);
      params.addAll(java.util.Arrays.asList(values));
      return this;
    }

    /** Adds {@code column IN (?, ...)} unless {@code values} is empty (no restriction). */
    Where in(String column, Collection<String> values) {
      if (!values.isEmpty()) {
        and(column + " IN (" + placeholders(values.size()) + ")", values.toArray());
      }
      return this;
    }

    String sql() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    List<Object> params() {
      return params;
    }
  }

  /** Adds the condition that {@code column} (a region code) lies in {@code scope}. */
  static Where scope(Where w, String column, id.labinov.core.model.Scope scope) {
    switch (scope.level()) {
      case REGION -> w.and(column + " = ?", scope.code());
      case PROVINCE -> w.and("(" + column + " = ? OR " + column + " LIKE ? ESCAPE '!')", scope.code(),
          likeEscape(scope.code()) + ".%");
      case NATIONAL -> { }
    }
    return w;
  }

  static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  /** Escapes a text for {@code LIKE ... ESCAPE '!'}. */
  static String likeEscape(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  static PreparedStatement prepare(Connection c, String sql, List<?> params) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    try {
      bind(ps, params);
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  static void bind(PreparedStatement ps, List<?> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      set(ps, i + 1, params.get(i));
    }
  }

  /**
   * A {@code NULL} of a given SQL type, for a parameter whose column is not text (PostgreSQL refuses
   * a text-typed {@code NULL} for a {@code BIGINT} column).
   *
   * @param sqlType a {@link java.sql.Types} constant
   */
  record TypedNull(int sqlType) {}

  /** {@return the value, or a {@code BIGINT} {@code NULL} for {@code null}} */
  static Object bigint(Long value) {
    return value == null ? new TypedNull(java.sql.Types.BIGINT) : value;
  }

  static void set(PreparedStatement ps, int index, Object v) throws SQLException {
    if (v == null) {
      ps.setNull(index, java.sql.Types.VARCHAR);
    } else if (v instanceof TypedNull n) {
      ps.setNull(index, n.sqlType());
    } else if (v instanceof String s) {
      ps.setString(index, s);
    } else if (v instanceof Long l) {
      ps.setLong(index, l);
    } else if (v instanceof Integer n) {
      ps.setInt(index, n);
    } else if (v instanceof Instant t) {
      ps.setObject(index, LocalDateTime.ofInstant(t, ZoneOffset.UTC));
    } else if (v instanceof java.time.LocalDate d) {
      ps.setObject(index, d);
    } else if (v instanceof byte[] b) {
      ps.setBytes(index, b);
    } else {
      throw new IllegalArgumentException("cannot bind " + v.getClass().getName());
    }
  }

  /** Runs an update and returns the row count. */
  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, java.util.Arrays.asList(params))) {
      return ps.executeUpdate();
    }
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    LocalDateTime t = rs.getObject(column, LocalDateTime.class);
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }
}
