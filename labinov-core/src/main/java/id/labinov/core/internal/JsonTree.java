package id.labinov.core.internal;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * A minimal JSON tree: objects are {@link LinkedHashMap}s (source order), arrays {@link List}s,
 * strings {@link String}, numbers {@link Num} (the literal as written), booleans {@link Boolean}
 * and null {@link #NULL}. Parsing reads keys and strings in NFC (so a tree means what its canonical
 * form means) and refuses duplicate keys, also keys equal only in NFC; {@link #canonical(Object)}
 * writes the canonical form (keys sorted by UTF-16 code units, no insignificant white space,
 * strings in NFC, numbers as written).
 */
public final class JsonTree {
  /** The JSON {@code null}. */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /** The largest scale (digits after the point, or zeros implied by an exponent) a number may have. */
  private static final int MAX_SCALE = 1000;

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private JsonTree() {}

  /**
   * A JSON number kept as its literal text.
   *
   * @param text the literal, e.g. {@code 300} or {@code 1.50}
   */
  public record Num(String text) {
    /** Returns the value as a {@link BigDecimal}. */
    public BigDecimal decimal() {
      return new BigDecimal(text);
    }

    /**
     * Creates a number from a long.
     *
     * @param value the value
     * @return the number
     */
    public static Num of(long value) {
      return new Num(Long.toString(value));
    }

    /**
     * Creates a number from a decimal, written in plain notation.
     *
     * @param value the value
     * @return the number
     */
    public static Num of(BigDecimal value) {
      return new Num(value.toPlainString());
    }
  }

  /** A syntax error in JSON text, with its line and column. */
  public static final class SyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    SyntaxException(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }

    /** Returns the 1-based line of the error. */
    public int line() {
      return line;
    }

    /** Returns the 1-based column of the error. */
    public int column() {
      return column;
    }
  }

  /**
   * Parses JSON text into a tree.
   *
   * @param text the JSON
   * @return the root value
   * @throws SyntaxException on malformed JSON, duplicate keys, trailing content or a number whose
   *     exponent puts it beyond 10<sup>&plusmn;1000</sup>
   */
  public static Object parse(String text) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new SyntaxException("empty document", 1, 1);
      }
      Object value = read(p, first);
      if (p.nextToken() != null) {
        throw new SyntaxException("unexpected content after the end of the document",
            p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
      }
      return value;
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw new SyntaxException(e.getOriginalMessage(), line, col);
    }
  }

  private static Object read(JsonParser p, JsonToken t) {
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
          String name = Normalizer.normalize(p.currentName(), Normalizer.Form.NFC);
          if (map.containsKey(name)) {
            throw new SyntaxException("Duplicate Object property \"" + name + "\" (equal in NFC)",
                p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
          }
          map.put(name, read(p, p.nextToken()));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        JsonToken n;
        while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
          list.add(read(p, n));
        }
        return list;
      }
      case VALUE_STRING:
        return Normalizer.normalize(p.getString(), Normalizer.Form.NFC);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return number(p);
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        throw new SyntaxException("unexpected token " + t,
            p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
    }
  }

  /** Reads a number, refusing one whose exponent is absurd (it would overflow or fill memory when used). */
  private static Num number(JsonParser p) {
    String text = p.getString();
    try {
      int scale = new BigDecimal(text).scale();
      if (scale >= -MAX_SCALE && scale <= MAX_SCALE) { // no Math.abs: it overflows for Integer.MIN_VALUE
        return new Num(text);
      }
    } catch (NumberFormatException e) {
      // exponent overflow: refused below
    }
    throw new SyntaxException("number " + text + " is out of range (at most " + MAX_SCALE + " decimal places or zeros)",
        p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
  }

  /**
   * Writes the canonical form of a tree.
   *
   * @param value a tree built of maps, lists, strings, {@link Num}, {@link Boolean}, {@link #NULL},
   *     {@code null} (written as JSON null), {@link Integer} or {@link Long}
   * @return the canonical JSON text
   */
  public static String canonical(Object value) {
    StringWriter out = new StringWriter();
    write(out, value);
    return out.toString();
  }

  /**
   * Returns the canonical form as UTF-8 bytes.
   *
   * @param value the tree
   * @return the bytes
   */
  public static byte[] canonicalBytes(Object value) {
    return canonical(value).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the lower-case hex SHA-256 of the bytes.
   *
   * @param bytes the bytes
   * @return 64 hex digits
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static void write(StringWriter out, Object v) {
    if (v == null || v == NULL) {
      out.write("null");
    } else if (v instanceof Map<?, ?> m) {
      Map<String, Object> sorted = new TreeMap<>();
      m.forEach((k, val) -> sorted.put(Normalizer.normalize(String.valueOf(k), Normalizer.Form.NFC), val));
      out.write('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        if (!first) {
          out.write(',');
        }
        first = false;
        string(out, e.getKey());
        out.write(':');
        write(out, e.getValue());
      }
      out.write('}');
    } else if (v instanceof List<?> l) {
      out.write('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        write(out, l.get(i));
      }
      out.write(']');
    } else if (v instanceof String s) {
      string(out, Normalizer.normalize(s, Normalizer.Form.NFC));
    } else if (v instanceof Num n) {
      out.write(n.text());
    } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
      out.write(v.toString());
    } else if (v instanceof BigDecimal d) {
      out.write(d.toPlainString());
    } else {
      throw new IllegalArgumentException("not a JSON tree value: " + v.getClass().getName());
    }
  }

  private static void string(StringWriter out, String s) {
    out.write('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.write("\\\"");
        case '\\' -> out.write("\\\\");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        case '\t' -> out.write("\\t");
        case '\b' -> out.write("\\b");
        case '\f' -> out.write("\\f");
        default -> {
          if (c < 0x20) {
            out.write(String.format("\\u%04x", (int) c));
          } else {
            out.write(c);
          }
        }
      }
    }
    out.write('"');
  }
}
