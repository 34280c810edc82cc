package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.spi.Directory;
import id.labinov.reporting.data.CatalogueGrouping;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.support.Html;
import id.labinov.reporting.support.Pdf;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Markup, quotes, right-to-left controls, emoji and very long text in titles, details and directory
 * names reach HTML and PDF as inert text, and the PDF layout keeps every glyph on its A4 page.
 */
class HostileDocumentsTest {
  static final String SCRIPT = "<script>alert('x')</script> \"kutip\" & 'apos' </td></table>";
  static final String RTL = "\u202Eمرحبا abc\u200F \u202Bنص\u202C akhir";
  static final String EMOJI = "Inovasi 🚀🇮🇩 👩🏽‍⚕️ sehat";
  /** The longest title core accepts, without a break opportunity. */
  static final String LONG_TITLE = "Panjang".repeat(300 / 7) + "X".repeat(300 % 7);
  static final String LONG_TEXT = "tanpaspasi".repeat(300);
  static final String OPD_NAME = "<img src=x onerror=alert(1)> Dinas \"Bebas\" ]]> &amp; " + "Nama".repeat(60);
  static final String PERSON = "<b onmouseover=alert(2)>Pak</b>\u202E";

  static Scenario scenario;
  static Reports reports;
  static List<Scenario.Plan> plans;

  @BeforeAll
  static void create() {
    scenario = new Scenario();
    Scenario.Plan a = scenario.plan(SCRIPT, "DINKES").outsideProgramme().themes("KOTA_SEHAT").reach(5, 20, 45, 100)
        .on(110, () -> HostileInputTest.update(scenario, plans.get(0), d -> d
            .withText(InnovationDetails.IDEA_SUMMARY, RTL).withText(InnovationDetails.BENEFITS, EMOJI)
            .withText(InnovationDetails.RESULTS, LONG_TEXT)));
    Scenario.Plan b = scenario.plan(RTL, "DISDIK").outsideProgramme().reach(6, 21, 46, 101);
    Scenario.Plan c = scenario.plan(EMOJI, "DISHUB").outsideProgramme().reach(7, 22);
    Scenario.Plan e = scenario.plan(LONG_TITLE, "DINKES").outsideProgramme().reach(8, 23, 47, 102).drop(112, SCRIPT);
    plans = List.of(a, b, c, e);
    scenario.run(120);
    reports = Reports.builder().labinov(scenario.lab).directory(new Directory() {
      @Override
      public Optional<String> findOpdName(OpdCode opd) {
        return Optional.of(OPD_NAME + opd.value());
      }

      @Override
      public PersonName findPersonName(PersonId person) {
        return PersonName.of(PERSON);
      }

      @Override
      public Optional<String> findThemeName(id.labinov.core.model.Theme theme, java.util.Locale locale) {
        return Optional.empty();
      }
    }).build();
  }

  static List<Report> all() {
    Scope lebak = Scope.region(Scenario.LEBAK);
    return List.of(reports.summary(lebak, InnovationFilter.all()),
        reports.stageDurations(lebak, InnovationFilter.all(), 0),
        reports.showcaseCatalogue(lebak, InnovationFilter.all(), CatalogueGrouping.OPD),
        reports.innovationProfile(plans.get(0).ref), reports.innovationProfile(plans.get(3).ref),
        reports.auditTrail(plans.get(0).ref), reports.auditTrail(plans.get(3).ref));
  }

  @Test
  void htmlHoldsTheTextExactlyAndNoMarkupFromIt() {
    for (Report r : all()) {
      byte[] bytes = Rendered.html(r);
      Document d = Html.parse(bytes);
      String kind = r.info().kind().code();
      for (String tag : List.of("script", "img", "b", "iframe", "object")) {
        assertThat(Html.all(d, tag)).as(kind + " " + tag).isEmpty();
      }
      for (Element el : Html.all(d, "*", "*")) {
        for (int i = 0; i < el.getAttributes().getLength(); i++) {
          assertThat(el.getAttributes().item(i).getNodeName()).as(kind).doesNotStartWith("on").isNotEqualTo("src");
        }
      }
      String raw = new String(bytes, StandardCharsets.UTF_8);
      assertThat(raw).as(kind).doesNotContain("<script", "<img", "<b ", "</td></table>");
      String text = Html.text(d);
      if (r.info().kind().code().equals("audit-trail")) {
        assertThat(text).contains("<b onmouseover=alert(2)>Pak</b>");
      } else if (!r.info().kind().code().equals("innovation-profile")) {
        assertThat(text).as(kind).contains(OPD_NAME + "DI");
      }
    }
    Document catalogue = Rendered.htmlDom(all().get(2));
    assertThat(Html.all(catalogue, "h3")).extracting(Element::getTextContent)
        .containsExactly("1. " + SCRIPT, "2. " + RTL);
    Document profile = Rendered.htmlDom(all().get(4));
    assertThat(Html.keyValues(Html.byId(profile, "t-profile"))).containsEntry("name", LONG_TITLE);
    String text = Html.text(catalogue);
    assertThat(text).contains(RTL, EMOJI, LONG_TEXT);
    // titles sit in their own isolating element, so a right-to-left override cannot run into the number
    assertThat(Html.all(catalogue, "bdi")).extracting(Element::getTextContent).contains(RTL, SCRIPT);
  }

  @Test
  void chartLabelsAreEscapedAndCutToFit() {
    Document summary = Rendered.htmlDom(all().get(0));
    List<Element> texts = Html.all(summary, Html.SVG, "text");
    assertThat(texts).isNotEmpty();
    assertThat(texts).allSatisfy(t -> assertThat(t.getTextContent().length()).isLessThan(60));
    // a long label wraps to two lines, the second cut; the full label is the tooltip
    assertThat(texts).anySatisfy(t -> assertThat(t.getTextContent()).startsWith("<img src=x"));
    assertThat(texts).anySatisfy(t -> assertThat(t.getTextContent()).endsWith("\u2026"));
    assertThat(Html.all(summary, Html.SVG, "title")).anySatisfy(t -> assertThat(t.getTextContent())
        .startsWith("<img src=x").hasSizeGreaterThan(60));
  }

  @Test
  void pdfKeepsEveryGlyphOnTheA4PageAndTheTextReadable() {
    List<Report> reports = all();
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      Pdf pdf = Pdf.read(Rendered.pdf(r));
      String kind = r.info().kind().code();
      assertThat(pdf.outside).as(kind + " glyphs off the page").isEmpty();
      // A4, portrait or (for reports with wide tables) landscape
      assertThat(pdf.sizes).allSatisfy(s -> assertThat(Math.min(s.getWidth(), s.getHeight())).isBetween(594f, 597f));
      String flat = pdf.body.replaceAll("\\s+", "");
      if (kind.equals("showcase-catalogue")) {
        assertThat(flat).contains("<script>alert('x')</script>\"kutip\"&'apos'</td></table>".replace(" ", ""),
            LONG_TEXT, "Inovasi", OPD_NAME.replace(" ", "") + "DINKES");
      }
      if (i == 4) {
        // the profile of the innovation with the longest title: the title in full, in the header and the form
        assertThat(flat.split(LONG_TITLE, -1)).hasSizeGreaterThanOrEqualTo(3);
      }
      assertThat(pdf.embedded).containsOnly(true);
    }
  }
}
