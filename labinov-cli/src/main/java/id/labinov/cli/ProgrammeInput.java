package id.labinov.cli;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.InputText;
import id.labinov.core.model.RegionCode;
import id.labinov.core.programme.Programme;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Rulebook;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a programme an administrator gives: lines of a properties file (UTF-8), then the
 * command's options, an option winning over the file's line. Keys, in English or Indonesian:
 * {@code id}, {@code name} ({@code nama}), {@code year} ({@code tahun}), {@code organiser}
 * ({@code penyelenggara}), {@code opds} ({@code opd-peserta}, comma-separated), {@code coaches}
 * ({@code pendamping}), {@code target}, {@code rulebook} ({@code buku-aturan}, {@code 5d} or
 * {@code 5d@1}), {@code time-zone} ({@code zona-waktu}: WIB, WITA, WIT), and one
 * {@code phase.STAGE} ({@code jadwal.TAHAP}) line per stage: {@code FIRST..LAST}, ISO dates, the last
 * day included ({@code phase.DESIGN=2026-06-01..2026-07-31}). The stage is its code or label. Any
 * other key, or a key written twice, refuses the file (exit 2) before anything is stored.
 */
final class ProgrammeInput {
  /** The keys, in the order listed in messages; the option of each is {@code --KEY}. */
  static final List<String> KEYS = List.of("id", "name", "year", "organiser", "opds", "coaches", "target",
      "rulebook", "time-zone");
  /** Indonesian spellings of the keys. */
  private static final Map<String, String> ALIASES = Map.of("nama", "name", "tahun", "year",
      "penyelenggara", "organiser", "opd-peserta", "opds", "pendamping", "coaches", "buku-aturan", "rulebook",
      "zona-waktu", "time-zone");
  private static final List<String> PHASE_PREFIXES = List.of("phase.", "jadwal.");
  private static final Pattern WINDOW = Pattern.compile("\\s*(\\S+)\\s*\\.\\.\\s*(\\S+)\\s*");
  private static final Pattern RULEBOOK = Pattern.compile("([a-z0-9][a-z0-9._-]*)(?:@(\\d{1,4}))?");

  /** A value and where it was given ({@code program.properties: year}, {@code --year}), as messages name it. */
  record Part(String text, String where) {}

  private final Map<String, Part> parts = new LinkedHashMap<>();
  private final Map<String, Part> phases = new LinkedHashMap<>();

  /** No parts yet: only options. */
  ProgrammeInput() {}

  /**
   * Reads a programme file within the tool's input limits.
   *
   * @throws CliException with {@link ExitCodes#USAGE} for an unknown or repeated key or a file that
   *     is not UTF-8
   */
  static ProgrammeInput read(Path file, Limits limits) throws IOException {
    Settings.ensureReadable(file);
    if (Files.size(file) > limits.get(Limits.Limit.IMPORT_BYTES)) {
      throw limits.exceeded(file, Limits.Limit.IMPORT_BYTES);
    }
    String text;
    try {
      text = InputText.strictUtf8(Files.readAllBytes(file), file.toString());
    } catch (InvalidValueException e) {
      throw new CliException(ExitCodes.USAGE, "error.csv.encoding", file, e.rejectedValue());
    }
    String name = String.valueOf(file.getFileName());
    ProgrammeInput input = new ProgrammeInput();
    Properties lines = new Properties() {
      private static final long serialVersionUID = 1L;

      @Override
      public synchronized Object put(Object key, Object value) {
        if (containsKey(key)) {
          throw new CliException(ExitCodes.USAGE, "error.programme.keyTwice", name, key);
        }
        return super.put(key, value);
      }
    };
    lines.load(new StringReader(text));
    for (String key : new java.util.TreeSet<>(lines.stringPropertyNames())) {
      String value = lines.getProperty(key);
      String k = key.strip().toLowerCase(Locale.ROOT);
      String phase = phaseOf(key.strip());
      if (phase != null) {
        input.phases.put(phase, new Part(value, name + ": " + key));
      } else if (KEYS.contains(k) || ALIASES.containsKey(k)) {
        String canonical = ALIASES.getOrDefault(k, k);
        if (input.parts.put(canonical, new Part(value, name + ": " + key)) != null) {
          throw new CliException(ExitCodes.USAGE, "error.programme.keyTwice", name, canonical);
        }
      } else {
        throw new CliException(ExitCodes.USAGE, "error.programme.key", name, key, String.join(", ", KEYS));
      }
    }
    return input;
  }

  private static String phaseOf(String key) {
    for (String prefix : PHASE_PREFIXES) {
      if (key.toLowerCase(Locale.ROOT).startsWith(prefix) && key.length() > prefix.length()) {
        return key.substring(prefix.length());
      }
    }
    return null;
  }

  /** Sets a part from an option ({@code --KEY}) when it was given. */
  ProgrammeInput option(String key, Object value) {
    if (value != null) {
      parts.put(key, new Part(value instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
          : String.valueOf(value), "--" + key));
    }
    return this;
  }

