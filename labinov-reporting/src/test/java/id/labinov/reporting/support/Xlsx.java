package id.labinov.reporting.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads workbooks back with fastexcel-reader, and the raw parts of the package. */
public final class Xlsx {
  private Xlsx() {}

  /** Every sheet by name, in order: rows of cells (null for an absent cell). */
  public static Map<String, List<List<Cell>>> read(byte[] bytes) {
    Map<String, List<List<Cell>>> out = new LinkedHashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
      for (Sheet s : wb.getSheets().toList()) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Row r : s.read()) {
          while (rows.size() < r.getRowNum() - 1) {
            rows.add(List.of());
          }
          List<Cell> cells = new ArrayList<>();
          for (int c = 0; c < r.getCellCount(); c++) {
            cells.add(r.hasCell(c) ? r.getCell(c) : null);
          }
          rows.add(cells);
        }
        out.put(s.getName(), rows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Rows after the header as maps from header text to cell. */
  public static List<Map<String, Cell>> rows(List<List<Cell>> sheet) {
    List<String> header = sheet.get(0).stream().map(Cell::asString).toList();
    List<Map<String, Cell>> out = new ArrayList<>();
    for (List<Cell> r : sheet.subList(1, sheet.size())) {
      Map<String, Cell> m = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), i < r.size() ? r.get(i) : null);
      }
      out.add(m);
    }
    return out;
  }

  /** Every entry of the zip package by name (read through the central directory). */
  public static Map<String, byte[]> parts(byte[] bytes) {
    Map<String, byte[]> out = new TreeMap<>();
    try {
      Path file = Files.createTempFile("labinov-report", ".xlsx");
      try {
        Files.write(file, bytes);
        try (ZipFile zip = new ZipFile(file.toFile())) {
          for (ZipEntry e : java.util.Collections.list(zip.entries())) {
            try (var in = zip.getInputStream(e)) {
              out.put(e.getName(), in.readAllBytes());
            }
          }
        }
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
