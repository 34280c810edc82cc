package id.labinov.reporting.modules;

import static id.labinov.core.modules.ModulePathFixture.assertVisibility;
import static id.labinov.core.modules.ModulePathFixture.compile;
import static id.labinov.core.modules.ModulePathFixture.layer;
import static id.labinov.core.modules.ModulePathFixture.plus;
import static id.labinov.core.modules.ModulePathFixture.run;
import static id.labinov.core.modules.ModulePathFixture.runtimeModulePath;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.modules.ModulePathFixture.Compilation;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * labinov-reporting as a named module ({@code id.labinov.reporting}) on the module path, seen from
 * another module: it compiles against the entry, the report records and the renderers (and core's API
 * through {@code requires transitive}), not against the reporting or core internals; and a report
 * renders to every format inside the layer: the precompiled jte templates (found and called by the jte
 * runtime, an automatic module), the bundled fonts, the report texts and openhtmltopdf/PDFBox (automatic
 * modules) all work with reporting as a named module.
 */
class ModulePathTest {
  private static final String REPORTING = "id.labinov.reporting";

  @TempDir Path work;

  @Test
  void reportingIsAnExplicitModuleExportingItsApiOnly() {
    ModuleDescriptor reporting = layer(runtimeModulePath(), REPORTING).findModule(REPORTING).orElseThrow()
        .getDescriptor();

    assertThat(reporting.isAutomatic()).isFalse();
    assertThat(reporting.exports()).allMatch(e -> !e.isQualified()).extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder(REPORTING, REPORTING + ".data", REPORTING + ".render");
    assertThat(reporting.requires()).filteredOn(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
        .extracting(Requires::name).containsExactly("id.labinov.core");
    assertThat(reporting.opens()).isEmpty();
  }

  @ParameterizedTest(name = "{0}: visible {1}")
  @CsvSource({
      "id.labinov.reporting.Reports, true",
      "id.labinov.reporting.data.Report, true",
      "id.labinov.reporting.render.ReportFormat, true",
      "id.labinov.reporting.render.PdfVolumes, true",
      "id.labinov.core.Labinov, true",                   // requires transitive id.labinov.core
      "id.labinov.reporting.internal.ReportTexts, false",
      "id.labinov.core.internal.Checks, false",          // exported to reporting, not to its users
  })
  void aModuleRequiringOnlyReportingSeesItsApiAndCoresButNoInternals(String type, boolean visible) {
    assertVisibility(work, "id.labinov.reporting", type, visible);
  }

  @Test
  void aReportRendersToEveryFormatInsideTheModuleLayer() throws Exception {
    Compilation probe = compile(work, runtimeModulePath(), Map.of(
        "module-info.java", """
            module probe {
              requires id.labinov.reporting;
              exports probe;
            }
            """,
        "probe/ReportProbe.java", """
            package probe;

            import id.labinov.core.Labinov;
            import id.labinov.core.memory.InMemoryInnovationStore;
            import id.labinov.core.memory.InMemoryRulebookStore;
            import id.labinov.core.model.Actor;
            import id.labinov.core.model.InnovationDetails;
            import id.labinov.core.model.OpdCode;
            import id.labinov.core.model.RegionCode;
            import id.labinov.core.model.Role;
            import id.labinov.core.model.Scope;
            import id.labinov.core.query.InnovationFilter;
            import id.labinov.core.rules.Rulebooks;
            import id.labinov.reporting.Reports;
            import id.labinov.reporting.data.Report;
            import id.labinov.reporting.render.ReportFormat;
            import java.io.ByteArrayOutputStream;
            import java.time.Clock;
            import java.time.Instant;
            import java.time.ZoneOffset;
            import java.util.LinkedHashMap;
            import java.util.Locale;
            import java.util.Map;
            import java.util.function.Supplier;

            public final class ReportProbe implements Supplier<Map<String, byte[]>> {
              @Override public Map<String, byte[]> get() {
                Clock clock = Clock.fixed(Instant.parse("2024-03-01T03:00:00Z"), ZoneOffset.UTC);
                Labinov lab = Labinov.builder().clock(clock)
                    .innovationStore(new InMemoryInnovationStore())
                    .rulebookStore(new InMemoryRulebookStore())
                    .rulebook(Rulebooks.fiveD())
                    .build();
                RegionCode lebak = RegionCode.parse("36.02");
                lab.innovations().propose(lebak, Actor.of("asn-dinkes-017", "DINKES", Role.INNOVATOR).in(lebak),
                    InnovationDetails.titled("Posyandu Digital Lebak").withOpd(OpdCode.of("DINKES")));
                Reports reports = Reports.builder().labinov(lab).locale(Locale.ENGLISH).clock(clock).build();
                Report summary = reports.summary(Scope.region(lebak), InnovationFilter.all());

                Map<String, byte[]> files = new LinkedHashMap<>();
                files.put("module", Reports.class.getModule().getName().getBytes());
                for (ReportFormat format : ReportFormat.values()) {
                  ByteArrayOutputStream out = new ByteArrayOutputStream();
                  format.write(summary, out);
                  files.put(format.extension(), out.toByteArray());
                }
                return files;
              }
            }
            """));
    assertThat(probe.errors()).isEmpty();

    Map<String, byte[]> files = run(layer(plus(runtimeModulePath(), probe.classes()), "probe"), "probe",
        "probe.ReportProbe");

    assertThat(text(files.get("module"))).isEqualTo(REPORTING);
    assertThat(files).containsOnlyKeys("module", "json", "csv", "xlsx", "html", "pdf");
    assertThat(text(files.get("json"))).contains("\"title\":\"Programme summary\"", "\"total\":1");
    assertThat(text(files.get("csv"))).isNotBlank();
    assertThat(text(files.get("xlsx"))).startsWith("PK");
    assertThat(text(files.get("html"))).contains("<html", "Programme summary");
    try (PDDocument pdf = Loader.loadPDF(files.get("pdf"))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("Programme summary");
      PDResources page = pdf.getPage(0).getResources();
      List<String> fonts = new ArrayList<>();
      for (COSName name : page.getFontNames()) {
        fonts.add(page.getFont(name).getName());
      }
      assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"));   // the bundled font, read in the module
    }
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
