package id.labinov.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The HTML templates on their own: they escape every value by default and are compiled at build
 * time. (Hostile text in every field of every report is checked end to end by HostileDocumentsTest.)
 */
class TemplatesTest {
  private static final String HOSTILE = "<script>alert('x')</script> \"q\" & \u0007";

  private static String render(HtmlView.Page page) {
    StringWriter out = new StringWriter();
    TemplateEngine.createPrecompiled(null, ContentType.Html, TemplatesTest.class.getClassLoader(),
        Xhtml.class.getPackageName()).render("page.jte", page, new XhtmlOutput(out));
    return out.toString();
  }

  private static HtmlView.Page page(String text) {
    HtmlView.Cell cell = new HtmlView.Cell(null, List.of(new HtmlView.Piece(text, false, false),
        new HtmlView.Piece(text, true, false)));
    HtmlView.Table table = new HtmlView.Table("t", text, null, null, List.of(new HtmlView.Header("k", text)),
        new HtmlView.Counted<>(List.of(List.of(cell)), r -> r), 1, text);
    return new HtmlView.Page("id", text, text, text, "body { color: black }", "x", text, text, text, text, text, text,
        text, new HtmlView.Facts(text, List.of(new HtmlView.Fact(text, text, cell))), null, List.of(table),
        new HtmlView.Definitions(text, List.of(new HtmlView.Definition(text, text, text))), text);
  }

  @Test
  void aTitleWithMarkupIsWrittenAsText() throws Exception {
    String html = render(page(HOSTILE));
    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("<title>&lt;script&gt;").contains("&quot;q&quot; &amp; \uFFFD");
    // well-formed XML (what the PDF renderer parses), and the title reads back as the text that was given
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
    String expected = HOSTILE.replace('\u0007', '\uFFFD');
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(expected);
    assertThat(doc.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo(expected);
    assertThat(doc.getElementsByTagName("td").item(1).getTextContent()).isEqualTo(expected + expected);
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
  }

  @Test
  void templatesAreCompiledAtBuildTime() throws Exception {
    // the generated classes are in the jar; the template sources are not needed (and not shipped)
    for (String name : List.of("page", "table", "catalogue", "profile", "cell")) {
      assertThat(Class.forName(Xhtml.class.getPackageName() + ".Jte" + name + "Generated")).isNotNull();
      assertThat(Xhtml.class.getResource(name + ".jte")).isNull();
    }
  }
}