  /** Sets phases from {@code --phase STAGE=FIRST..LAST} options, each winning over the file's line. */
  ProgrammeInput phaseOptions(List<String> assignments) {
    for (String a : assignments == null ? List.<String>of() : assignments) {
      int eq = a.indexOf('=');
      if (eq <= 0) {
        throw new CliException(ExitCodes.USAGE, "error.programme.phaseOption", a);
      }
      phases.put(a.substring(0, eq).strip(), new Part(a.substring(eq + 1), "--phase " + a.substring(0, eq).strip()));
    }
    return this;
  }

  /** The text of a part, or {@code null}. */
  String text(String key) {
    Part p = parts.get(key);
    return p == null || p.text().isBlank() ? null : p.text().strip();
  }

  /** Whether any phase was given. */
  boolean hasPhases() {
    return !phases.isEmpty();
  }

  /**
   * Builds the specification of a programme to open.
   *
   * @param region the region it runs in
   * @param defaultOrganiser the organiser when none is given (the actor's OPD), or {@code null}
   * @param rulebook the rulebook whose stages a schedule may name (by code or label), or {@code null}
   *     to take stage codes as typed
   * @param texts the user's language, for the messages
   * @throws CliException with {@link ExitCodes#USAGE} naming a missing or malformed part
   */
  Programme spec(RegionCode region, String defaultOrganiser, Rulebook rulebook, Texts texts) {
    Programme.Builder b = Programme.builder().region(region)
        .id(required("id"))
        .name(required("name"))
        .year(whole("year", "2026"))
        .target(whole("target", "10"))
        .organisingUnit(text("organiser") != null ? text("organiser") : required("organiser", defaultOrganiser));
    if (text("opds") != null) {
      b.participants(list(text("opds")));
    }
    if (text("coaches") != null) {
      b.coaches(list(text("coaches")));
    }
    if (text("rulebook") != null) {
      b.rulebook(rulebookId(), rulebookVersion());
    }
    if (text("time-zone") != null) {
      b.timeZone(Choices.codes(parts.get("time-zone").where(), Arrays.asList(IndonesianTimeZone.values()),
          IndonesianTimeZone::name).parse(text("time-zone"), texts));
    }
    schedule(rulebook, texts).forEach(b::phase);
    return b.build();
  }

  /** The rulebook id given ({@code 5d} of {@code 5d@1}), or the default {@code 5d}. */
  String rulebookId() {
    return text("rulebook") == null ? "5d" : rulebook().group(1);
  }

  /** The rulebook version given ({@code 1} of {@code 5d@1}), 1 when none is. */
  int rulebookVersion() {
    return text("rulebook") == null || rulebook().group(2) == null ? 1 : Integer.parseInt(rulebook().group(2));
  }

  private Matcher rulebook() {
    Matcher m = RULEBOOK.matcher(text("rulebook").toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new CliException(ExitCodes.USAGE, "error.programme.rulebook", parts.get("rulebook").where(),
          text("rulebook"));
    }
    return m;
  }

  /**
   * The phase windows given, by stage code in the order given.
   *
   * @param rulebook the rulebook whose stages a schedule may name, or {@code null} to take codes as typed
   * @param texts the user's language
   */
  Map<String, PhaseWindow> schedule(Rulebook rulebook, Texts texts) {
    Map<String, PhaseWindow> out = new LinkedHashMap<>();
    Map<String, String> fileLine = new LinkedHashMap<>();
    for (Map.Entry<String, Part> e : phases.entrySet()) {
      String where = e.getValue().where();
      String stage = rulebook == null ? e.getKey().strip().toUpperCase(Locale.ROOT)
          : Choices.stages(where, rulebook).parse(e.getKey(), texts);
      boolean option = where.startsWith("--");
      // two lines of the file for one stage (phase.DESIGN and jadwal.Desain) are a mistake; an option wins
      if (!option && fileLine.putIfAbsent(stage, where) != null) {
        throw new CliException(ExitCodes.USAGE, "error.programme.stageTwice", fileLine.get(stage), where, stage);
      }
      out.put(stage, window(e.getValue().text(), where));
    }
    return out;
  }

  /** Reads {@code FIRST..LAST} (the last day included) as a half-open window. */
  private static PhaseWindow window(String text, String where) {
    Matcher m = WINDOW.matcher(text);
    LocalDate first = m.matches() ? ValueText.date(m.group(1)).orElse(null) : null;
    LocalDate last = m.matches() ? ValueText.date(m.group(2)).orElse(null) : null;
    if (first == null || last == null) {
      throw new CliException(ExitCodes.USAGE, "error.programme.window", where, text.strip());
    }
    if (last.isBefore(first)) {
      throw new CliException(ExitCodes.USAGE, "error.programme.windowOrder", where, first, last);
    }
    return new PhaseWindow(first, last.plusDays(1));
  }

  private String required(String key) {
    return required(key, null);
  }

  private String required(String key, String fallback) {
    String t = text(key);
    if (t == null && fallback == null) {
      throw new CliException(ExitCodes.USAGE, "error.programme.missing", key);
    }
    return t == null ? fallback : t;
  }

  private int whole(String key, String example) {
    String t = required(key);
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw new CliException(ExitCodes.USAGE, "error.programme.number", parts.get(key).where(), t, example);
    }
  }

  private static String[] list(String text) {
    return Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
  }
}
