package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrateAndErrorsTest {
  @TempDir
  Path dir;

  @Nested
  class Migrate {
    @Test
    void createsTheSchemaAndIsSafeToRepeat() {
      CliRunner cli = new CliRunner(dir);
      CliRunner.Run first = cli.run("migrate");
      CliRunner.Run again = cli.run("migrate", "--lang", "en");
      assertThat(first.code()).as(first.toString()).isZero();
      assertThat(first.out()).contains("Skema versi 10 siap (awalan lbv_)");
      assertThat(again.code()).isZero();
      assertThat(again.out()).contains("Schema version 10 ready (prefix lbv_)");
      assertThat(dir.resolve("labinov-data.mv.db")).exists();
    }

    @Test
    void printsTheScriptForADba() {
      CliRunner.Run r = new CliRunner(dir).run("migrate", "--print", "postgresql", "--table-prefix", "lab_");
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("CREATE TABLE IF NOT EXISTS lab_innovation").doesNotContain("lbv_");
    }
  }

  @Test
  void anAbsentDatabaseNamesMigrateAsTheFix() {
    CliRunner.Run r = new CliRunner(dir).admin("list");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err()).contains("belum ada").contains("labinov migrate");
    assertThat(dir.resolve("labinov-data.mv.db")).doesNotExist();
  }

  @Test
  void anUnsupportedJdbcUrlIsAUsageErrorWithExamples() {
    CliRunner.Run r = new CliRunner(dir).raw("list", "--jdbc-url", "jdbc:nosuchdb://x", "--lang", "en");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("JDBC URL \"jdbc:nosuchdb://x\" is not one labinov opens")
        .contains("jdbc:postgresql://").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aJdbcUrlThatWouldRunAScriptIsRefusedBeforeTheDatabaseIsOpened() throws Exception {
    Path marker = dir.resolve("ran.txt");
    Path script = dir.resolve("evil.sql");
    Files.writeString(script, "CALL FILE_WRITE('x', '" + marker + "');");
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";INIT=RUNSCRIPT FROM '" + script + "'";

    CliRunner.Run r = new CliRunner(dir).raw("migrate", "--jdbc-url", url, "--lang", "en");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("which labinov does not accept").contains("Allowed: H2");
    assertThat(marker).doesNotExist();
    assertThat(dir.resolve("db.mv.db")).doesNotExist();
  }

  @Test
  void aConfigurationOrHashFileThatIsNotUtf8IsRefusedNamingTheByte() throws Exception {
    Path config = dir.resolve("latin1.properties");
    Files.write(config, "region=36.02\nactor.id=Jos\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    CliRunner.Run r = new CliRunner(dir).raw("list", "--config", config.toString(), "--lang", "en");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("latin1.properties is not valid UTF-8 at byte 25").doesNotContain("Input length");

    CliRunner cli = new CliRunner(dir).migrated();
    Path hashes = dir.resolve("hashes.csv");
    Files.write(hashes, new byte[] {'r', 'e', 'g', (byte) 0xC0, (byte) 0xAF});
    CliRunner.Run v = cli.admin("verify", "--hashes", hashes.toString(), "--lang", "en");
    assertThat(v.code()).as(v.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(v.err()).contains("hashes.csv is not valid UTF-8 at byte 3");
  }

  @Test
  void anImportFileThatIsNotUtf8IsRefusedNamingTheByte() throws Exception {
    CliRunner cli = new CliRunner(dir).migrated();
    Path csv = dir.resolve("latin1.csv");
    Files.write(csv, "title,opd\nPosyandu Caf\u00e9,DINKES\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    CliRunner.Run r = cli.admin("import", csv.toString(), "--lang", "en");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("latin1.csv is not valid UTF-8 at byte 22").contains("CSV UTF-8");
    assertThat(cli.admin("list").err()).contains("0 inovasi.");
  }

  @Test
  void aFolderOrAPipeGivenAsAFileIsNamedForWhatItIs() throws Exception {
    CliRunner cli = new CliRunner(dir).migrated();
    CliRunner.Run folder = cli.admin("import", dir.toString(), "--lang", "en");
    assertThat(folder.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(folder.err()).contains("is a folder, not a file");
    Path fifo = dir.resolve("pipe");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    if ("true".equals(System.getenv("CI"))) {
      assertThat(mk.waitFor()).as("mkfifo (coreutils) on the CI machine").isZero();
    } else {
      org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not available here");
    }
    CliRunner.Run pipe = cli.admin("import", fifo.toString(), "--lang", "en");
    assertThat(pipe.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(pipe.err()).contains("is not a regular file");
  }

  @Test
  void aBlankTablePrefixIsAMistakeNotTheDefault() {
    CliRunner.Run r = new CliRunner(dir).run("list", "--region", "36.02", "--table-prefix", " ", "--lang", "en");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("The table prefix is blank");
    CliRunner.Run bad = new CliRunner(dir).migrated().run("list", "--region", "36.02", "--table-prefix", "x;drop",
        "--lang", "en");
    assertThat(bad.code()).as(bad.toString()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aConfigurationFileInTheWorkingFolderIsNotReadUnlessNamed() throws Exception {
    Path planted = Path.of("labinov.properties").toAbsolutePath();
    assertThat(planted).as("a file left over in " + planted.getParent()).doesNotExist();
    Files.writeString(planted, "jdbc.url=jdbc:h2:file:" + dir.resolve("planted") + "\nregion=36.02\n");
    try {
      CliRunner.Run r = new CliRunner(dir).raw("list", "--region", "36.02", "--jdbc-url",
          "jdbc:h2:file:" + dir.resolve("nothing-here"), "--lang", "en");
      assertThat(r.code()).as(r.toString()).isNotZero();
      CliRunner.Run unnamed = new CliRunner(dir).raw("list", "--region", "36.02", "--lang", "en");
      assertThat(unnamed.err()).doesNotContain("planted");
      assertThat(dir.resolve("planted.mv.db")).as("the planted database was never opened").doesNotExist();
    } finally {
      Files.deleteIfExists(planted);
    }
  }

  @Test
  void anUnreachableServerIsAConnectionError() {
    CliRunner.Run r = new CliRunner(dir).raw("list", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none",
        "--lang", "en");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err()).contains("Cannot connect to jdbc:postgresql://127.0.0.1:1/none").contains("--jdbc-url");
  }

  @Test
  void anUnknownOptionIsAUsageErrorPointingAtHelp() {
    CliRunner.Run r = new CliRunner(dir).run("advance", "36.02/x", "--to", "DIAGNOSE", "--bogus");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--bogus").contains("labinov advance --help");
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    CliRunner.Run r = new CliRunner(dir).migrated().run("list", "--lang", "fr");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--lang id").contains("--lang en");
  }

  @Test
  void noCommandShowsTheUsageAndExitsWithTwo() {
    CliRunner.Run r = new CliRunner(dir).raw();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Penggunaan:").contains("import").contains("Kode keluar");
  }

  @Test
  void aMutatingCommandWithoutActorNamesTheOption() {
    CliRunner cli = new CliRunner(dir).migrated();
    CliRunner.Run r = cli.run("hold", "36.02/0192d1f0-0000-7000-8000-000000000000", "--reason", "x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--actor");
  }

  @Test
  void anInnovationWithoutRegionNamesTheFix() {
    CliRunner cli = new CliRunner(dir).migrated();
    CliRunner.Run r = cli.run("show", "0192d1f0-0000-7000-8000-000000000000", "--lang", "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("add --region");
  }

  @Test
  void settingsComeFromAConfigurationFile() throws Exception {
    CliRunner cli = new CliRunner(dir).migrated();
    Path config = dir.resolve("labinov.properties");
    Files.writeString(config, "jdbc.url=" + cli.url + "\nactor.id=admin-bappeda\nactor.roles=LAB_ADMIN\n"
        + "actor.opd=BAPPEDA\nregion=36.02\nlang=en\n");
    CliRunner.Run r = cli.raw("list", "--config", config.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).contains("0 innovations.");
  }

  @Test
  void anUnknownConfigurationKeyIsNamed() throws Exception {
    Path config = dir.resolve("bad.properties");
    Files.writeString(config, "jdbc.uri=jdbc:h2:mem:x\n");
    CliRunner.Run r = new CliRunner(dir).raw("list", "--config", config.toString(), "--lang", "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown key \"jdbc.uri\"").contains("jdbc.url");
  }

  @Test
  void topLevelHelpListsEveryCommandAndVersionNamesTheTool() {
    CliRunner cli = new CliRunner(dir);
    CliRunner.Run help = cli.raw("--help", "--lang", "en");
    CliRunner.Run version = cli.raw("--version");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Commands:").contains("Exit codes: 0 done")
        .contains("export-hashes").contains("rulebook").contains("--jdbc-url").contains("--actor");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("labinov ").contains("Java ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"migrate", "import", "list", "show", "check", "available", "advance", "return", "hold",
      "resume", "drop", "reopen", "approve", "attach", "clear-condition", "report", "verify", "export-hashes",
      "rulebook", "rulebook validate", "rulebook diagram", "document", "document add", "document supersede",
      "document list", "document link", "claim", "claim set", "claim list", "preflight", "verify-claim",
      "claim confirm-carried", "entry", "entry add", "entry result", "entry list", "version", "version add",
      "version list", "eligibility", "sustainability", "monitor add"})
  void everyCommandHasHelpInBothLanguages(String command) {
    CliRunner cli = new CliRunner(dir);
    String[] words = (command + " --help").split(" ");
    CliRunner.Run id = cli.raw(words);
    String[] en = (command + " --help --lang en").split(" ");
    CliRunner.Run english = cli.raw(en);
    assertThat(id.code()).isZero();
    assertThat(id.out()).contains("Penggunaan: labinov " + command).contains("--lang")
        .contains("Tampilkan bantuan ini");
    assertThat(english.code()).isZero();
    assertThat(english.out()).contains("Usage: labinov " + command).contains("Show this help");
  }
}
