package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransitionCommandsTest {
  @TempDir
  Path dir;
  CliRunner cli;
  String ref;

  @BeforeEach
  void oneInnovationInDrumUp() throws Exception {
    cli = new CliRunner(dir).migrated();
    ref = cli.importPosyandu();
    Files.writeString(dir.resolve("komitmen.pdf"), "%PDF-1.4 komitmen");
  }

  private CliRunner.Run head(String... args) {
    return cli.as("kadinkes", "DINKES", "OPD_HEAD", args);
  }

  private CliRunner.Run coach(String... args) {
    return cli.as("coach-lan-03", "LAN", "COACH", args);
  }

  @Test
  void advanceIsRefusedWithEveryReasonThenAcceptedOnceTheyAreMet() {
    CliRunner.Run refused = cli.admin("advance", ref, "--to", "DIAGNOSE", "--lang", "en");
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.out()).contains("[must] Evidence (commitment letter): 0 attached, at least 1 needed.")
        .contains("[must] Approvals by Head of OPD in this stage: 0, at least 1 needed.").doesNotContain("_MISSING");

    CliRunner.Run attach = cli.admin("attach", ref, "--kind", "COMMITMENT_LETTER", "--file",
        dir.resolve("komitmen.pdf").toString());
    CliRunner.Run approve = head("approve", ref, "--as", "OPD_HEAD", "--note", "Kami berkomitmen");
    CliRunner.Run check = cli.admin("check", ref, "DIAGNOSE");
    CliRunner.Run advanced = cli.admin("advance", ref, "--to", "DIAGNOSE");

    assertThat(attach.code()).as(attach.toString()).isZero();
    assertThat(approve.code()).as(approve.toString()).isZero();
    assertThat(check.code()).as(check.toString()).isZero();
    assertThat(advanced.code()).as(advanced.toString()).isZero();
    assertThat(advanced.out()).contains("«Posyandu Digital» maju ke tahap Diagnose (versi 4).");
    CliRunner.Run show = cli.admin("show", ref);
    assertThat(show.out()).contains("Tahap Diagnose (memetakan masalah dan menggali ide), status Aktif")
        .contains("Bukti: surat komitmen").doesNotContain("COMMITMENT_LETTER", "DIAGNOSE");
  }

  @Test
  void checkListsEveryFailingRuleAndExitsWithOne() {
    CliRunner.Run r = cli.admin("check", ref, "drum-up-to-diagnose", "--lang", "en");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).startsWith("Transition \"Advance to Diagnose\" is refused.")
        .contains("Evidence (commitment letter)").contains("Approvals by Head of OPD").doesNotContain("filled in");
  }

  @Test
  void availableListsTheTransitionsFromTheCurrentStage() {
    CliRunner.Run r = cli.admin("available", ref, "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("- drum-up-to-diagnose -> DIAGNOSE  (Advance to Diagnose)\n"
        + "      Evidence (commitment letter): 0 attached, at least 1 needed.\n").doesNotContain("EVIDENCE_MISSING")
        .contains("+ hold").contains("+ drop").contains("transitions can be taken now");
  }

  @Test
  void aWrongStageIsRefusedNamingTheStage() {
    CliRunner.Run r = cli.admin("advance", ref, "--to", "DISPLAY", "--lang", "en");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("Transition \"Advance\" is refused.")
        .contains("has no ADVANCE -> DISPLAY transition from stage Drum-up (inspire and commit)");
    CliRunner.Run ret = cli.admin("return", ref, "--to", "DIAGNOSE", "--reason", "x", "--lang", "en");
    assertThat(ret.code()).isEqualTo(1);
    CliRunner.Run unknown = cli.admin("check", ref, "design-to-deliver", "--lang", "en");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.out()).contains("\"Advance to Deliver\" cannot start from stage Drum-up (inspire and commit)");
    CliRunner.Run noSuch = cli.admin("check", ref, "fly-to-moon", "--lang", "en");
    assertThat(noSuch.code()).isEqualTo(2);
    assertThat(noSuch.err()).contains("TRANSITION: unknown value \"fly-to-moon\"").contains("hold (Put on hold)");
  }

  @Test
  void anUnknownInnovationExitsWithThreeAndSuggestsList() {
    CliRunner.Run r = cli.admin("advance", "36.02/0192d1f0-0000-7000-8000-000000000000", "--to", "DIAGNOSE");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("labinov list");
    // another region's innovation is not looked up at all: outside the working scope
    CliRunner.Run other = cli.admin("show", ref.replace("36.02", "36.01"), "--lang", "en");
    assertThat(other.code()).isEqualTo(2);
    assertThat(other.err()).contains("outside the configured working scope (36.02)");
  }

  @Test
  void aTextThatIsNeitherAnIdNorATitleIsNotFound() {
    // not an id, so it is looked up as a start of an id or a title (issue 22): none matches
    CliRunner.Run r = cli.admin("show", "36.02/bukan-uuid");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("\"bukan-uuid\"").contains("labinov list");
  }

  @Test
  void holdResumeDropAndReopen() {
    assertThat(cli.admin("hold", ref, "--reason", "Anggaran belum ada").out())
        .contains("«Posyandu Digital» ditunda di tahap Drum-up (versi 2).");
    CliRunner.Run whileOnHold = cli.admin("advance", ref, "--to", "DIAGNOSE");
    assertThat(whileOnHold.code()).isEqualTo(1);
    assertThat(whileOnHold.out()).contains("[wajib] \"Lanjut ke Diagnose\" memerlukan status Aktif, tetapi inovasi berstatus "
        + "Ditunda.");
    assertThat(cli.admin("resume", ref, "--note", "Anggaran ada").code()).isZero();
    CliRunner.Run drop = cli.admin("drop", ref, "--reason", "Digabung");
    assertThat(drop.code()).isZero();
    assertThat(cli.admin("list", "--status", "DROPPED").out()).contains(ref);
    CliRunner.Run reopen = cli.admin("reopen", ref, "--reason", "Dilanjutkan");
    assertThat(reopen.code()).as(reopen.toString()).isZero();
    assertThat(reopen.out()).contains("«Posyandu Digital» dibuka kembali di tahap Drum-up (versi 5).");
  }

  @Test
  void anOpdHeadCannotReopenTheRoleIsNamed() {
    cli.admin("drop", ref, "--reason", "Digabung");
    CliRunner.Run r = cli.as("kadinkes", "DINKES", "OPD_HEAD", "reopen", ref, "--reason", "x", "--lang", "en");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("Only these roles may do this: Lab administrator.");
  }

  @Test
  void aStaleExpectedVersionIsRefused() {
    CliRunner.Run r = cli.admin("hold", ref, "--reason", "x", "--expect-version", "7", "--lang", "en");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--expect-version");
  }

  @Test
  void anIdempotencyKeyMakesARetrySafe() {
    CliRunner.Run first = cli.admin("hold", ref, "--reason", "x", "--idempotency-key", "hold-1");
    CliRunner.Run retry = cli.admin("hold", ref, "--reason", "x", "--idempotency-key", "hold-1");
    assertThat(first.out()).contains("«Posyandu Digital» ditunda di tahap Drum-up (versi 2).");
    assertThat(retry.code()).isZero();
    assertThat(retry.out()).contains("sudah tercatat sebelumnya").contains("ditunda di tahap Drum-up (versi 2).");
  }

  @Test
  void attachWithoutFileNeedsEveryPart() {
    CliRunner.Run r = cli.admin("attach", ref, "--kind", "PHOTO", "--uri", "https://x.id/a.jpg");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--sha256");
    CliRunner.Run missing = cli.admin("attach", ref, "--kind", "PHOTO", "--file", dir.resolve("no.jpg").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no.jpg tidak ada");
    CliRunner.Run full = cli.admin("attach", ref, "--kind", "PHOTO", "--uri", "https://x.id/a.jpg",
        "--sha256", "a".repeat(64), "--media-type", "image/jpeg", "--size", "10");
    assertThat(full.code()).as(full.toString()).isZero();
  }

  @Test
  void throughEveryStageWithAConditionalAdvanceAndAReturn() throws Exception {
    Files.writeString(dir.resolve("rencana.pdf"), "rencana aksi");
    Files.writeString(dir.resolve("laporan.pdf"), "laporan");
    cli.admin("attach", ref, "--kind", "COMMITMENT_LETTER", "--file", dir.resolve("komitmen.pdf").toString());
    head("approve", ref, "--as", "OPD_HEAD");
    assertThat(cli.admin("advance", ref, "--to", "DIAGNOSE").code()).isZero();
    assertThat(cli.admin("advance", ref, "--to", "DESIGN").code()).isZero();
    cli.admin("attach", ref, "--kind", "ACTION_PLAN", "--file", dir.resolve("rencana.pdf").toString());
    head("approve", ref, "--as", "OPD_HEAD");
    CliRunner.Run conditional = cli.admin("advance", ref, "--to", "DELIVER", "--condition", "Lengkapi SOP");
    assertThat(conditional.code()).as(conditional.toString()).isZero();
    CliRunner.Run back = coach("return", ref, "--to", "DESIGN", "--reason", "Rancangan perlu diperbaiki");
    assertThat(back.code()).as(back.toString()).isZero();
    head("approve", ref, "--as", "OPD_HEAD");
    coach("approve", ref, "--as", "COACH");
    CliRunner.Run conditionalAgain = cli.admin("advance", ref, "--to", "DELIVER", "--condition", "Lengkapi SOP");
    assertThat(conditionalAgain.code()).as(conditionalAgain.toString()).isZero();
    String show = cli.admin("show", ref).out();
    String[] conditions = show.lines().filter(l -> l.startsWith("Syarat terbuka: ")).findFirst().orElseThrow()
        .substring("Syarat terbuka: ".length()).split("; ");
    assertThat(conditions).hasSize(2).allMatch(c -> c.endsWith(" Lengkapi SOP"));
    cli.admin("attach", ref, "--kind", "IMPLEMENTATION_REPORT", "--file", dir.resolve("laporan.pdf").toString());
    head("approve", ref, "--as", "OPD_HEAD");
    CliRunner.Run open = cli.admin("advance", ref, "--to", "DISPLAY", "--lang", "en");
    assertThat(open.code()).isEqualTo(1);
    assertThat(open.out()).contains("condition(s) still open: Lengkapi SOP");
    for (String c : conditions) {
      CliRunner.Run cleared = coach("clear-condition", ref, c.split(" ")[0], "--note", "SOP terbit");
      assertThat(cleared.code()).as(cleared.toString()).isZero();
    }
    CliRunner.Run display = cli.admin("advance", ref, "--to", "DISPLAY");
    assertThat(display.code()).as(display.toString()).isZero();
    assertThat(display.out()).contains("«Posyandu Digital» maju ke tahap Display (versi ");
  }
}
