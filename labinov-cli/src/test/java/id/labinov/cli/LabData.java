package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A small lab for the listing and showing tests: four innovations of Kabupaten Lebak in three OPDs,
 * with themes, two of them in programme {@value Facade#PROGRAMME}, one advanced to Design, one with an
 * approval, one on hold, and a directory of names.
 *
 * <ul>
 *   <li>Posyandu Digital Lebak: DINKES, KESEHATAN, programme, in DESIGN
 *   <li>Sekolah Ramah Anak: DISDIK, PENDIDIKAN, programme, DRUM_UP, approved by the head of DISDIK
 *   <li>Izin Kilat: DPMPTSP, EKONOMI, no programme, DRUM_UP on hold
 *   <li>Posyandu Remaja: DINKES, KESEHATAN and PENDIDIKAN, no programme, DRUM_UP
 * </ul>
 */
final class LabData {
  static final String DIGITAL = "Posyandu Digital Lebak";
  static final String SCHOOL = "Sekolah Ramah Anak";
  static final String PERMIT = "Izin Kilat";
  static final String YOUTH = "Posyandu Remaja";
  private static final Pattern STORED = Pattern.compile("disimpan (\\S+) \"([^\"]+)\"");

  final CliRunner cli;
  /** The reference of each innovation by title. */
  final Map<String, String> refs = new HashMap<>();

  LabData(Path dir) throws Exception {
    cli = new CliRunner(dir).migrated();
    Path names = dir.resolve("direktori.csv");
    Files.writeString(names, "kind,code,name,language\n"
        + "opd,DINKES,Dinas Kesehatan,\n"
        + "opd,DISDIK,Dinas Pendidikan dan Kebudayaan,\n"
        + "opd,DPMPTSP,Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu,\n"
        + "opd,BAPPEDA,Badan Perencanaan Pembangunan Daerah,\n"
        + "person,kadisdik,Dra. Sri Wahyuni,\n"
        + "theme,KESEHATAN,Kesehatan,id\n"
        + "theme,KESEHATAN,Health,en\n");
    ok(cli.admin("directory", "load", names.toString()));
    try (Facade f = new Facade(cli)) {
      f.openProgramme();
    }
    String narrative = "kata ".repeat(320).strip();
    Path programme = dir.resolve("program.csv");
    Files.writeString(programme, "title,opd,themes,problem,ideaSummary,designNarrative\n"
        + DIGITAL + ",DINKES,KESEHATAN,Antrean posyandu panjang,Pendaftaran daring," + narrative + "\n"
        + SCHOOL + ",DISDIK,PENDIDIKAN,Perundungan,Gugus tugas siswa,\n");
    stored(ok(cli.admin("import", programme.toString(), "--programme", Facade.PROGRAMME)));
    Path others = dir.resolve("lain.csv");
    Files.writeString(others, "title,opd,themes,problem\n"
        + PERMIT + ",DPMPTSP,EKONOMI,Izin lama\n"
        + YOUTH + ",DINKES,KESEHATAN;PENDIDIKAN,Remaja kurang terlayani\n");
    stored(ok(cli.admin("import", others.toString())));
    assertThat(refs).hasSize(4);

    Path letter = dir.resolve("komitmen.pdf");
    Files.writeString(letter, "%PDF-1.4 komitmen");
    ok(cli.admin("attach", refs.get(DIGITAL), "--kind", "COMMITMENT_LETTER", "--file", letter.toString()));
    ok(cli.as("kadinkes", "DINKES", "OPD_HEAD", "approve", refs.get(DIGITAL), "--as", "OPD_HEAD"));
    ok(cli.admin("advance", refs.get(DIGITAL), "--to", "DIAGNOSE"));
    ok(cli.admin("advance", refs.get(DIGITAL), "--to", "DESIGN"));
    ok(cli.as("kadisdik", "DISDIK", "OPD_HEAD", "approve", refs.get(SCHOOL), "--as", "OPD_HEAD"));
    ok(cli.admin("hold", refs.get(PERMIT), "--reason", "Menunggu perbup"));
  }

  private void stored(CliRunner.Run r) {
    Matcher m = STORED.matcher(r.out());
    while (m.find()) {
      refs.put(m.group(2), m.group(1));
    }
  }

  static CliRunner.Run ok(CliRunner.Run r) {
    assertThat(r.code()).as(r.toString()).isZero();
    return r;
  }

  /** Runs as the lab administrator of 36.02 on another day (stalled and late depend on it). */
  CliRunner.Run on(String day, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(List.of("--jdbc-url", cli.url, "--actor", "admin-bappeda", "--roles", "LAB_ADMIN", "--region", "36.02"));
    String[] argv = all.toArray(String[]::new);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(Clock.fixed(Instant.parse(day + "T02:00:00Z"), ZoneOffset.UTC), argv);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(argv);
    return new CliRunner.Run(code, out.toString(), err.toString());
  }

  /** The titles in the last field of tab-separated lines. */
  static List<String> titles(CliRunner.Run r) {
    return r.out().lines().map(l -> l.substring(l.lastIndexOf('\t') + 1)).sorted().toList();
  }

  /**
   * Sets the terminal the tool sees (whether standard output is one, and its width) until closed,
   * then restores what was set before.
   */
  static final class FakeTerminal implements AutoCloseable {
    private static final List<String> KEYS = List.of("labinov.terminal.stdout", "labinov.terminal.columns");
    private final Map<String, String> before = new HashMap<>();

    FakeTerminal(boolean stdout, int columns) {
      KEYS.forEach(k -> before.put(k, System.getProperty(k)));
      System.setProperty(KEYS.get(0), Boolean.toString(stdout));
      System.setProperty(KEYS.get(1), Integer.toString(columns));
    }

    @Override
    public void close() {
      before.forEach((k, v) -> {
        if (v == null) {
          System.clearProperty(k);
        } else {
          System.setProperty(k, v);
        }
      });
    }
  }
}
