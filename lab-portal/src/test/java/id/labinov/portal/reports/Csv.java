package id.labinov.portal.reports;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV as RFC 4180 defines it (quoted fields, doubled quotes, CRLF or LF), for the tests' own reading. */
final class Csv {
  private Csv() {}

  /**
   * Parses a CSV text into records of fields.
   *
   * @param text the text
   * @return the records, the header first
   * @throws IllegalArgumentException if a quoted field is not closed
   */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        records.add(record);
        record = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted field is not closed");
    }
    if (any || field.length() > 0) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
