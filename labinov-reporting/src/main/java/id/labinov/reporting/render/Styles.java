package id.labinov.reporting.render;

import id.labinov.reporting.internal.ReportTexts;
import java.util.Locale;

/**
 * The inline style sheet: readable on a phone (one column, tables scroll sideways), printable (A4,
 * headers repeat, cards and charts are not split), and for the PDF the running header, page numbers
 * and the embedded font.
 */
final class Styles {
  private Styles() {}

  private static final String COMMON = """
      *{box-sizing:border-box}
      body{margin:0 auto;max-width:1100px;padding:16px 20px;font-family:"Noto Sans","Segoe UI",Roboto,"DejaVu Sans",\
      Arial,sans-serif;font-size:15px;line-height:1.45;color:#1b1f24;background:#fff;word-wrap:break-word}
      .running-header{font-size:12px;color:#57606a;border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-bottom:14px}
      .brand{font-weight:bold;color:#0b3d91;letter-spacing:.06em}
      header.doc{border-bottom:3px double #0b3d91;padding-bottom:8px;margin-bottom:8px}
      .kicker{text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:#1f5fa8;margin:0}
      h1{font-size:26px;line-height:1.2;margin:4px 0}
      .subtitle{font-size:17px;margin:2px 0 6px;color:#24292f}
      .meta{color:#57606a;font-size:13px;margin:0}
      h2{font-size:19px;color:#0b3d91;border-bottom:2px solid #1f5fa8;padding-bottom:2px;margin:26px 0 10px}
      h3{font-size:16px;margin:0 0 6px}
      table{border-collapse:collapse;width:100%;font-size:13px}
      th,td{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}
      thead th{background:#e8eff8}
      td.num{text-align:right;white-space:nowrap}
      span.w,td.time{white-space:nowrap}
      td.none{color:#57606a;font-style:italic}
      table.facts,table.form,table.narrow{max-width:760px}
      table.facts th,table.form th,table.kv th{width:40%;background:#f6f8fa;font-weight:normal}
      table.kv{font-size:13px;margin:4px 0 6px}
      table.facts td.num,table.kv td.num,table.form td.num{text-align:left}
      figure.chart{margin:10px 0 22px;max-width:900px;page-break-inside:avoid}
      figcaption{font-weight:bold;margin-bottom:4px}
      figure svg{width:100%;height:auto;display:block;border:1px solid #d0d7de}
      .entry{border:1px solid #d0d7de;border-left:5px solid #1f5fa8;padding:8px 12px;margin:10px 0;\
      page-break-inside:avoid}
      .entry .no{color:#1f5fa8}
      p.text{margin:4px 0;font-size:14px}
      tr.missing td,tr.missing th{background:#fff4e5}
      .badge{display:inline-block;font-size:11px;border:1px solid #c2571a;color:#9a3f0d;border-radius:3px;\
      padding:0 4px;margin-top:2px}
      section.definitions{max-width:900px;font-size:13px}
      section.definitions dt{font-weight:bold;margin-top:6px;page-break-after:avoid}
      section.definitions dt .where{font-weight:normal;color:#57606a}
      section.definitions dd{margin:2px 0 0 16px}
      footer{margin-top:28px;font-size:12px;color:#57606a;border-top:1px solid #d0d7de;padding-top:6px}
      """;

  private static final String SCREEN = """
      html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
      body{overflow-wrap:break-word}
      th,td{overflow-wrap:normal;word-break:normal}
      table.wide{font-size:12px}table.wide th,table.wide td{padding:3px 4px}
      .scroll{overflow-x:auto}
      figure.chart,.entry{break-inside:avoid}
      @media (max-width:600px){body{padding:10px;font-size:14px}h1{font-size:21px}h2{font-size:17px}\
      table{font-size:12px}table.facts th,table.form th,table.kv th{width:50%}}
      @media print{@page{size:A4;margin:16mm 14mm}body{max-width:none;padding:0;font-size:11pt}\
      .scroll{overflow:visible}thead{display:table-header-group}tr{page-break-inside:avoid;break-inside:avoid}\
      h2{page-break-after:avoid;break-after:avoid}}
      """;

