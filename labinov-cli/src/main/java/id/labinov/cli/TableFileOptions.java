package id.labinov.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options of a command that reads a table from a CSV or XLSX file ({@code import},
 * {@code directory load}): the format (from the file's extension unless given), the CSV delimiter
 * and the XLSX sheet. Reading keeps the tool's input limits and notes a byte order mark.
 */
final class TableFileOptions {
  @Option(names = "--format", paramLabel = "csv|xlsx", descriptionKey = "option.importFormat")
  String format;

  @Option(names = "--delimiter", paramLabel = "CHAR", descriptionKey = "option.delimiter")
  Character delimiter;

  @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "option.sheet")
  String sheet;

  /** Reads the file as a table for the command, within its settings' limits. */
  Table read(Path file, BaseCommand command) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String kind = format != null ? format.toLowerCase(Locale.ROOT)
        : name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".csv") || name.endsWith(".txt") ? "csv" : null;
    if ("csv".equals(kind)) {
      command.noteByteOrderMark(file);
      return CsvTables.read(file, delimiter, command.settings().limits());
    }
    if ("xlsx".equals(kind)) {
      return XlsxTables.read(file, sheet, command.settings().limits());
    }
    throw new CliException(ExitCodes.USAGE, "error.import.format", file);
  }
}
