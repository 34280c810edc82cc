package id.labinov.reporting.render;

import id.labinov.reporting.data.InnovationProfileReport;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.data.ReportInfo;
import id.labinov.reporting.data.ShowcaseCatalogue;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import id.labinov.reporting.internal.ReportTexts;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a report as one self-contained, well-formed XHTML document: inline CSS, charts as inline SVG
 * ({@link Mode#HTML}) or as PNG {@code data:} images ({@link Mode#PDF}), no script, no external
 * reference. Code columns that have a label column beside them are left out (the label is shown, or
 * the code where there is no label).
 *
 * <p>This class decides what the document shows ({@link HtmlView}: labels, formatted values, column
 * widths for the PDF); the page structure is in the jte templates under {@code src/main/jte}
 * ({@code page.jte}, {@code table.jte}, {@code catalogue.jte}, {@code profile.jte}, {@code cell.jte}),
 * compiled to Java classes at build time. Every value is escaped by {@link XhtmlOutput}.
 */
final class Xhtml {
  /** What the document is for. */
  enum Mode {
    /** A file to open in a browser or print: SVG charts. */
    HTML,
    /** The input of the PDF renderer: PNG charts, running page header and page numbers. */
    PDF
  }

  private final Report report;
  private final Doc doc;
  private final Mode mode;
  private final Locale locale;
  private final Values values;
  /** Where the document goes, piece by piece (never held whole, so a long catalogue streams). */
  private final java.io.Writer target;
  /** In the PDF: landscape pages, because a table has more than {@link #LANDSCAPE_AFTER_COLUMNS} columns. */
  private final boolean landscape;
  private int chartNumber;

  /** A PDF whose widest table has more columns than this is laid out on landscape pages. */
  static final int LANDSCAPE_AFTER_COLUMNS = 8;

  /** In the PDF of a catalogue volume: which volume; otherwise {@code null}. */
  private final PdfVolumes.Volume volume;

  private Xhtml(Report report, Mode mode, java.io.Writer target, PdfVolumes.Volume volume) {
    this.volume = volume;
    this.target = target;
    this.report = report;
    this.doc = Layouts.of(report);
    this.mode = mode;
    this.locale = report.info().locale();
    this.values = new Values(report.info());
    this.landscape = mode == Mode.PDF && !(report instanceof ShowcaseCatalogue)
        && !(report instanceof InnovationProfileReport)
        && doc.tables().stream().anyMatch(t -> visible(t.columns()).size() > LANDSCAPE_AFTER_COLUMNS);
  }

  /** The columns a table shows (code columns with a label beside them are left out). */
  private List<Doc.Column> visible(List<Doc.Column> columns) {
    List<String> keys = columns.stream().map(Doc.Column::key).toList();
    return columns.stream().filter(c -> !c.dataOnly() && !hidden(c.key(), keys)).toList();
  }

  static String write(Report report, Mode mode) {
    java.io.StringWriter text = new java.io.StringWriter(32_768);
    write(report, mode, text);
    return text.toString();
  }

  /**
   * Writes the document to a writer as it is produced: rows read page by page from the report go
   * out before the next page is read, so memory does not grow with the number of rows.
   */
  static void write(Report report, Mode mode, java.io.Writer target) {
    new Xhtml(report, mode, target, null).document();
  }

  /**
   * Writes a report drawn as one screen (the IID readiness for the regional head): its page as SVG,
   * fitted to the window, with the definitions of its figures folded under it.
   */
  static void screen(id.labinov.reporting.data.IidReadinessOnePage report, java.io.Writer target) {
    Xhtml x = new Xhtml(report, Mode.HTML, target, null);
    ReportInfo info = report.info();
    String lang = x.locale.getLanguage().equals("en") ? "en" : "id";
    String meta = x.t("fact.asOf") + ": " + x.values.localized(info.asOf()) + " \u00b7 " + x.t("fact.generatedAt")
        + ": " + x.values.localized(info.generatedAt());
    HtmlView.Screen view = new HtmlView.Screen(lang, x.doc.title() + " \u2013 " + x.scopeText(),
        x.doc.title() + " \u2013 " + x.scopeText(), Styles.screen(), info.kind().code(), x.doc.title(), x.scopeText(),
        meta, SvgCanvas.n(ReadinessPage.WIDTH), SvgCanvas.n(ReadinessPage.HEIGHT), ReadinessPage.description(report),
        ReadinessPage.svg(report), x.definitions());
    TEMPLATES.render("screen.jte", view, new XhtmlOutput(target));
  }

  /** The input of the PDF renderer for one volume of a catalogue. */
  static String volume(ShowcaseCatalogue part, PdfVolumes.Volume volume) {
    java.io.StringWriter text = new java.io.StringWriter(32_768);
    new Xhtml(part, Mode.PDF, text, volume).document();
    return text.toString();
  }

  /** The precompiled templates (classes generated from {@code src/main/jte} at build time). */
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
      Xhtml.class.getClassLoader(), Xhtml.class.getPackageName());

  private String t(String key) {
    return ReportTexts.text(locale, key);
  }

  private void document() {
    TEMPLATES.render("page.jte", page(), new XhtmlOutput(target));
  }

  /** The document's view: everything the page template shows, computed here. */
  private HtmlView.Page page() {
    ReportInfo info = doc.info();
    String lang = locale.getLanguage().equals("en") ? "en" : "id";
    String description = doc.title() + " \u2013 " + scopeText();
    String title = doc.title() + " \u2013 " + subtitle() + (volume == null ? ""
        : " \u2013 " + ReportTexts.format(locale, "pdf.volume.short", List.of(volume.number(), volume.of())));
    String meta = t("fact.scope") + ": " + scopeText() + " \u00b7 " + t("fact.asOf") + ": "
        + values.localized(info.asOf()) + " \u00b7 " + t("fact.generatedAt") + ": "
        + values.localized(info.generatedAt());
    List<Object> blocks = new java.util.ArrayList<>();
    for (Doc.Table table : doc.tables()) {
      blocks.add(report instanceof ShowcaseCatalogue ? catalogue(table)
          : report instanceof InnovationProfileReport ? profile(table) : table(table));
    }
    return new HtmlView.Page(lang, description, mode == Mode.PDF ? description : null, title,
        Styles.css(mode, locale, landscape), info.kind().code(), scopeText(), programmeName().orElse(null),
        t("html.kicker"), doc.title(), subtitle(), volume == null ? null : volumeText(), meta, facts(), charts(),
        blocks, definitions(), ReportTexts.format(locale, "html.footer", List.of(values.localized(info.generatedAt()))));
  }

  /** What every figure means, in the report's language: the closing section. */
  private HtmlView.Definitions definitions() {
    List<Definitions.Entry> entries = Definitions.of(doc);
    if (entries.isEmpty()) {
      return null;
    }
    List<HtmlView.Definition> list = new java.util.ArrayList<>();
    for (Definitions.Entry e : entries) {
      String table = e.section().equals(Definitions.FACTS) ? t("table.facts") : t("table." + e.section());
      list.add(new HtmlView.Definition(e.label(), table, e.in(locale)));
    }
    return new HtmlView.Definitions(t("html.definitions"), list);
  }

  /** "Jilid 2 dari 5 · entri nomor 1.001–2.000 dari 4.650". */
  private String volumeText() {
    long all = ((ShowcaseCatalogue) report).entryCount();
    return ReportTexts.format(locale, "pdf.volume", List.of(volume.number(), volume.of(), volume.firstEntry(),
        volume.lastEntry(), all));
  }

  private String scopeText() {
    return Headers.scopeText(doc.info().scope(), locale);
  }

  private java.util.Optional<String> programmeName() {
    return report instanceof ProgrammeSummary s && s.programme() != null ? java.util.Optional.of(s.programme().name())
        : java.util.Optional.empty();
  }

  /** The programme's name, the innovation's title, or the scope. */
  private String subtitle() {
    Object title = doc.facts().stream().filter(f -> f.key().equals("title")).map(Doc.Fact::value).findFirst()
        .orElse(null);
    if (title != null) {
      return title.toString();
    }
    return programmeName().orElse(scopeText());
  }

  // ------------------------------------------------------------------ facts and charts

  private HtmlView.Facts facts() {
    List<Doc.Fact> facts = doc.facts();
    if (facts.isEmpty()) {
      return null;
    }
    Map<String, Object> byKey = new LinkedHashMap<>();
    facts.forEach(f -> byKey.put(f.key(), f.value()));
    List<HtmlView.Fact> rows = new java.util.ArrayList<>();
    for (Doc.Fact f : facts) {
      if (!hidden(f.key(), byKey.keySet())) {
        rows.add(new HtmlView.Fact(f.key(), f.label(), cell(f.value() == null ? codeFallback(f.key(), byKey) : f.value())));
      }
    }
    return new HtmlView.Facts(t("table.facts"), rows);
  }

  private HtmlView.Charts charts() {
    List<Chart> charts = Charts.of(report);
    if (charts.isEmpty()) {
      return null;
    }
    List<HtmlView.Chart> items = new java.util.ArrayList<>();
    for (Chart c : charts) {
      String id = "chart-" + (++chartNumber);
      double h = ChartDrawer.height(c);
      if (mode == Mode.HTML) {
        StringBuilder svg = new StringBuilder(4_096);
        ChartDrawer.draw(c, new SvgCanvas(svg));
        items.add(new HtmlView.Chart(id, c.title(), c.description(), SvgCanvas.n(ChartDrawer.WIDTH), SvgCanvas.n(h),
            svg.toString(), null, null, null, null));
      } else {
        // on a landscape page the chart is narrower, so that it is not taller than the space under the facts
        double widthMm = landscape ? 150 : 180;
        items.add(new HtmlView.Chart(id, c.title(), c.description(), null, null, null, c.title() + ". " + c.description(),
            SvgCanvas.n(widthMm), SvgCanvas.n(widthMm * h / ChartDrawer.WIDTH),
            "data:image/png;base64," + Base64.getEncoder().encodeToString(PngCanvas.png(c, 2.5))));
      }
    }
    return new HtmlView.Charts(t("html.charts"), items);
  }

  // ------------------------------------------------------------------ tables

  /** A code column (or fact) is hidden when a label or name of it is shown; ids of one region too. */
  private boolean hidden(String key, java.util.Collection<String> keys) {
    if (keys.contains(key + "Label") || keys.contains(key + "Name")) {
      return true;
    }
    // a criterion's or rule's code beside its label
    if (key.equals("code") && (keys.contains("label") || keys.contains("criterion"))) {
      return true;
    }
    return key.equals("innovationId") || key.equals("eventType")
        || key.equals("region") && doc.info().scope().level() == id.labinov.core.model.Scope.Level.REGION;
  }

  /** For a label column without a value: the value of its code column. */
  private static Object codeFallback(String key, Map<String, Object> row) {
    for (String suffix : List.of("Label", "Name")) {
      if (key.endsWith(suffix)) {
        return row.get(key.substring(0, key.length() - suffix.length()));
      }
    }
    return null;
  }

  private HtmlView.Table table(Doc.Table table) {
    List<Doc.Column> columns = table.columns();
    List<String> keys = columns.stream().map(Doc.Column::key).toList();
    List<Doc.Column> shown = visible(columns);
    List<HtmlView.Header> headers = shown.stream().map(c -> new HtmlView.Header(c.key(), c.header())).toList();
    // each row is made into cells when the template reaches it (the rows are read page by page)
    HtmlView.Counted<List<HtmlView.Cell>> rows = new HtmlView.Counted<>(table.rows(), row -> {
      Map<String, Object> byKey = row(columns, row);
      List<HtmlView.Cell> cells = new java.util.ArrayList<>(shown.size());
      for (int i = 0; i < columns.size(); i++) {
        String key = columns.get(i).key();
        if (!columns.get(i).dataOnly() && !hidden(key, keys)) {
          cells.add(cell(row[i] == null ? codeFallback(key, byKey) : row[i]));
        }
      }
      return cells;
    });
    return new HtmlView.Table(table.name(), table.title(), tableClass(shown.size()),
        mode == Mode.PDF ? colgroup(table, shown) : null, headers, rows, Math.max(1, shown.size()), t("html.noRows"));
  }

  /** A table of three columns or fewer is narrow; one of more than {@link #LANDSCAPE_AFTER_COLUMNS} is wide. */
  private static String tableClass(long columns) {
    return columns <= 3 ? "narrow" : columns > LANDSCAPE_AFTER_COLUMNS ? "wide" : null;
  }

  /**
   * Column widths for the PDF's fixed table layout (so a long word cannot push a table off the page).
   * Each column first gets the room its longest word needs: the longest header word (bold), and for
   * rows held in memory the longest word of its values, both measured with the embedded font. What is
   * left of the page width is shared by weight: free text most, then labels and names, then dates,
   * then numbers and codes. Only when even the needed room does not fit are all columns narrowed
   * alike (then long words wrap).
   */
  private List<String> colgroup(Doc.Table table, List<Doc.Column> columns) {
    int n = columns.size();
    double[] weights = new double[n];
    double[] need = new double[n];
    java.awt.Font header = Fonts.awt(true, Styles.PDF_HEADER_PT);
    java.awt.Font cell = Fonts.awt(false, Styles.PDF_CELL_PT);
    // widths go out in pt: the layout library reads percentages as whole numbers; 1 pt spare for rounding
    double page = Styles.pdfContentWidthPt(landscape) - 1;
    for (int i = 0; i < n; i++) {
      String k = columns.get(i).key();
      // the pre-flight's finding is a paragraph: it gets most of what is left
      weights[i] = k.equals("sentence") || k.endsWith("Sentence") ? 8
          : List.of("title", "detail", "reason", "ideaSummary", "benefits", "results").contains(k) ? 3
          : k.endsWith("Label") || k.endsWith("Name") || k.equals("label") ? 2
          : k.endsWith("At") || k.startsWith("window") || k.equals("since") ? 1.6 : 1.5;
      need[i] = longestWord(header, columns.get(i).header());
    }
    boolean[] text = new boolean[n];
    double[] full = new double[n];
    if (table.inMemory()) {
      for (Object[] row : table.rows()) {
        Map<String, Object> byKey = row(table.columns(), row);
        for (int i = 0; i < n; i++) {
          String key = columns.get(i).key();
          Object v = byKey.get(key) == null ? codeFallback(key, byKey) : byKey.get(key);
          text[i] |= v != null && !(v instanceof Number) && !(v instanceof Boolean);
          if (v != null) {
            full[i] = Math.max(full[i], cell.getStringBounds(values.localized(v) + " ",
                new java.awt.font.FontRenderContext(null, true, true)).getWidth());
          }
          if (v instanceof java.time.temporal.Temporal) {
            // a date or time is kept on one line ("15 Maret 2024 09.09 WIB")
            need[i] = Math.max(need[i], Math.min(page / 5, cell.getStringBounds(values.localized(v) + " ",
                new java.awt.font.FontRenderContext(null, true, true)).getWidth()));
          } else if (v != null) {
            // one column may hold at most a fifth of the page for its longest word (a long link wraps)
            need[i] = Math.max(need[i], Math.min(page / 5, longestWord(cell, values.localized(v))));
          }
        }
      }
    }
    if (table.inMemory()) {
      // numbers and yes/no need only their room: what is left goes to the columns of words
      boolean any = false;
      for (int i = 0; i < n; i++) {
        any |= text[i];
      }
      for (int i = 0; i < n && any; i++) {
        if (!text[i]) {
          weights[i] = 0;
        }
      }
    }
    double needed = 0;
    for (int i = 0; i < n; i++) {
      need[i] += Styles.PDF_CELL_EXTRA_PT + 1.5; // and a little slack for rounding in the layout
      needed += need[i];
    }
    double[] widths = new double[n];
    if (needed >= page) {
      for (int i = 0; i < n; i++) {
        widths[i] = need[i] * page / needed;
      }
    } else {
      // share the page by weight, each column between its need and (for rows in memory) the width of its
      // longest value on one line; what is left when every column has its most goes to the text columns
      double[] most = new double[n];
      for (int i = 0; i < n; i++) {
        most[i] = table.inMemory() ? Math.max(need[i], full[i] + Styles.PDF_CELL_EXTRA_PT + 1.5)
            : Double.MAX_VALUE;
      }
      boolean[] fixed = new boolean[n];
      boolean changed = true;
      while (changed) {
        changed = false;
        double left = page;
        double weight = 0;
        for (int i = 0; i < n; i++) {
          if (fixed[i]) {
            left -= widths[i];
          } else {
            weight += weights[i];
          }
        }
        // first the columns whose share is below their need, then (shares only grow) those above their most
        for (int pass = 0; pass < 2 && !changed; pass++) {
          for (int i = 0; i < n; i++) {
            if (fixed[i]) {
              continue;
            }
            double share = weight == 0 ? need[i] : left * weights[i] / weight;
            if (pass == 0 && (weights[i] == 0 || share < need[i])) {
              widths[i] = need[i];
              fixed[i] = true;
              changed = true;
            } else if (pass == 1 && share > most[i]) {
              widths[i] = most[i];
              fixed[i] = true;
              changed = true;
            } else {
              widths[i] = share;
            }
          }
        }
      }
      double used = 0;
      double weight = 0;
      for (int i = 0; i < n; i++) {
        used += widths[i];
        weight += weights[i];
      }
      for (int i = 0; i < n && used < page && weight > 0; i++) {
        widths[i] += (page - used) * weights[i] / weight;
      }
    }
    List<String> pt = new java.util.ArrayList<>(n);
    for (double w : widths) {
      pt.add(SvgCanvas.n(w));
    }
    return pt;
  }

  /** The width in pt of the longest blank-separated word of a text, and a blank, in the given font. */
  private static double longestWord(java.awt.Font font, String text) {
    java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
    double longest = 0;
    for (String word : text.split("[\\s\u200b]+|(?<=/)")) {
      if (!word.isEmpty()) {
        // with the blank after it: the layout keeps a word on a line only if the word and a blank fit
        longest = Math.max(longest, font.getStringBounds(word + " ", frc).getWidth());
      }
    }
    return longest;
  }

  private static Map<String, Object> row(List<Doc.Column> columns, Object[] row) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      m.put(columns.get(i).key(), row[i]);
    }
    return m;
  }

  private HtmlView.Cell cell(Object v) {
    String cls = v instanceof Number ? "num" : v instanceof java.time.temporal.Temporal ? "time" : null;
    return new HtmlView.Cell(cls, words(values.localized(v)));
  }

  /**
   * Text for a table cell in pieces, with every word kept whole: a browser would break a word at its
   * hyphen ("Drum-" / "up", "asn-" / "disdik"), so a word with a hyphen is held whole (a no-wrap span);
   * a link or path may wrap after a slash (in HTML, through {@code <wbr/>}), each piece kept whole.
   */
  private List<HtmlView.Piece> words(String text) {
    if (text.indexOf('-') < 0 && text.indexOf('/') < 0) {
      return List.of(new HtmlView.Piece(text, false, false));
    }
    List<HtmlView.Piece> b = new java.util.ArrayList<>();
    java.util.regex.Matcher m = WORD.matcher(text);
    int last = 0;
    while (m.find()) {
      b.add(new HtmlView.Piece(text.substring(last, m.start()), false, false));
      String word = m.group();
      String[] pieces = word.split("(?<=/)(?=.)");
      for (int i = 0; i < pieces.length; i++) {
        if (i > 0) {
          // a break opportunity: the browser's <wbr/>; the PDF's layout library breaks at a zero-width space
          b.add(mode == Mode.HTML ? new HtmlView.Piece("", false, true) : new HtmlView.Piece("\u200b", false, false));
        }
        // kept whole up to 40 characters; a longer piece may still break, so it never runs off the page
        b.add(new HtmlView.Piece(pieces[i], pieces[i].indexOf('-') >= 0 && pieces[i].length() <= 40, false));
      }
      last = m.end();
    }
    b.add(new HtmlView.Piece(text.substring(last), false, false));
    return b;
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\S*[-/]\\S*");

  // ------------------------------------------------------------------ documents for print

  /** The profile as a form: label and value per field, missing fields marked. */
  private HtmlView.Profile profile(Doc.Table table) {
    List<HtmlView.ProfileRow> rows = new java.util.ArrayList<>();
    for (Object[] row : table.rows()) {
      Map<String, Object> f = row(table.columns(), row);
      boolean missing = Boolean.TRUE.equals(f.get("missing"));
      Object value = f.get("value");
      rows.add(new HtmlView.ProfileRow(String.valueOf(f.get("field")), missing, String.valueOf(f.get("fieldLabel")),
          value == null ? null : words(values.localized(value)), missing ? t("html.missing") : null));
    }
    return new HtmlView.Profile(table.title(), rows);
  }

  /**
   * The contents page of a catalogue's PDF: each group with the numbers of its entries and the page
   * it starts on (openhtmltopdf fills in the page through {@code target-counter}).
   */
  private HtmlView.Contents contents(Doc.Table table, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return null;
    }
    List<HtmlView.ContentsRow> lines = new java.util.ArrayList<>();
    int groupNumber = 0;
    Object group = new Object();
    Object first = null;
    Object last = null;
    Object name = null;
    for (int i = 0; i <= rows.size(); i++) {
      Map<String, Object> e = i < rows.size() ? row(table.columns(), rows.get(i)) : null;
      if (i == rows.size() || i == 0 || !java.util.Objects.equals(e.get("group"), group)) {
        if (i > 0) {
          lines.add(new HtmlView.ContentsRow(values.localized(name), first + (first.equals(last) ? "" : "\u2013" + last),
              Integer.toString(groupNumber)));
        }
        if (e == null) {
          break;
        }
        groupNumber++;
        group = e.get("group");
        name = e.get("groupName") == null ? group : e.get("groupName");
        first = e.get("number");
      }
      last = e.get("number");
    }
    return new HtmlView.Contents(t("pdf.contents"), t("pdf.contents.group"), t("pdf.contents.entries"),
        t("pdf.contents.page"), lines);
  }

  /** The catalogue as one card per innovation, under a heading per group. */
  private HtmlView.Catalogue catalogue(Doc.Table table) {
    Iterable<Object[]> rows = table.rows();
    HtmlView.Contents contents = null;
    if (mode == Mode.PDF) {
      // a PDF is laid out whole: its rows are held (at most a volume's worth) so the contents page can list the groups
      List<Object[]> held = new java.util.ArrayList<>();
      for (Object[] row : table.rows()) {
        if (held.size() == PdfVolumes.MAX_ENTRIES_PER_DOCUMENT) {
          throw PdfRenderer.tooLong(((ShowcaseCatalogue) report).entryCount());
        }
        held.add(row);
      }
      contents = contents(table, held);
      rows = held;
    }
    List<String> fields = List.of("opdName", "bentukLabel", "jenisLabel", "themesLabel", "stageLabel",
        "nationalStageLabel", "since");
    List<String> texts = List.of("ideaSummary", "benefits", "results", "video");
    Map<String, String> headers = new LinkedHashMap<>();
    table.columns().forEach(c -> headers.put(c.key(), c.header()));
    // the group heading goes on the first entry of each group; entries are made when the template reaches them
    Object[] group = {new Object()};
    int[] groupNumber = {0};
    HtmlView.Counted<HtmlView.Entry> entries = new HtmlView.Counted<>(rows, row -> {
      Map<String, Object> e = row(table.columns(), row);
      Object g = e.get("group");
      String heading = null;
      String groupName = null;
      if (groupNumber[0] == 0 || !java.util.Objects.equals(g, group[0])) {
        heading = Integer.toString(++groupNumber[0]);
        groupName = values.localized(e.get("groupName") == null ? g : e.get("groupName"));
        group[0] = g;
      }
      List<HtmlView.Field> shown = new java.util.ArrayList<>();
      for (String k : fields) {
        Object v = e.get(k) == null ? codeFallback(k, e) : e.get(k);
        if (v != null) {
          shown.add(new HtmlView.Field(k, headers.get(k), cell(v)));
        }
      }
      List<HtmlView.Text> paragraphs = new java.util.ArrayList<>();
      for (String k : texts) {
        Object v = e.get(k);
        if (v != null) {
          paragraphs.add(new HtmlView.Text(k, headers.get(k), values.localized(v)));
        }
      }
      return new HtmlView.Entry(heading, groupName, String.valueOf(e.get("number")), String.valueOf(e.get("title")),
          shown, paragraphs);
    });
    return new HtmlView.Catalogue(contents, entries, t("html.noRows"));
  }
}
