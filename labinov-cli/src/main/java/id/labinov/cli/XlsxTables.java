package id.labinov.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the first sheet (or a named one) of an XLSX workbook: the first row is the header.
 *
 * <p>Before the workbook is opened, every part of the zip is inflated once into nothing, counting: the
 * total decompressed size ({@code xlsx.maxUncompressedBytes}) and the number of shared strings
 * ({@code xlsx.maxSharedStrings}) are checked on the bytes the parts really hold, not on the sizes the
 * zip declares, so a zip bomb ends in a message instead of filling the memory.
 */
final class XlsxTables {
  /** The most parts a workbook may have; a sheet, its styles and relations are a few dozen. */
  static final int MAX_PARTS = 10_000;

  private XlsxTables() {}

  static Table read(Path file, String sheetName, Limits limits) throws IOException {
    if (Files.size(file) > limits.get(Limits.Limit.IMPORT_BYTES)) {
      throw limits.exceeded(file, Limits.Limit.IMPORT_BYTES);
    }
    inspect(file, limits);
    int maxColumns = limits.getInt(Limits.Limit.IMPORT_COLUMNS);
    int maxCell = limits.getInt(Limits.Limit.IMPORT_CELL_CHARS);
    long maxRows = limits.get(Limits.Limit.IMPORT_ROWS);
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      Sheet sheet = sheetName == null ? wb.getFirstSheet()
          : wb.findSheet(sheetName).orElseThrow(() -> new CliException(ExitCodes.USAGE, "error.xlsx.sheet",
              file, sheetName));
      List<String> header = null;
      List<Table.Line> lines = new ArrayList<>();
      try (Stream<Row> rows = sheet.openStream()) {
        for (Row row : (Iterable<Row>) rows::iterator) {
          if (row.getCellCount() > maxColumns) {
            throw limits.exceeded(file, Limits.Limit.IMPORT_COLUMNS);
          }
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < row.getCellCount(); c++) {
            String text = row.getOptionalCell(c).map(cell -> cell.getText()).orElse("");
            if (text.length() > maxCell) {
              throw limits.exceeded(file, Limits.Limit.IMPORT_CELL_CHARS);
            }
            cells.add(text);
          }
          if (header == null) {
            header = cells;
          } else {
            if (lines.size() >= maxRows) {
              throw limits.exceeded(file, Limits.Limit.IMPORT_ROWS);
            }
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

  /**
   * Inflates every part once, counting the bytes it really holds (across all parts) and the shared
   * strings, and refuses the workbook at the first limit passed; memory stays at a buffer.
   */
  static void inspect(Path file, Limits limits) {
    long maxBytes = limits.get(Limits.Limit.XLSX_UNCOMPRESSED_BYTES);
    long maxStrings = limits.get(Limits.Limit.XLSX_SHARED_STRINGS);
    Counter counter = new Counter(maxBytes);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      int parts = 0;
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
        ZipEntry entry = e.nextElement();
        if (++parts > MAX_PARTS) {
          throw new CliException(ExitCodes.USAGE, "error.xlsx.parts", file, MAX_PARTS);
        }
        try (InputStream in = counter.over(zip.getInputStream(entry))) {
          if (entry.getName().toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml")) {
            if (countStrings(in, maxStrings) > maxStrings) {
              throw limits.exceeded(file, Limits.Limit.XLSX_SHARED_STRINGS);
            }
          }
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
      }
    } catch (CliException e) {
      throw e;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      if (counter.exceeded) {
        throw limits.exceeded(file, Limits.Limit.XLSX_UNCOMPRESSED_BYTES);
      }
      throw new CliException(ExitCodes.USAGE, e, "error.xlsx.unreadable", file, String.valueOf(e.getMessage()));
    }
  }

  /** Counts the {@code si} elements of a shared strings part, stopping once past {@code max}. */
  private static long countStrings(InputStream in, long max) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    // no document type, no entities from outside: the part is read for counting only
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader r = f.createXMLStreamReader(in);
    long n = 0;
    try {
      while (r.hasNext() && n <= max) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && "si".equals(r.getLocalName())) {
          n++;
        }
      }
    } finally {
      r.close();
    }
    return n;
  }

  /** Counts the bytes read through the streams it wraps, and fails once they pass the limit. */
  private static final class Counter {
    final long max;
    long total;
    boolean exceeded;

    Counter(long max) {
      this.max = max;
    }

    InputStream over(InputStream in) {
      return new FilterInputStream(in) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            count(1);
          }
          return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, len);
          if (n > 0) {
            count(n);
          }
          return n;
        }
      };
    }

    void count(long n) throws IOException {
      total += n;
      if (total > max) {
        exceeded = true;
        throw new IOException("decompressed size past " + max + " bytes");
      }
    }
  }
}
