package id.labinov.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Keeps stored text from steering the terminal: every control character other than the line breaks
 * and tabs the tool writes itself (C0, DEL, C1) and every bidirectional override or isolate is
 * written as a visible {@code \\uXXXX} escape, so an innovation's title can neither clear the screen,
 * ring the bell, change colours nor reorder what is shown. {@link #field} also escapes tab, line feed
 * and carriage return, for values inside a one-record-per-line listing.
 */
final class TerminalText {
  private TerminalText() {}

  /** Whether a character is escaped on its way to the terminal (tab, LF and CR are not). */
  static boolean escaped(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f
        || c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
        || c >= '\u2066' && c <= '\u2069';
  }

  /**
   * Returns a value for one field of a line: tab, line feed and carriage return escaped too, so the
   * line stays one line whatever the data holds.
   *
   * @param value the value, or {@code null}
   * @return the escaped value, or {@code null}
   */
  static String field(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r' || escaped(c)) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Wraps a writer so that everything written through it is terminal-safe.
   *
   * @param out the writer
   * @return the safe writer (flushing as the original did on {@code println})
   */
  static PrintWriter safe(PrintWriter out) {
    return new PrintWriter(new FilterWriter(out) {
      @Override
      public void write(int c) throws IOException {
        if (escaped((char) c)) {
          out.write(String.format("\\u%04X", c));
        } else {
          out.write(c);
        }
      }

      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
          write(buf[i]);
        }
      }

      @Override
      public void write(String str, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
          write(str.charAt(i));
        }
      }
    }, true);
  }
}
