package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, "never silently wrong": every option value is read as a code or a label in either
 * language and anything else is refused with exit 2 naming the valid values and a close one; every
 * refusal of the command line, picocli's own included, is worded in the user's language.
 */
class ValuesAndLanguageTest {
  @TempDir
  Path dir;
  CliRunner cli;

  @BeforeEach
  void database() {
    cli = new CliRunner(dir).migrated();
  }

  /** Imports one DINKES innovation in DRUM_UP and returns its reference. */
  private String oneInnovation() throws Exception {
    Path f = dir.resolve("satu.csv");
    Files.writeString(f, "title,opd,problem,ideaSummary\nPosyandu Digital,DINKES,Antrean panjang,Daftar daring\n");
    CliRunner.Run r = cli.admin("import", f.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    return r.ref();
  }

  private static void usage(CliRunner.Run r, String... texts) {
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).as(r.toString()).contains(texts).doesNotContain("Exception", "\tat ");
  }

  @Nested
  class OptionValues {
    String ref;

    @BeforeEach
    void innovation() throws Exception {
      ref = oneInnovation();
      Files.writeString(dir.resolve("komitmen.pdf"), "%PDF-1.4 komitmen");
      Files.writeString(dir.resolve("foto.jpg"), "foto posyandu");
    }

    @Test
    void aStageIsReadByCodeOrLabelInAnyCase() {
      assertThat(cli.admin("attach", ref, "--kind", "surat komitmen", "--file",
          dir.resolve("komitmen.pdf").toString()).code()).isZero();
      assertThat(cli.as("kadinkes", "DINKES", "kepala opd", "approve", ref, "--as", "Kepala OPD").code()).isZero();

      // read as DISPLAY, then refused by the rules (exit 1), not by the tool (exit 2)
      CliRunner.Run display = cli.admin("advance", ref, "--to", "Display", "--lang", "en");
      assertThat(display.code()).as(display.toString()).isEqualTo(ExitCodes.REFUSED);
      assertThat(display.out()).contains("has no ADVANCE -> DISPLAY transition");

      CliRunner.Run diagnosa = cli.admin("advance", ref, "--to", "diagnosa");
      assertThat(diagnosa.code()).as(diagnosa.toString()).isZero();
      assertThat(diagnosa.out()).contains("maju ke tahap Diagnose");
      CliRunner.Run back = cli.admin("return", ref, "--to", "drum up", "--reason", "Belum lengkap");
      assertThat(back.code()).as("DRUM_UP read; no return from DIAGNOSE in 5D").isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void anUnknownStageIsRefusedWithTheValidOnesAndACloseOne() {
      CliRunner.Run id = cli.admin("advance", ref, "--to", "desian");
      usage(id, "--to: nilai \"desian\" tidak dikenal. Maksud Anda DESIGN?", "DRUM_UP", "DISPLAY");
      CliRunner.Run en = cli.admin("return", ref, "--to", "desian", "--reason", "x", "--lang", "en");
      usage(en, "--to: unknown value \"desian\". Did you mean DESIGN?", "Use one of: DRUM_UP");
    }

    @Test
    void fotoIsRefusedAndFotoKegiatanIsThePhotoTheRuleCounts() {
      String foto = dir.resolve("foto.jpg").toString();
      CliRunner.Run wrong = cli.admin("attach", ref, "--kind", "FOTO", "--file", foto);
      usage(wrong, "--kind: nilai \"FOTO\" tidak dikenal. Maksud Anda PHOTO (foto kegiatan)?", "COMMITMENT_LETTER");
      CliRunner.Run english = cli.admin("attach", ref, "--kind", "FOTO", "--file", foto, "--lang", "en");
      usage(english, "Did you mean PHOTO?");
      assertThat(cli.admin("show", ref).out()).doesNotContain("foto");

      CliRunner.Run before = cli.admin("check", ref, "deliver-to-display", "--lang", "en");
      assertThat(before.out()).contains("Evidence (photo)");
      CliRunner.Run photo = cli.admin("attach", ref, "--kind", "foto kegiatan", "--file", foto);
      assertThat(photo.code()).as(photo.toString()).isZero();
      assertThat(cli.admin("show", ref).out()).contains("Bukti: foto kegiatan");
      CliRunner.Run after = cli.admin("check", ref, "deliver-to-display", "--lang", "en");
      assertThat(after.out()).as("the PHOTO rule is met").doesNotContain("Evidence (photo)")
          .contains("Evidence (implementation report)");
    }

    @Test
    void rolesAreReadByCodeOrLabelAndAnUnknownOneIsRefused() {
      CliRunner.Run head = cli.as("kadinkes", "DINKES", "opd-head", "approve", ref, "--as", "kepala opd");
      assertThat(head.code()).as(head.toString()).isZero();
      usage(cli.as("kadinkes", "DINKES", "OPD_HEAD", "approve", ref, "--as", "kepala"),
          "--as: nilai \"kepala\" tidak dikenal.", "OPD_HEAD (Kepala OPD)");
      usage(cli.as("kadinkes", "DINKES", "OPD_HED", "approve", ref, "--as", "OPD_HEAD", "--lang", "en"),
          "--roles: unknown value \"OPD_HED\". Did you mean OPD_HEAD (Head of OPD)?");
    }

    @Test
    void theTransitionOfCheckIsReadByIdLabelOrTargetStage() {
      for (String typed : new String[] {"drum-up-to-diagnose", "DIAGNOSE", "diagnosa", "Lanjut ke Diagnose"}) {
        CliRunner.Run r = cli.admin("check", ref, typed, "--lang", "en");
        assertThat(r.code()).as(typed + ": " + r).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.out()).startsWith("Transition \"Advance to Diagnose\" is refused.");
      }
      CliRunner.Run typo = cli.admin("check", ref, "diagnse");
      usage(typo, "\"diagnse\" tidak dikenal. Maksud Anda drum-up-to-diagnose (Lanjut ke Diagnose)?", "hold");
      CliRunner.Run en = cli.admin("check", ref, "fly-to-moon", "--lang", "en");
      usage(en, "unknown value \"fly-to-moon\"", "drum-up-to-diagnose (Advance to Diagnose)");
    }

