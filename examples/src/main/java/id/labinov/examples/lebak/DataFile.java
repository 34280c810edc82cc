package id.labinov.examples.lebak;

import id.labinov.core.iid.IssuerLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The committed CSV files of the Lebak examples ({@link IidYearData}, {@link FollowingYearsData}): RFC 4180
 * text in UTF-8 beside this class, {@code #} comment lines, a header naming the columns, and typed access
 * to a field that names the file, line and column of a bad value.
 */
final class DataFile {
  private DataFile() {}

  /**
   * Reads a CSV file beside this class: comment lines ({@code #}) left out, the first other line the
   * column names, which must be {@code columns}.
   *
   * @param file the file name
   * @param columns the expected columns, in order
   * @return the data rows
   * @throws IllegalStateException naming the file and line of a missing file, wrong header or wrong field count
   */
  static List<Row> read(String file, String... columns) {
    String text;
    try (InputStream in = DataFile.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is not on the class path beside " + DataFile.class.getName());
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    for (Row row : records(file, text)) {
      if (header) {
        if (!row.fields().equals(List.of(columns))) {
          throw new IllegalStateException(file + ", line " + row.line() + ": the columns must be "
              + String.join(",", columns) + ", not " + String.join(",", row.fields()));
        }
        header = false;
      } else if (row.fields().size() != columns.length) {
        throw new IllegalStateException(file + ", line " + row.line() + ": " + row.fields().size()
            + " fields, " + columns.length + " expected (" + String.join(",", columns) + ")");
      } else {
        rows.add(row);
      }
    }
    return rows;
  }

  /** Splits RFC 4180 text (quoted fields, doubled quotes) into records, skipping {@code #} comment lines. */
  private static List<Row> records(String file, String text) {
    List<Row> out = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < text.length()) {
      int start = line;
      if (text.charAt(i) == '#' || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end + 1;
        line++;
        continue;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            line += c == '\n' ? 1 : 0;
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else if (c == '\n') {
          i++;
          line++;
          break;
        } else if (c != '\r') {
          field.append(c);
        }
      }
      if (quoted) {
        throw new IllegalStateException(file + ", line " + start + ": a quoted field is not closed");
      }
      fields.add(field.toString());
      out.add(new Row(file, start, List.copyOf(fields)));
    }
    return out;
  }

  /** One record of a file, with typed access that names the file, line and column of a bad value. */
  record Row(String file, int line, List<String> fields) {
    String text(int column) {
      String v = fields.get(column).strip();
      if (v.isEmpty()) {
        throw bad(column, "is empty");
      }
      return v;
    }

    Optional<String> optional(int column) {
      String v = fields.get(column).strip();
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    int number(int column) {
      try {
        return Integer.parseInt(text(column));
      } catch (NumberFormatException e) {
        throw bad(column, "is not a whole number: " + fields.get(column));
      }
    }

    BigDecimal decimal(int column) {
      try {
        return new BigDecimal(text(column));
      } catch (NumberFormatException e) {
        throw bad(column, "is not a number: " + fields.get(column));
      }
    }

    LocalDate date(int column) {
      try {
        return LocalDate.parse(text(column));
      } catch (DateTimeParseException e) {
        throw bad(column, "is not a date (yyyy-mm-dd): " + fields.get(column));
      }
    }

    IssuerLevel issuerLevel(int column) {
      try {
        return IssuerLevel.valueOf(text(column));
      } catch (IllegalArgumentException e) {
        throw bad(column, "is not an issuer level (" + Arrays.toString(IssuerLevel.values()) + "): "
            + fields.get(column));
      }
    }

    <E extends Enum<E>> E constant(int column, String name, Class<E> type) {
      try {
        return Enum.valueOf(type, name);
      } catch (IllegalArgumentException e) {
        throw bad(column, "is not one of " + Arrays.toString(type.getEnumConstants()) + ": " + name);
      }
    }

    private IllegalStateException bad(int column, String what) {
      return new IllegalStateException(file + ", line " + line + ", column " + (column + 1) + " " + what);
    }
  }
}
