package id.labinov.cli;

import java.util.List;

/**
 * A sheet read from CSV or XLSX: the header and the data records, each with the line (or sheet row)
 * it starts on and, if it could not be read, why.
 */
record Table(List<String> header, List<Table.Line> lines) {
  /** One data record; {@code problemKey} is set (and {@code cells} empty) when it is malformed. */
  record Line(int number, List<String> cells, String problemKey, List<Object> problemArguments) {
    static Line of(int number, List<String> cells) {
      return new Line(number, List.copyOf(cells), null, List.of());
    }

    static Line malformed(int number, String key, Object... arguments) {
      return new Line(number, List.of(), key, List.of(arguments));
    }

    boolean malformed() {
      return problemKey != null;
    }

    boolean blank() {
      return !malformed() && cells.stream().allMatch(c -> c == null || c.isBlank());
    }
  }
}