  private static final String PDF = """
      body{font-family:"DejaVu Sans";font-size:9pt;max-width:none;padding:0;margin:0}
      .running-header{position:running(header);font-size:8pt;border-bottom:1px solid #d0d7de;margin:0}
      h1{font-size:18pt}h2{font-size:12.5pt;page-break-after:avoid}.subtitle{font-size:11pt}
      table{font-size:7.5pt;table-layout:fixed}
      table.facts,table.form,table.kv{font-size:8.5pt}
      thead{display:table-header-group}
      tr{page-break-inside:avoid}
      table.form tr,table#t-events tr{page-break-inside:auto}
      thead th{font-size:7pt}
      th,td{padding:2px 4px}
      .scroll{overflow:visible}
      figure.chart{max-width:none}
      img.chart{display:block;border:1px solid #d0d7de}
      section.contents{page-break-after:always}
      table.contents{table-layout:auto;font-size:9pt;max-width:560px}
      table.contents a.page{color:inherit;text-decoration:none}
      table.contents a.page::after{content:target-counter(attr(href), page)}
      p.volume{font-size:11pt;font-weight:bold;color:#0b3d91}
      """;

  private static final String ONE_SCREEN = """
      html,body{height:100%}
      body.screen{display:flex;flex-direction:column;height:100vh;max-width:none;margin:0;padding:6px 12px;\
      overflow-x:hidden}
      body.screen main{display:flex;flex-direction:column;flex:1 1 auto;min-height:0}
      header.bar{display:flex;flex-wrap:wrap;align-items:baseline;column-gap:14px;font-size:13px;color:#57606a;\
      border-bottom:1px solid #d0d7de;padding-bottom:3px;margin-bottom:0}
      header.bar .running-header{border:none;margin:0;padding:0;font-size:13px}
      header.bar h1{font-size:17px;margin:0;color:#1b1f24}
      header.bar .meta{font-size:13px}
      figure.page{flex:1 1 auto;min-height:0;margin:4px 0}
      figure.page svg{display:block;width:100%;height:100%;border:none}
      details.definitions{font-size:13px;max-width:900px;flex:0 0 auto}
      details.definitions summary{cursor:pointer;color:#0b3d91}
      details.definitions dt{font-weight:bold;margin-top:6px}
      details.definitions dt .where{font-weight:normal;color:#57606a}
      details.definitions dd{margin:2px 0 0 16px}
      details.definitions[open]{overflow:auto;max-height:45vh}
      @media print{@page{size:A4 landscape;margin:8mm}body.screen{height:auto}figure.page svg{height:auto}\
      details.definitions{display:none}}
      """;

  /** The style sheet of a report drawn as one screen ({@code screen.jte}). */
  static String screen() {
    return COMMON + SCREEN + ONE_SCREEN;
  }

  /** Font sizes (pt) of the PDF's table headers and cells, as in the style sheet below. */
  static final float PDF_HEADER_PT = 7f;
  static final float PDF_CELL_PT = 7.5f;
  /** What a PDF table cell adds to its text's width (pt): 4 px padding on both sides and a 1 px border. */
  static final double PDF_CELL_EXTRA_PT = (4 + 4 + 1) * 0.75;

  /** The PDF's page margins (top, right, bottom, left) in mm. */
  static final int MARGIN_TOP = 24;
  static final int MARGIN_SIDE = 14;
  static final int MARGIN_BOTTOM = 18;

  /** The width in pt that the PDF's body (and a table) has on a portrait or landscape A4 page. */
  static double pdfContentWidthPt(boolean landscape) {
    return ((landscape ? 297 : 210) - 2 * MARGIN_SIDE) * 72 / 25.4;
  }

  static String css(Xhtml.Mode mode, Locale locale, boolean landscape) {
    if (mode == Xhtml.Mode.HTML) {
      return COMMON + SCREEN;
    }
    return COMMON + PDF + "@page{size:A4" + (landscape ? " landscape" : "") + ";margin:" + MARGIN_TOP + "mm "
        + MARGIN_SIDE + "mm " + MARGIN_BOTTOM + "mm " + MARGIN_SIDE + "mm;"
        + "@top-center{content:element(header);vertical-align:bottom}"
        + "@bottom-left{content:" + Xml.cssString(ReportTexts.text(locale, "html.kicker"))
        + ";font-family:\"DejaVu Sans\";font-size:7.5pt;color:#57606a}"
        + "@bottom-right{content:" + Xml.cssString(ReportTexts.text(locale, "pdf.page") + " ") + " counter(page) "
        + Xml.cssString(" " + ReportTexts.text(locale, "pdf.of") + " ") + " counter(pages);"
        + "font-family:\"DejaVu Sans\";font-size:7.5pt;color:#57606a}}\n";
  }
}
