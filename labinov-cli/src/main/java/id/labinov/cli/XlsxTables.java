package id.labinov.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads the first sheet (or a named one) of an XLSX workbook: the first row is the header. */
final class XlsxTables {
  private XlsxTables() {}

  static Table read(Path file, String sheetName) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      Sheet sheet = sheetName == null ? wb.getFirstSheet()
          : wb.findSheet(sheetName).orElseThrow(() -> new CliException(ExitCodes.USAGE, "error.xlsx.sheet",
              file, sheetName));
      List<String> header = null;
      List<Table.Line> lines = new ArrayList<>();
      try (Stream<Row> rows = sheet.openStream()) {
        for (Row row : (Iterable<Row>) rows::iterator) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < row.getCellCount(); c++) {
            cells.add(row.getOptionalCell(c).map(cell -> cell.getText()).orElse(""));
          }
          if (header == null) {
            header = cells;
          } else {
            lines.add(Table.Line.of(row.getRowNum(), cells));
          }
        }
      }
      if (header == null) {
        throw new CliException(ExitCodes.USAGE, "error.csv.header", file);
      }
      return new Table(header, lines);
    } catch (IOException | RuntimeException e) {
      if (e instanceof CliException c) {
        throw c;
      }
      throw new CliException(ExitCodes.USAGE, e, "error.xlsx.unreadable", file, String.valueOf(e.getMessage()));
    }
  }
}
