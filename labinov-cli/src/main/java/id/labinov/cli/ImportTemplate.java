package id.labinov.cli;

import id.labinov.core.model.Bentuk;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.InitiatorType;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.Labelled;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code labinov import --template FILE}: an empty import file for people to fill in, in the user's
 * language. XLSX: a first sheet with the header row (the columns of {@link ImportColumn} in their
 * order, by their names in that language), a notes sheet (what each column holds, whether it is
 * required) and a sheet of the allowed values of {@code bentuk}, {@code jenis}, {@code inisiator}
 * and {@code urusan} (code and label). The import reads the first sheet, so the filled-in workbook is
 * imported as it is. CSV holds one table, so the header goes to {@code FILE.csv} and the notes and
 * allowed values to two files beside it ({@code FILE-petunjuk.csv}, {@code FILE-nilai.csv}; in
 * English {@code -notes} and {@code -values}), comma-separated, UTF-8.
 */
final class ImportTemplate {
  /** The widest a column of the template is made, in characters. */
  private static final double MAX_WIDTH = 70;

  private final Texts texts;

  /**
   * Creates the writer.
   *
   * @param texts the user's language
   */
  ImportTemplate(Texts texts) {
    this.texts = texts;
  }

  /**
   * Writes the template.
   *
   * @param file where ({@code .xlsx} or {@code .csv})
   * @param format {@code xlsx} or {@code csv} when given ({@code --format}), else {@code null} (from the extension)
   * @return the files written
   * @throws CliException with exit 2 when the format is neither
   * @throws IOException if writing fails
   */
  List<Path> write(Path file, String format) throws IOException {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    String kind = format != null ? Choices.codes("--format", List.of("csv", "xlsx")).parse(format, texts)
        : name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".csv") ? "csv" : null;
    if (kind == null) {
      throw new CliException(ExitCodes.USAGE, "error.import.format", file);
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    List<Sheet> sheets = List.of(header(), notes(), values());
    return kind.equals("xlsx") ? List.of(xlsx(file, sheets)) : csv(file, sheets);
  }

  /** One sheet of the template: its name (and file suffix for CSV) and its rows, the first a header. */
  private record Sheet(String name, String suffix, List<List<String>> rows) {}

  private Sheet header() {
    List<String> names = new ArrayList<>();
    for (ImportColumn c : ImportColumn.values()) {
      names.add(c.name(texts));
    }
    return new Sheet(texts.get("import.template.sheet.rows"), "", List.of(names));
  }

  private Sheet notes() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(texts.get("import.template.col.column"), texts.get("import.template.col.required"),
        texts.get("import.template.col.otherName"), texts.get("import.template.col.meaning")));
    for (ImportColumn c : ImportColumn.values()) {
      String other = texts.english() ? c.name(Texts.of("id")) : c.name(Texts.of("en"));
      rows.add(List.of(c.name(texts), texts.get(c.required() ? "import.template.yes" : "import.template.no"),
          other.equals(c.name(texts)) ? "" : other, texts.get("import.template.note.%s".formatted(c.code()))));
    }
    rows.add(List.of(ImportColumn.TEXT_PREFIXES.get(texts.english() ? 1 : 0) + "…",
        texts.get("import.template.no"), "", texts.get("import.template.note.prefixed")));
    rows.add(List.of("No", texts.get("import.template.no"), "", texts.get("import.template.note.numbering")));
    return new Sheet(texts.get("import.template.sheet.notes"), texts.get("import.template.suffix.notes"), rows);
  }

  private Sheet values() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(texts.get("import.template.col.column"), texts.get("import.template.col.code"),
        texts.get("import.template.col.label")));
    addValues(rows, ImportColumn.BENTUK, Bentuk.class);
    addValues(rows, ImportColumn.JENIS, Jenis.class);
    addValues(rows, ImportColumn.INITIATOR_TYPE, InitiatorType.class);
    addValues(rows, ImportColumn.GOVERNMENT_AFFAIR, GovernmentAffair.class);
    return new Sheet(texts.get("import.template.sheet.values"), texts.get("import.template.suffix.values"), rows);
  }

  private <E extends Enum<E> & Labelled> void addValues(List<List<String>> rows, ImportColumn column, Class<E> type) {
    Choices<E> choices = Choices.ofLabelled(column.name(texts), type);
    for (Choices.Choice<E> c : choices.all()) {
      rows.add(List.of(column.name(texts), c.code(), choices.label(c.value(), texts)));
    }
  }

  private static Path xlsx(Path file, List<Sheet> sheets) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "labinov", "1.0");
      for (Sheet sheet : sheets) {
        Worksheet ws = wb.newWorksheet(sheet.name());
        List<List<String>> rows = sheet.rows();
        double[] widths = new double[rows.get(0).size()];
        for (int r = 0; r < rows.size(); r++) {
          for (int c = 0; c < rows.get(r).size(); c++) {
            String v = rows.get(r).get(c);
            ws.inlineString(r, c, v);
            widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, v.length() + 2));
            if (r == 0) {
              ws.style(r, c).bold().set();
            } else if (widths[c] >= MAX_WIDTH) {
              ws.style(r, c).wrapText(true).set();
            }
          }
        }
        for (int c = 0; c < widths.length; c++) {
          ws.width(c, Math.max(8, widths[c]));
        }
        ws.freezePane(0, 1);
      }
      wb.finish();
    }
    return file;
  }

  private static List<Path> csv(Path file, List<Sheet> sheets) throws IOException {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : ".csv";
    List<Path> written = new ArrayList<>();
    for (Sheet sheet : sheets) {
      Path target = sheet.suffix().isEmpty() ? file : file.resolveSibling(stem + "-" + sheet.suffix() + extension);
      try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        for (List<String> row : sheet.rows()) {
          w.write(csvRecord(row));
        }
      }
      written.add(target);
    }
    return written;
  }

  /** One CSV record (RFC 4180): a field holding a comma, quote or line break quoted, quotes doubled; CRLF. */
  static String csvRecord(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i);
      if (i > 0) {
        sb.append(',');
      }
      boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
      sb.append(quote ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
    }
    return sb.append("\r\n").toString();
  }
}