    @Test
    void aValueNamingTwoThingsIsRefusedNamingBoth() {
      // e.g. a rulebook's own kind labelled like one of core's kinds
      Choices<String> kinds = Choices.of("--kind", java.util.List.of(
          new Choices.Choice<>("PHOTO", "PHOTO", java.util.List.of("foto kegiatan", "photo")),
          new Choices.Choice<>("DOC_PHOTO", "DOC_PHOTO", java.util.List.of("foto kegiatan", "event photo"))));
      CliException e = org.assertj.core.api.Assertions.catchThrowableOfType(
          () -> kinds.parse("Foto Kegiatan"), CliException.class);
      assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(e.message(Texts.of("id"))).contains("PHOTO (foto kegiatan)", "DOC_PHOTO (foto kegiatan)",
          "tuliskan kodenya");
      assertThat(e.message(Texts.of("en"))).contains("PHOTO and DOC_PHOTO (event photo)", "write the code");
    }

    @Test
    void anExpectedVersionThatIsNoNumberNamesTheOptionAndTheForm() {
      usage(cli.admin("hold", ref, "--reason", "x", "--expect-version", "abc"),
          "--expect-version: \"abc\" bukan bilangan bulat; tulis angka saja");
      usage(cli.admin("hold", ref, "--reason", "x", "--expect-version", "abc", "--lang", "en"),
          "--expect-version: \"abc\" is not a whole number");
    }
  }

  @Nested
  class CommandLine {
    @Test
    void anUnknownCommandIsNamedWithTheCloseOne() {
      CliRunner.Run id = cli.admin("lsit");
      usage(id, "labinov: Perintah \"lsit\" tidak dikenal. Maksud Anda list?", "Lihat: labinov --help");
      CliRunner.Run en = cli.admin("lsit", "--lang", "en");
      usage(en, "Unknown command \"lsit\". Did you mean list?", "See: labinov --help");
      usage(cli.raw("rulebook", "valdate", "5d"), "Perintah \"valdate\" tidak dikenal. Maksud Anda validate?");
      assertThat(cli.raw("zzzzzz").err()).doesNotContain("Maksud Anda");
    }

    @Test
    void anUnknownOptionIsNamedWithTheCloseOne() {
      usage(cli.admin("hold", "36.02/x", "--reson", "x"), "Opsi --reson tidak dikenal. Maksud Anda --reason?",
          "labinov hold --help");
      usage(cli.admin("hold", "36.02/x", "--reson=x", "--lang", "en"), "Unknown option --reson. Did you mean --reason?");
      usage(cli.admin("hold", "36.02/x", "--reason", "x", "--expect-versoin", "3"),
          "Opsi --expect-versoin tidak dikenal. Maksud Anda --expect-version?");
    }

    @Test
    void theActorsUnitIsActorOpdAndOpdAloneIsNoGlobalOption() {
      usage(cli.run("hold", "36.02/x", "--reason", "x", "--actor", "a", "--opd", "DINKES"),
          "Opsi --opd tidak dikenal.");
    }

    @Test
    void aMissingRequiredOptionOrValueIsNamed() {
      usage(cli.admin("hold", "36.02/x"), "--reason TEXT wajib diisi, tetapi belum diberikan.");
      usage(cli.admin("hold", "36.02/x", "--no-progress"), "--reason TEXT wajib diisi, tetapi belum diberikan.");
      usage(cli.admin("hold", "36.02/x", "--lang", "en"), "--reason TEXT is required but was not given.");
      usage(cli.admin("return", "36.02/x"), "Yang wajib diisi belum diberikan: ", "--to STAGE", "--reason TEXT");
      usage(cli.admin("advance", "36.02/x", "--to"), "Opsi --to perlu diberi nilai: tulis --to STAGE.");
      usage(cli.admin("show"), "INNOVATION wajib diisi");
    }

