package id.labinov.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.reporting.DeterminismTest;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.support.LebakData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README documents every report's facts, tables and columns, so the JSON field names stay documented. */
class ReadmeTest {
  @Test
  void everyFieldNameIsDocumentedInItsReportsSection() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (Report r : DeterminismTest.all(LebakData.create(), Locale.ENGLISH, LebakData.REPORT_TIME)) {
      String code = r.info().kind().code();
      int start = readme.indexOf("### `" + code + "`");
      assertThat(start).as(code).isPositive();
      int end = readme.indexOf("\n### ", start + 1);
      String section = readme.substring(start, end < 0 ? readme.indexOf("\n## ", start) : end);
      Doc doc = Layouts.of(r);
      doc.facts().forEach(f -> assertThat(section).as(code + " fact").contains("`" + f.key() + "`"));
      for (Doc.Table t : doc.tables()) {
        assertThat(section).as(code + " table").contains("`" + t.name() + "`");
        for (Doc.Column c : t.columns()) {
          assertThat(section).as(code + "." + t.name()).contains(c.group() == null ? "`" + c.key() + "`"
              : "`" + c.group() + ".<CODE>`");
        }
      }
    }
  }
}
