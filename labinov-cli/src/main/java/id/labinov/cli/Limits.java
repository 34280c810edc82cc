package id.labinov.cli;

import id.labinov.core.rules.RulebookLimits;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The input limits of the command line: how large a file it reads and how much of it, so that a
 * hostile or mistaken file ends in a message naming the limit (exit 2) rather than in an
 * {@code OutOfMemoryError} or a run of hours. Each is raised with {@code --limit NAME=VALUE} or
 * {@code limit.NAME=VALUE} in the configuration file; the defaults accept the project's largest
 * legitimate inputs (a 100,000-row import, the shipped rulebooks) with room to spare.
 */
final class Limits {
  /** One limit: its name (as in {@code --limit}), its default and the smallest and largest value it may take. */
  enum Limit {
    RULEBOOK_BYTES("rulebook.maxBytes", RulebookLimits.DEFAULT_MAX_BYTES, Integer.MAX_VALUE - 16),
    RULEBOOK_DEPTH("rulebook.maxDepth", RulebookLimits.DEFAULT_MAX_DEPTH, 500),
    IMPORT_BYTES("import.maxBytes", 256L << 20, Integer.MAX_VALUE - 16),
    IMPORT_ROWS("import.maxRows", 200_000, Integer.MAX_VALUE - 16),
    IMPORT_COLUMNS("import.maxColumns", 100, 10_000),
    IMPORT_CELL_CHARS("import.maxCellChars", 100_000, Integer.MAX_VALUE - 16),
    XLSX_UNCOMPRESSED_BYTES("xlsx.maxUncompressedBytes", 1L << 30, Long.MAX_VALUE),
    XLSX_SHARED_STRINGS("xlsx.maxSharedStrings", 2_000_000, Integer.MAX_VALUE - 16),
    HASHES_BYTES("hashes.maxBytes", 256L << 20, Integer.MAX_VALUE - 16);

    final String key;
    final long byDefault;
    final long max;

    Limit(String key, long byDefault, long max) {
      this.key = key;
      this.byDefault = byDefault;
      this.max = max;
    }
  }

  /** The most a configuration file may hold: it cannot raise the limit that reads it. */
  static final int CONFIG_MAX_BYTES = 1 << 20;

  private final Map<Limit, Long> values;

  private Limits(Map<Limit, Long> values) {
    this.values = values;
  }

  /** Returns the defaults. */
  static Limits defaults() {
    return new Limits(new EnumMap<>(Limit.class));
  }

  /**
   * Reads limits from the configuration file's {@code limit.*} keys, then the {@code --limit} options
   * (which win).
   */
  static Limits of(Map<String, String> fromFile, Map<String, String> fromOptions) {
    Map<Limit, Long> v = new EnumMap<>(Limit.class);
    for (Map<String, String> source : java.util.List.of(fromFile, fromOptions)) {
      for (Map.Entry<String, String> e : source.entrySet()) {
        Limit l = byKey(e.getKey());
        v.put(l, parse(l, e.getValue()));
      }
    }
    return new Limits(v);
  }

  /** Returns a limit's value. */
  long get(Limit limit) {
    return values.getOrDefault(limit, limit.byDefault);
  }

  /** Returns a limit's value as an int (every limit but the XLSX uncompressed size fits one). */
  int getInt(Limit limit) {
    return (int) Math.min(Integer.MAX_VALUE - 16, get(limit));
  }

  /** The rulebook limits to pass to the core. */
  RulebookLimits rulebook() {
    return new RulebookLimits(get(Limit.RULEBOOK_BYTES), getInt(Limit.RULEBOOK_DEPTH));
  }

  /** The error for input beyond a limit: names the file, the limit and how to raise it. */
  CliException exceeded(Object source, Limit limit) {
    return new CliException(ExitCodes.USAGE, "error.limit.exceeded", source, limit.key, get(limit));
  }

  static String names() {
    return Arrays.stream(Limit.values()).map(l -> l.key).collect(Collectors.joining(", "));
  }

  private static Limit byKey(String key) {
    String k = key.strip();
    for (Limit l : Limit.values()) {
      if (l.key.equalsIgnoreCase(k)) {
        return l;
      }
    }
    throw new CliException(ExitCodes.USAGE, "error.limit.unknown", key, names());
  }

  private static long parse(Limit l, String text) {
    String t = text == null ? "" : text.strip().replace("_", "").toLowerCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("k") || t.endsWith("m") || t.endsWith("g")) {
      unit = t.endsWith("k") ? 1L << 10 : t.endsWith("m") ? 1L << 20 : 1L << 30;
      t = t.substring(0, t.length() - 1);
    }
    try {
      long v = Math.multiplyExact(Long.parseLong(t), unit);
      if (v >= 1 && v <= l.max) {
        return v;
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // falls through to the message
    }
    throw new CliException(ExitCodes.USAGE, "error.limit.value", l.key, text, l.max);
  }
}
