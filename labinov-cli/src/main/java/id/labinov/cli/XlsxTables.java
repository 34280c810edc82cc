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
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the first sheet (or a named one) of an XLSX workbook: the first row is the header.
 *
 * <p>Before the workbook is opened, every part of the zip is inflated once into nothing, counting: the
 * total decompressed size ({@code xlsx.maxUncompressedBytes}), the number of shared strings
 * ({@code xlsx.maxSharedStrings}) and the longest text ({@code import.maxCellChars}) are checked on
 * what the parts really hold, not on the sizes the zip declares, so a zip bomb ends in a message
 * instead of filling the memory.
 */
final class XlsxTables {
  /** The most parts a workbook may have; a sheet, its styles and relations are a few dozen. */
  static final int MAX_PARTS = 10_000;
  /** How many characters of XML a cell's text may take: character references are longer than what they stand for. */
  static final int RUN_FACTOR = 8;

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
    Counter counter = new Counter(maxBytes);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      int parts = 0;
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
        ZipEntry entry = e.nextElement();
        if (++parts > MAX_PARTS) {
          throw new CliException(ExitCodes.USAGE, "error.xlsx.parts", file, MAX_PARTS);
        }
        String name = entry.getName().toLowerCase(Locale.ROOT);
        try (InputStream in = counter.over(zip.getInputStream(entry))) {
          if (name.endsWith(".xml")) {
            scan(in, name.endsWith("sharedstrings.xml"), file, limits);
          }
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
      }
    } catch (CliException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      if (counter.exceeded) {
        throw limits.exceeded(file, Limits.Limit.XLSX_UNCOMPRESSED_BYTES);
      }
      throw new CliException(ExitCodes.USAGE, e, "error.xlsx.unreadable", file, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Reads an XML part through as bytes, with no XML parser (a streaming parser may still hold a whole
   * text node in memory): refuses a text or tag longer than a cell could need, measured in characters
   * (UTF-8 lead bytes) with room for character references ({@value #RUN_FACTOR} times
   * {@code import.maxCellChars}), before the workbook reader would build it as one string; and, in the
   * shared strings part, more {@code si} elements than {@code xlsx.maxSharedStrings}.
   */
  private static void scan(InputStream in, boolean sharedStrings, Path file, Limits limits) throws IOException {
    long maxStrings = limits.get(Limits.Limit.XLSX_SHARED_STRINGS);
    long maxRun = RUN_FACTOR * limits.get(Limits.Limit.IMPORT_CELL_CHARS) + 1024;
    final int text = 0;
    final int tag = 1;
    final int cdata = 2;
    int state = text;
    long run = 0;
    long strings = 0;
    // the start of the current tag: its first bytes, enough for "![CDATA[" and a prefixed "si"
    byte[] head = new byte[16];
    int headLength = 0;
    boolean headDone = false;
    int last3 = 0;
    byte[] buffer = new byte[64 * 1024];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      for (int i = 0; i < n; i++) {
        int b = buffer[i] & 0xff;
        last3 = (last3 << 8 | b) & 0xffffff;
        if (state == cdata) {
          if (last3 == (']' << 16 | ']' << 8 | '>')) {
            state = text;
          } else if ((b & 0xC0) != 0x80 && ++run > maxRun) {
            throw limits.exceeded(file, Limits.Limit.IMPORT_CELL_CHARS);
          }
        } else if (state == text) {
          if (b == '<') {
            state = tag;
            headLength = 0;
            headDone = false;
            run = 0;
          } else if ((b & 0xC0) != 0x80 && ++run > maxRun) {
            throw limits.exceeded(file, Limits.Limit.IMPORT_CELL_CHARS);
          }
        } else {
          boolean ends = b == '>' || b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '/' && headLength > 0;
          if (!headDone && (ends || headLength == head.length)) {
            headDone = true;
            if (sharedStrings && isSi(head, headLength) && ++strings > maxStrings) {
              throw limits.exceeded(file, Limits.Limit.XLSX_SHARED_STRINGS);
            }
          } else if (!headDone) {
            head[headLength++] = (byte) b;
            if (headLength == 8 && new String(head, 0, 8, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("![CDATA[")) {
              state = cdata;
              run = 0;
              continue;
            }
          }
          if (b == '>') {
            state = text;
            run = 0;
          } else if ((b & 0xC0) != 0x80 && ++run > maxRun) {
            throw limits.exceeded(file, Limits.Limit.IMPORT_CELL_CHARS);
          }
        }
      }
    }
  }

  /** Tells whether a start tag's name is {@code si}, with or without a namespace prefix. */
  private static boolean isSi(byte[] head, int length) {
    return length >= 2 && head[length - 2] == 's' && head[length - 1] == 'i'
        && (length == 2 || head[length - 3] == ':');
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
