package id.labinov.reporting.render;

/**
 * Keeps text inert: repairs invalid Unicode and XML characters, and neutralises text a spreadsheet
 * would run as a formula.
 */
final class SafeText {
  /** Excel's longest cell text. */
  static final int MAX_CELL = 32_767;
  private static final char REPLACEMENT = '\uFFFD';

  private SafeText() {}

  /** Replaces unpaired surrogates with U+FFFD, so the text encodes as UTF-8. */
  static String validUnicode(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
      if (bad && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        sb.append(bad ? REPLACEMENT : c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Also replaces control characters other than tab, LF and CR, and U+FFFE/U+FFFF (invalid in XML). */
  static String printable(String s) {
    String v = validUnicode(s);
    StringBuilder sb = null;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
      if (bad && sb == null) {
        sb = new StringBuilder(v.length()).append(v, 0, i);
      }
      if (sb != null) {
        sb.append(bad ? REPLACEMENT : c);
      }
    }
    return sb == null ? v : sb.toString();
  }

  /**
   * Tells whether a spreadsheet could read the text as a formula: it starts with a tab or CR, or its
   * first character after blanks and invisible format characters is {@code = + - @} (or their
   * full-width forms).
   */
  static boolean isFormulaLike(String s) {
    if (s.isEmpty()) {
      return false;
    }
    if (s.charAt(0) == '\t' || s.charAt(0) == '\r') {
      return true;
    }
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && Character.getType(cp) != Character.FORMAT) {
        return cp == '=' || cp == '+' || cp == '-' || cp == '@'
            || cp == 0xFF1D || cp == 0xFF0B || cp == 0xFF0D || cp == 0xFF20;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** The text made printable and, if formula-like, prefixed with {@code '}. */
  static String cell(String s) {
    String p = printable(s);
    return isFormulaLike(p) ? "'" + p : p;
  }

  /** Cuts text to Excel's cell limit without splitting a surrogate pair, ending in an ellipsis. */
  static String fitCell(String s) {
    if (s.length() <= MAX_CELL) {
      return s;
    }
    int end = MAX_CELL - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + '\u2026';
  }
}
