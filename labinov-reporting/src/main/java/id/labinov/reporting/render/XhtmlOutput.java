package id.labinov.reporting.render;

import gg.jte.html.HtmlTemplateOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Where the templates write: straight to the target writer, piece by piece (a long catalogue is never
 * held as one string). Every value a template writes with {@code ${...}} is escaped here, in text and
 * in (always double-quoted) attribute values alike, through {@link Xml#text}: markup characters become
 * references and characters XML does not allow become U+FFFD, so the document stays well-formed XHTML
 * for the PDF renderer's XML parser whatever the data holds. Only {@code $unsafe{...}} (our own CSS and
 * SVG) is written as it is.
 *
 * <p>It replaces jte's default HTML output (which escapes too, but leaves control characters that XML
 * forbids), and keeps the escaped form of the earlier hand-written writer, so the bytes did not change.
 */
final class XhtmlOutput implements HtmlTemplateOutput {
  private final Writer target;

  XhtmlOutput(Writer target) {
    this.target = target;
  }

  @Override
  public void writeContent(String value) {
    try {
      target.write(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void writeContent(String value, int beginIndex, int endIndex) {
    try {
      target.write(value, beginIndex, endIndex - beginIndex);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void writeUserContent(String value) {
    if (value != null) {
      writeContent(Xml.text(value));
    }
  }

  @Override
  public void setContext(String tagName, String attributeName) {
    // one escaping serves both text and double-quoted attribute values: no context needed
  }
}
