package id.labinov.core.internal.json;

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
 * labinov's one JSON engine: reading on jackson-core's streaming parser, writing by hand. A tree is
 * made of {@link LinkedHashMap}s (objects, in source order), {@link List}s, {@link String}s,
 * {@link Num}s (the literal as written), {@link Boolean}s and {@link #NULL}.
 *
 * <p>Two readings: {@link #parse(String)} reads keys and strings in NFC (so a tree means what its
 * canonical form means) and refuses keys equal only in NFC; {@link #parseAsWritten(String)} keeps
 * every string exactly as written, for stored documents that must read back equal.
 *
 * <p>Two written forms: {@link #canonical(Object)} (keys sorted by UTF-16 code units, no
 * insignificant white space, strings in NFC, numbers as written; hashed and stored verbatim) and
 * {@link #document(Object)} (the stored-document form: keys sorted, entries whose value is Java
 * {@code null} left out, strings as written but pure ASCII, every other character escaped, so the
 * text survives any database character set). Both forms are pinned by tests against what earlier
 * versions wrote, because stored bytes are hashed and old rows must read back. Thread-safe.
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

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private JsonTree() {}

  /**
   * A JSON number kept as its literal text.
   *
   * @param text the literal, e.g. {@code 300} or {@code 1.50}
   */
  public record Num(String text) {
    /** {@return the value as a {@link BigDecimal}} */
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
    /** The 1-based line of the error. */
    private final int line;
    /** The 1-based column of the error. */
    private final int column;

    SyntaxException(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }

    /** {@return the 1-based line of the error} */
    public int line() {
      return line;
    }

    /** {@return the 1-based column of the error} */
    public int column() {
      return column;
    }
  }

  /**
   * Parses JSON text into a tree, reading keys and strings in NFC.
   *
   * @param text the JSON
   * @return the root value
   * @throws SyntaxException on malformed JSON, duplicate keys (also keys equal only in NFC),
   *     trailing content or a number whose exponent puts it beyond 10<sup>&plusmn;1000</sup>
   */
  public static Object parse(String text) {
    return parse(text, true, Integer.MAX_VALUE);
  }

  /**
   * Parses JSON text into a tree as {@link #parse(String)} does, refusing nesting deeper than
   * {@code maxDepth} objects and arrays before it is built.
   *
   * @param text the JSON
   * @param maxDepth the deepest nesting allowed (1: the root object or array holds only scalars)
   * @return the root value
   * @throws SyntaxException on malformed JSON
   * @throws TooDeepException on nesting deeper than {@code maxDepth}
   */
  public static Object parse(String text, int maxDepth) {
    return parse(text, true, maxDepth);
  }

  /** JSON nested deeper than the caller allows, with the line and column where it went too deep. */
  public static final class TooDeepException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The deepest nesting the caller allowed. */
    private final int maxDepth;

    TooDeepException(int maxDepth, int line, int column) {
      super("nested deeper than " + maxDepth + " levels at line " + line + ", column " + column);
      this.maxDepth = maxDepth;
    }

    /** {@return the limit that was exceeded} */
    public int maxDepth() {
      return maxDepth;
    }
  }

  /**
   * Parses JSON text into a tree, keeping keys and strings exactly as written (no NFC), so a stored
   * document reads back equal to what was written.
   *
   * @param text the JSON
   * @return the root value
   * @throws SyntaxException on malformed JSON, duplicate keys, trailing content or an absurd number
   */
  public static Object parseAsWritten(String text) {
    return parse(text, false, Integer.MAX_VALUE);
  }

  private static Object parse(String text, boolean nfc, int maxDepth) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new SyntaxException("empty document", 1, 1);
      }
      Object value = read(p, first, nfc, 0, maxDepth);
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

  private static Object read(JsonParser p, JsonToken t, boolean nfc, int depth, int maxDepth) {
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth >= maxDepth) {
      throw new TooDeepException(maxDepth, p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
    }
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
          String name = nfc ? nfc(p.currentName()) : p.currentName();
          if (map.containsKey(name)) { // only in NFC: the parser refuses literal duplicates itself
            throw new SyntaxException("Duplicate Object property \"" + name + "\" (equal in NFC)",
                p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
          }
          map.put(name, read(p, p.nextToken(), nfc, depth + 1, maxDepth));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        JsonToken n;
        while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
          list.add(read(p, n, nfc, depth + 1, maxDepth));
        }
        return list;
      }
      case VALUE_STRING:
        return nfc ? nfc(p.getString()) : p.getString();
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
   *     {@code null} (written as JSON null), {@link Integer}, {@link Long} or {@link BigDecimal}
   *     (written plainly)
   * @return the canonical JSON text
   * @throws IllegalArgumentException naming the class of a value that is not part of a tree
   */
  public static String canonical(Object value) {
    StringBuilder out = new StringBuilder(256);
    write(out, value, false);
    return out.toString();
  }

  /**
   * Writes the stored-document form of a tree: keys sorted by UTF-16 code units, map entries whose
   * value is Java {@code null} left out ({@link #NULL} is written as JSON null), no white space,
   * strings as written (no NFC), pure ASCII: {@code "} and {@code \} escaped, {@code \n},
   * {@code \r} and {@code \t} in their short forms, every other character outside U+0020..U+007E
   * as a Unicode escape with four lower-case hex digits.
   *
   * @param value a tree, as for {@link #canonical(Object)}
   * @return the document text
   * @throws IllegalArgumentException naming the class of a value that is not part of a tree
   */
  public static String document(Object value) {
    StringBuilder out = new StringBuilder(512);
    write(out, value, true);
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

  /**
   * A subtree already written in the stored-document form ({@link #document(Object)}), copied as it
   * is into a document that contains it, so that a part shared by many documents (an innovation's
   * details across its states) is written once.
   *
   * @param text the subtree's document text
   */
  public record Written(String text) {
    /**
     * Writes a subtree.
     *
     * @param tree the subtree
     * @return its document text
     */
    public static Written of(Object tree) {
      return new Written(document(tree));
    }
  }

  private static void write(StringBuilder out, Object v, boolean document) {
    if (v == null || v == NULL) {
      out.append("null");
    } else if (v instanceof Written w) {
      if (!document) {
        throw new IllegalArgumentException("a written document part cannot be part of a canonical form");
      }
      out.append(w.text());
    } else if (v instanceof Map<?, ?> m) {
      Map<String, Object> sorted = new TreeMap<>();
      m.forEach((k, val) -> {
        if (!(document && val == null)) {
          String key = String.valueOf(k);
          sorted.put(document ? key : nfc(key), val);
        }
      });
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(out, e.getKey(), document);
        out.append(':');
        write(out, e.getValue(), document);
      }
      out.append('}');
    } else if (v instanceof List<?> l) {
      out.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(out, l.get(i), document);
      }
      out.append(']');
    } else if (v instanceof String s) {
      string(out, document ? s : nfc(s), document);
    } else if (v instanceof Num n) {
      out.append(n.text());
    } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
      out.append(v);
    } else if (v instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else {
      throw new IllegalArgumentException("not a JSON tree value: " + v.getClass().getName());
    }
  }

  private static void string(StringBuilder out, String s, boolean ascii) {
    out.append('"');
    // runs of characters that need no escape are copied in one append (texts are long: narratives)
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && (c <= 0x7e || !ascii)) {
        continue;
      }
      out.append(s, run, i);
      run = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append(ascii ? "\\u0008" : "\\b");
        case '\f' -> out.append(ascii ? "\\u000c" : "\\f");
        default -> out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
            .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
      }
    }
    out.append(s, run, s.length());
    out.append('"');
  }

  /** Returns the text in NFC; text below U+0300 (the first combining mark) is NFC already. */
  private static String nfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '\u0300') {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
      }
    }
    return s;
  }
}
