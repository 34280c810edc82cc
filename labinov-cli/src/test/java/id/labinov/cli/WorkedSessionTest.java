package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the worked session of the module README: writes its files, runs each command in-process with
 * the README's expected exit code, and compares the printed transcript (ids and folders masked).
 */
class WorkedSessionTest {
  private static final Pattern BLOCK = Pattern.compile("```(\\w+) ([\\w.]+)\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TRANSCRIPT = Pattern.compile("```text\\n(\\$ labinov .*?)```", Pattern.DOTALL);
  private static final Pattern CAPTURE = Pattern.compile("ID=\\$\\((labinov .*?) \\| head -1 \\| cut -f1\\)");
  private static final Pattern ECHO = Pattern.compile("echo \"(.*)\" > ([\\w.]+)");
  private static final Pattern EXIT = Pattern.compile("\\s+# exit (\\d+)$");
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Set<String> PATH_OPTIONS = Set.of("--out", "--file", "--hashes");

  @TempDir
  Path dir;

  @Test
  void theReadmeSessionRunsAsWritten() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    CliRunner cli = new CliRunner(dir);
    List<String> session = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      if (m.group(1).equals("sh") && m.group(2).equals("session")) {
        session.addAll(m.group(3).lines().toList());
      } else {
        Files.writeString(dir.resolve(m.group(2)), m.group(3));
      }
    }
    assertThat(session).hasSizeGreaterThan(10);
    assertThat(dir.resolve("labinov.properties")).exists();

    Map<String, String> printed = new LinkedHashMap<>();
    String id = null;
    for (String raw : session) {
      Matcher exit = EXIT.matcher(raw);
      int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
      String line = EXIT.matcher(raw).replaceAll("").strip();
      Matcher capture = CAPTURE.matcher(line);
      Matcher echo = ECHO.matcher(line);
      if (capture.matches()) {
        CliRunner.Run r = run(cli, capture.group(1), id);
        assertThat(r.code()).as(r.toString()).isZero();
        id = r.out().lines().findFirst().orElseThrow().split("\t")[0];
      } else if (echo.matches()) {
        Files.writeString(dir.resolve(echo.group(2)), echo.group(1) + "\n");
      } else if (line.startsWith("labinov ")) {
        CliRunner.Run r = run(cli, line, id);
        assertThat(r.code()).as(line + "\n" + r).isEqualTo(expected);
        printed.put(line, mask(r.out()));
      } else {
        throw new AssertionError("the worked session has a line this test cannot run: " + line);
      }
    }

    Matcher t = TRANSCRIPT.matcher(readme);
    assertThat(t.find()).as("the transcript block").isTrue();
    int compared = 0;
    for (String part : t.group(1).split("(?m)^\\$ ")) {
      if (part.isBlank()) {
        continue;
      }
      String command = part.lines().findFirst().orElseThrow();
      String output = mask(part.substring(command.length() + 1));
      assertThat(printed).as("transcript command " + command).containsKey(command);
      // Innovations imported in the same millisecond are ordered by the random bits of their
      // time-ordered ids, so lines listing several innovations may come in another order; the lines
      // themselves, and how many, must be exactly as written.
      assertThat(printed.get(command).lines().sorted().toList()).as(command)
          .isEqualTo(output.lines().sorted().toList());
      assertThat(printed.get(command).lines().reduce((a, b) -> b)).as(command + ": last line")
          .isEqualTo(output.lines().reduce((a, b) -> b));
      compared++;
    }
    assertThat(compared).isGreaterThanOrEqualTo(10);
  }

  private CliRunner.Run run(CliRunner cli, String line, String id) {
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

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(text);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return out;
  }

  private String mask(String text) {
    String s = text.replace("\r\n", "\n").replace(new CliRunner(dir).url, Settings.DEFAULT_URL);
    s = s.replace(dir + "/", "").replace(dir.toString(), ".");
    return UUID.matcher(s).replaceAll("<id>");
  }
}
