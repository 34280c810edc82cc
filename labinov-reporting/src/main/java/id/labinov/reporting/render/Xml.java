package id.labinov.reporting.render;

/** Escapes text for XHTML and SVG: made printable (see {@link SafeText}), markup characters as references. */
final class Xml {
  private Xml() {}

  /** Text content or an attribute value: {@code & < > " '} escaped. */
  static String text(String s) {
    if (s == null) {
      return "";
    }
    String p = SafeText.printable(s);
    StringBuilder sb = new StringBuilder(p.length() + 16);
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\r' -> sb.append("&#13;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A CSS string literal: every character other than letters, digits and blanks as a hex escape. */
  static String cssString(String s) {
    String p = SafeText.printable(s == null ? "" : s);
    StringBuilder sb = new StringBuilder("\"");
    p.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp) || cp == ' ') {
        sb.appendCodePoint(cp);
      } else {
        sb.append('\\').append(Integer.toHexString(cp)).append(' ');
      }
    });
    return sb.append('"').toString();
  }
}
