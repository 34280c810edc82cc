package id.labinov.reporting.render;

import id.labinov.reporting.DeterminismTest;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.support.LebakData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** TEMPORARY: dumps the XHTML of the Lebak reports for a before/after diff. */
class XhtmlDumpTest {
  @Test
  void dump() throws Exception {
    String dir = System.getProperty("dump.dir");
    if (dir == null) {
      return;
    }
    Path d = Files.createDirectories(Path.of(dir));
    LebakData data = LebakData.create();
    for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH)) {
      int i = 0;
      for (Report r : DeterminismTest.all(data, locale, LebakData.REPORT_TIME)) {
        String name = (i++) + "-" + r.info().kind().code() + "-" + (locale.getLanguage().isEmpty() ? "id" : "en");
        Files.writeString(d.resolve(name + ".html"), Xhtml.write(r, Xhtml.Mode.HTML));
        Files.writeString(d.resolve(name + ".pdf.xhtml"), Xhtml.write(r, Xhtml.Mode.PDF));
      }
    }
  }
}
