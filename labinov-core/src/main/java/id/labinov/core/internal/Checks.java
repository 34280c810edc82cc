package id.labinov.core.internal;


import id.labinov.core.error.InvalidValueException;
/**
 * Argument checks used at labinov's public boundary. They throw {@link InvalidValueException}
 * naming the parameter, never a bare {@link NullPointerException}.
 */
public final class Checks {
  /**
   * Short texts known to be canonical (not blank, stripped, NFC, nothing to refuse), by hash: the
   * same codes, ids and stage names are checked again and again (every event and state carries
   * them), and a hit costs a field read and a comparison instead of a pass over the text. Racy by
   * design: a slot holds some checked string or none, and a miss only means checking again.
   */
  private static final String[] CANONICAL = new String[1024];
  private static final int CACHED_LENGTH = 64;

  private Checks() {}

  /**
   * Returns {@code value} if it is not {@code null}.
   *
   * @param value the argument
   * @param name the parameter's name, used in the message
   * @param <T> the argument's type
   * @return the value
   * @throws InvalidValueException with code {@code REQUIRED} if {@code value} is {@code null}
   */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new InvalidValueException("REQUIRED", name, null, "error.required");
    }
    return value;
  }

  /**
   * Returns {@code value} stripped of surrounding white space and in Unicode NFC (the form every
   * canonical JSON and hash uses), if it is neither {@code null} nor blank.
   *
   * @param value the argument
   * @param name the parameter's name, used in the message
   * @return the stripped, NFC-normalised value
   * @throws InvalidValueException with code {@code REQUIRED} if {@code value} is {@code null} or blank
   */
  public static String notBlank(String value, String name) {
    if (value != null && value.length() <= CACHED_LENGTH) {
      // two slots per hash (the pair differing in the last bit), from the hash's high bits, which
      // short texts that differ in a letter or two spread better than the low ones
      int slot = (value.hashCode() * 0x9E3779B9) >>> 22;
      String[] canonical = CANONICAL;
      if (canonical[slot] == value || canonical[slot ^ 1] == value) {
        return value;
      }
      String checked = checkNotBlank(value, name);
      if (checked == value) {
        canonical[canonical[slot] == null ? slot : slot ^ 1] = value;
      }
      return checked;
    }
    return checkNotBlank(value, name);
  }

  private static String checkNotBlank(String value, String name) {
    // a first character that is not white space settles it without a pass over the rest
    if (value == null || value.isEmpty() || (Character.isWhitespace(value.charAt(0)) && value.isBlank())) {
      throw new InvalidValueException("REQUIRED", name, value, "error.required");
    }
    return text(value, name);
  }

  /**
   * Returns {@code value} stripped and in NFC after checking it can be stored and hashed faithfully:
   * no U+0000 (databases refuse it in text) and no unpaired surrogate (UTF-8 cannot encode it, so the
   * stored bytes would differ from the value).
   *
   * @param value the text, not {@code null}
   * @param name the parameter's name, used in the message
   * @return the stripped, NFC-normalised value
   * @throws InvalidValueException with code {@code INVALID_CHARACTER} naming the position (1-based)
   */
  public static String text(String value, String name) {
    int n = value.length();
    char max = 0;
    int i = 0;
    // the common case in one tight pass: no U+0000, no surrogate (so nothing to pair)
    for (; i < n; i++) {
      char c = value.charAt(i);
      if (c == '\u0000' || Character.isSurrogate(c)) {
        break;
      }
      if (c > max) {
        max = c;
      }
    }
    for (; i < n; i++) {
      char c = value.charAt(i);
      if (c > max) {
        max = c;
      }
      boolean bad;
      if (c == '\u0000') {
        bad = true;
      } else if (Character.isHighSurrogate(c)) {
        bad = i + 1 >= n || !Character.isLowSurrogate(value.charAt(i + 1));
        if (!bad) {
          i++;
        }
      } else {
        bad = Character.isLowSurrogate(c);
      }
      if (bad) {
        throw new InvalidValueException("INVALID_CHARACTER", name, value, "error.invalidCharacter",
            String.format("U+%04X", (int) c), String.valueOf(i + 1));
      }
    }
    // strip only what has white space at an end (strip would return the same string, after a pass)
    String stripped = n > 0 && (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(n - 1)))
        ? value.strip() : value;
    // below U+0300 (the first combining mark) every text is already in NFC: skip the normaliser;
    // above, normalise only text that is not in NFC already (checking copies nothing)
    return max < '\u0300' || java.text.Normalizer.isNormalized(stripped, java.text.Normalizer.Form.NFC)
        ? stripped : java.text.Normalizer.normalize(stripped, java.text.Normalizer.Form.NFC);
  }

  /**
   * Returns {@code value} unchanged if it holds no C0 control character other than TAB, LF and CR.
   * Applied to text a user enters (a command's title, narratives, reasons and notes), not to text
   * read back from a store: terminals act on ESC, BEL and their kin, so such text is refused where
   * it comes in, while what earlier versions stored still reads back unchanged.
   *
   * @param value the text, or {@code null} (returned as is)
   * @param name the parameter's name, used in the message
   * @return the value
   * @throws InvalidValueException with code {@code CONTROL_CHARACTER} naming the character and its
   *     position (1-based)
   */
  public static String noControlCharacters(String value, String name) {
    if (value == null) {
      return null;
    }
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        throw new InvalidValueException("CONTROL_CHARACTER", name, printable(value), "error.controlCharacter",
            String.format("U+%04X", (int) c), String.valueOf(i + 1));
      }
    }
    return value;
  }

  /**
   * Returns text for diagnostics (paths, echoed input) with every U+0000 and unpaired surrogate
   * replaced by U+FFFD, so a message about bad input can itself always be stored and printed.
   *
   * @param value the text, or {@code null}
   * @return the cleaned text, or {@code null}
   */
  public static String printable(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        sb.append(c).append(value.charAt(++i));
      } else if (c == '\u0000' || Character.isSurrogate(c)) {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Decodes bytes as strict UTF-8: a byte order mark at the start is dropped, anything that is not
   * well-formed UTF-8 (a stray byte, an overlong form, an encoded surrogate) is refused naming its
   * byte offset, where a lenient decoder would put U+FFFD in its place and two different files
   * would read as the same text.
   *
   * @param bytes the bytes
   * @param source what they are, for the message (a file name, "rulebook")
   * @return the text, without a leading byte order mark
   * @throws InvalidValueException with code {@code MALFORMED_UTF8} naming the source and the offset
   */
  public static String utf8(byte[] bytes, String source) {
    notNull(bytes, "bytes");
    java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
    java.nio.charset.CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      throw new InvalidValueException("MALFORMED_UTF8", source, in.position(), "error.malformedUtf8");
    }
    out.flip();
    String text = out.toString();
    return hasByteOrderMark(bytes) ? text.substring(1) : text;
  }

  /**
   * Tells whether bytes start with the UTF-8 byte order mark (EF BB BF).
   *
   * @param bytes the bytes
   * @return {@code true} if they do
   */
  public static boolean hasByteOrderMark(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
  }

  /**
   * Checks a half-open period {@code [from, to)}: both ends present, {@code to} not before
   * {@code from} (equal ends are an empty period).
   *
   * @param from the first instant included
   * @param to the first instant excluded
   * @throws InvalidValueException with code {@code REQUIRED} naming a missing end,
   *     {@code INVALID_PERIOD} if {@code to} is before {@code from}
   */
  public static void period(java.time.Instant from, java.time.Instant to) {
    notNull(from, "from");
    notNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidValueException("INVALID_PERIOD", "to", to, "error.period", from);
    }
  }

  /**
   * Checks that a count is not negative.
   *
   * @param value the count
   * @param name the parameter name, for the message
   * @return the count
   * @throws InvalidValueException with code {@code NEGATIVE_COUNT} if it is negative
   */
  public static long notNegative(long value, String name) {
    if (value < 0) {
      throw new InvalidValueException("NEGATIVE_COUNT", name, value, "error.negativeCount");
    }
    return value;
  }

  /**
   * Checks that a limit lies in {@code [0, max]}.
   *
   * @param value the limit
   * @param name the parameter name, for the message
   * @param max the largest allowed
   * @return the limit
   * @throws InvalidValueException with code {@code INVALID_LIMIT} if it is out of range
   */
  public static int limit(int value, String name, int max) {
    if (value < 0 || value > max) {
      throw new InvalidValueException("INVALID_LIMIT", name, value, "error.limit", 0, max);
    }
    return value;
  }
}
