package id.labinov.reporting.render;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * What the HTML templates ({@code src/main/jte}) show: plain values computed by {@link Xhtml} (labels
 * in the report's language, numbers and dates formatted, hidden code columns already left out). The
 * templates only arrange them; every string here is raw text that the template escapes.
 */
final class HtmlView {
  private HtmlView() {}

  /** The whole document. Sections that a report does not have are {@code null}. */
  record Page(String lang, String description, String subject, String title, String css, String bodyClass,
      String scope, String programme, String kicker, String heading, String subtitle, String volume,
      String meta, Facts facts, Charts charts, List<Object> blocks, Definitions definitions, String footer) {}

  /**
   * A report drawn as one screen: a one-line header, the page as SVG elements in a {@code width} x
   * {@code height} view with a text summary, and the definitions folded under it.
   */
  record Screen(String lang, String description, String title, String css, String bodyClass, String heading,
      String scope, String meta, String width, String height, String summary, String svg, Definitions definitions) {}

  /**
   * A piece of a table cell's text: plain text, a word kept whole ({@code whole}), or a break
   * opportunity ({@code wbr}, the browser's {@code <wbr/>}).
   */
  record Piece(String text, boolean whole, boolean wbr) {}

  /** A table cell: its class ({@code num}, {@code time} or {@code null}) and its text in pieces. */
  record Cell(String cls, List<Piece> pieces) {}

  /** One single value of the facts table. */
  record Fact(String key, String label, Cell cell) {}

  /** The facts section. */
  record Facts(String heading, List<Fact> rows) {}

  /**
   * One chart: as inline SVG ({@code svg} set; HTML) or as a PNG {@code data:} image ({@code src}
   * set; PDF).
   */
  record Chart(String id, String title, String description, String width, String height, String svg,
      String alt, String widthMm, String heightMm, String src) {}

  /** The charts section. */
  record Charts(String heading, List<Chart> items) {}

  /** A column header. */
  record Header(String key, String text) {}

  /** A table of rows; {@link #rows} may be read from the store page by page while it is written. */
  record Table(String name, String title, String cls, List<String> widths, List<Header> headers,
      Counted<List<Cell>> rows, int columns, String noRows) {}

  /** One field of a catalogue entry shown as a row. */
  record Field(String key, String header, Cell cell) {}

  /** One free-text field of a catalogue entry shown as a paragraph. */
  record Text(String key, String header, String text) {}

  /** A catalogue entry; {@code group} is set on the first entry of a group (its heading). */
  record Entry(String group, String groupName, String number, String title, List<Field> fields,
      List<Text> texts) {}

  /** One line of a catalogue PDF's contents page. */
  record ContentsRow(String name, String entries, String group) {}

  /** The contents page of a catalogue PDF. */
  record Contents(String heading, String groupHeader, String entriesHeader, String pageHeader,
      List<ContentsRow> rows) {}

  /** The catalogue: contents (PDF only, else {@code null}) and the entries, read as they are written. */
  record Catalogue(Contents contents, Counted<Entry> entries, String noRows) {}

  /** One field of the profile form. */
  record ProfileRow(String key, boolean missing, String label, List<Piece> value, String badge) {}

  /** The innovation profile as a form. */
  record Profile(String heading, List<ProfileRow> rows) {}

  /** One entry of the closing definitions. */
  record Definition(String label, String where, String text) {}

  /** The definitions section. */
  record Definitions(String heading, List<Definition> entries) {}

  /**
   * Rows mapped one at a time from a source read while the template writes (never collected), and
   * counted, so the template can say "no rows" after the loop.
   */
  static final class Counted<T> implements Iterable<T> {
    private final Iterable<?> source;
    private final Function<Object, T> map;
    private long count;

    @SuppressWarnings("unchecked")
    <S> Counted(Iterable<S> source, Function<? super S, T> map) {
      this.source = source;
      this.map = (Function<Object, T>) map;
    }

    /** How many rows the last iteration gave so far. */
    long count() {
      return count;
    }

    @Override
    public Iterator<T> iterator() {
      Iterator<?> it = source.iterator();
      count = 0;
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public T next() {
          T t = map.apply(it.next());
          count++;
          return t;
        }
      };
    }
  }
}