    @Test
    void anExtraParameterAndAnOptionGivenTwiceAreNamed() {
      usage(cli.admin("hold", "36.02/x", "--reason", "Anggaran", "habis"),
          "Parameter \"habis\" tidak diharapkan di sini.", "tanda kutip");
      usage(cli.admin("hold", "36.02/x", "--reason", "a", "--reason", "b", "--lang", "en"),
          "Option --reason was given more than once");
    }

    @Test
    void theLanguageComesFromTheConfigurationFileWhenTheCommandLineCannotBeRead() throws Exception {
      Path config = dir.resolve("labinov.properties");
      Files.writeString(config, "lang=en\nregion=36.02\n");
      usage(cli.run("lsit", "--config", config.toString()), "Unknown command \"lsit\". Did you mean list?");
      usage(cli.run("lsit", "--config", config.toString(), "--lang", "id"), "Perintah \"lsit\" tidak dikenal.");
    }

    @Test
    void helpKeepsTheDefaultUrlAndTheKeysWholeAt80Columns() {
      for (String lang : new String[] {"id", "en"}) {
        for (String[] command : new String[][] {{"--help"}, {"advance", "--help"}}) {
          java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command));
          args.addAll(java.util.List.of("--lang", lang));
          CliRunner.Run help = cli.raw(args.toArray(String[]::new));
          assertThat(help.code()).isZero();
          assertThat(help.out()).as(lang + " " + args).contains(": jdbc:h2:file:./labinov-data\n",
              "jdbc.url, jdbc.user, jdbc.password,\n", "--limit import.maxRows=500000\n", "--actor-opd=OPD")
              .doesNotContain("--opd=");
          assertThat(help.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        }
      }
      assertThat(cli.raw("--help").out()).contains("Id orang yang menjalankan perintah (dari aplikasi");
    }

    @Test
    void anUnknownLanguageAsksWhetherAKnownOneWasMeant() {
      usage(cli.admin("list", "--lang", "ne"), "Bahasa \"ne\" tidak dikenal. Maksud Anda en (bahasa Inggris)?", "--lang id");
      usage(cli.admin("list", "--lang", "jawa"), "Bahasa \"jawa\" tidak dikenal. Gunakan --lang id");
      assertThat(cli.admin("list", "--lang", "jawa").err()).doesNotContain("Maksud Anda");
      assertThat(cli.admin("list", "--lang", "English").err()).contains("0 innovations.");
    }
  }

  @Nested
  class OtherValues {
    @Test
    void theDatabaseOfMigratePrintIsChecked() {
      assertThat(cli.run("migrate", "--print", "PostgreSQL").out()).contains("CREATE TABLE");
      usage(cli.run("migrate", "--print", "postgre"), "--print: nilai \"postgre\" tidak dikenal. Maksud Anda postgresql?");
      usage(cli.run("migrate", "--print", "oracle", "--lang", "en"), "Use one of: h2, postgresql, mariadb.");
    }

    @Test
    void aShippedRulebookIsChosenByNameInAnyCase() {
      assertThat(cli.raw("rulebook", "validate", "5D-Plus-1").code()).isZero();
      assertThat(cli.raw("rulebook", "validate", "5D+1").code()).isZero();
      usage(cli.raw("rulebook", "validate", "5dd"), "bukan nama buku aturan bawaan (5d, 5d-plus-1). Maksud Anda 5d?");
    }

    @Test
    void aMisspeltNationalScopeIsNamedAndAMalformedCodeIsNotGuessed() {
      usage(cli.admin("export-hashes", "--scope", "nasionl"), "Cakupan \"nasionl\" tidak dikenal. Maksud Anda national?");
      CliRunner.Run code = cli.admin("export-hashes", "--scope", "36.2", "--lang", "en");
      usage(code, "Unknown scope \"36.2\". Use national");
      assertThat(code.err()).doesNotContain("Did you mean");
    }

    @Test
    void aMissingRulebookFileOrNameIsRefusedNamingBoth() {
      CliRunner.Run r = cli.raw("rulebook", "diagram", "tidak-ada.json", "--lang", "en");
      usage(r, "The rulebook file tidak-ada.json does not exist, and it is not the name of a shipped rulebook (5d, 5d-plus-1).");
    }

    @Test
    void aStatusIsReadByLabelWhereStatusesAreTaken() {
      CliRunner.Run active = cli.admin("list", "--status", "Aktif");
      assertThat(active.code()).as(active.toString()).isZero();
      usage(cli.admin("list", "--status", "aktf"), "--status: nilai \"aktf\" tidak dikenal. Maksud Anda ACTIVE (Aktif)?");
    }
  }
}
