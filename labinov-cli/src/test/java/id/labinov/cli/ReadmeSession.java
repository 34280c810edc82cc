package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A terminal session written in a README, run in-process as written: its files (fenced blocks named
 * with a file name, e.g. {@code ```csv inovasi.csv}) are written to a folder, the commands of its
 * {@code ```sh NAME} blocks are run in order with the exit code each one's {@code # exit N} comment
 * gives (0 without one; a comment line {@code # 2026-04-06 ...} moves the tool's clock to that day),
 * and what they print is compared with the {@code ```text} blocks that start
 * with {@code $ labinov} (ids and folders masked). Used by {@link WorkedSessionTest} (the module
 * README) and {@link LabYearSessionTest} (the main README).
 */
final class ReadmeSession {
  private static final Pattern BLOCK = Pattern.compile("```(\\w+) ([\\w.-]+)\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TRANSCRIPT = Pattern.compile("```text\\n(\\$ labinov .*?)```", Pattern.DOTALL);
  private static final Pattern CAPTURE = Pattern.compile("ID=\\$\\((labinov .*?) \\| head -1 \\| cut -f1\\)");
  private static final Pattern ECHO = Pattern.compile("echo \"(.*)\" > ([\\w.-]+)");
  private static final Pattern EXIT = Pattern.compile("\\s+# exit (\\d+)$");
  /** A comment line that starts a new day of the session: the tool runs at 09:00 WIB that day. */
  private static final Pattern DAY = Pattern.compile("# (\\d{4}-\\d{2}-\\d{2})\\b.*");
  private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  /** The start of an id in the first column of {@code list}'s table; its length depends on the ids. */
  private static final Pattern ID_START = Pattern.compile("(?m)^[0-9a-f]{8}-[0-9a-f-]{0,27}(?= )");
  private static final Pattern TABLE_LINE = Pattern.compile("(?m)^(?:<id>|ID) .*$|^-+(?: +-+)+$");
  private static final Set<String> PATH_OPTIONS = Set.of("--out", "--file", "--hashes", "--template");

  private final Path dir;
  private final String text;
  private final CliRunner cli;
  private final List<String> commands = new ArrayList<>();
  /** What each command printed, in the order the session ran it (a command may run twice). */
  private final Map<String, Deque<String>> printed = new LinkedHashMap<>();
  /** Every command and what it printed, folders masked, for {@code -Dlabinov.readme.transcript=FILE}. */
  private final StringBuilder transcript = new StringBuilder();

  /**
   * Reads a session and writes its files.
   *
   * @param text the README text that holds the session (a section, or the whole file)
   * @param name the name of its {@code ```sh} blocks
   * @param dir the folder of its files and database
   */
  ReadmeSession(String text, String name, Path dir) throws IOException {
    this.dir = dir;
    this.text = text;
    this.cli = new CliRunner(dir);
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      if (m.group(1).equals("sh")) {
        if (m.group(2).equals(name)) {
          commands.addAll(m.group(3).lines().toList());
        }
      } else {
        Files.writeString(dir.resolve(m.group(2)), m.group(3));
      }
    }
  }

  /**
   * The part of a Markdown text under a heading, up to the next heading of its level or higher
   * (lines in fenced blocks, such as a shell comment, are not headings).
   */
  static String section(String markdown, String heading) {
    List<String> lines = markdown.lines().toList();
    int start = lines.indexOf(heading);
    assertThat(start).as("the heading " + heading).isNotNegative();
    int level = heading.indexOf(' ');
    StringBuilder out = new StringBuilder(heading).append('\n');
    boolean fenced = false;
    for (String line : lines.subList(start + 1, lines.size())) {
      fenced ^= line.startsWith("```");
      int hashes = line.indexOf(' ');
      if (!fenced && hashes > 0 && hashes <= level && line.substring(0, hashes).chars().allMatch(c -> c == '#')) {
        break;
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /** The session's commands, as written. */
  List<String> commands() {
    return commands;
  }

  /** Runs every command with its expected exit code; fails on a line it cannot run. */
  void run() throws IOException {
    String id = null;
    for (String raw : commands) {
      Matcher exit = EXIT.matcher(raw);
      int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
      String line = EXIT.matcher(raw).replaceAll("").strip();
      Matcher capture = CAPTURE.matcher(line);
      Matcher echo = ECHO.matcher(line);
      Matcher day = DAY.matcher(line);
      if (day.matches()) {
        Instant nine = LocalDate.parse(day.group(1)).atTime(9, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant();
        cli.clock = Clock.fixed(nine, ZoneOffset.UTC);
      } else if (line.isEmpty() || line.startsWith("#")) {
        continue;
      } else if (capture.matches()) {
        CliRunner.Run r = run(capture.group(1), id);
        assertThat(r.code()).as(r.toString()).isZero();
        id = r.out().lines().findFirst().orElseThrow().split("\t")[0];
      } else if (echo.matches()) {
        Files.writeString(dir.resolve(echo.group(2)), echo.group(1) + "\n");
      } else if (line.startsWith("labinov ")) {
        CliRunner.Run r = run(line, id);
        assertThat(r.code()).as(line + "\n" + r).isEqualTo(expected);
        printed.computeIfAbsent(line, k -> new ArrayDeque<>()).add(mask(r.out() + r.err()));
        transcript.append("$ ").append(line).append('\n').append(folders(r.out() + r.err()));
      } else {
        throw new AssertionError("the session has a line this test cannot run: " + line);
      }
    }
    String copy = System.getProperty("labinov.readme.transcript");
    if (copy != null) { // what the session printed, to paste into the README after a change
      Files.writeString(Path.of(copy), transcript);
    }
  }

  /**
   * Compares the transcript blocks with what the commands printed (standard output, then standard
   * error, as the terminal shows them), and returns how many commands were compared.
   */
  int compare() {
    Matcher t = TRANSCRIPT.matcher(text);
    int compared = 0;
    while (t.find()) {
      for (String part : t.group(1).split("(?m)^\\$ ")) {
        if (part.isBlank()) {
          continue;
        }
        String command = part.lines().findFirst().orElseThrow();
        String output = mask(part.substring(command.length() + 1));
        Deque<String> outputs = printed.get(command);
        assertThat(outputs).as("transcript command " + command + " was run (as often)").isNotNull().isNotEmpty();
        String actual = outputs.poll();
        // Innovations imported in the same millisecond are ordered by the random bits of their
        // time-ordered ids, so lines listing several innovations may come in another order; the lines
        // themselves, and how many, must be exactly as written.
        assertThat(actual.lines().sorted().toList()).as(command + "\n" + actual)
            .isEqualTo(output.lines().sorted().toList());
        assertThat(actual.lines().reduce((a, b) -> b)).as(command + ": last line")
            .isEqualTo(output.lines().reduce((a, b) -> b));
        compared++;
      }
    }
    return compared;
  }

  private CliRunner.Run run(String line, String id) {
    List<String> args = new ArrayList<>();
    String previous = "";
    for (String word : words(line.substring("labinov ".length()))) {
      String w = word.equals("$ID") ? id : word;
      if (PATH_OPTIONS.contains(previous) || Files.exists(dir.resolve(w))) {
        w = dir.resolve(w) + (w.endsWith("/") ? "/" : "");
      }
      args.add(w);
      previous = word;
    }
    args.addAll(List.of("--config", dir.resolve("labinov.properties").toString(), "--jdbc-url", cli.url));
    return cli.raw(args.toArray(String[]::new));
  }

  /** The words of a command line: blanks separate them, double quotes keep a text with blanks whole. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return out;
  }

  /** The output as in the README's folder: the database URL and the temporary folder masked. */
  private String folders(String output) {
    String s = output.replace("\r\n", "\n").replace(cli.url, Settings.DEFAULT_URL);
    return s.replace(dir + "/", "").replace(dir.toString(), ".");
  }

  /**
   * Masks what differs from run to run: the temporary folder, the database URL, ids, and the width
   * of a table's id column (the start of each id shown is as long as the ids require).
   */
  private String mask(String output) {
    String s = UUID.matcher(folders(output)).replaceAll("<id>");
    s = ID_START.matcher(s).replaceAll("<id>");
    return TABLE_LINE.matcher(s).replaceAll(r -> Matcher.quoteReplacement(
        r.group().replaceAll(" {2,}", "  ").replaceAll("-{2,}", "--")));
  }
}
