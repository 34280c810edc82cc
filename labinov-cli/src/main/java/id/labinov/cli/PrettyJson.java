package id.labinov.cli;

/**
 * Indents JSON text for people at a terminal: two spaces per level, one member or element per line,
 * a space after each colon; the text of strings (with their escapes) and every number stay exactly as
 * written, and an empty object or array stays {@code {}} or {@code []}. The input is what the
 * reporting module's JSON renderer wrote, so it is valid JSON; nothing is parsed into values.
 */
final class PrettyJson {
  private static final String INDENT = "  ";

  private PrettyJson() {}

  /**
   * Returns the indented text, ending with a line break.
   *
   * @param json compact JSON, possibly several documents one per line
   * @return the same JSON, indented
   */
  static String indent(String json) {
    StringBuilder sb = new StringBuilder(json.length() * 2);
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        sb.append(c);
        if (c == '\\' && i + 1 < json.length()) {
          sb.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          inString = true;
          sb.append(c);
        }
        case '{', '[' -> {
          char close = c == '{' ? '}' : ']';
          int next = skipBlanks(json, i + 1);
          if (next < json.length() && json.charAt(next) == close) {
            sb.append(c).append(close);
            i = next;
          } else {
            depth++;
            sb.append(c);
            newLine(sb, depth);
          }
        }
        case '}', ']' -> {
          depth = Math.max(0, depth - 1);
          newLine(sb, depth);
          sb.append(c);
        }
        case ',' -> {
          sb.append(c);
          newLine(sb, depth);
        }
        case ':' -> sb.append(": ");
        case ' ', '\t', '\r', '\n' -> {
          if (depth == 0 && c == '\n') {
            sb.append('\n'); // between documents
          }
        }
        default -> sb.append(c);
      }
    }
    if (sb.length() == 0 || sb.charAt(sb.length() - 1) != '\n') {
      sb.append('\n');
    }
    return sb.toString();
  }

  private static int skipBlanks(String json, int from) {
    int i = from;
    while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void newLine(StringBuilder sb, int depth) {
    sb.append('\n').append(INDENT.repeat(depth));
  }
}
