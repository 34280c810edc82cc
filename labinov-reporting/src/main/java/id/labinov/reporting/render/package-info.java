/**
 * Renderers: {@link id.labinov.reporting.render.JsonRenderer}, {@link
 * id.labinov.reporting.render.CsvRenderer}, {@link id.labinov.reporting.render.XlsxRenderer}, {@link
 * id.labinov.reporting.render.HtmlRenderer} and {@link id.labinov.reporting.render.PdfRenderer} turn any {@link id.labinov.reporting.data.Report} into bytes; {@link
 * id.labinov.reporting.render.ReportFormat} names them.
 *
 * <p>Every report is first laid out as the same format-neutral document: optional <em>facts</em>
 * (named single values) and named <em>tables</em> with stable column keys. The JSON field names are
 * these keys (see the module's {@code README.md} for every report's tables and columns); CSV writes
 * one table; XLSX writes the facts and one sheet per table. Values are typed: whole numbers,
 * decimals, dates, instants, years, booleans and text.
 *
 * <p>Output is deterministic: the same report data and options give the same JSON and CSV bytes and
 * the same XLSX sheet XML. Labels, headers, dates ("14 Januari 2019" / "14 January 2019") and numbers
 * ("1.234,56" / "1,234.56") follow the report's language. Text that a spreadsheet could run as a
 * formula (starting with {@code = + - @}, a tab or a carriage return, also after leading blanks or
 * invisible format characters) is prefixed with {@code '} in CSV and XLSX; JSON carries text as is.
 * Text that is not valid Unicode or XML is repaired with U+FFFD.
 *
 * <p>HTML and PDF show the same document: the single values, the report's charts (SVG in HTML, PNG
 * drawn with Java2D in the PDF, from one drawing code) and its tables; HTML escapes every value and
 * loads nothing from outside, and the PDF embeds the bundled DejaVu Sans.
 */
package id.labinov.reporting.render;
