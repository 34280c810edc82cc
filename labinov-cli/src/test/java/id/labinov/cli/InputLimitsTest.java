package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input the tool reads is bounded: past a limit it ends with exit 2 and a message naming the
 * limit and how to raise it. The big inputs are generated here (never committed) and the runs that
 * show the memory stays bounded are forked JVMs with a 64 MB heap.
 */
class InputLimitsTest {
  @TempDir
  Path dir;
  CliRunner cli;

  @BeforeEach
  void migrate() {
    cli = new CliRunner(dir).migrated();
  }

  private Path file(String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String limitMessage(String file, String limit) {
    return file + " exceeds the limit " + limit;
  }

  @Test
  void aHeaderOfAHundredThousandColumnsIsRefusedAtTheColumnLimit() {
    StringBuilder header = new StringBuilder("title");
    for (int i = 0; i < 100_000; i++) {
      header.append(",k").append(i);
    }
    Path f = file("lebar.csv", header + "\nPosyandu\n");
    CliRunner.Run r = cli.admin("import", f.toString(), "--lang", "en");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains(limitMessage(f.toString(), "import.maxColumns = 100"))
        .contains("--limit import.maxColumns=VALUE");
    assertThat(cli.admin("list").err()).contains("0 inovasi.");
  }

  @Test
  void manyNarrativeColumnsWithinTheLimitAreStoredInOnePass() {
    StringBuilder header = new StringBuilder("title");
    StringBuilder row = new StringBuilder("Posyandu");
    for (int i = 0; i < 99; i++) {
      header.append(",teks:catatan").append(i);
      row.append(",isi ").append(i);
    }
    Path f = file("catatan.csv", header + "\n" + row + "\n");
    CliRunner.Run r = cli.admin("import", f.toString(), "--lang", "en");
    assertThat(r.code()).as(r.toString()).isZero();
    String[] ref = r.ref().split("/");
    try (Facade lab = new Facade(cli)) {
      java.util.Map<String, String> texts = lab.lab.innovations()
          .get(id.labinov.core.engine.InnovationRef.of(ref[0], ref[1])).details().texts();
      assertThat(texts).hasSize(99).containsEntry("catatan0", "isi 0").containsEntry("catatan98", "isi 98");
    }
  }

  @Test
  void rowsBytesAndCellsPastTheirLimitsAreRefusedNamingEach() {
    Path f = file("lima.csv", "title,opd\nA,DINKES\nB,DINKES\nC,DINKES\nD,DINKES\nE,DINKES\n");
    CliRunner.Run rows = cli.admin("import", f.toString(), "--lang", "en", "--limit", "import.maxRows=3");
    assertThat(rows.code()).as(rows.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(rows.err()).contains(limitMessage(f.toString(), "import.maxRows = 3"));

    CliRunner.Run bytes = cli.admin("import", f.toString(), "--lang", "en", "--limit", "import.maxBytes=20");
    assertThat(bytes.err()).contains(limitMessage(f.toString(), "import.maxBytes = 20"));

    Path longCell = file("panjang.csv", "title,problem\nPosyandu," + "x".repeat(5_000) + "\n");
    CliRunner.Run cell = cli.admin("import", longCell.toString(), "--lang", "en", "--limit", "import.maxCellChars=4k");
    assertThat(cell.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(cell.err()).contains(limitMessage(longCell.toString(), "import.maxCellChars = 4096"));

    // raised, the same files import
    CliRunner.Run raised = cli.admin("import", f.toString(), "--lang", "en", "--limit", "import.maxRows=5");
    assertThat(raised.code()).as(raised.toString()).isZero();
    assertThat(cli.admin("list").err()).contains("5 inovasi.");
    assertThat(cli.admin("list").out()).doesNotContain("Posyandu");
  }

  @Test
  void limitsComeFromTheConfigurationFileAndBadOnesAreNamed() {
    Path f = file("tiga.csv", "title,opd\nA,DINKES\nB,DINKES\nC,DINKES\n");
    Path config = file("labinov.properties", "limit.import.maxRows = 2\n");
    CliRunner.Run fromFile = cli.admin("import", f.toString(), "--lang", "en", "--config", config.toString());
    assertThat(fromFile.err()).contains("import.maxRows = 2");
    CliRunner.Run optionWins = cli.admin("import", f.toString(), "--lang", "en", "--config", config.toString(),
        "--limit", "import.maxRows=3", "--dry-run");
    assertThat(optionWins.code()).as(optionWins.toString()).isZero();

    CliRunner.Run unknown = cli.admin("list", "--lang", "en", "--limit", "import.maxRow=3");
    assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("There is no limit \"import.maxRow=3\"".replace("=3", ""))
        .contains("import.maxRows");
    for (String bad : new String[] {"import.maxRows=0", "import.maxRows=-5", "import.maxRows=banyak",
        "import.maxColumns=20000", "import.maxRows=99999999999g"}) {
      CliRunner.Run r = cli.admin("list", "--lang", "en", "--limit", bad);
      assertThat(r.code()).as(bad).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).as(bad).contains("cannot be used: give a whole number from 1 to");
    }
    CliRunner.Run noEquals = cli.admin("list", "--lang", "en", "--limit", "import.maxRows");
    assertThat(noEquals.err()).contains("write NAME=VALUE");

    Path huge = dir.resolve("besar.properties");
    try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
      raf.setLength(Limits.CONFIG_MAX_BYTES + 1L); // sparse: nothing is written
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CliRunner.Run big = cli.admin("list", "--lang", "en", "--config", huge.toString());
    assertThat(big.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(big.err()).contains("is larger than 1048576 bytes");
  }

  @Test
  void aSemicolonHeaderOverCommaRowsRejectsTheRowsInsteadOfStoringWholeLinesAsTitles() {
    Path f = file("campur.csv", "title;opd;problem\nPosyandu Digital,DINKES,Antrean\nSekolah;DISDIK;Jauh\n");
    CliRunner.Run r = cli.admin("import", f.toString(), "--lang", "en");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(r.out()).contains("row 2: REJECTED: this row is separated by \",\" but the header by \";\"")
        .contains("row 3: stored");
    assertThat(cli.admin("list").out()).doesNotContain("Posyandu Digital,DINKES");
    // a title holding the other delimiter, in a row that does not split into the header's columns, is kept
    Path g = file("judul.csv", "title;opd;problem\nLayanan A, B dan C;DINKES;\n");
    assertThat(cli.admin("import", g.toString()).code()).isZero();
  }

  @Test
  void aBadTitleIsReportedAgainstTheTitleColumn() {
    Path f = file("judul.csv", "title,opd\n" + "J".repeat(301) + ",DINKES\n");
    CliRunner.Run r = cli.admin("import", f.toString(), "--lang", "en");
    assertThat(r.out()).contains("row 2: REJECTED: column title:").doesNotContain("column opd");
    Path g = file("kendali.csv", "title,opd,problem\nPosyandu,DINKES,ada\u001b[31m\n");
    CliRunner.Run c = cli.admin("import", g.toString(), "--lang", "en");
    assertThat(c.out()).contains("row 2: REJECTED: column problem: problem contains control character U+001B");
  }

  @Test
  void anXlsxPastTheDecompressedOrSharedStringLimitsIsRefusedBeforeTheWorkbookIsRead() throws IOException {
    Path plain = workbook("biasa.xlsx", "Posyandu", "Sekolah", "Pasar");
    Path bomb = withPart(plain, "bom.xlsx", "xl/media/image1.png", 20L << 20, (byte) 0);
    CliRunner.Run r = cli.admin("import", bomb.toString(), "--lang", "en", "--limit", "xlsx.maxUncompressedBytes=1m");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains(limitMessage(bomb.toString(), "xlsx.maxUncompressedBytes = 1048576"));

    CliRunner.Run strings = cli.admin("import", plain.toString(), "--lang", "en",
        "--limit", "xlsx.maxSharedStrings=3");
    assertThat(strings.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(strings.err()).contains("xlsx.maxSharedStrings = 3");

    CliRunner.Run fine = cli.admin("import", plain.toString(), "--lang", "en");
    assertThat(fine.code()).as(fine.toString()).isZero();
    assertThat(fine.out()).contains("3 stored");
  }

  @Test
  void rulebooksAndHashFilesPastTheirLimitsAreRefused() {
    Path rulebook = file("besar.json", "{\"id\": \"" + "x".repeat(3_000) + "\"}");
    CliRunner.Run r = cli.admin("rulebook", "validate", rulebook.toString(), "--lang", "en",
        "--limit", "rulebook.maxBytes=2k");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("besar.json is larger than the limit rulebook.maxBytes = 2,048 bytes");
    CliRunner.Run raised = cli.admin("rulebook", "validate", rulebook.toString(), "--lang", "en");
    assertThat(raised.code()).as("read, then judged on its content").isEqualTo(ExitCodes.REFUSED);

    Path deep = file("dalam.json", "{\"x\": " + "[".repeat(100) + "]".repeat(100) + "}");
    CliRunner.Run d = cli.admin("rulebook", "validate", deep.toString(), "--lang", "en");
    assertThat(d.err()).contains("nested deeper than the limit rulebook.maxDepth = 64 levels");

    Path hashes = file("hash.csv", ExportHashesCommand.HEADER + "\n" + "x".repeat(300) + "\n");
    CliRunner.Run h = cli.admin("verify", "--hashes", hashes.toString(), "--lang", "en",
        "--limit", "hashes.maxBytes=100");
    assertThat(h.code()).as(h.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(h.err()).contains("hashes.maxBytes = 100");
  }

  // ---- forked, with a small heap: the big inputs end in a message, not an OutOfMemoryError

  @Test
  void inA64MegabyteHeapAFiftyMegabyteRulebookIsRefusedWithAMessage() throws Exception {
    Path rulebook = dir.resolve("lima-puluh.json");
    try (OutputStream o = Files.newOutputStream(rulebook)) {
      o.write("{\"stages\": [".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "{\"id\": \"TAHAP\", \"label\": {\"id\": \"Tahap\", \"en\": \"Stage\"}},\n".repeat(1000)
          .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L << 20; written += chunk.length) {
        o.write(chunk);
      }
      o.write("{}]}".getBytes(StandardCharsets.UTF_8));
    }
    Forked run = fork("rulebook", "validate", rulebook.toString(), "--lang", "en");
    assertThat(run.code).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("is larger than the limit rulebook.maxBytes = 2,097,152 bytes")
        .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
  }

  @Test
  void inA64MegabyteHeapAZipBombAndAGiantSharedStringAreRefusedWithAMessage() throws Exception {
    Path plain = workbook("biasa.xlsx", "Posyandu", "Sekolah");
    // past the default decompressed limit (1 GiB) in a part of zeros that deflates to about 1 MB
    Path bomb = withPart(plain, "bom.xlsx", "xl/media/image1.png", (1L << 30) + (1L << 20), (byte) 0);
    assertThat(Files.size(bomb)).isLessThan(5L << 20);
    Forked b = fork("import", bomb.toString(), "--dry-run", "--lang", "en");
    assertThat(b.code).as(b.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(b.err).contains("xlsx.maxUncompressedBytes = 1073741824").doesNotContain("OutOfMemoryError");

    // one shared string of 300 million characters: within the byte limit, past the cell limit, and
    // refused while the part is read through, before any reader builds it as one string
    Path giant = withSharedString(plain, "raksasa.xlsx", 300_000_000);
    Forked g = fork("import", giant.toString(), "--dry-run", "--lang", "en");
    assertThat(g.code).as(g.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(g.err).contains("import.maxCellChars = 100000").doesNotContain("OutOfMemoryError");
  }

  @Test
  void inA64MegabyteHeapAWideHeaderAndAnOversizedFileAreRefusedWithAMessage() throws Exception {
    Path wide = dir.resolve("lebar.csv");
    try (OutputStream o = Files.newOutputStream(wide)) {
      o.write("title".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 100_000; i++) {
        o.write((",k" + i).getBytes(StandardCharsets.UTF_8));
      }
      o.write("\nPosyandu\n".getBytes(StandardCharsets.UTF_8));
    }
    Forked w = fork("import", wide.toString(), "--dry-run", "--lang", "en");
    assertThat(w.code).as(w.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(w.err).contains("import.maxColumns = 100");

    Path big = dir.resolve("besar.csv");
    try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
      raf.setLength((256L << 20) + 1); // sparse: the size is checked before a byte is read
    }
    Forked s = fork("import", big.toString(), "--dry-run", "--lang", "en");
    assertThat(s.code).as(s.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(s.err).contains("import.maxBytes = 268435456").doesNotContain("OutOfMemoryError");
  }

  private record Forked(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  /** Runs the tool in a new JVM with a 64 MB heap, on this test's class path, in the test folder. */
  private Forked fork(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx64m");
    command.add("-XX:+ExitOnOutOfMemoryError"); // an OutOfMemoryError would show as exit 3 and its name
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("id.labinov.cli.Main");
    command.addAll(List.of(args));
    command.addAll(List.of("--jdbc-url", cli.url));
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("fork.out").toFile()).redirectError(dir.resolve("fork.err").toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the forked run ends").isTrue();
    return new Forked(p.exitValue(), Files.readString(dir.resolve("fork.out")), Files.readString(dir.resolve("fork.err")));
  }

  /** A workbook with a title column and one row per title, written by fastexcel (shared strings). */
  private Path workbook(String name, String... titles) throws IOException {
    Path f = dir.resolve(name);
    try (OutputStream o = Files.newOutputStream(f)) {
      Workbook wb = new Workbook(o, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Inovasi");
      ws.value(0, 0, "title");
      ws.value(0, 1, "opd");
      for (int i = 0; i < titles.length; i++) {
        ws.value(i + 1, 0, titles[i]);
        ws.value(i + 1, 1, "DINKES");
      }
      wb.finish();
    }
    return f;
  }

  /** Copies a workbook, adding a part of {@code size} identical bytes. */
  private Path withPart(Path source, String name, String part, long size, byte fill) throws IOException {
    return rewrite(source, name, (entry, zip) -> false, zip -> {
      zip.putNextEntry(new ZipEntry(part));
      byte[] chunk = new byte[1 << 20];
      java.util.Arrays.fill(chunk, fill);
      for (long left = size; left > 0; left -= chunk.length) {
        zip.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
      zip.closeEntry();
    });
  }

  /** Copies a workbook, its shared strings replaced by one string of {@code length} letters. */
  private Path withSharedString(Path source, String name, int length) throws IOException {
    return rewrite(source, name, (entry, zip) -> entry.getName().equals("xl/sharedStrings.xml"), zip -> {
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
          + "spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>").getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (long left = length; left > 0; left -= chunk.length) {
        zip.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
      zip.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    });
  }

  private interface Skip {
    boolean test(ZipEntry entry, ZipFile zip);
  }

  private interface Extra {
    void write(ZipOutputStream zip) throws IOException;
  }

  private Path rewrite(Path source, String name, Skip skip, Extra extra) throws IOException {
    Path target = dir.resolve(name);
    try (ZipFile in = new ZipFile(source.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements();) {
        ZipEntry entry = e.nextElement();
        if (skip.test(entry, in)) {
          continue;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        try (InputStream data = in.getInputStream(entry)) {
          data.transferTo(out);
        }
        out.closeEntry();
      }
      extra.write(out);
    }
    return target;
  }
}
