package id.labinov.reporting.render;

import id.labinov.core.internal.Checks;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.data.ReportInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a report as one UTF-8 JSON object, compact, ending with a newline:
 *
 * <pre>{@code
 * {"report":"programme-summary","formatVersion":1,"title":"Ringkasan Program","language":"id",
 *  "generatedAt":"2019-12-20T02:00:00Z","timeZone":"WIB","zoneId":"Asia/Jakarta","asOf":"2019-12-20",
 *  "scope":{"level":"REGION","code":"36.02"},
 *  "facts":{"programmeId":"lebak-2019",...},
 *  "tables":{"byStage":[{"stage":"DRUM_UP","stageLabel":"...","total":3,...},...],...}}
 * }</pre>
 *
 * <p>Field names are the stable keys listed per report in the module's README; every column is
 * written in every row, {@code null} when not set. Whole numbers and decimals are JSON numbers
 * (decimals as plain text, never in exponent form), dates ({@code yyyy-MM-dd}) and instants (ISO-8601,
 * UTC) are strings; labels are in the report's language, codes never change. Ranking rows nest their
 * per-criterion scores in {@code "perCriterion":{"CODE":...}}. {@code "definitions"} closes the object:
 * for every figure of the report, by section ({@code facts} or a table's name) and key, its label and
 * its written definition in Indonesian ({@code id}) and English ({@code en}). Text is written as is (escaped),
 * unpaired surrogates replaced with U+FFFD. Rows are written as they are read, so streamed reports
 * need memory for one page only.
 */
public final class JsonRenderer implements Renderer {
  /** The version of this layout; it changes only when a field is removed or changes meaning. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /** Creates the renderer. */
  public JsonRenderer() {}

  @Override
  public void render(Report report, OutputStream out) {
    Checks.notNull(report, "report");
    Checks.notNull(out, "out");
    Doc doc = Layouts.of(report);
    ReportInfo info = doc.info();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringProperty("report", info.kind().code());
      g.writeNumberProperty("formatVersion", FORMAT_VERSION);
      g.writeStringProperty("title", doc.title());
      g.writeStringProperty("language", info.locale().getLanguage());
      g.writeStringProperty("generatedAt", info.generatedAt().toString());
      g.writeStringProperty("timeZone", info.timeZone().name());
      g.writeStringProperty("zoneId", info.timeZone().zoneId().getId());
      g.writeStringProperty("asOf", info.asOf().toString());
      g.writeName("scope");
      g.writeStartObject();
      g.writeStringProperty("level", info.scope().level().name());
      g.writeStringProperty("code", info.scope().code());
      g.writeEndObject();
      g.writeName("facts");
      g.writeStartObject();
      for (Doc.Fact f : doc.facts()) {
        g.writeName(f.key());
        value(g, f.value());
      }
      g.writeEndObject();
      g.writeName("tables");
      g.writeStartObject();
      for (Doc.Table t : doc.tables()) {
        g.writeName(t.name());
        g.writeStartArray();
        for (Object[] row : t.rows()) {
          row(g, t.columns(), row);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      definitions(g, doc);
      g.writeEndObject();
      g.writeRaw('\n');
      g.flush();
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException("cannot write JSON report: " + e.getOriginalMessage(), e));
    }
  }

  /** {@code "definitions":{"facts":{"late":{"label":..,"id":..,"en":..}},"schedule":{...}}}. */
  private static void definitions(JsonGenerator g, Doc doc) {
    g.writeName("definitions");
    g.writeStartObject();
    String section = null;
    for (Definitions.Entry e : Definitions.of(doc)) {
      if (!e.section().equals(section)) {
        if (section != null) {
          g.writeEndObject();
        }
        section = e.section();
        g.writeName(section);
        g.writeStartObject();
      }
      g.writeName(e.key());
      g.writeStartObject();
      g.writeStringProperty("label", e.label());
      g.writeStringProperty("id", e.indonesian());
      g.writeStringProperty("en", e.english());
      g.writeEndObject();
    }
    if (section != null) {
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void row(JsonGenerator g, List<Doc.Column> columns, Object[] row) {
    g.writeStartObject();
    String group = null;
    for (int i = 0; i < columns.size(); i++) {
      Doc.Column c = columns.get(i);
      if (group != null && !group.equals(c.group())) {
        g.writeEndObject();
        group = null;
      }
      if (c.group() != null && group == null) {
        g.writeName(c.group());
        g.writeStartObject();
        group = c.group();
      }
      g.writeName(c.key());
      value(g, row[i]);
    }
    if (group != null) {
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, Object v) {
    if (v == null || v == Doc.NOT_RECORDED) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(SafeText.validUnicode(s));
    } else if (v instanceof Long n) {
      g.writeNumber(n);
    } else if (v instanceof Integer n) {
      g.writeNumber(n);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeString(v.toString());
    }
  }
}
