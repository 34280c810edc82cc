package id.labinov.reporting.support;

import id.labinov.reporting.data.Report;
import id.labinov.reporting.render.CsvOptions;
import id.labinov.reporting.render.CsvRenderer;
import id.labinov.reporting.render.HtmlRenderer;
import id.labinov.reporting.render.JsonRenderer;
import id.labinov.reporting.render.PdfRenderer;
import id.labinov.reporting.render.XlsxRenderer;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Renders reports to bytes and reads them back with real parsers. */
public final class Rendered {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private Rendered() {}

  public static byte[] json(Report r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonRenderer().render(r, out);
    return out.toByteArray();
  }

  public static JsonNode jsonTree(Report r) {
    return MAPPER.readTree(json(r));
  }

  public static byte[] csv(Report r, String table, CsvOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvRenderer(options).render(r, table, out);
    return out.toByteArray();
  }

  /** A table as CSV for machines (key headers, plain values), read back. */
  public static List<Map<String, String>> plainCsv(Report r, String table) {
    return Csv.rows(csv(r, table, CsvOptions.plain()), ',');
  }

  /** A table as CSV for people in the report's language, read back. */
  public static List<Map<String, String>> localizedCsv(Report r, String table) {
    return Csv.rows(csv(r, table, CsvOptions.defaults()), ',');
  }

  public static byte[] xlsx(Report r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxRenderer().render(r, out);
    return out.toByteArray();
  }

  public static byte[] html(Report r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlRenderer().render(r, out);
    return out.toByteArray();
  }

  public static org.w3c.dom.Document htmlDom(Report r) {
    return Html.parse(html(r));
  }

  public static byte[] pdf(Report r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(r, out);
    return out.toByteArray();
  }

  public static Map<String, List<List<Cell>>> workbook(Report r) {
    return Xlsx.read(xlsx(r));
  }
}
