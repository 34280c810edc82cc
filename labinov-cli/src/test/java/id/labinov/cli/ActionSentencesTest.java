package id.labinov.cli;

import static id.labinov.cli.LabData.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After an accepted command, a sentence in the user's language saying what happened (issue 22). */
class ActionSentencesTest {
  private static final String TITLE = "«Posyandu Digital»";

  @TempDir
  Path dir;
  CliRunner cli;
  String ref;

  @BeforeEach
  void oneInnovationInDrumUp() throws Exception {
    cli = new CliRunner(dir).migrated();
    Path names = dir.resolve("direktori.csv");
    Files.writeString(names, "kind,code,name\nopd,DINKES,Dinas Kesehatan\nperson,kadinkes,dr. Andi Wijaya\n");
    ok(cli.admin("directory", "load", names.toString()));
    ref = cli.importPosyandu();
    Files.writeString(dir.resolve("komitmen.pdf"), "%PDF-1.4 komitmen");
    Files.writeString(dir.resolve("rencana.pdf"), "rencana aksi");
  }

  private CliRunner.Run head(String... args) {
    return ok(cli.as("kadinkes", "DINKES", "OPD_HEAD", args));
  }

  private CliRunner.Run coach(String... args) {
    return ok(cli.as("coach-lan-03", "LAN", "COACH", args));
  }

  private String attach(String kind, String file, String... more) {
    String[] args = {"attach", ref, "--kind", kind, "--file", dir.resolve(file).toString()};
    return ok(cli.admin(concat(args, more))).out();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void inIndonesianThroughTheStages() {
    assertThat(attach("COMMITMENT_LETTER", "komitmen.pdf"))
        .isEqualTo("Bukti dukung surat komitmen untuk " + TITLE + " dilampirkan di tahap Drum-up (versi 2).\n");
    assertThat(head("approve", ref, "--as", "OPD_HEAD").out())
        .isEqualTo("Persetujuan Kepala OPD oleh dr. Andi Wijaya untuk " + TITLE + " dicatat di tahap Drum-up (versi 3).\n");
    // named by its title, in any case
    assertThat(ok(cli.admin("advance", "posyandu digital", "--to", "DIAGNOSE")).out())
        .isEqualTo(TITLE + " maju ke tahap Diagnose (versi 4).\n");
    // a should-meet rule that is not met is still told, under the sentence
    assertThat(ok(cli.admin("advance", ref, "--to", "DESIGN")).out()).startsWith(TITLE + " maju ke tahap Design (versi 5).\n"
        + "Perpindahan \"Lanjut ke Design\" diizinkan.\n  [sebaiknya] ");
    attach("ACTION_PLAN", "rencana.pdf");
    head("approve", ref, "--as", "OPD_HEAD");
    assertThat(ok(cli.admin("advance", ref, "--to", "DELIVER", "--condition", "Lengkapi SOP")).out())
        .isEqualTo(TITLE + " maju ke tahap Deliver dengan 1 syarat yang masih harus dipenuhi (versi 8).\n");
    String condition = ok(cli.admin("show", ref)).out().lines().filter(l -> l.startsWith("Syarat terbuka: "))
        .findFirst().orElseThrow().substring("Syarat terbuka: ".length()).split(" ")[0];
    assertThat(coach("clear-condition", ref, condition, "--note", "SOP terbit").out())
        .isEqualTo("Syarat " + condition + " untuk " + TITLE + " dinyatakan terpenuhi (versi 9).\n");
    assertThat(coach("return", ref, "--to", "DESIGN", "--reason", "Rancangan perlu diperbaiki").out())
        .isEqualTo(TITLE + " dikembalikan dari tahap Deliver ke tahap Design untuk diperbaiki (versi 10).\n");
  }

  @Test
  void inEnglishForHoldResumeDropReopenChangeOfOpdAndAdvance() {
    assertThat(ok(cli.admin("hold", ref, "--reason", "Anggaran belum ada", "--lang", "en")).out())
        .isEqualTo(TITLE + " is on hold in the Drum-up stage (version 2).\n");
    assertThat(ok(cli.admin("resume", ref, "--lang", "en")).out())
        .isEqualTo(TITLE + " resumes in the Drum-up stage (version 3).\n");
    assertThat(ok(cli.admin("drop", ref, "--reason", "Digabung", "--lang", "en")).out())
        .isEqualTo(TITLE + " is dropped in the Drum-up stage (version 4).\n");
    assertThat(ok(cli.admin("reopen", ref, "--reason", "Dilanjutkan", "--lang", "en")).out())
        .isEqualTo(TITLE + " is reopened in the Drum-up stage (version 5).\n");
    assertThat(ok(cli.admin("change-opd", ref, "--to-opd", "DISDIK", "--reason", "Urusan pendidikan", "--lang", "en")).out())
        .isEqualTo(TITLE + " moves from Dinas Kesehatan (DINKES) to DISDIK (version 6).\n");
    assertThat(attach("COMMITMENT_LETTER", "komitmen.pdf", "--lang", "en"))
        .isEqualTo("Evidence (commitment letter) for " + TITLE + " is attached in the Drum-up stage (version 7).\n");
    assertThat(ok(cli.as("kadisdik", "DISDIK", "OPD_HEAD", "approve", ref, "--as", "OPD_HEAD", "--lang", "en")).out())
        .isEqualTo("Approval as Head of OPD by kadisdik for " + TITLE + " is recorded in the Drum-up stage (version 8).\n");
    assertThat(ok(cli.admin("advance", ref, "--to", "DIAGNOSE", "--lang", "en")).out())
        .isEqualTo(TITLE + " moves to the Diagnose stage (version 9).\n");
  }

  @Test
  void aRetryWithTheSameKeySaysNothingWasRecordedAgain() {
    String first = ok(cli.admin("hold", ref, "--reason", "x", "--idempotency-key", "hold-1")).out();
    String retry = ok(cli.admin("hold", ref, "--reason", "x", "--idempotency-key", "hold-1")).out();
    String english = ok(cli.admin("hold", ref, "--reason", "x", "--idempotency-key", "hold-1", "--lang", "en")).out();
    assertThat(first).isEqualTo(TITLE + " ditunda di tahap Drum-up (versi 2).\n");
    assertThat(retry).isEqualTo("Permintaan ini sudah tercatat sebelumnya dengan kunci idempotensi yang sama; tidak ada "
        + "yang dicatat lagi. " + first);
    assertThat(english).startsWith("This request was recorded before under the same idempotency key; nothing was "
        + "recorded again. " + TITLE + " is on hold");
  }

  @Test
  void aRefusalStillPrintsTheVerdict() {
    CliRunner.Run r = cli.admin("advance", ref, "--to", "DIAGNOSE");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).startsWith("Perpindahan \"Lanjut ke Diagnose\" ditolak.")
        .contains("[wajib] Bukti dukung surat komitmen: 0 terlampir, paling sedikit 1.").doesNotContain("«");
  }
}
