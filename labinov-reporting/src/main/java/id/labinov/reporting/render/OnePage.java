package id.labinov.reporting.render;

import id.labinov.reporting.data.FunnelStep;
import id.labinov.reporting.data.OnePageSummary;
import id.labinov.reporting.data.OpdCount;
import id.labinov.reporting.data.ProgrammeFacts;
import id.labinov.reporting.data.RankedInnovation;
import id.labinov.reporting.internal.ReportTexts;
import id.labinov.reporting.render.Canvas.Anchor;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws the one-page summary on a {@link Canvas}: a header with the programme and the date in words,
 * three big numbers, the stage funnel and the achieved innovations per OPD (drawn by
 * {@link ChartDrawer}, as in the other reports), and the top of the ranking with whole titles. The page
 * is {@value #HEIGHT} units high (A4 landscape in points) and as wide as the medium: 841.89 for the
 * PDF page, 16:9 for the slide; the same drawing gives both.
 */
final class OnePage {
  /** The page's height in its units: an A4 page's short side in points. */
  static final double HEIGHT = 595.28;
  /** An A4 page's long side in points. */
  static final double A4_WIDTH = 841.89;
  /** The slide's size in pixels. */
  static final int SLIDE_WIDTH = 1920;
  static final int SLIDE_HEIGHT = 1080;
  /** The most bars of the OPD chart; further OPDs are added up in a sentence under it. */
  static final int OPD_BARS = 10;

  private static final double MARGIN = 26;
  private static final String INK = ChartDrawer.INK;
  private static final String GREY = "#57606a";
  private static final String BLUE = "#0b3d91";
  private static final String ACCENT = "#1f5fa8";
  private static final String RULE = "#d0d7de";
  private static final String TILE = "#eef3f9";
  private static final String[] TILE_COLOURS = {"#0b3d91", "#1a7f37", "#c2571a"};
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private final OnePageSummary r;
  private final Canvas c;
  private final double w;
  private final double h;
  private final boolean pageNumber;
  private final Locale l;
  private final Values v;
  private final String stage;

  private OnePage(OnePageSummary r, Canvas c, double width, boolean pageNumber) {
    this.r = r;
    this.c = c;
    this.w = width;
    this.h = HEIGHT;
    this.pageNumber = pageNumber;
    this.l = r.info().locale();
    this.v = new Values(r.info());
    this.stage = r.finalStageLabel() == null ? t("onePage.lastStage")
        : ChartDrawer.shortLabel(r.finalStageLabel().in(l));
  }

  // ------------------------------------------------------------------ media

  /** Writes the page as a one-page A4 landscape PDF with real text and the bundled font embedded. */
  static void pdf(OnePageSummary r, OutputStream out) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(65_536);
    try (PDDocument d = new PDDocument()) {
      PDRectangle box = new PDRectangle((float) A4_WIDTH, (float) HEIGHT);
      PDPage page = new PDPage(box);
      d.addPage(page);
      PDDocumentInformation info = d.getDocumentInformation();
      info.setTitle(Layouts.title(r) + " \u2013 " + r.programme().name());
      info.setProducer("labinov");
      info.setCreator("labinov");
      d.getDocumentCatalog().setLanguage(r.info().locale().getLanguage().equals("en") ? "en" : "id");
      try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
        new OnePage(r, new PdfCanvas(d, cs, box.getHeight()), box.getWidth(), true).draw();
      }
      d.save(bytes);
      out.write(bytes.toByteArray());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Draws the page on a 1920 x 1080 image: the same layout, widened to 16:9. */
  static BufferedImage slide(OnePageSummary r) {
    BufferedImage image = new BufferedImage(SLIDE_WIDTH, SLIDE_HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      double scale = SLIDE_HEIGHT / HEIGHT;
      g.scale(scale, scale);
      new OnePage(r, new PngCanvas(g), SLIDE_WIDTH / scale, false).draw();
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The slide as PNG bytes. */
  static void png(OnePageSummary r, OutputStream out) {
    try {
      ImageIO.write(slide(r), "png", out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ the page

  private void draw() {
    c.rect(0, 0, w, h, "#ffffff");
    header();
    double top = tiles(MARGIN + 68);
    double bottom = h - MARGIN - 14;
    double left = (w - 2 * MARGIN) * 0.56;
    // where the charts are held by the height (the wide slide), the ranking gets the width they leave
    left = Math.min(left, ChartDrawer.WIDTH * chartScale(left, top, bottom) + 8);
    charts(MARGIN, top, left, bottom);
    ranking(MARGIN + left + 22, top, w - MARGIN - (MARGIN + left + 22), bottom);
    footer();
  }

  private void header() {
    ProgrammeFacts p = r.programme();
    String date = v.date(r.info().asOf());
    double dateSize = 18;
    double dateWidth = width(date, dateSize, true);
    c.text(MARGIN, MARGIN + 9, "LABINOV \u00b7 " + Layouts.title(r), 9, Anchor.START, true, ACCENT);
    c.text(w - MARGIN, MARGIN + 9, t("onePage.asOf"), 9, Anchor.END, false, GREY);
    c.text(w - MARGIN, MARGIN + 31, date, dateSize, Anchor.END, true, INK);
    double room = w - 2 * MARGIN - dateWidth - 24;
    double nameSize = fitting(p.name(), 19, 12, room, true);
    c.text(MARGIN, MARGIN + 31, ChartDrawer.fit(p.name(), room, nameSize), nameSize, Anchor.START, true, INK);
    String where = Headers.scopeText(r.info().scope(), l) + " \u00b7 "
        + ReportTexts.format(l, "onePage.ranking", List.of(r.schemeName().in(l), r.round()));
    c.text(MARGIN, MARGIN + 48, ChartDrawer.fit(where, w - 2 * MARGIN, 10), 10, Anchor.START, false, GREY);
    c.line(MARGIN, MARGIN + 57, w - MARGIN, MARGIN + 57, BLUE, 1.5);
  }

  /** The three big numbers; returns where the body starts. */
  private double tiles(double top) {
    ProgrammeFacts p = r.programme();
    String[] numbers = {v.localized(r.total()), v.localized(p.achieved()), v.localized((long) p.target())};
    String[] captions = {t("onePage.total"), format("onePage.achieved", stage), format("onePage.target", stage)};
    String[] notes = {t("onePage.total.note"), format("onePage.achieved.note", v.localized(p.achievedPercent())),
        t("onePage.target.note")};
    double gap = 14;
    double tw = (w - 2 * MARGIN - 2 * gap) / 3;
    double th = 82;
    for (int i = 0; i < 3; i++) {
      double x = MARGIN + i * (tw + gap);
      c.rect(x, top, tw, th, TILE);
      c.rect(x, top, 5, th, TILE_COLOURS[i]);
      c.text(x + 18, top + 40, numbers[i], 34, Anchor.START, true, TILE_COLOURS[i]);
      double room = tw - 26;
      double size = fitting(captions[i], 11.5, 8, room, true);
      c.text(x + 18, top + 59, ChartDrawer.fit(captions[i], room, size), size, Anchor.START, true, INK);
      c.text(x + 18, top + 73, ChartDrawer.fit(notes[i], room, 9), 9, Anchor.START, false, GREY);
    }
    return top + th + 18;
  }

  private static final double CAPTION = 17;
  private static final double GAP = 12;

  /** The charts' scale: as wide as the column, unless the two charts would then be too high. */
  private double chartScale(double width, double top, double bottom) {
    Chart opds = opdChart();
    double note = opds == null || otherOpds() != null ? 14 : 0;
    double chartHeights = ChartDrawer.height(funnelChart()) + (opds == null ? 0 : ChartDrawer.height(opds));
    return Math.min(width / ChartDrawer.WIDTH, (bottom - top - 2 * CAPTION - GAP - note) / chartHeights);
  }

  private void charts(double x, double top, double width, double bottom) {
    Chart funnel = funnelChart();
    Chart opds = opdChart();
    String rest = otherOpds();
    double caption = CAPTION;
    double gap = GAP;
    double scale = chartScale(width, top, bottom);
    double y = top;
    heading(x, y, t("onePage.funnel"), width);
    y += caption;
    ChartDrawer.draw(funnel, new PlacedCanvas(c, x, y, scale));
    y += ChartDrawer.height(funnel) * scale + gap;
    heading(x, y, format("onePage.byOpd", stage), width);
    y += caption;
    if (opds == null) {
      c.text(x, y + 11, ChartDrawer.fit(format("onePage.noneAchieved", stage), width, 10), 10, Anchor.START, false,
          GREY);
      return;
    }
    ChartDrawer.draw(opds, new PlacedCanvas(c, x, y, scale));
    if (rest != null) {
      y += ChartDrawer.height(opds) * scale;
      c.text(x + width * 0.02, y + 10, ChartDrawer.fit(rest, width, 9), 9, Anchor.START, false, GREY);
    }
  }

  private void heading(double x, double y, String text, double width) {
    c.text(x, y + 11, ChartDrawer.fit(text, width, 11.5), 11.5, Anchor.START, true, BLUE);
  }

  private Chart funnelChart() {
    List<Chart.Bar> bars = new ArrayList<>();
    for (FunnelStep s : r.funnel()) {
      String pct = s.percentOfTotal() == null ? "" : " (" + v.localized(s.percentOfTotal()) + "%)";
      bars.add(Chart.Bar.of(s.label().in(l), s.reached(), v.localized(s.reached()) + pct));
    }
    return new Chart(Chart.Kind.FUNNEL, t("onePage.funnel"), t("onePage.funnel"), bars, List.of(), null, n -> v.localized(n));
  }

  /** The achieved innovations of the first {@link #OPD_BARS} OPDs, most first; {@code null} if there are none. */
  private Chart opdChart() {
    List<OpdCount> all = r.achievedByOpd();
    if (all.isEmpty()) {
      return null;
    }
    List<Chart.Bar> bars = new ArrayList<>();
    for (OpdCount o : all.subList(0, Math.min(OPD_BARS, all.size()))) {
      String name = o.opd() == null ? AggregateLayouts.notSet(l) : o.opdName() == null ? o.opd().value() : o.opdName();
      bars.add(Chart.Bar.of(name, o.count(), v.localized(o.count())));
    }
    return new Chart(Chart.Kind.BARS, format("onePage.byOpd", stage), format("onePage.byOpd", stage), bars, List.of(),
        null, n -> v.localized(n));
  }

  /** The sentence on the OPDs past the chart's bars ("and 36 innovations of 23 other OPDs"), or {@code null}. */
  private String otherOpds() {
    List<OpdCount> all = r.achievedByOpd();
    if (all.size() <= OPD_BARS) {
      return null;
    }
    List<OpdCount> rest = all.subList(OPD_BARS, all.size());
    return format("onePage.otherOpds", v.localized(rest.stream().mapToLong(OpdCount::count).sum()),
        v.localized((long) rest.size()));
  }

  /** The top of the ranking: rank, whole title (wrapped), OPD and score; smaller type when it is long. */
  private void ranking(double x, double top, double width, double bottom) {
    List<RankedInnovation> rows = r.top();
    heading(x, top, format("onePage.top", rows.isEmpty() ? OnePageSummary.TOP : rows.size()), width);
    String about = format("onePage.ranked", v.localized(r.ranked()));
    c.text(x, top + 28, ChartDrawer.fit(about, width, 8.5), 8.5, Anchor.START, false, GREY);
    double y = top + 36;
    if (rows.isEmpty()) {
      for (String line : wrap(format("onePage.noRanking", r.round()), width, 10, false)) {
        c.text(x, y + 14, line, 10, Anchor.START, false, GREY);
        y += 13;
      }
      return;
    }
    double rankWidth = 22;
    double scoreWidth = 40;
    double textWidth = width - rankWidth - scoreWidth - 8;
    double size = 10;
    List<List<String>> titles;
    List<List<String>> units;
    while (true) {
      titles = new ArrayList<>();
      units = new ArrayList<>();
      double need = 0;
      boolean wordsFit = true;
      for (RankedInnovation row : rows) {
        List<String> t = wrap(row.title(), textWidth, size, true);
        List<String> u = wrap(opdName(row), textWidth, size - 1.5, false);
        titles.add(t);
        units.add(u);
        need += rowHeight(t.size(), u.size(), size);
        wordsFit &= longestWord(row.title(), size, true) <= textWidth;
      }
      if (need <= bottom - y && wordsFit || size <= 6) {
        break;
      }
      size -= 0.5;
    }
    for (int i = 0; i < rows.size(); i++) {
      RankedInnovation row = rows.get(i);
      double line = size * 1.25;
      double small = size - 1.5;
      double base = y + 4 + size;
      c.text(x + rankWidth - 4, base, Integer.toString(row.rank()), size + 1, Anchor.END, true, ACCENT);
      for (String part : titles.get(i)) {
        c.text(x + rankWidth + 4, base, part, size, Anchor.START, true, INK);
        base += line;
      }
      base += small * 1.3 - line;
      for (String part : units.get(i)) {
        c.text(x + rankWidth + 4, base, part, small, Anchor.START, false, GREY);
        base += small * 1.3;
      }
      c.text(x + width, y + 4 + size, v.localized(row.score()), size + 1, Anchor.END, true, INK);
      y += rowHeight(titles.get(i).size(), units.get(i).size(), size);
      if (i < rows.size() - 1) {
        c.line(x, y - 2, x + width, y - 2, RULE, 0.5);
      }
    }
  }

  private static double rowHeight(int titleLines, int unitLines, double size) {
    return 4 + titleLines * size * 1.25 + unitLines * (size - 1.5) * 1.3 + 5;
  }

  private String opdName(RankedInnovation row) {
    return row.opd() == null ? AggregateLayouts.notSet(l) : row.opdName() == null ? row.opd().value() : row.opdName();
  }

  private void footer() {
    double y = h - MARGIN + 8;
    c.line(MARGIN, y - 11, w - MARGIN, y - 11, RULE, 0.5);
    String left = t("html.kicker");
    String right = pageNumber ? t("pdf.page") + " 1 " + t("pdf.of") + " 1" : "";
    c.text(MARGIN, y, left, 7.5, Anchor.START, false, GREY);
    if (!right.isEmpty()) {
      c.text(w - MARGIN, y, right, 7.5, Anchor.END, false, GREY);
    }
    double room = w - 2 * MARGIN - 2 * Math.max(width(left, 7.5, false), width(right, 7.5, false)) - 24;
    String source = format("onePage.source", v.localized(r.info().generatedAt()));
    c.text(w / 2, y, ChartDrawer.fit(source, room, 7.5), 7.5, Anchor.MIDDLE, false, GREY);
  }

  // ------------------------------------------------------------------ text

  private String t(String key) {
    return ReportTexts.text(l, key);
  }

  private String format(String key, Object... arguments) {
    return ReportTexts.format(l, key, List.of(arguments));
  }

  /** The text's width at a size, measured with the bundled font (the PDF and the PNG draw with it). */
  static double width(String text, double size, boolean bold) {
    return Fonts.awt(bold, (float) size).getStringBounds(text, FRC).getWidth();
  }

  /** The largest size from {@code size} down to {@code least}, in half points, at which the text fits. */
  private static double fitting(String text, double size, double least, double room, boolean bold) {
    double s = size;
    while (s > least && width(text, s, bold) > room) {
      s -= 0.5;
    }
    return s;
  }

  private static double longestWord(String text, double size, boolean bold) {
    double most = 0;
    for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
      most = Math.max(most, width(word, size, bold));
    }
    return most;
  }

  /**
   * Breaks a text into lines that fit a width, at blanks only; a word longer than the width is broken
   * where it must (never elsewhere), so the text is always whole.
   */
  static List<String> wrap(String text, double room, double size, boolean bold) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, size, bold) <= room) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (width(rest, size, bold) > room && rest.length() > 1) {
        int end = rest.length() - 1;
        while (end > 1 && width(rest.substring(0, end), size, bold) > room) {
          end--;
        }
        lines.add(rest.substring(0, end));
        rest = rest.substring(end);
      }
      line.append(rest);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
