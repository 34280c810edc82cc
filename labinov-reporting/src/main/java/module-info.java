/**
 * labinov's reports: computed through labinov-core's query port, rendered to JSON, CSV, XLSX, HTML
 * and PDF. Exports the entry ({@code id.labinov.reporting}), the report records
 * ({@code id.labinov.reporting.data}) and the renderers ({@code id.labinov.reporting.render});
 * {@code id.labinov.reporting.internal} is not exported.
 */
module id.labinov.reporting {
  // Transitive: Reports is built from core's Labinov and ports; the report records hold core's types.
  requires transitive id.labinov.core;
  // JSON renderer (streaming generator).
  requires tools.jackson.core;
  // XLSX renderer.
  requires org.dhatim.fastexcel;
  // HTML: the templates are compiled to classes in id.labinov.reporting.render at build time; the jte
  // runtime finds them by name and calls their public static render methods (no opens needed: the
  // package is exported).
  requires gg.jte.runtime;
  // Compile time only: the generated template classes carry @javax.annotation.processing.Generated
  // (source retention).
  requires static java.compiler;
  // PDF. openhtmltopdf 1.1.65 has neither a module-info nor an Automatic-Module-Name, so these two are
  // the names the JDK derives from the jar file names (openhtmltopdf-core-1.1.65.jar,
  // openhtmltopdf-pdfbox-1.1.65.jar); Maven warns about them ("filename-based automodules"), and a
  // host that renames those jars on its module path must keep the names. Their packages are not split.
  // PDFBox 3.0.8 names its modules (Automatic-Module-Name).
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires org.apache.pdfbox;
  // Not used here: PDFBox logs through commons-logging, which is an explicit module (module-info in
  // META-INF/versions/9). PDFBox, an automatic module, declares no requires, so without this line nothing
  // resolves commons-logging on a module path and the first PDF fails with NoClassDefFoundError.
  requires org.apache.commons.logging;
  // Charts drawn with Java2D (PNG in the PDF); openhtmltopdf's logging is routed through java.util.logging.
  requires java.desktop;
  requires java.logging;

  exports id.labinov.reporting;
  exports id.labinov.reporting.data;
  exports id.labinov.reporting.render;
}
