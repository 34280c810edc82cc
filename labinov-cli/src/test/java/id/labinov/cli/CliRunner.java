package id.labinov.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Runs the tool in-process against an H2 file database in a folder, capturing out and err. */
final class CliRunner {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);
  private static final Pattern REF = Pattern.compile("(\\d{2}\\.\\d{2}/[0-9a-f-]{36})");

  final Path dir;
  final String url;
  /** The time the tool is run at; {@link #CLOCK} unless a test moves it. */
  Clock clock = CLOCK;

  CliRunner(Path dir) {
    this.dir = dir;
    this.url = "jdbc:h2:file:" + dir.resolve("labinov-data").toAbsolutePath();
  }

  /** The outcome of one run. */
  record Run(int code, String out, String err) {
    /** The first innovation reference printed on standard output. */
    String ref() {
      Matcher m = REF.matcher(out);
      if (!m.find()) {
        throw new AssertionError("no innovation reference in: " + out + err);
      }
      return m.group(1);
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  /** Runs with this runner's database and no other settings. */
  Run raw(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(clock, args);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs with this runner's database URL appended. */
  Run run(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--jdbc-url");
    all.add(url);
    return raw(all.toArray(String[]::new));
  }

  /** Runs as a lab administrator of region 36.02, with the database URL. */
  Run admin(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(List.of("--actor", "admin-bappeda", "--roles", "LAB_ADMIN", "--actor-opd", "BAPPEDA", "--region", "36.02"));
    return run(all.toArray(String[]::new));
  }

  /** Runs as someone else (person, OPD, roles), with the database URL and region 36.02. */
  Run as(String person, String opd, String roles, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(List.of("--actor", person, "--roles", roles, "--actor-opd", opd, "--region", "36.02"));
    return run(all.toArray(String[]::new));
  }

  /**
   * Imports one innovation as the lab administrator: «Posyandu Digital» of DINKES, with a problem, an
   * idea and a design narrative long enough for the 5D Design gate.
   *
   * @return its reference
   */
  String importPosyandu() throws java.io.IOException {
    Path f = dir.resolve("satu.csv");
    java.nio.file.Files.writeString(f, "title,opd,problem,ideaSummary,designNarrative\n"
        + "Posyandu Digital,DINKES,Antrean panjang di posyandu,Pendaftaran daring," + "kata ".repeat(320).strip() + "\n");
    Run r = admin("import", f.toString());
    if (r.code() != 0) {
      throw new AssertionError(r.toString());
    }
    return r.ref();
  }

  /** Migrates the database and returns this runner. */
  CliRunner migrated() {
    Run r = run("migrate");
    if (r.code() != 0) {
      throw new AssertionError(r.toString());
    }
    return this;
  }
}
