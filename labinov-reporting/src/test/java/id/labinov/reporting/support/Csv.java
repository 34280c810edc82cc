package id.labinov.reporting.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 4180 reader for tests: records end with CRLF (a lone CR or LF outside quotes is an
 * error), a quote may appear only around a whole field or doubled inside one, every record has as
 * many fields as the header, and the input is valid UTF-8.
 */
public final class Csv {
  private Csv() {}

  /** Parses bytes (optionally starting with a UTF-8 BOM, which is removed) into records. */
  public static List<List<String>> parse(byte[] bytes, char delimiter) {
    String text = decode(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean fieldStart = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
          afterQuote = true;
          i++;
          continue;
        }
        field.append(c);
        i++;
        continue;
      }
      if (c == delimiter) {
        record.add(field.toString());
        field.setLength(0);
        afterQuote = false;
        fieldStart = true;
        i++;
      } else if (c == '\r') {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          throw new IllegalArgumentException("bare CR at " + i);
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        afterQuote = false;
        fieldStart = true;
        i += 2;
      } else if (c == '\n') {
        throw new IllegalArgumentException("bare LF at " + i);
      } else if (c == '"') {
        if (!fieldStart) {
          throw new IllegalArgumentException("quote inside an unquoted field at " + i);
        }
        quoted = true;
        fieldStart = false;
        i++;
      } else {
        if (afterQuote) {
          throw new IllegalArgumentException("text after a closing quote at " + i);
        }
        field.append(c);
        fieldStart = false;
        i++;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quoted field");
    }
    if (field.length() > 0 || !record.isEmpty()) {
      throw new IllegalArgumentException("last record does not end with CRLF");
    }
    if (records.isEmpty()) {
      throw new IllegalArgumentException("no header");
    }
    int width = records.get(0).size();
    for (int r = 0; r < records.size(); r++) {
      if (records.get(r).size() != width) {
        throw new IllegalArgumentException("record " + r + " has " + records.get(r).size() + " fields, header " + width);
      }
    }
    return records;
  }

  /** Parses into maps from header to value, one per data record. */
  public static List<Map<String, String>> rows(byte[] bytes, char delimiter) {
    List<List<String>> records = parse(bytes, delimiter);
    List<String> header = records.get(0);
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), r.get(i));
      }
      out.add(m);
    }
    return out;
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException("not UTF-8", e);
    }
  }
}
