package id.labinov.reporting.render;

import id.labinov.reporting.data.InnovationProfileReport;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.data.ReportInfo;
import id.labinov.reporting.data.ShowcaseCatalogue;
import id.labinov.reporting.internal.ReportTexts;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a report as one self-contained, well-formed XHTML document: inline CSS, charts as inline SVG
 * ({@link Mode#HTML}) or as PNG {@code data:} images ({@link Mode#PDF}), no script, no external
 * reference. Every value is escaped; code columns that have a label column beside them are left out
 * (the label is shown, or the code where there is no label).
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
  private final Sink out;
  /** In the PDF: landscape pages, because a table has more than {@link #LANDSCAPE_AFTER_COLUMNS} columns. */
  private final boolean landscape;
  private int chartNumber;

  /** A PDF whose widest table has more columns than this is laid out on landscape pages. */
  static final int LANDSCAPE_AFTER_COLUMNS = 8;

  /** In the PDF of a catalogue volume: which volume; otherwise {@code null}. */
  private final PdfVolumes.Volume volume;

  private Xhtml(Report report, Mode mode, java.io.Writer target, PdfVolumes.Volume volume) {
    this.volume = volume;
    this.out = new Sink(target);
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
    return columns.stream().filter(c -> !hidden(c.key(), keys)).toList();
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

  /** The input of the PDF renderer for one volume of a catalogue. */
  static String volume(ShowcaseCatalogue part, PdfVolumes.Volume volume) {
    java.io.StringWriter text = new java.io.StringWriter(32_768);
    new Xhtml(part, Mode.PDF, text, volume).document();
    return text.toString();
  }

  /** Appends text to a writer; I/O failures become {@link java.io.UncheckedIOException}. */
  private static final class Sink {
    private final java.io.Writer target;

    Sink(java.io.Writer target) {
      this.target = target;
    }

    Sink append(String text) {
      try {
        target.write(String.valueOf(text));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return this;
    }

    Sink append(Object value) {
      return append(String.valueOf(value));
    }

    Sink append(char c) {
      return append(String.valueOf(c));
    }

    Sink append(int value) {
      return append(Integer.toString(value));
    }

    Sink append(long value) {
      return append(Long.toString(value));
    }
  }

  private String t(String key) {
    return ReportTexts.text(locale, key);
  }

  private void document() {
    ReportInfo info = doc.info();
    String lang = locale.getLanguage().equals("en") ? "en" : "id";
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
        .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta name=\"generator\" content=\"labinov\"/>\n<meta name=\"description\" content=\"")
        .append(Xml.text(doc.title() + " \u2013 " + scopeText())).append("\"/>\n")
        // the PDF's subject (its document description, which a tagged PDF must have)
        .append(mode == Mode.PDF ? "<meta name=\"subject\" content=\"" + Xml.text(doc.title() + " \u2013 "
            + scopeText()) + "\"/>\n" : "").append("<title>").append(Xml.text(doc.title() + " \u2013 "
            + subtitle() + (volume == null ? "" : " \u2013 " + ReportTexts.format(locale, "pdf.volume.short",
                List.of(volume.number(), volume.of()))))).append("</title>\n<style>\n").append(Styles.css(mode, locale, landscape)).append("</style>\n</head>\n")
        .append("<body class=\"report ").append(info.kind().code()).append("\">\n");
    out.append("<div class=\"running-header\" id=\"running-header\"><span class=\"brand\">LABINOV</span> \u00b7 <bdi>")
        .append(Xml.text(scopeText())).append("</bdi>");
    programmeName().ifPresent(p -> out.append(" \u00b7 <bdi>").append(Xml.text(p)).append("</bdi>"));
    out.append("</div>\n<header class=\"doc\">\n<p class=\"kicker\">").append(Xml.text(t("html.kicker")))
        .append("</p>\n<h1>").append(Xml.text(doc.title())).append("</h1>\n<p class=\"subtitle\"><bdi>")
        .append(Xml.text(subtitle())).append("</bdi></p>\n");
    if (volume != null) {
      out.append("<p class=\"volume\">").append(Xml.text(volumeText())).append("</p>\n");
    }
    out.append("<p class=\"meta\">")
        .append(Xml.text(t("fact.scope"))).append(": ").append(Xml.text(scopeText())).append(" \u00b7 ")
        .append(Xml.text(t("fact.asOf"))).append(": ").append(Xml.text(values.localized(info.asOf())))
        .append(" \u00b7 ").append(Xml.text(t("fact.generatedAt"))).append(": ")
        .append(Xml.text(values.localized(info.generatedAt()))).append("</p>\n</header>\n<main>\n");
    facts();
    charts();
    for (Doc.Table table : doc.tables()) {
      if (report instanceof ShowcaseCatalogue) {
        catalogue(table);
      } else if (report instanceof InnovationProfileReport) {
        profile(table);
      } else {
        table(table);
      }
    }
    definitions();
    out.append("</main>\n<footer><p>").append(Xml.text(ReportTexts.format(locale, "html.footer",
        List.of(values.localized(info.generatedAt()))))).append("</p></footer>\n</body>\n</html>\n");
  }

  /** What every figure means, in the report's language: the closing section. */
  private void definitions() {
    List<Definitions.Entry> entries = Definitions.of(doc);
    if (entries.isEmpty()) {
      return;
    }
    out.append("<section class=\"definitions\" id=\"definitions\">\n<h2>").append(Xml.text(t("html.definitions")))
        .append("</h2>\n<dl>\n");
    for (Definitions.Entry e : entries) {
      String table = e.section().equals(Definitions.FACTS) ? t("table.facts") : t("table." + e.section());
      out.append("<dt>").append(Xml.text(e.label())).append(" <span class=\"where\">(")
          .append(Xml.text(table)).append(")</span></dt>\n<dd>").append(Xml.text(e.in(locale))).append("</dd>\n");
    }
    out.append("</dl>\n</section>\n");
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

  private void facts() {
    List<Doc.Fact> facts = doc.facts();
    if (facts.isEmpty()) {
      return;
    }
    Map<String, Object> byKey = new LinkedHashMap<>();
    facts.forEach(f -> byKey.put(f.key(), f.value()));
    out.append("<section class=\"facts\" id=\"facts\">\n<h2>").append(Xml.text(t("table.facts")))
        .append("</h2>\n<table class=\"facts\">\n<tbody>\n");
    for (Doc.Fact f : facts) {
      if (hidden(f.key(), byKey.keySet())) {
        continue;
      }
      Object v = f.value() == null ? codeFallback(f.key(), byKey) : f.value();
      out.append("<tr data-key=\"").append(Xml.text(f.key())).append("\"><th scope=\"row\">").append(Xml.text(f.label()))
          .append("</th>").append(cell(v)).append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void charts() {
    List<Chart> charts = Charts.of(report);
    if (charts.isEmpty()) {
      return;
    }
    out.append("<section class=\"charts\" id=\"charts\">\n<h2>").append(Xml.text(t("html.charts"))).append("</h2>\n");
    for (Chart c : charts) {
      String id = "chart-" + (++chartNumber);
      out.append("<figure class=\"chart\" id=\"").append(id).append("\">\n<figcaption id=\"").append(id)
          .append("-caption\">").append(Xml.text(c.title())).append("</figcaption>\n");
      double h = ChartDrawer.height(c);
      if (mode == Mode.HTML) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
            .append(SvgCanvas.n(ChartDrawer.WIDTH)).append(' ').append(SvgCanvas.n(h)).append("\" aria-labelledby=\"")
            .append(id).append("-title ").append(id).append("-desc\" font-family=\"")
            .append("DejaVu Sans, Noto Sans, Arial, sans-serif\"><title id=\"").append(id).append("-title\">")
            .append(Xml.text(c.title())).append("</title><desc id=\"").append(id).append("-desc\">")
            .append(Xml.text(c.description())).append("</desc>");
        StringBuilder svg = new StringBuilder(4_096);
        ChartDrawer.draw(c, new SvgCanvas(svg));
        out.append(svg.toString());
        out.append("</svg>\n");
      } else {
        // on a landscape page the chart is narrower, so that it is not taller than the space under the facts
        double widthMm = landscape ? 150 : 180;
        out.append("<img class=\"chart\" alt=\"").append(Xml.text(c.title() + ". " + c.description()))
            .append("\" style=\"width: ").append(SvgCanvas.n(widthMm)).append("mm; height: ")
            .append(SvgCanvas.n(widthMm * h / ChartDrawer.WIDTH)).append("mm\" src=\"data:image/png;base64,")
            .append(Base64.getEncoder().encodeToString(PngCanvas.png(c, 2.5))).append("\"/>\n");
      }
      out.append("</figure>\n");
    }
    out.append("</section>\n");
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

  private void table(Doc.Table table) {
    List<Doc.Column> columns = table.columns();
    List<String> keys = columns.stream().map(Doc.Column::key).toList();
    out.append("<section class=\"table\" id=\"section-").append(table.name()).append("\">\n<h2>")
        .append(Xml.text(table.title())).append("</h2>\n<div class=\"scroll\">\n<table id=\"t-").append(table.name())
        .append(tableClass(keys.stream().filter(k -> !hidden(k, keys)).count())).append("\">\n");
    if (mode == Mode.PDF) {
      colgroup(table, visible(columns));
    }
    out.append("<thead>\n<tr>");
    for (Doc.Column c : columns) {
      if (!hidden(c.key(), keys)) {
        out.append("<th scope=\"col\" data-key=\"").append(Xml.text(c.key())).append("\">").append(Xml.text(c.header()))
            .append("</th>");
      }
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    int rows = 0;
    for (Object[] row : table.rows()) {
      Map<String, Object> byKey = row(columns, row);
      out.append("<tr>");
      for (int i = 0; i < columns.size(); i++) {
        String key = columns.get(i).key();
        if (!hidden(key, keys)) {
          out.append(cell(row[i] == null ? codeFallback(key, byKey) : row[i]));
        }
      }
      out.append("</tr>\n");
      rows++;
    }
    if (rows == 0) {
      out.append("<tr><td class=\"none\" colspan=\"").append(Math.max(1, (int) keys.stream()
          .filter(k -> !hidden(k, keys)).count())).append("\">").append(Xml.text(t("html.noRows"))).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  /** A table of three columns or fewer is narrow; one of more than {@link #LANDSCAPE_AFTER_COLUMNS} is wide. */
  private static String tableClass(long columns) {
    return columns <= 3 ? "\" class=\"narrow" : columns > LANDSCAPE_AFTER_COLUMNS ? "\" class=\"wide" : "";
  }

  /**
   * Column widths for the PDF's fixed table layout (so a long word cannot push a table off the page).
   * Each column first gets the room its longest word needs: the longest header word (bold), and for
   * rows held in memory the longest word of its values, both measured with the embedded font. What is
   * left of the page width is shared by weight: free text most, then labels and names, then dates,
   * then numbers and codes. Only when even the needed room does not fit are all columns narrowed
   * alike (then long words wrap).
   */
  private void colgroup(Doc.Table table, List<Doc.Column> columns) {
    int n = columns.size();
    double[] weights = new double[n];
    double[] need = new double[n];
    java.awt.Font header = Fonts.awt(true, Styles.PDF_HEADER_PT);
    java.awt.Font cell = Fonts.awt(false, Styles.PDF_CELL_PT);
    // widths go out in pt: the layout library reads percentages as whole numbers; 1 pt spare for rounding
    double page = Styles.pdfContentWidthPt(landscape) - 1;
    for (int i = 0; i < n; i++) {
      String k = columns.get(i).key();
      weights[i] = List.of("title", "detail", "reason", "ideaSummary", "benefits", "results").contains(k) ? 3
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
    out.append("<colgroup>");
    for (double w : widths) {
      out.append("<col style=\"width: ").append(SvgCanvas.n(w)).append("pt\"/>");
    }
    out.append("</colgroup>\n");
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

  private String cell(Object v) {
    boolean number = v instanceof Number;
    boolean time = v instanceof java.time.temporal.Temporal;
    return (number ? "<td class=\"num\">" : time ? "<td class=\"time\">" : "<td>") + words(values.localized(v))
        + "</td>";
  }

  /**
   * Text for a table cell, escaped, with every word kept whole: a browser would break a word at its
   * hyphen ("Drum-" / "up", "asn-" / "disdik"), so a word with a hyphen is held in a no-wrap span; a
   * link or path may wrap after a slash (in HTML, through {@code <wbr/>}), each piece kept whole.
   */
  private String words(String text) {
    if (text.indexOf('-') < 0 && text.indexOf('/') < 0) {
      return Xml.text(text);
    }
    StringBuilder b = new StringBuilder(text.length() + 32);
    java.util.regex.Matcher m = WORD.matcher(text);
    int last = 0;
    while (m.find()) {
      b.append(Xml.text(text.substring(last, m.start())));
      String word = m.group();
      String[] pieces = word.split("(?<=/)(?=.)");
      for (int i = 0; i < pieces.length; i++) {
        if (i > 0) {
          // a break opportunity: the browser's <wbr/>; the PDF's layout library breaks at a zero-width space
          b.append(mode == Mode.HTML ? "<wbr/>" : "\u200b");
        }
        // kept whole up to 40 characters; a longer piece may still break, so it never runs off the page
        b.append(pieces[i].indexOf('-') >= 0 && pieces[i].length() <= 40
            ? "<span class=\"w\">" + Xml.text(pieces[i]) + "</span>"
            : Xml.text(pieces[i]));
      }
      last = m.end();
    }
    return b.append(Xml.text(text.substring(last))).toString();
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\S*[-/]\\S*");

  // ------------------------------------------------------------------ documents for print

  /** The profile as a form: label and value per field, missing fields marked. */
  private void profile(Doc.Table table) {
    out.append("<section class=\"profile\" id=\"section-profile\">\n<h2>").append(Xml.text(table.title()))
        .append("</h2>\n<table class=\"form\" id=\"t-profile\">\n<tbody>\n");
    for (Object[] row : table.rows()) {
      Map<String, Object> f = row(table.columns(), row);
      boolean missing = Boolean.TRUE.equals(f.get("missing"));
      Object value = f.get("value");
      out.append("<tr data-key=\"").append(Xml.text(String.valueOf(f.get("field")))).append('"')
          .append(missing ? " class=\"missing\"" : "").append("><th scope=\"row\">")
          .append(Xml.text(String.valueOf(f.get("fieldLabel")))).append("</th><td>");
      if (value != null) {
        out.append("<div class=\"value\">").append(words(values.localized(value))).append("</div>");
      }
      if (missing) {
        out.append("<span class=\"badge\">").append(Xml.text(t("html.missing"))).append("</span>");
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** The catalogue as one card per innovation, under a heading per group. */
  /**
   * The contents page of a catalogue's PDF: each group with the numbers of its entries and the page
   * it starts on (openhtmltopdf fills in the page through {@code target-counter}).
   */
  private void contents(Doc.Table table, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.append("<section class=\"contents\" id=\"contents\">\n<h2>").append(Xml.text(t("pdf.contents")))
        .append("</h2>\n<table class=\"contents\">\n<thead><tr><th>").append(Xml.text(t("pdf.contents.group")))
        .append("</th><th class=\"num\">").append(Xml.text(t("pdf.contents.entries")))
        .append("</th><th class=\"num\">").append(Xml.text(t("pdf.contents.page"))).append("</th></tr></thead>\n<tbody>\n");
    int groupNumber = 0;
    Object group = new Object();
    Object first = null;
    Object last = null;
    Object name = null;
    for (int i = 0; i <= rows.size(); i++) {
      Map<String, Object> e = i < rows.size() ? row(table.columns(), rows.get(i)) : null;
      if (i == rows.size() || i == 0 || !java.util.Objects.equals(e.get("group"), group)) {
        if (i > 0) {
          out.append("<tr><td>").append(Xml.text(values.localized(name))).append("</td><td class=\"num\">")
              .append(first).append(first.equals(last) ? "" : "\u2013" + last)
              .append("</td><td class=\"num\"><a class=\"page\" href=\"#group-").append(groupNumber)
              .append("\"></a></td></tr>\n");
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
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void catalogue(Doc.Table table) {
    Iterable<Object[]> rows = table.rows();
    if (mode == Mode.PDF) {
      // a PDF is laid out whole: its rows are held (at most a volume's worth) so the contents page can list the groups
      List<Object[]> held = new java.util.ArrayList<>();
      for (Object[] row : table.rows()) {
        if (held.size() == PdfVolumes.MAX_ENTRIES_PER_DOCUMENT) {
          throw PdfRenderer.tooLong(((ShowcaseCatalogue) report).entryCount());
        }
        held.add(row);
      }
      contents(table, held);
      rows = held;
    }
    out.append("<section class=\"catalogue\" id=\"section-catalogue\">\n");
    Object group = new Object();
    boolean any = false;
    int groupNumber = 0;
    List<String> fields = List.of("opdName", "bentukLabel", "jenisLabel", "themesLabel", "stageLabel",
        "nationalStageLabel", "since");
    List<String> texts = List.of("ideaSummary", "benefits", "results", "video");
    Map<String, String> headers = new LinkedHashMap<>();
    table.columns().forEach(c -> headers.put(c.key(), c.header()));
    for (Object[] row : rows) {
      Map<String, Object> e = row(table.columns(), row);
      Object g = e.get("group");
      if (!any || !java.util.Objects.equals(g, group)) {
        Object name = e.get("groupName") == null ? g : e.get("groupName");
        out.append("<h2 class=\"group\" id=\"group-").append(++groupNumber).append("\">")
            .append(Xml.text(values.localized(name))).append("</h2>\n");
        group = g;
      }
      any = true;
      out.append("<article class=\"entry\" data-number=\"").append(e.get("number")).append("\">\n<h3><span class=\"no\">")
          .append(e.get("number")).append(".</span> <bdi>").append(Xml.text(String.valueOf(e.get("title"))))
          .append("</bdi></h3>\n<table class=\"kv\">\n<tbody>\n");
      for (String k : fields) {
        Object v = e.get(k) == null ? codeFallback(k, e) : e.get(k);
        if (v != null) {
          out.append("<tr data-key=\"").append(k).append("\"><th scope=\"row\">").append(Xml.text(headers.get(k)))
              .append("</th>").append(cell(v)).append("</tr>\n");
        }
      }
      out.append("</tbody>\n</table>\n");
      for (String k : texts) {
        Object v = e.get(k);
        if (v != null) {
          out.append("<p class=\"text\" data-key=\"").append(k).append("\"><strong>").append(Xml.text(headers.get(k)))
              .append(":</strong> ").append(Xml.text(values.localized(v))).append("</p>\n");
        }
      }
      out.append("</article>\n");
    }
    if (!any) {
      out.append("<p class=\"none\">").append(Xml.text(t("html.noRows"))).append("</p>\n");
    }
    out.append("</section>\n");
  }
}
