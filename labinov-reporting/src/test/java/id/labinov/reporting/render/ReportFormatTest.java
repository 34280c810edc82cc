package id.labinov.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.reporting.DeterminismTest;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.support.LebakData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every format renders every report through {@link ReportFormat#write}. */
class ReportFormatTest {
  @Test
  void everyFormatWritesEveryReport() {
    assertThat(ReportFormat.values()).contains(ReportFormat.HTML, ReportFormat.PDF);
    assertThat(Arrays.stream(ReportFormat.values()).map(ReportFormat::extension))
        .containsExactly("json", "csv", "xlsx", "html", "pdf");
    LebakData data = LebakData.create();
    Report summary = DeterminismTest.all(data, Locale.ENGLISH, LebakData.REPORT_TIME).get(0);
    for (ReportFormat f : ReportFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      f.write(summary, out);
      byte[] b = out.toByteArray();
      String head = new String(b, 0, Math.min(15, b.length), StandardCharsets.ISO_8859_1);
      switch (f) {
        case JSON -> assertThat(head).startsWith("{\"report\"");
        case CSV -> assertThat(head).startsWith("Stage");
        case XLSX -> assertThat(head).startsWith("PK");
        case HTML -> assertThat(head).startsWith("<!DOCTYPE html>");
        case PDF -> assertThat(head).startsWith("%PDF-");
      }
      assertThat(f.renderer().getClass().getSimpleName()).startsWith(f.name().charAt(0) + f.name().substring(1)
          .toLowerCase(Locale.ROOT));
    }
  }
}
