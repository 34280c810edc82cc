package id.labinov.reporting.render;

import id.labinov.reporting.data.IidReadinessOnePage;
import id.labinov.reporting.data.ReadinessBasis;
import id.labinov.reporting.data.ReadinessFix;
import id.labinov.reporting.data.ReadinessIndex;
import id.labinov.reporting.internal.ReportTexts;
import id.labinov.reporting.render.Canvas.Anchor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws the IID readiness for the regional head on one A4 landscape page ({@value OnePage#A4_WIDTH} x
 * {@value OnePage#HEIGHT} points): the region and year, the estimated index and its band on the claimed,
 * supported and verified basis as three tiles, the cheapest gains with whole titles, the key figures,
 * and the notes on the bands, the SPD and the estimate. The same drawing is the PDF page
 * ({@link PdfCanvas}) and the HTML screen ({@link SvgCanvas}); whatever the data, it is one page: long
 * titles are set smaller, and the list never holds more than {@value IidReadinessOnePage#TOP} fixes.
 */
final class ReadinessPage {
  static final double WIDTH = OnePage.A4_WIDTH;
  static final double HEIGHT = OnePage.HEIGHT;

  private static final double MARGIN = 26;
  private static final String INK = ChartDrawer.INK;
  private static final String GREY = "#57606a";
  private static final String BLUE = "#0b3d91";
  private static final String ACCENT = "#1f5fa8";
  private static final String RULE = "#d0d7de";
  private static final String TILE = "#eef3f9";
  private static final String[] TILE_COLOURS = {"#6e7781", "#0b3d91", "#1a7f37"};

  private final IidReadinessOnePage r;
  private final Canvas c;
  private final boolean pageNumber;
  private final Locale l;
  private final Values v;

  private ReadinessPage(IidReadinessOnePage r, Canvas c, boolean pageNumber) {
    this.r = r;
    this.c = c;
    this.pageNumber = pageNumber;
    this.l = r.info().locale();
    this.v = new Values(r.info());
  }

  // ------------------------------------------------------------------ media

  /** Writes the page as a one-page A4 landscape PDF with real text and the bundled font embedded. */
  static void pdf(IidReadinessOnePage r, OutputStream out) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(65_536);
    try (PDDocument d = new PDDocument()) {
      PDRectangle box = new PDRectangle((float) WIDTH, (float) HEIGHT);
      PDPage page = new PDPage(box);
      d.addPage(page);
      PDDocumentInformation info = d.getDocumentInformation();
      info.setTitle(Layouts.title(r) + " \u2013 " + Headers.scopeText(r.info().scope(), r.info().locale()));
      info.setProducer("labinov");
      info.setCreator("labinov");
      d.getDocumentCatalog().setLanguage(r.info().locale().getLanguage().equals("en") ? "en" : "id");
      try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
        new ReadinessPage(r, new PdfCanvas(d, cs, box.getHeight()), true).draw();
      }
      d.save(bytes);
      out.write(bytes.toByteArray());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page as SVG elements in a {@value #WIDTH} x {@value #HEIGHT} view, for the HTML screen. */
  static String svg(IidReadinessOnePage r) {
    StringBuilder out = new StringBuilder(16_384);
    new ReadinessPage(r, new SvgCanvas(out), false).draw();
    return out.toString();
  }

  /** What the page shows, as one text for people who do not see it (the SVG's description). */
  static String description(IidReadinessOnePage r) {
    Locale l = r.info().locale();
    Values v = new Values(r.info());
    List<String> parts = new ArrayList<>();
    for (ReadinessIndex x : r.index()) {
      parts.add(ReadinessLayouts.basis(l, x.basis()) + ": " + v.localized(x.index()) + " ("
          + x.rating().label().in(l) + ")");
    }
    StringBuilder sb = new StringBuilder(ReportTexts.text(l, "readinessPage.index")).append(": ")
        .append(String.join("; ", parts)).append(". ");
    sb.append(ReportTexts.text(l, "table.readinessTop")).append(": ");
    if (r.top().isEmpty()) {
      sb.append(ReportTexts.text(l, "readinessPage.noFixes"));
    }
    List<String> fixes = new ArrayList<>();
    for (ReadinessFix f : r.top()) {
      fixes.add(f.rank() + ". " + ReadinessLayouts.title(l, f.title()) + ", " + f.indicator().label().in(l) + ": "
          + ReportTexts.format(l, "readinessPage.gain", List.of(v.localized(f.pointsToGain()),
              v.localized((long) f.gaps()), v.localized(f.pointsPerGap()))));
    }
    sb.append(String.join("; ", fixes)).append(". ");
    for (String[] row : figures(r, l, v)) {
      sb.append(row[0]).append(": ").append(row[1]).append(". ");
    }
    return sb.toString().strip();
  }

  // ------------------------------------------------------------------ the page

  private void draw() {
    c.rect(0, 0, WIDTH, HEIGHT, "#ffffff");
    header();
    double top = tiles(MARGIN + 68);
    List<String> notes = notes();
    double notesTop = HEIGHT - MARGIN - 16 - notes.size() * 10.5;
    double left = (WIDTH - 2 * MARGIN) * 0.57;
    fixes(MARGIN, top, left, notesTop - 10);
    figures(MARGIN + left + 24, top, WIDTH - MARGIN - (MARGIN + left + 24), notesTop - 10);
    double y = notesTop;
    c.line(MARGIN, y - 4, WIDTH - MARGIN, y - 4, RULE, 0.5);
    for (String line : notes) {
      c.text(MARGIN, y + 7, line, 8, Anchor.START, false, GREY);
      y += 10.5;
    }
    footer();
  }

  private void header() {
    String date = v.date(r.info().asOf());
    double dateSize = 18;
    double dateWidth = OnePage.width(date, dateSize, true);
    c.text(MARGIN, MARGIN + 9, "LABINOV \u00b7 " + Layouts.title(r), 9, Anchor.START, true, ACCENT);
    c.text(WIDTH - MARGIN, MARGIN + 9, t("onePage.asOf"), 9, Anchor.END, false, GREY);
    c.text(WIDTH - MARGIN, MARGIN + 31, date, dateSize, Anchor.END, true, INK);
    String name = format("readinessPage.heading", Headers.scopeText(r.info().scope(), l), Integer.toString(r.year()));
    double room = WIDTH - 2 * MARGIN - dateWidth - 24;
    double size = fitting(name, 19, 12, room, true);
    c.text(MARGIN, MARGIN + 31, ChartDrawer.fit(name, room, size), size, Anchor.START, true, INK);
    c.text(MARGIN, MARGIN + 48, ChartDrawer.fit(t("readinessPage.subtitle"), WIDTH - 2 * MARGIN, 10, false), 10,
        Anchor.START, false, GREY);
    c.line(MARGIN, MARGIN + 57, WIDTH - MARGIN, MARGIN + 57, BLUE, 1.5);
  }

  /** The index on the three bases, claimed to verified, with arrows between; returns where the body starts. */
  private double tiles(double top) {
    double gap = 26;
    double tw = (WIDTH - 2 * MARGIN - 2 * gap) / 3;
    double th = 96;
    for (ReadinessBasis b : ReadinessBasis.values()) {
      int i = b.ordinal();
      ReadinessIndex x = r.index(b);
      double x0 = MARGIN + i * (tw + gap);
      String colour = TILE_COLOURS[i];
      c.rect(x0, top, tw, th, TILE);
      c.rect(x0, top, 5, th, colour);
      double room = tw - 26;
      c.text(x0 + 18, top + 17, ChartDrawer.fit(format("readinessPage.tile", ReadinessLayouts.basis(l, b)), room, 10.5,
          true), 10.5, Anchor.START, true, INK);
      c.text(x0 + 18, top + 53, v.localized(x.index()), 32, Anchor.START, true, colour);
      String band = x.rating().label().in(l);
      c.text(x0 + 18, top + 72, ChartDrawer.fit(band, room, 12, true), 12, Anchor.START, true, colour);
      String note = format("readinessPage.tileNote", v.localized(x.innovationSum()), v.localized(x.sid()),
          v.localized(x.spd()), v.localized(x.countScore()));
      double noteSize = fitting(note, 8, 6.5, room, false);
      c.text(x0 + 18, top + 87, ChartDrawer.fit(note, room, noteSize, false), noteSize, Anchor.START, false, GREY);
      if (i < 2) {
        double ax = x0 + tw + gap / 2;
        c.text(ax, top + th / 2 + 7, "\u2192", 20, Anchor.MIDDLE, true, GREY);
      }
    }
    return top + th + 20;
  }

  private void heading(double x, double y, String text, double width) {
    c.text(x, y + 11, ChartDrawer.fit(text, width, 11.5, true), 11.5, Anchor.START, true, BLUE);
  }

  /** The cheapest gains: rank, whole title (wrapped), indicator and OPD, and the gain; smaller type when long. */
  private void fixes(double x, double top, double width, double bottom) {
    List<ReadinessFix> rows = r.top();
    heading(x, top, rows.isEmpty() ? t("table.readinessTop") : format("readinessPage.top", rows.size()), width);
    String about = format("readinessPage.fixes", v.localized(r.fixes()), v.localized(r.pointsToGain()),
        v.localized(r.gaps()));
    c.text(x, top + 28, ChartDrawer.fit(about, width, 8.5, false), 8.5, Anchor.START, false, GREY);
    double y = top + 36;
    if (rows.isEmpty()) {
      for (String line : OnePage.wrap(t("readinessPage.noFixes"), width, 10, false)) {
        c.text(x, y + 14, line, 10, Anchor.START, false, GREY);
        y += 13;
      }
      return;
    }
    double rankWidth = 20;
    double size = 10.5;
    List<List<String>> titles;
    List<List<String>> seconds;
    double gainWidth;
    while (true) {
      gainWidth = 0;
      for (ReadinessFix f : rows) {
        gainWidth = Math.max(gainWidth, Math.max(OnePage.width(perGap(f), size - 1.5, false),
            OnePage.width(points(f), size + 1, true)));
      }
      gainWidth = Math.min(gainWidth, width * 0.45);
      double textWidth = width - rankWidth - gainWidth - 12;
      titles = new ArrayList<>();
      seconds = new ArrayList<>();
      double need = 0;
      for (ReadinessFix f : rows) {
        List<String> tl = OnePage.wrap(ReadinessLayouts.title(l, f.title()), textWidth, size, true);
        List<String> sl = OnePage.wrap(second(f), textWidth, size - 1.5, false);
        titles.add(tl);
        seconds.add(sl);
        need += rowHeight(tl.size(), sl.size(), size);
      }
      if (need <= bottom - y || size <= 6) {
        break;
      }
      size -= 0.5;
    }
    for (int i = 0; i < rows.size(); i++) {
      ReadinessFix f = rows.get(i);
      double small = size - 1.5;
      double base = y + 4 + size;
      c.text(x + rankWidth - 4, base, Integer.toString(f.rank()), size + 1, Anchor.END, true, ACCENT);
      for (String part : titles.get(i)) {
        c.text(x + rankWidth + 4, base, part, size, Anchor.START, true, INK);
        base += size * 1.25;
      }
      base += small * 1.3 - size * 1.25;
      for (String part : seconds.get(i)) {
        c.text(x + rankWidth + 4, base, part, small, Anchor.START, false, GREY);
        base += small * 1.3;
      }
      c.text(x + width, y + 4 + size, points(f), size + 1, Anchor.END, true, INK);
      c.text(x + width, y + 4 + size + small * 1.4, ChartDrawer.fit(perGap(f), gainWidth, small, false), small,
          Anchor.END, false, GREY);
      y += rowHeight(titles.get(i).size(), seconds.get(i).size(), size);
      if (i < rows.size() - 1) {
        c.line(x, y - 2, x + width, y - 2, RULE, 0.5);
      }
    }
  }

  /** "+6 poin". */
  private String points(ReadinessFix f) {
    return format("readinessPage.points", v.localized(f.pointsToGain()));
  }

  /** "1 kekurangan · 6,00 per kekurangan". */
  private String perGap(ReadinessFix f) {
    return format("readinessPage.perGap", v.localized(f.pointsPerGap()), v.localized((long) f.gaps()));
  }

  /** "Kemanfaatan inovasi: tingkat 2 diklaim, 0 didukung · Dinas Pendidikan". */
  private String second(ReadinessFix f) {
    String opd = ReadinessLayouts.opdName(l, f.opd(), f.opdName());
    return format("readinessPage.fixLine", f.indicator().label().in(l), Integer.toString(f.claimedLevel()),
        Integer.toString(f.supportedLevel()), opd == null ? f.opd().value() : opd);
  }

  private static double rowHeight(int titleLines, int secondLines, double size) {
    return 4 + titleLines * size * 1.25 + Math.max(secondLines * (size - 1.5) * 1.3, (size - 1.5) * 1.4) + 6;
  }

  /** The key figures as label and value, right column. */
  private void figures(double x, double top, double width, double bottom) {
    heading(x, top, t("readinessPage.figures"), width);
    double y = top + 24;
    List<String[]> rows = figures(r, l, v);
    double valueWidth = 0;
    for (String[] row : rows) {
      valueWidth = Math.max(valueWidth, OnePage.width(row[1], 11, true));
    }
    valueWidth = Math.min(valueWidth, width * 0.45);
    double labelWidth = width - valueWidth - 12;
    // every row is drawn: where the notes leave little room, the labels are set smaller and closer
    double size = 9.5;
    List<List<String>> labels;
    while (true) {
      labels = new ArrayList<>();
      double need = 0;
      for (String[] row : rows) {
        List<String> label = OnePage.wrap(row[0], labelWidth, size, false);
        label = label.size() > 2 ? List.of(label.get(0), ChartDrawer.fit(String.join(" ", label.subList(1,
            label.size())), labelWidth, size, false)) : label;
        labels.add(label);
        need += size + label.size() * size * 1.2;
      }
      if (need <= bottom - y || size <= 7) {
        break;
      }
      size -= 0.5;
    }
    for (int n = 0; n < rows.size(); n++) {
      List<String> label = labels.get(n);
      for (int i = 0; i < label.size(); i++) {
        c.text(x, y + size + 2.5 + i * size * 1.2, label.get(i), size, Anchor.START, false, INK);
      }
      c.text(x + width, y + size + 2.5, ChartDrawer.fit(rows.get(n)[1], valueWidth, size + 1.5, true), size + 1.5,
          Anchor.END, true, INK);
      y += size + label.size() * size * 1.2;
      c.line(x, y - 4, x + width, y - 4, RULE, 0.5);
    }
  }

  /** The key figures: label and value as people read them. */
  static List<String[]> figures(IidReadinessOnePage r, Locale l, Values v) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {ReportTexts.text(l, "fact.innovationsWithClaims"), v.localized(r.innovations())});
    rows.add(new String[] {ReportTexts.text(l, "fact.claimsVerified"),
        ReadinessLayouts.verifiedOf(l, r.claimsVerified(), r.claims())});
    rows.add(new String[] {ReportTexts.text(l, "readinessPage.scores"), v.localized(r.claimedTotal()) + " \u2192 "
        + v.localized(r.supportedTotal()) + " \u2192 " + v.localized(r.verifiedTotal())});
    rows.add(new String[] {ReportTexts.text(l, "fact.pointsToGain"), v.localized(r.pointsToGain())});
    rows.add(new String[] {ReportTexts.text(l, "fact.innovationsMissingMandatory"),
        v.localized(r.innovationsMissingMandatory())});
    rows.add(new String[] {ReportTexts.text(l, "fact.agreementPercent"), r.overall().percent() == null
        ? ReportTexts.text(l, "readinessPage.noAgreement")
        : v.localized(r.overall().percent()) + "% (" + ReportTexts.format(l, "readinessPage.agreedOf",
            List.of(v.localized((long) r.overall().agreed()), v.localized((long) r.overall().compared()))) + ")"});
    ReadinessIndex claimed = r.index(ReadinessBasis.CLAIMED);
    ReadinessIndex verified = r.index(ReadinessBasis.VERIFIED);
    rows.add(new String[] {ReportTexts.text(l, "readinessPage.spd"), v.localized(claimed.spd())
        + (claimed.spd().compareTo(verified.spd()) == 0 ? "" : " / " + v.localized(verified.spd()))});
    rows.add(new String[] {ReportTexts.text(l, "col.countScore"), v.localized(claimed.countScore())});
    return rows;
  }

  private List<String> notes() {
    List<String> out = new ArrayList<>();
    double room = WIDTH - 2 * MARGIN;
    for (String note : List.of(ReadinessLayouts.bandsNote(l, r.year(), r.bandsYear(), r.bandsVerified()),
        ReadinessLayouts.spdNote(l, r.spdGiven(), r.spdVerifiedGiven(), r.countScoreGiven()),
        t("readiness.note.estimate"))) {
      out.addAll(OnePage.wrap(note, room, 8, false));
    }
    return out;
  }

  private void footer() {
    double y = HEIGHT - MARGIN + 8;
    c.line(MARGIN, y - 11, WIDTH - MARGIN, y - 11, RULE, 0.5);
    String left = t("html.kicker");
    String right = pageNumber ? t("pdf.page") + " 1 " + t("pdf.of") + " 1" : "";
    c.text(MARGIN, y, left, 7.5, Anchor.START, false, GREY);
    if (!right.isEmpty()) {
      c.text(WIDTH - MARGIN, y, right, 7.5, Anchor.END, false, GREY);
    }
    double room = WIDTH - 2 * MARGIN - 2 * Math.max(OnePage.width(left, 7.5, false), OnePage.width(right, 7.5, false))
        - 24;
    String source = format("readinessPage.source", v.localized(r.info().generatedAt()));
    c.text(WIDTH / 2, y, ChartDrawer.fit(source, room, 7.5, false), 7.5, Anchor.MIDDLE, false, GREY);
  }

  // ------------------------------------------------------------------ text

  private String t(String key) {
    return ReportTexts.text(l, key);
  }

  private String format(String key, Object... arguments) {
    return ReportTexts.format(l, key, List.of(arguments));
  }

  private static double fitting(String text, double size, double least, double room, boolean bold) {
    double s = size;
    while (s > least && OnePage.width(text, s, bold) > room) {
      s -= 0.5;
    }
    return s;
  }
}
