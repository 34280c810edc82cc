package id.labinov.examples.lebak;

import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.StatedValue;
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
 * The committed data of Lebak's IID 2026 year, read from three CSV files beside this class:
 * {@value #DOCUMENTS} (the evidence register: what the lab admin registers), {@value #CLAIMS} (the
 * levels claimed per innovation and indicator, with the documents each links) and
 * {@value #DECISIONS} (the verifier's decisions, written by hand from the documents, not computed).
 * Lines starting with {@code #} are comments; the first other line names the columns. Innovations
 * are named by their registration number in the 2019 lab year and their title, which must agree.
 *
 * @param documents the documents, in file order
 * @param claims the claims, in file order
 * @param decisions the verifier's decisions, in file order
 */
record IidYearData(List<DocumentRow> documents, List<ClaimRow> claims, List<DecisionRow> decisions) {
  /** The evidence register's documents. */
  static final String DOCUMENTS = "lebak-iid-2026-dokumen.csv";
  /** The region's claims. */
  static final String CLAIMS = "lebak-iid-2026-klaim.csv";
  /** The verifier's decisions. */
  static final String DECISIONS = "lebak-iid-2026-verifikasi.csv";

  /**
   * One document of the register.
   *
   * @param id the register's id
   * @param kind its kind
   * @param number its number, if it has one
   * @param date its date
   * @param subject what it is about
   * @param issuer who issued it, as written
   * @param issuerLevel the issuer's level
   */
  record DocumentRow(String id, DocumentKind kind, Optional<String> number, LocalDate date, String subject,
      String issuer, IssuerLevel issuerLevel) {}

  /**
   * One claim.
   *
   * @param number the innovation's registration number in the 2019 lab year
   * @param title the innovation's title
   * @param indicator the indicator's code
   * @param level the level claimed
   * @param value the value stated, if any
   * @param documentIds the documents linked
   */
  record ClaimRow(int number, String title, String indicator, int level, Optional<StatedValue> value,
      List<String> documentIds) {}

  /**
   * One decision of the verifier.
   *
   * @param number the innovation's registration number
   * @param title the innovation's title
   * @param indicator the indicator's code
   * @param level the level accepted, 0 for none
   * @param note the verifier's note
   */
  record DecisionRow(int number, String title, String indicator, int level, String note) {}

  /**
   * Reads the three files from the class path.
   *
   * @return the data
   * @throws IllegalStateException naming the file, line and column of a malformed value
   */
  static IidYearData load() {
    List<DocumentRow> documents = new ArrayList<>();
    for (Row r : read(DOCUMENTS, "id", "jenis", "nomor", "tanggal", "tentang", "penerbit", "tingkat_penerbit")) {
      documents.add(new DocumentRow(r.text(0), DocumentKind.of(r.text(1)), r.optional(2), r.date(3), r.text(4),
          r.text(5), r.issuerLevel(6)));
    }
    List<ClaimRow> claims = new ArrayList<>();
    for (Row r : read(CLAIMS, "no", "judul", "indikator", "tingkat", "nilai", "satuan", "dokumen")) {
      Optional<StatedValue> value = r.optional(4).map(v -> new StatedValue(r.decimal(4), r.text(5)));
      List<String> ids = r.optional(6).map(d -> List.of(d.trim().split(" +"))).orElse(List.of());
      claims.add(new ClaimRow(r.number(0), r.text(1), r.text(2), r.number(3), value, ids));
    }
    List<DecisionRow> decisions = new ArrayList<>();
    for (Row r : read(DECISIONS, "no", "judul", "indikator", "tingkat_verifikasi", "catatan")) {
      decisions.add(new DecisionRow(r.number(0), r.text(1), r.text(2), r.number(3), r.text(4)));
    }
    return new IidYearData(List.copyOf(documents), List.copyOf(claims), List.copyOf(decisions));
  }

  private static List<Row> read(String file, String... columns) {
    String text;
    try (InputStream in = IidYearData.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is not on the class path beside " + IidYearData.class.getName());
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
  private record Row(String file, int line, List<String> fields) {
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

    private IllegalStateException bad(int column, String what) {
      return new IllegalStateException(file + ", line " + line + ", column " + (column + 1) + " " + what);
    }
  }
}
